/**
 * A number's credit limit (one of the group's numbers, picked on the page): the limit in force and
 * how much of it is used, what raises it this billing period (deposits, increases), the latest
 * deposits and increase requests; a deposit to pay by bank transfer (the answer gives the
 * reference to quote) and a request to raise the limit, temporarily or for good.
 */
import { useState } from 'preact/hooks';
import { api, type BodyOf, type Ok } from '../../api/client.ts';
import { formatDate, formatMoney, formatNumber, t } from '../../i18n/index.ts';
import { navigate, type PageProps } from '../../router.ts';
import { currentSession } from '../../session.ts';
import {
  Badge,
  Done,
  Field,
  LoadedView,
  ProblemView,
  pathNumber,
  Section,
  Select,
  Table,
} from '../../ui/components.tsx';
import { typedMoney, useIdempotencyKey } from '../../ui/forms.ts';
import { numberText, useGroupNumbers } from '../../ui/group-numbers.ts';
import { codeText, decisionTone } from '../../ui/labels.ts';
import { MoreButton } from '../../ui/paged.tsx';
import { useAction, useApi } from '../../ui/use-api.ts';
import { AccountNav } from './account-nav.tsx';

type CreditLimit = Ok<'getCreditLimit'>;
type IncreaseBody = BodyOf<'requestCreditLimitIncrease'>;
type IdType = 'id-card' | 'passport' | 'driving-licence' | 'residence-permit';
type Path = { groupId: string; msisdn: string };

function InForce({ groupId, msisdn }: { groupId: string; msisdn: string }) {
  const usage = useApi(
    () => api.GET('/v1/groups/{groupId}/members/{msisdn}/usage', { params: { path: { groupId, msisdn } } }),
    [groupId, msisdn],
  );
  const limit = usage.data?.creditLimit;
  if (usage.problem)
    return (
      <dd>
        <ProblemView problem={usage.problem} />
      </dd>
    );
  if (!usage.data) return <dd aria-busy="true">…</dd>;
  return (
    <dd data-testid="limit-in-force">
      {limit
        ? t('billing.credit.used', {
            limit: formatMoney(limit.amount),
            used: formatMoney(limit.used),
            percent: formatNumber(limit.percentUsed),
          })
        : t('billing.credit.noLimit')}
    </dd>
  );
}

function DepositForm({ path, currency, onDone }: { path: Path; currency: string; onDone: () => void }) {
  const [amount, setAmount] = useState('');
  const idempotency = useIdempotencyKey();
  const deposit = useAction(
    (body: BodyOf<'createCreditLimitDeposit'>) =>
      api.POST('/v1/groups/{groupId}/members/{msisdn}/credit-limit/deposits', {
        params: { path, header: { 'Idempotency-Key': idempotency.keyFor(body) } },
        body,
      }),
    () => {
      idempotency.succeeded();
      onDone();
    },
  );
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void deposit.submit({ amount: typedMoney(amount, currency), method: 'bank-transfer' });
      }}
    >
      <h3>{t('billing.credit.depositTitle')}</h3>
      <p class="muted">{t('billing.credit.depositHow')}</p>
      <Field
        label={t('billing.credit.amount', { currency })}
        field="body.amount"
        problem={deposit.problem}
        value={amount}
        onInput={(e) => setAmount(e.currentTarget.value)}
        inputMode="decimal"
        required
      />
      <ProblemView problem={deposit.problem} />
      <button type="submit" disabled={deposit.busy}>
        {t('billing.credit.depositSubmit')}
      </button>
      {deposit.done ? (
        <Done
          text={t('billing.credit.depositDone', {
            amount: formatMoney(deposit.done.amount),
            reference: deposit.done.paymentReference ?? '—',
          })}
        />
      ) : null}
    </form>
  );
}

function IncreaseForm({ path, currency, onDone }: { path: Path; currency: string; onDone: () => void }) {
  const [kind, setKind] = useState<'temporary' | 'permanent'>('temporary');
  const [amount, setAmount] = useState('');
  const [note, setNote] = useState('');
  const [person, setPerson] = useState('');
  const [idType, setIdType] = useState<IdType>('id-card');
  const [idNumber, setIdNumber] = useState('');
  const [idReference, setIdReference] = useState('');
  const [stamped, setStamped] = useState('');
  const idempotency = useIdempotencyKey();
  const documented = kind === 'permanent' || Boolean(person || idNumber || idReference || stamped);
  const request = useAction(
    (body: IncreaseBody) =>
      api.POST('/v1/groups/{groupId}/members/{msisdn}/credit-limit/requests', {
        params: { path, header: { 'Idempotency-Key': idempotency.keyFor(body) } },
        body,
      }),
    () => {
      idempotency.succeeded();
      onDone();
    },
  );
  const doc = 'body.documents.authorisedPerson';
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void request.submit({
          kind,
          amount: typedMoney(amount, currency),
          note: note || undefined,
          documents: documented
            ? {
                authorisedPerson: {
                  name: person,
                  idDocument: { type: idType, number: idNumber, reference: idReference },
                },
                stampedRequest: { reference: stamped },
              }
            : undefined,
        } as IncreaseBody);
      }}
    >
      <h3>{t('billing.credit.requestTitle')}</h3>
      <Select
        label={t('billing.credit.kind')}
        field="body.kind"
        problem={request.problem}
        value={kind}
        onChange={(e) => setKind(e.currentTarget.value as 'temporary' | 'permanent')}
        options={[
          { value: 'temporary', label: t('billing.credit.temporary') },
          { value: 'permanent', label: t('billing.credit.permanent') },
        ]}
      />
      <Field
        label={t('billing.credit.increaseBy', { currency })}
        field="body.amount"
        problem={request.problem}
        value={amount}
        onInput={(e) => setAmount(e.currentTarget.value)}
        inputMode="decimal"
        required
      />
      <Field
        label={t('billing.credit.note')}
        field="body.note"
        problem={request.problem}
        value={note}
        onInput={(e) => setNote(e.currentTarget.value)}
      />
      <fieldset>
        <legend>{t('billing.credit.documents')}</legend>
        <p class="muted">{t('billing.credit.documentsHint')}</p>
        <Field
          label={t('billing.credit.person')}
          field={`${doc}.name`}
          problem={request.problem}
          value={person}
          onInput={(e) => setPerson(e.currentTarget.value)}
          required={kind === 'permanent'}
        />
        <Select
          label={t('billing.credit.idType')}
          field={`${doc}.idDocument.type`}
          problem={request.problem}
          value={idType}
          onChange={(e) => setIdType(e.currentTarget.value as IdType)}
          options={[
            { value: 'id-card', label: t('billing.credit.idCard') },
            { value: 'passport', label: t('billing.credit.passport') },
            { value: 'driving-licence', label: t('billing.credit.drivingLicence') },
            { value: 'residence-permit', label: t('billing.credit.residencePermit') },
          ]}
        />
        <Field
          label={t('billing.credit.idNumber')}
          field={`${doc}.idDocument.number`}
          problem={request.problem}
          value={idNumber}
          onInput={(e) => setIdNumber(e.currentTarget.value)}
          required={kind === 'permanent'}
        />
        <Field
          label={t('billing.credit.idReference')}
          hint={t('billing.credit.referenceHint')}
          field={`${doc}.idDocument.reference`}
          problem={request.problem}
          value={idReference}
          onInput={(e) => setIdReference(e.currentTarget.value)}
          required={kind === 'permanent'}
        />
        <Field
          label={t('billing.credit.stampedReference')}
          hint={t('billing.credit.referenceHint')}
          field="body.documents.stampedRequest.reference"
          problem={request.problem}
          value={stamped}
          onInput={(e) => setStamped(e.currentTarget.value)}
          required={kind === 'permanent'}
        />
      </fieldset>
      <ProblemView problem={request.problem} />
      <button type="submit" disabled={request.busy}>
        {t('billing.credit.requestSubmit')}
      </button>
      {request.done ? <Done text={t('billing.credit.requestDone')} /> : null}
    </form>
  );
}

function Adjustments({ page, path }: { page: CreditLimit; path: Path }) {
  const a = page.adjustments;
  return (
    <dl class="facts">
      <dt>{t('billing.credit.period')}</dt>
      <dd>{page.period}</dd>
      <dt>{t('billing.credit.inForce')}</dt>
      <InForce {...path} />
      <dt>{t('billing.credit.permanentIncrease')}</dt>
      <dd>{formatMoney(a.permanentIncrease)}</dd>
      <dt>{t('billing.credit.temporaryIncrease')}</dt>
      <dd>{formatMoney(a.temporaryIncrease)}</dd>
      <dt>{t('billing.credit.deposits')}</dt>
      <dd>{formatMoney(a.deposits)}</dd>
      <dt>{t('billing.credit.lastRequest')}</dt>
      <dd>{formatDate(page.lastRequestOn)}</dd>
      <dt>{t('billing.credit.nextRequest')}</dt>
      <dd>{page.nextRequestFrom ? formatDate(page.nextRequestFrom) : t('billing.credit.anyTime')}</dd>
    </dl>
  );
}

function NumberLimit({ msisdn }: { msisdn: string }) {
  const groupId = currentSession()!.groupId!;
  const path = { groupId, msisdn };
  const loaded = useApi(
    () => api.GET('/v1/groups/{groupId}/members/{msisdn}/credit-limit', { params: { path } }),
    [groupId, msisdn],
  );
  return (
    <LoadedView loaded={loaded}>
      {(page) => {
        const currency = page.adjustments.deposits.currency;
        return (
          <>
            <Section title={t('billing.credit.summary', { number: page.msisdn })} id="limit">
              <Adjustments page={page} path={path} />
            </Section>
            <Section title={t('billing.credit.depositsTitle')} id="deposits">
              <Table
                caption={t('billing.credit.depositsCaption', { number: page.msisdn })}
                head={[
                  t('billing.credit.createdAt'),
                  t('billing.credit.amountStated'),
                  t('billing.credit.method'),
                  t('billing.credit.reference'),
                  t('billing.credit.status'),
                  t('billing.credit.paid'),
                ]}
              >
                {page.deposits.map((d) => (
                  <tr key={d.depositId}>
                    <td>{formatDate(d.createdAt)}</td>
                    <td class="num">{formatMoney(d.amount)}</td>
                    <td>
                      {d.method === 'shop' ? t('billing.credit.shop') : t('billing.credit.bankTransfer')}
                    </td>
                    <td>
                      <code>{d.paymentReference ?? d.receipt ?? '—'}</code>
                    </td>
                    <td>
                      <Badge
                        value={codeText('billing.requestStatus', d.status)}
                        tone={d.status === 'completed' ? 'ok' : 'warn'}
                      />
                    </td>
                    <td class="num">{d.paid ? `${formatMoney(d.paid)} (${d.period ?? ''})` : '—'}</td>
                  </tr>
                ))}
              </Table>
              {page.deposits.length === 0 ? <p class="muted">{t('common.none')}</p> : null}
              <DepositForm path={path} currency={currency} onDone={loaded.reload} />
            </Section>
            <Section title={t('billing.credit.requestsTitle')} id="requests">
              <Table
                caption={t('billing.credit.requestsCaption', { number: page.msisdn })}
                head={[
                  t('billing.credit.requestedOn'),
                  t('billing.credit.kind'),
                  t('billing.credit.amountAsked'),
                  t('billing.credit.status'),
                  t('billing.credit.appliesTo'),
                ]}
              >
                {page.requests.map((r) => (
                  <tr key={r.requestId}>
                    <td>{formatDate(r.requestedOn)}</td>
                    <td>
                      {r.kind === 'permanent' ? t('billing.credit.permanent') : t('billing.credit.temporary')}
                    </td>
                    <td class="num">{formatMoney(r.amount)}</td>
                    <td>
                      <Badge
                        value={codeText('billing.requestStatus', r.status)}
                        tone={decisionTone(r.status)}
                      />
                      {r.reason ? <p class="muted">{r.reason}</p> : null}
                    </td>
                    <td>{r.period ?? '—'}</td>
                  </tr>
                ))}
              </Table>
              {page.requests.length === 0 ? <p class="muted">{t('common.none')}</p> : null}
              <IncreaseForm path={path} currency={currency} onDone={loaded.reload} />
            </Section>
          </>
        );
      }}
    </LoadedView>
  );
}

export default function CreditLimits({ query }: PageProps) {
  const numbers = useGroupNumbers();
  const first = numbers.items[0];
  const chosen = query.get('msisdn') ?? (first ? pathNumber(first.msisdn) : undefined);
  return (
    <>
      <h1>{t('billing.credit.title')}</h1>
      <AccountNav current="/group/credit-limits" />
      <div class="actions">
        <Select
          label={t('billing.credit.number')}
          value={chosen ?? ''}
          onChange={(e) => navigate(`/group/credit-limits?msisdn=${e.currentTarget.value}`)}
          options={numbers.items.map((m) => ({ value: pathNumber(m.msisdn), label: numberText(m) }))}
        />
        <MoreButton paged={numbers} label={t('billing.moreNumbers')} />
      </div>
      <ProblemView problem={numbers.problem} />
      {chosen ? <NumberLimit key={chosen} msisdn={chosen} /> : null}
    </>
  );
}
