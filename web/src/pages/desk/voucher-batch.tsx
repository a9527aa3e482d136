/** One voucher batch: its value, expiry and how many of its codes were redeemed (never the codes). */
import { api } from '../../api/client.ts';
import { formatDate, formatMoney, formatNumber, t } from '../../i18n/index.ts';
import { href, type PageProps } from '../../router.ts';
import { LoadedView, Section } from '../../ui/components.tsx';
import { useApi } from '../../ui/use-api.ts';

export default function VoucherBatch({ params }: PageProps) {
  const batchId = params.batchId!;
  const batch = useApi(
    () => api.GET('/v1/voucher-batches/{batchId}', { params: { path: { batchId } } }),
    [batchId],
  );
  return (
    <>
      <p>
        <a href={href('/desk/vouchers')}>{t('desk.vouchers.back')}</a>
      </p>
      <h1>{t('desk.vouchers.batchTitle', { batch: batchId })}</h1>
      <LoadedView loaded={batch}>
        {(b) => (
          <Section title={t('desk.vouchers.batchFacts')} id="batch">
            <dl class="facts">
              <dt>{t('desk.vouchers.label')}</dt>
              <dd>{b.label ?? '—'}</dd>
              <dt>{t('desk.vouchers.value')}</dt>
              <dd>{formatMoney(b.value)}</dd>
              <dt>{t('desk.vouchers.count')}</dt>
              <dd>{formatNumber(b.count)}</dd>
              <dt>{t('desk.vouchers.redeemed')}</dt>
              <dd data-testid="redeemed">{formatNumber(b.redeemedCount)}</dd>
              <dt>{t('desk.vouchers.validUntil')}</dt>
              <dd>{formatDate(b.validUntil)}</dd>
              <dt>{t('desk.vouchers.issuedAt')}</dt>
              <dd>{formatDate(b.issuedAt)}</dd>
            </dl>
            <p class="muted">{t('desk.vouchers.noCodes')}</p>
          </Section>
        )}
      </LoadedView>
    </>
  );
}
