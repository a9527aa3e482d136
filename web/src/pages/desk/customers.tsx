/**
 * The operator's customers: the tenant's business groups, page by page, with their status and
 * the stage of an unpaid invoice; each opens the customer's product list.
 */
import { api } from '../../api/client.ts';
import { formatDate, formatNumber, t } from '../../i18n/index.ts';
import { href } from '../../router.ts';
import { Badge, Table } from '../../ui/components.tsx';
import { codeText, stageTone } from '../../ui/labels.ts';
import { PagedView, usePaged } from '../../ui/paged.tsx';

export default function Customers() {
  const groups = usePaged(
    (cursor) => api.GET('/v1/groups', { params: { query: { limit: '50', cursor } } }),
    [],
  );
  return (
    <>
      <h1>{t('desk.customers.title')}</h1>
      <p class="actions">
        <a href={href('/desk/dunnings')}>{t('desk.dunnings.title')}</a>
      </p>
      <PagedView paged={groups} empty={t('desk.customers.none')}>
        {(items) => (
          <Table
            caption={t('desk.customers.caption')}
            head={[
              t('desk.customers.company'),
              t('desk.customers.registration'),
              t('desk.customers.admin'),
              t('desk.customers.numbers'),
              t('desk.status'),
              t('desk.dunning'),
              t('desk.customers.since'),
            ]}
          >
            {items.map((g) => (
              <tr key={g.groupId}>
                <th scope="row">
                  <a href={href(`/desk/groups/${encodeURIComponent(g.groupId)}`)}>{g.company.legalName}</a>
                </th>
                <td>
                  {g.company.registrationNumber}
                  <br />
                  <small class="muted">{t('desk.vatId', { id: g.company.vatId })}</small>
                </td>
                <td>{g.adminMsisdn}</td>
                <td class="num">{formatNumber(g.memberCount)}</td>
                <td>
                  <Badge
                    value={codeText('desk.groupStatus', g.status)}
                    tone={g.status === 'active' ? 'ok' : 'bad'}
                  />
                </td>
                <td>
                  {g.dunning ? (
                    <Badge
                      value={codeText('desk.stage', g.dunning.stage)}
                      tone={stageTone(g.dunning.stage)}
                    />
                  ) : (
                    t('desk.noDunning')
                  )}
                </td>
                <td>{formatDate(g.createdAt)}</td>
              </tr>
            ))}
          </Table>
        )}
      </PagedView>
    </>
  );
}
