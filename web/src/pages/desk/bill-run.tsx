/**
 * One bill run: its status and counts (done, skipped, failed, pending of the groups fixed at its
 * start), refreshed while it is under way; the groups it could not invoice, with the reasons; and
 * the direct-debit collection once every invoice is issued.
 */
import { useEffect, useState } from 'preact/hooks';
import { api, download, type Problem } from '../../api/client.ts';
import { formatDate, formatMoney, formatNumber, t } from '../../i18n/index.ts';
import { href, type PageProps } from '../../router.ts';
import { Badge, LoadedView, ProblemView, Section, Table } from '../../ui/components.tsx';
import { codeText } from '../../ui/labels.ts';
import { PagedView, usePaged } from '../../ui/paged.tsx';
import { useApi } from '../../ui/use-api.ts';
import { CustomerLink, REFRESH_MS } from './common.tsx';

function Failures({ runId, failed }: { runId: string; failed: number }) {
  const failures = usePaged(
    (cursor) =>
      api.GET('/v1/bill-runs/{runId}/failures', {
        params: { path: { runId }, query: { cursor, limit: '50' } },
      }),
    [runId, failed],
  );
  return (
    <PagedView paged={failures} empty={t('desk.run.noFailures')}>
      {(items) => (
        <Table
          caption={t('desk.run.failuresCaption')}
          head={[t('desk.proofs.customer'), t('desk.run.reason'), t('desk.runs.finished')]}
        >
          {items.map((f) => (
            <tr key={f.groupId}>
              <th scope="row">
                <CustomerLink groupId={f.groupId} />
              </th>
              <td>{f.reason}</td>
              <td>{formatDate(f.finishedAt)}</td>
            </tr>
          ))}
        </Table>
      )}
    </PagedView>
  );
}

export default function BillRun({ params }: PageProps) {
  const runId = params.runId!;
  const run = useApi(() => api.GET('/v1/bill-runs/{runId}', { params: { path: { runId } } }), [runId]);
  useEffect(() => {
    if (!run.data || run.data.status === 'completed' || run.loading) return;
    const timer = setTimeout(run.reload, REFRESH_MS);
    return () => clearTimeout(timer);
  }, [run.data, run.loading]);
  const [fileProblem, setFileProblem] = useState<Problem | undefined>();
  const downloadFile = async () =>
    setFileProblem(
      await download(`/v1/bill-runs/${encodeURIComponent(runId)}/direct-debit`, `direct-debit-${runId}.xml`),
    );
  return (
    <>
      <p>
        <a href={href('/desk/bill-runs')}>{t('desk.run.back')}</a>
      </p>
      <h1>{t('desk.run.title', { period: runId })}</h1>
      <LoadedView loaded={run}>
        {(r) => (
          <>
            <Section title={t('desk.run.progress')} id="progress">
              <p aria-live="polite">
                <Badge
                  value={codeText('desk.runStatus', r.status)}
                  tone={r.status === 'completed' ? 'ok' : 'warn'}
                />{' '}
                {r.status === 'completed' ? null : <span class="muted">{t('desk.run.refreshing')}</span>}
              </p>
              <dl class="facts" data-testid="run-counts">
                <dt>{t('desk.runs.expected')}</dt>
                <dd data-count="expected">{formatNumber(r.expected)}</dd>
                <dt>{t('desk.run.done')}</dt>
                <dd data-count="done">{formatNumber(r.counts.done)}</dd>
                <dt>{t('desk.run.skipped')}</dt>
                <dd data-count="skipped">{formatNumber(r.counts.skipped)}</dd>
                <dt>{t('desk.run.failed')}</dt>
                <dd data-count="failed">{formatNumber(r.counts.failed)}</dd>
                <dt>{t('desk.run.pending')}</dt>
                <dd data-count="pending">{formatNumber(r.counts.pending)}</dd>
                <dt>{t('desk.runs.issued')}</dt>
                <dd data-count="issued">{formatNumber(r.issued)}</dd>
                <dt>{t('desk.runs.started')}</dt>
                <dd>
                  {formatDate(r.startedAt)} <small class="muted">{r.startedBy}</small>
                </dd>
                <dt>{t('desk.run.collected')}</dt>
                <dd>{formatDate(r.collectedAt)}</dd>
                <dt>{t('desk.runs.finished')}</dt>
                <dd>{formatDate(r.finishedAt)}</dd>
              </dl>
            </Section>
            <Section title={t('desk.run.failures')} id="failures">
              <Failures runId={runId} failed={r.counts.failed} />
            </Section>
            {r.collection ? (
              <Section title={t('desk.run.collection')} id="collection">
                <dl class="facts">
                  <dt>{t('desk.status')}</dt>
                  <dd>{codeText('desk.collectionStatus', r.collection.status)}</dd>
                  <dt>{t('desk.run.debits')}</dt>
                  <dd>{formatNumber(r.collection.debits)}</dd>
                  <dt>{t('desk.run.total')}</dt>
                  <dd>{formatMoney(r.collection.total)}</dd>
                  <dt>{t('desk.run.collectionDate')}</dt>
                  <dd>{formatDate(r.collection.collectionDate)}</dd>
                  <dt>{t('desk.run.collectedCount')}</dt>
                  <dd>{formatNumber(r.collection.collected)}</dd>
                  <dt>{t('desk.run.returned')}</dt>
                  <dd>{formatNumber(r.collection.returned)}</dd>
                  <dt>{t('desk.run.leftOut')}</dt>
                  <dd>{formatNumber(r.collection.leftOut)}</dd>
                </dl>
                <ProblemView problem={fileProblem} />
                <p>
                  <button type="button" class="secondary" onClick={() => void downloadFile()}>
                    {t('desk.run.download')}
                  </button>
                </p>
              </Section>
            ) : null}
          </>
        )}
      </LoadedView>
    </>
  );
}
