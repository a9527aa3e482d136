/**
 * The group's audit trail, newest first, page by page: when, who (role and number), what was done
 * to what, and the record before and after as the API keeps it.
 */
import { api } from '../../api/client.ts';
import { formatDate, t } from '../../i18n/index.ts';
import { currentSession } from '../../session.ts';
import { Table } from '../../ui/components.tsx';
import { PagedView, usePaged } from '../../ui/paged.tsx';
import { AccountNav } from './account-nav.tsx';

/** Entries per page: the trail is long; a page is read at a glance. */
const PAGE = '20';

/** A record as the trail keeps it, compact; nothing when there was none. */
const record = (value: unknown): string =>
  value === null || value === undefined ? '—' : JSON.stringify(value);

function roleText(role: string): string {
  if (role === 'admin') return t('billing.audit.admin');
  if (role === 'member') return t('billing.audit.member');
  if (role === 'operator') return t('billing.audit.operator');
  return role;
}

export default function Audit() {
  const groupId = currentSession()!.groupId!;
  const list = usePaged(
    (cursor) =>
      api.GET('/v1/groups/{groupId}/audit', {
        params: { path: { groupId }, query: { cursor, limit: PAGE } },
      }),
    [groupId],
  );
  return (
    <>
      <h1>{t('billing.audit.title')}</h1>
      <AccountNav current="/group/audit" />
      <PagedView paged={list}>
        {(items) => (
          <Table
            caption={t('billing.audit.caption')}
            head={[
              t('billing.audit.at'),
              t('billing.audit.actor'),
              t('billing.audit.action'),
              t('billing.audit.target'),
              t('billing.audit.change'),
            ]}
          >
            {items.map((e) => (
              <tr key={e.entryId}>
                <td>{formatDate(e.at)}</td>
                <td>
                  {roleText(e.actor.role)}
                  {e.actor.msisdn ? <small class="muted"> {e.actor.msisdn}</small> : null}
                </td>
                <td data-testid="audit-action">
                  <code>{e.action}</code>
                </td>
                <td>{e.target}</td>
                <td class="audit-change">
                  <code>{record(e.before)}</code> → <code>{record(e.after)}</code>
                </td>
              </tr>
            ))}
          </Table>
        )}
      </PagedView>
    </>
  );
}
