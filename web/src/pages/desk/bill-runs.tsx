/** The tenant's bill runs, newest first, with their progress; refreshed while one is under way. */
import { useEffect } from 'preact/hooks';
import { api } from '../../api/client.ts';
import { formatDate, formatNumber, t } from '../../i18n/index.ts';
import { href } from '../../router.ts';
import { Badge, Table } from '../../ui/components.tsx';
import { codeText } from '../../ui/labels.ts';
import { PagedView, usePaged } from '../../ui/paged.tsx';
import { billRunPath, REFRESH_MS } from './common.tsx';

export default function BillRuns() {
  const runs = usePaged(
    (cursor) => api.GET('/v1/bill-runs', { params: { query: { cursor, limit: '24' } } }),
    [],
  );
  const underWay = runs.items.some((r) => r.status !== 'completed');
  useEffect(() => {
    if (!underWay || runs.loading) return;
    const timer = setTimeout(runs.reload, REFRESH_MS);
    return () => clearTimeout(timer);
  }, [runs.items, runs.loading]);
  return (
    <>
      <h1>{t('desk.runs.title')}</h1>
      <p class="muted">{t('desk.runs.how')}</p>
      <PagedView paged={runs} empty={t('desk.runs.none')}>
        {(items) => (
          <Table
            caption={t('desk.runs.caption')}
            head={[
              t('desk.runs.period'),
              t('desk.status'),
              t('desk.runs.issued'),
              t('desk.runs.expected'),
              t('desk.runs.started'),
              t('desk.runs.finished'),
            ]}
          >
            {items.map((r) => (
              <tr key={r.runId}>
                <th scope="row">
                  <a href={href(billRunPath(r.runId))}>{r.period}</a>
                </th>
                <td>
                  <Badge
                    value={codeText('desk.runStatus', r.status)}
                    tone={r.status === 'completed' ? 'ok' : 'warn'}
                  />
                </td>
                <td class="num">{formatNumber(r.issued)}</td>
                <td class="num">{formatNumber(r.expected)}</td>
                <td>
                  {formatDate(r.startedAt)} <small class="muted">{r.startedBy}</small>
                </td>
                <td>{formatDate(r.finishedAt)}</td>
              </tr>
            ))}
          </Table>
        )}
      </PagedView>
    </>
  );
}
