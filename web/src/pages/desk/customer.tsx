/**
 * A customer's product list, as the operator may see it: the company, its status and the stage
 * of an unpaid invoice, its numbers with plan, add-ons and status, its payment settings (masked),
 * the proofs of payment sent for the invoice being dunned, and customer care on a number. What
 * staff may not see (balances, usage, labels, settings) the API does not give.
 */
import { useState } from 'preact/hooks';
import { api } from '../../api/client.ts';
import { formatDate, formatMoney, t } from '../../i18n/index.ts';
import { href, type PageProps } from '../../router.ts';
import { Badge, LoadedView, Section, Select, Table } from '../../ui/components.tsx';
import { codeText, decisionTone, stageTone } from '../../ui/labels.ts';
import { PagedView, usePaged } from '../../ui/paged.tsx';
import { useApi } from '../../ui/use-api.ts';
import { proofPath } from './common.tsx';
import { NumberCare } from './number-care.tsx';

function PaymentSettings({ groupId }: { groupId: string }) {
  const settings = useApi(
    () => api.GET('/v1/groups/{groupId}/payment-settings', { params: { path: { groupId } } }),
    [groupId],
  );
  return (
    <LoadedView loaded={settings}>
      {(s) => (
        <dl class="facts">
          <dt>{t('desk.customer.method')}</dt>
          <dd>{codeText('desk.paymentMethod', s.method)}</dd>
          <dt>{t('desk.customer.iban')}</dt>
          <dd>{s.iban ?? '—'}</dd>
          <dt>{t('desk.customer.mandate')}</dt>
          <dd>
            {s.mandate
              ? t('desk.customer.mandateOf', {
                  reference: s.mandate.reference,
                  date: formatDate(s.mandate.signedOn),
                })
              : '—'}
          </dd>
        </dl>
      )}
    </LoadedView>
  );
}

function InvoiceProofs({ groupId, invoiceId }: { groupId: string; invoiceId: string }) {
  const proofs = usePaged(
    (cursor) =>
      api.GET('/v1/groups/{groupId}/invoices/{invoiceId}/payment-proofs', {
        params: { path: { groupId, invoiceId }, query: { cursor } },
      }),
    [groupId, invoiceId],
  );
  return (
    <PagedView paged={proofs} empty={t('desk.customer.noProofs')}>
      {(items) => (
        <Table
          caption={t('desk.customer.proofsOf', { invoice: invoiceId })}
          head={[
            t('desk.proofs.paidOn'),
            t('desk.proofs.amount'),
            t('desk.proofs.bankReference'),
            t('desk.status'),
          ]}
        >
          {items.map((p) => (
            <tr key={p.proofId}>
              <th scope="row">
                <a href={href(proofPath(p))}>{formatDate(p.paidOn)}</a>
              </th>
              <td class="num">{formatMoney(p.amount)}</td>
              <td>{p.bankReference}</td>
              <td>
                <Badge value={codeText('desk.proofStatus', p.status)} tone={decisionTone(p.status)} />
              </td>
            </tr>
          ))}
        </Table>
      )}
    </PagedView>
  );
}

function Numbers({ groupId }: { groupId: string }) {
  const members = usePaged(
    (cursor) =>
      api.GET('/v1/groups/{groupId}/members', {
        params: { path: { groupId }, query: { limit: '50', cursor } },
      }),
    [groupId],
  );
  const [chosen, setChosen] = useState<string | undefined>();
  const numbers = members.items;
  const msisdn = chosen ?? numbers[0]?.msisdn;
  return (
    <>
      <Section title={t('desk.customer.numbers')} id="numbers">
        <PagedView paged={members} empty={t('desk.customer.noNumbers')}>
          {(items) => (
            <Table
              caption={t('desk.customer.numbersCaption')}
              head={[
                t('desk.customer.number'),
                t('desk.customer.plan'),
                t('desk.customer.addOns'),
                t('desk.status'),
                t('desk.customer.origin'),
                t('desk.customer.added'),
              ]}
            >
              {items.map((m) => (
                <tr key={m.msisdn}>
                  <th scope="row">
                    {m.msisdn}
                    {m.role === 'admin' ? <Badge value={t('desk.customer.adminBadge')} /> : null}
                  </th>
                  <td>{m.plan}</td>
                  <td>
                    {m.addOns.length
                      ? m.addOns.map((a) => (typeof a === 'string' ? a : a.code)).join(', ')
                      : t('desk.customer.noAddOns')}
                    {m.sharesUnitsOf ? (
                      <small class="muted">
                        {' '}
                        {t('desk.customer.sharesUnitsOf', { number: m.sharesUnitsOf })}
                      </small>
                    ) : null}
                    {m.club ? <Badge value={t('desk.customer.inClub')} /> : null}
                  </td>
                  <td>
                    <Badge
                      value={codeText('desk.memberStatus', m.status)}
                      tone={m.status === 'active' ? 'ok' : 'warn'}
                    />
                  </td>
                  <td>{codeText('desk.origin', typeof m.origin === 'string' ? m.origin : m.origin.kind)}</td>
                  <td>{formatDate(m.addedAt)}</td>
                </tr>
              ))}
            </Table>
          )}
        </PagedView>
      </Section>
      {msisdn ? (
        <Section title={t('desk.care.title')} id="care">
          <Select
            label={t('desk.care.number')}
            value={msisdn}
            onChange={(e) => setChosen(e.currentTarget.value)}
            options={numbers.map((m) => ({ value: m.msisdn, label: m.msisdn }))}
          />
          <NumberCare
            key={msisdn}
            groupId={groupId}
            msisdn={msisdn}
            fixedLine={numbers.find((m) => m.msisdn === msisdn)?.line === 'fixed-line'}
          />
        </Section>
      ) : null}
    </>
  );
}

export default function Customer({ params }: PageProps) {
  const groupId = params.groupId!;
  const group = useApi(() => api.GET('/v1/groups/{groupId}', { params: { path: { groupId } } }), [groupId]);
  return (
    <>
      <p>
        <a href={href('/desk')}>{t('desk.customer.back')}</a>
      </p>
      <LoadedView loaded={group}>
        {(g) => (
          <>
            <h1>{g.company.legalName}</h1>
            <div class="grid">
              <Section title={t('desk.customer.summary')} id="summary">
                <dl class="facts">
                  <dt>{t('desk.status')}</dt>
                  <dd data-testid="group-status">
                    <Badge
                      value={codeText('desk.groupStatus', g.status)}
                      tone={g.status === 'active' ? 'ok' : 'bad'}
                    />
                  </dd>
                  <dt>{t('desk.dunning')}</dt>
                  <dd data-testid="dunning-stage">
                    {g.dunning ? (
                      <>
                        <Badge
                          value={codeText('desk.stage', g.dunning.stage)}
                          tone={stageTone(g.dunning.stage)}
                        />{' '}
                        <small class="muted">
                          {t('desk.customer.dunningOf', {
                            invoice: g.dunning.invoiceId,
                            date: formatDate(g.dunning.since),
                          })}
                        </small>
                        {g.dunning.suspended ? (
                          <>
                            <br />
                            {g.dunning.scope === 'debtor'
                              ? t('desk.customer.suspendedDebtor')
                              : t('desk.customer.suspendedGroup')}
                          </>
                        ) : null}
                      </>
                    ) : (
                      t('desk.noDunning')
                    )}
                  </dd>
                  <dt>{t('desk.customers.registration')}</dt>
                  <dd>{g.company.registrationNumber}</dd>
                  <dt>{t('desk.customer.vat')}</dt>
                  <dd>{g.company.vatId}</dd>
                  <dt>{t('desk.customer.address')}</dt>
                  <dd>
                    {g.company.address.street}, {g.company.address.postalCode} {g.company.address.city},{' '}
                    {g.company.address.country}
                  </dd>
                  <dt>{t('desk.customer.representative')}</dt>
                  <dd>
                    {g.legalRepresentative.name}{' '}
                    <small class="muted">
                      {g.legalRepresentative.idDocument.type} {g.legalRepresentative.idDocument.number}
                    </small>
                  </dd>
                  <dt>{t('desk.customers.admin')}</dt>
                  <dd>{g.adminMsisdn}</dd>
                  <dt>{t('desk.customer.billingEmail')}</dt>
                  <dd>{g.billingEmail ?? '—'}</dd>
                  <dt>{t('desk.customer.language')}</dt>
                  <dd>{g.language}</dd>
                  <dt>{t('desk.customer.itemizedBill')}</dt>
                  <dd>{g.itemizedBill ? t('common.yes') : t('common.no')}</dd>
                  <dt>{t('desk.customer.plans')}</dt>
                  <dd>
                    {Object.entries(g.planCounts)
                      .map(([plan, n]) => `${plan} × ${n}`)
                      .join(', ')}
                  </dd>
                </dl>
              </Section>
              <Section title={t('desk.customer.payment')} id="payment">
                <PaymentSettings groupId={groupId} />
                <p class="muted">{t('desk.customer.ibanOnGroup', { iban: g.iban })}</p>
              </Section>
            </div>
            {g.dunning ? (
              <Section title={t('desk.customer.proofs')} id="proofs">
                <InvoiceProofs groupId={groupId} invoiceId={g.dunning.invoiceId} />
              </Section>
            ) : null}
            <Numbers groupId={groupId} />
          </>
        )}
      </LoadedView>
    </>
  );
}
