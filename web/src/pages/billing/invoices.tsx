/**
 * The group's invoices, newest period first: number, period, issue and due dates, total, what is
 * still unpaid, status and the dunning stage of an unpaid one. Each opens with its lines.
 */
import { api } from '../../api/client.ts';
import { formatDate, formatMoney, t } from '../../i18n/index.ts';
import { href } from '../../router.ts';
import { currentSession } from '../../session.ts';
import { Badge, Table } from '../../ui/components.tsx';
import { codeText, stageTone } from '../../ui/labels.ts';
import { PagedView, usePaged } from '../../ui/paged.tsx';
import { AccountNav } from './account-nav.tsx';

export default function Invoices() {
  const groupId = currentSession()!.groupId!;
  const list = usePaged(
    (cursor) =>
      api.GET('/v1/groups/{groupId}/invoices', { params: { path: { groupId }, query: { cursor } } }),
    [groupId],
  );
  return (
    <>
      <h1>{t('billing.invoices.title')}</h1>
      <AccountNav current="/group/invoices" />
      <PagedView paged={list}>
        {(items) => (
          <Table
            caption={t('billing.invoices.caption')}
            head={[
              t('billing.invoice.number'),
              t('billing.invoice.period'),
              t('billing.invoice.billDate'),
              t('billing.invoice.dueDate'),
              t('billing.invoice.total'),
              t('billing.invoice.remaining'),
              t('billing.invoice.status'),
              t('billing.invoice.dunning'),
            ]}
          >
            {items.map((i) => (
              <tr key={i.id}>
                <th scope="row">
                  <a href={href(`/group/invoices/${encodeURIComponent(i.id)}`)}>{i.billNo}</a>
                </th>
                <td>{i.billingPeriod.period}</td>
                <td>{formatDate(i.billDate)}</td>
                <td>{formatDate(i.paymentDueDate)}</td>
                <td class="num">{formatMoney(i.taxIncludedAmount)}</td>
                <td class="num">{formatMoney(i.remainingAmount)}</td>
                <td>
                  <Badge
                    value={codeText('billing.state', i.state)}
                    tone={i.state === 'paid' ? 'ok' : undefined}
                  />
                </td>
                <td>
                  {i.dunning ? (
                    <Badge
                      value={codeText('billing.dunning', i.dunning.stage)}
                      tone={stageTone(i.dunning.stage)}
                    />
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            ))}
          </Table>
        )}
      </PagedView>
    </>
  );
}
