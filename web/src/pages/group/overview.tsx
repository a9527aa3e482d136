/**
 * The administrator's group at a glance: the company, its status and dunning stage, the plans in
 * use (named as the catalog names them), and every number (plan, status, cap) with its balance
 * and this month's spending against its credit limit, filled in row by row as they arrive. Each
 * number links to its own page.
 */
import { useEffect, useState } from 'preact/hooks';
import { api, type Ok } from '../../api/client.ts';
import { formatDate, formatMoney, formatNumber, t } from '../../i18n/index.ts';
import { href } from '../../router.ts';
import { currentSession } from '../../session.ts';
import { type Catalog, planName, useCatalog } from '../../ui/catalog.ts';
import { Badge, LoadedView, pathNumber, Section, Table } from '../../ui/components.tsx';
import { codeText, stageTone } from '../../ui/labels.ts';
import { limited } from '../../ui/limited.ts';
import { PagedView, usePaged } from '../../ui/paged.tsx';
import { useApi } from '../../ui/use-api.ts';

const PAGE = '50';

function NumberFigures({ groupId, msisdn }: { groupId: string; msisdn: string }) {
  const [figures, setFigures] = useState<{ balance?: Ok<'getBalance'>; usage?: Ok<'getMemberUsage'> }>();
  // A figure the API refused (a number just added, not yet rated) shows as none.
  useEffect(() => {
    let live = true;
    const path = { groupId, msisdn: pathNumber(msisdn) };
    void Promise.all([
      limited(() => api.GET('/v1/groups/{groupId}/members/{msisdn}/balance', { params: { path } })),
      limited(() => api.GET('/v1/groups/{groupId}/members/{msisdn}/usage', { params: { path } })),
    ]).then(([b, u]) => live && setFigures({ balance: b.data, usage: u.data }));
    return () => {
      live = false;
    };
  }, [groupId, msisdn]);
  const limit = figures?.usage?.creditLimit;
  const spent = figures?.usage?.charges.reduce((sum, c) => sum + c.amount.amount, 0);
  const currency = figures?.balance?.balance.currency ?? limit?.amount.currency;
  return (
    <>
      <td>{figures ? formatMoney(figures.balance?.balance) : '…'}</td>
      <td>
        {figures ? (spent !== undefined && currency ? formatMoney({ amount: spent, currency }) : '—') : '…'}
        {limit ? (
          <small class="muted">
            {' '}
            {t('group.ofLimit', {
              limit: formatMoney(limit.amount),
              percent: formatNumber(limit.percentUsed),
            })}
          </small>
        ) : null}
        {figures?.usage?.barred ? (
          <Badge tone="bad" value={t(`group.barred.${figures.usage.barred.reason}`)} />
        ) : null}
      </td>
    </>
  );
}

function Members({ groupId, catalog }: { groupId: string; catalog?: Catalog }) {
  const members = usePaged(
    (cursor) =>
      api.GET('/v1/groups/{groupId}/members', {
        params: { path: { groupId }, query: { limit: PAGE, cursor } },
      }),
    [groupId],
  );
  return (
    <PagedView paged={members}>
      {(items) => (
        <Table
          caption={t('group.members')}
          head={[
            t('group.number'),
            t('group.label'),
            t('group.plan'),
            t('group.status'),
            t('group.cap'),
            t('group.balance'),
            t('group.spending'),
          ]}
        >
          {items.map((m) => (
            <tr key={m.msisdn}>
              <th scope="row">
                <a href={href(`/group/members/${pathNumber(m.msisdn)}`)}>{m.msisdn}</a>
                {m.role === 'admin' ? <Badge value={t('group.admin')} /> : null}
              </th>
              <td>{m.label ?? ''}</td>
              <td>{planName(catalog, m.plan)}</td>
              <td>
                <Badge
                  value={codeText('numbers.memberStatus', m.status)}
                  tone={m.status === 'active' ? 'ok' : 'warn'}
                />
              </td>
              <td>{m.settings?.spendingCap ? formatMoney(m.settings.spendingCap) : t('group.noCap')}</td>
              <NumberFigures groupId={groupId} msisdn={m.msisdn} />
            </tr>
          ))}
        </Table>
      )}
    </PagedView>
  );
}

export default function Overview() {
  const groupId = currentSession()!.groupId!;
  const group = useApi(() => api.GET('/v1/groups/{groupId}', { params: { path: { groupId } } }), [groupId]);
  const catalog = useCatalog();
  return (
    <LoadedView loaded={group}>
      {(g) => (
        <>
          <h1>{g.company.legalName}</h1>
          <Section title={t('group.summary')} id="summary">
            <dl class="facts">
              <dt>{t('group.status')}</dt>
              <dd>
                <Badge
                  value={t(`group.groupStatus.${g.status}`)}
                  tone={g.status === 'active' ? 'ok' : 'bad'}
                />
              </dd>
              <dt>{t('group.dunning')}</dt>
              <dd data-testid="dunning-stage">
                {g.dunning ? (
                  <>
                    <Badge
                      value={codeText('billing.dunning', g.dunning.stage)}
                      tone={stageTone(g.dunning.stage)}
                    />{' '}
                    <a href={href(`/group/invoices/${encodeURIComponent(g.dunning.invoiceId)}`)}>
                      {g.dunning.invoiceId}
                    </a>{' '}
                    <small class="muted">{formatDate(g.dunning.since)}</small>
                  </>
                ) : (
                  t('group.noDunning')
                )}
              </dd>
              <dt>{t('group.numbers')}</dt>
              <dd>{formatNumber(g.memberCount)}</dd>
              <dt>{t('group.plans')}</dt>
              <dd>
                {Object.entries(g.planCounts)
                  .map(([plan, n]) => `${planName(catalog.data?.catalog, plan)} × ${n}`)
                  .join(', ')}
              </dd>
              <dt>{t('group.adminNumber')}</dt>
              <dd>{g.adminMsisdn}</dd>
              <dt>{t('group.billingEmail')}</dt>
              <dd>{g.billingEmail ?? '—'}</dd>
            </dl>
          </Section>
          <Section title={t('group.members')} id="members">
            <p>
              <a class="button" href={href('/group/members/new')}>
                {t('group.addNumber')}
              </a>
            </p>
            <Members groupId={groupId} catalog={catalog.data?.catalog} />
          </Section>
        </>
      )}
    </LoadedView>
  );
}
