/** The support queue: every ticket of the tenant not closed, each opened to reply or close it. */
import { api } from '../../api/client.ts';
import { formatDate, t } from '../../i18n/index.ts';
import { href } from '../../router.ts';
import { Badge, Table } from '../../ui/components.tsx';
import { codeText, ticketTone } from '../../ui/labels.ts';
import { PagedView, usePaged } from '../../ui/paged.tsx';

export const ticketPath = (ticketId: string): string => `/desk/tickets/${encodeURIComponent(ticketId)}`;

export default function Tickets() {
  const tickets = usePaged(
    (cursor) => api.GET('/v1/support-queue', { params: { query: { cursor, limit: '50' } } }),
    [],
  );
  return (
    <>
      <h1>{t('desk.tickets.title')}</h1>
      <PagedView paged={tickets} empty={t('desk.tickets.none')}>
        {(items) => (
          <Table
            caption={t('desk.tickets.caption')}
            head={[
              t('desk.tickets.subject'),
              t('desk.tickets.from'),
              t('desk.tickets.category'),
              t('desk.tickets.channel'),
              t('desk.status'),
              t('desk.tickets.updated'),
            ]}
          >
            {items.map((k) => (
              <tr key={k.ticketId}>
                <th scope="row">
                  <a href={href(ticketPath(k.ticketId))}>{k.subject}</a>
                </th>
                <td>{k.msisdn ?? k.email ?? '—'}</td>
                <td>{k.category ? codeText('desk.ticketCategory', k.category) : '—'}</td>
                <td>{codeText('desk.ticketChannel', k.channel)}</td>
                <td>
                  <Badge value={codeText('desk.ticketStatus', k.status)} tone={ticketTone(k.status)} />
                </td>
                <td>{formatDate(k.updatedAt)}</td>
              </tr>
            ))}
          </Table>
        )}
      </PagedView>
    </>
  );
}
