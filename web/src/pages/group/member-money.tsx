/**
 * A number's money: its prepaid balance, its ledger page by page, and top-ups by bank transfer
 * (pending until the bank reports a payment quoting the reference shown), PayPal (the order the
 * payer approved at PayPal, captured by the server) or a store voucher.
 */
import { useState } from 'preact/hooks';
import { api, type BodyOf, type Ok } from '../../api/client.ts';
import { formatDate, formatMoney, t } from '../../i18n/index.ts';
import { href } from '../../router.ts';
import { currentSession } from '../../session.ts';
import { Done, Field, LoadedView, ProblemView, pathNumber, Section } from '../../ui/components.tsx';
import { typedMoney, useIdempotencyKey } from '../../ui/forms.ts';
import { codeText } from '../../ui/labels.ts';
import { usePaged } from '../../ui/paged.tsx';
import { useAction, useApi } from '../../ui/use-api.ts';
import { LedgerTable } from './ledger.tsx';
import type { Member } from './member.tsx';

type TopUp = Ok<'createTopUp'>;
type Method = TopUp['method'];
const METHODS: Method[] = ['bank-transfer', 'paypal', 'voucher'];

function TopUpResult({ topUp, onChecked }: { topUp: TopUp; onChecked: (t: TopUp) => void }) {
  const groupId = currentSession()!.groupId!;
  const check = useAction(
    () =>
      api.GET('/v1/groups/{groupId}/members/{msisdn}/top-ups/{topUpId}', {
        params: { path: { groupId, msisdn: pathNumber(topUp.msisdn), topUpId: topUp.topUpId } },
      }),
    onChecked,
  );
  return (
    <div class="card inner" data-testid="top-up-result">
      <Done
        text={
          topUp.status === 'pending' && topUp.paymentReference
            ? t('money.topUpPending', {
                reference: topUp.paymentReference,
                amount: formatMoney(topUp.amount),
              })
            : t('money.topUpDone', { amount: formatMoney(topUp.credited ?? topUp.amount) })
        }
      />
      <dl class="facts">
        <dt>{t('money.method')}</dt>
        <dd>{t(`money.method.${topUp.method}`)}</dd>
        <dt>{t('money.status')}</dt>
        <dd data-testid="top-up-status">{codeText('money.topUpStatus', topUp.status)}</dd>
        <dt>{t('money.amount')}</dt>
        <dd>{formatMoney(topUp.amount)}</dd>
        {topUp.credited ? (
          <>
            <dt>{t('money.credited')}</dt>
            <dd data-testid="top-up-credited">{formatMoney(topUp.credited)}</dd>
          </>
        ) : null}
        {topUp.paymentReference ? (
          <>
            <dt>{t('money.paymentReference')}</dt>
            <dd>
              <strong data-testid="top-up-reference">{topUp.paymentReference}</strong>
            </dd>
          </>
        ) : null}
        {topUp.paymentId ? (
          <>
            <dt>{t('money.paymentId')}</dt>
            <dd>{topUp.paymentId}</dd>
          </>
        ) : null}
        {topUp.declineReason ? (
          <>
            <dt>{t('money.declineReason')}</dt>
            <dd>{topUp.declineReason}</dd>
          </>
        ) : null}
        <dt>{t('money.createdAt')}</dt>
        <dd>{formatDate(topUp.createdAt)}</dd>
        {topUp.completedAt ? (
          <>
            <dt>{t('money.completedAt')}</dt>
            <dd>{formatDate(topUp.completedAt)}</dd>
          </>
        ) : null}
      </dl>
      {topUp.status === 'pending' ? (
        <div class="actions">
          <button type="button" class="secondary" disabled={check.busy} onClick={() => void check.submit()}>
            {t('money.checkStatus')}
          </button>
        </div>
      ) : null}
      <ProblemView problem={check.problem} />
    </div>
  );
}

function TopUpForm({ member, currency, onDone }: { member: Member; currency: string; onDone: () => void }) {
  const groupId = currentSession()!.groupId!;
  const [method, setMethod] = useState<Method>('voucher');
  const [amount, setAmount] = useState('');
  const [orderId, setOrderId] = useState('');
  const [code, setCode] = useState('');
  const idempotency = useIdempotencyKey();
  const [result, setResult] = useState<TopUp>();
  const topUp = useAction(
    (body: BodyOf<'createTopUp'>) =>
      api.POST('/v1/groups/{groupId}/members/{msisdn}/top-ups', {
        params: {
          path: { groupId, msisdn: pathNumber(member.msisdn) },
          header: { 'Idempotency-Key': idempotency.keyFor(body) },
        },
        body,
      }),
    (answer) => {
      idempotency.succeeded();
      setResult(answer);
      setCode('');
      setOrderId('');
      onDone();
    },
  );

  const onSubmit = (e: Event) => {
    e.preventDefault();
    setResult(undefined);
    const money = typedMoney(amount, currency);
    void topUp.submit(
      method === 'voucher'
        ? { method, code }
        : method === 'paypal'
          ? { method, amount: money, orderId }
          : { method, amount: money },
    );
  };

  return (
    <>
      <form class="admin-form" onSubmit={onSubmit} noValidate>
        <fieldset>
          <legend>{t('money.topUpHow')}</legend>
          {METHODS.map((m) => (
            <div class="check" key={m}>
              <input
                type="radio"
                id={`top-up-${m}`}
                name="top-up-method"
                checked={method === m}
                onChange={() => {
                  setMethod(m);
                  topUp.reset();
                }}
              />
              <label for={`top-up-${m}`}>{t(`money.method.${m}`)}</label>
            </div>
          ))}
        </fieldset>
        {method === 'voucher' ? (
          <Field
            label={t('money.voucherCode')}
            field="body.code"
            problem={topUp.problem}
            autoComplete="off"
            value={code}
            onInput={(e) => setCode(e.currentTarget.value)}
          />
        ) : (
          <Field
            label={t('money.amountIn', { currency })}
            field="body.amount"
            problem={topUp.problem}
            inputMode="decimal"
            value={amount}
            onInput={(e) => setAmount(e.currentTarget.value)}
          />
        )}
        {method === 'paypal' ? (
          <Field
            label={t('money.paypalOrder')}
            hint={t('money.paypalOrderHint')}
            field="body.orderId"
            problem={topUp.problem}
            autoComplete="off"
            value={orderId}
            onInput={(e) => setOrderId(e.currentTarget.value)}
          />
        ) : null}
        {method === 'bank-transfer' ? <p class="muted">{t('money.bankTransferHint')}</p> : null}
        <ProblemView problem={topUp.problem} />
        <div class="actions">
          <button type="submit" disabled={topUp.busy}>
            {t('money.topUp')}
          </button>
        </div>
      </form>
      {result ? (
        <TopUpResult
          topUp={result}
          onChecked={(checked) => {
            setResult(checked);
            onDone();
          }}
        />
      ) : null}
    </>
  );
}

export function MemberMoney({
  member,
  tick,
  onMoved,
}: {
  member: Member;
  tick: number;
  onMoved: () => void;
}) {
  const groupId = currentSession()!.groupId!;
  const msisdn = pathNumber(member.msisdn);
  const balance = useApi(
    () => api.GET('/v1/groups/{groupId}/members/{msisdn}/balance', { params: { path: { groupId, msisdn } } }),
    [groupId, msisdn, tick],
  );
  const ledger = usePaged(
    (cursor) =>
      api.GET('/v1/groups/{groupId}/members/{msisdn}/ledger', {
        params: { path: { groupId, msisdn }, query: { limit: '20', cursor } },
      }),
    [groupId, msisdn, tick],
  );
  return (
    <>
      <Section title={t('money.balanceTitle')} id="balance">
        <LoadedView loaded={balance}>
          {(b) => (
            <p class="figure">
              <span>{t('money.balance')}</span>{' '}
              <strong data-testid="member-balance">{formatMoney(b.balance)}</strong>
              {b.updatedAt ? (
                <small class="muted"> {t('money.asOf', { date: formatDate(b.updatedAt) })}</small>
              ) : null}
            </p>
          )}
        </LoadedView>
        <p>
          <a href={href(`/group/transfers?number=${msisdn}`)}>{t('money.moveCredit')}</a>
        </p>
        <LedgerTable caption={t('money.ledger')} paged={ledger} />
      </Section>
      <Section title={t('money.topUpTitle')} id="top-up">
        <TopUpForm
          member={member}
          currency={balance.data?.balance.currency ?? member.settings?.spendingCap?.currency ?? ''}
          onDone={onMoved}
        />
      </Section>
    </>
  );
}
