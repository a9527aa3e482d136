/**
 * Store voucher batches: issue one (its codes are in the answer only, never readable again, so
 * they are shown once, with a CSV made in the browser), and the batches issued, oldest first.
 */
import { useState } from 'preact/hooks';
import { api, type Ok } from '../../api/client.ts';
import { formatDate, formatMoney, formatNumber, t } from '../../i18n/index.ts';
import { href } from '../../router.ts';
import { currencyOf, useCatalog } from '../../ui/catalog.ts';
import { Field, ProblemView, Section, Table } from '../../ui/components.tsx';
import { dayFromToday, majorUnits, typedMoney } from '../../ui/forms.ts';
import { PagedView, usePaged } from '../../ui/paged.tsx';
import { useAction } from '../../ui/use-api.ts';
import { voucherBatchPath } from './common.tsx';

type Issued = Ok<'issueVoucherBatch'>;

/** The codes as a CSV file the browser saves: one line per code, with the batch's value and expiry. */
function saveCsv(batch: Issued) {
  const value = majorUnits(batch.value);
  const lines = [
    'code,value,currency,valid_until,batch',
    ...batch.codes.map((c) => [c, value, batch.value.currency, batch.validUntil, batch.batchId].join(',')),
  ];
  const url = URL.createObjectURL(
    new Blob([`${lines.join('\r\n')}\r\n`], { type: 'text/csv;charset=utf-8' }),
  );
  const a = document.createElement('a');
  a.href = url;
  a.download = `vouchers-${batch.batchId}.csv`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function Codes({ batch, onDismiss }: { batch: Issued; onDismiss: () => void }) {
  return (
    <section class="card desk-codes" aria-labelledby="codes-title">
      <h2 id="codes-title">{t('desk.vouchers.codesTitle', { count: formatNumber(batch.count) })}</h2>
      <p class="desk-warning" role="alert">
        <strong>{t('desk.vouchers.once')}</strong>
      </p>
      <p>
        {t('desk.vouchers.batchOf', {
          value: formatMoney(batch.value),
          date: formatDate(batch.validUntil),
          batch: batch.batchId,
        })}
      </p>
      <ol class="desk-code-list" data-testid="voucher-codes">
        {batch.codes.map((c) => (
          <li key={c}>
            <code>{c}</code>
          </li>
        ))}
      </ol>
      <div class="actions">
        <button type="button" onClick={() => saveCsv(batch)}>
          {t('desk.vouchers.csv')}
        </button>
        <button type="button" class="secondary" onClick={onDismiss}>
          {t('desk.vouchers.saved')}
        </button>
      </div>
    </section>
  );
}

export default function Vouchers() {
  const catalog = useCatalog();
  const tenantCurrency = currencyOf(catalog.data?.catalog);
  const [amount, setAmount] = useState('');
  const [currency, setCurrency] = useState<string | undefined>();
  const [count, setCount] = useState('10');
  const [validUntil, setValidUntil] = useState(dayFromToday(365));
  const [label, setLabel] = useState('');
  const [issued, setIssued] = useState<Issued | undefined>();
  const batches = usePaged(
    (cursor) => api.GET('/v1/voucher-batches', { params: { query: { cursor, limit: '50' } } }),
    [],
  );
  // Not replayable (the API keeps no answer to replay): a lost answer means issuing a new batch.
  const issue = useAction(
    () =>
      api.POST('/v1/voucher-batches', {
        body: {
          value: typedMoney(amount, currency ?? tenantCurrency ?? ''),
          count: Number(count),
          validUntil,
          label: label.trim() || undefined,
        },
      }),
    (batch) => {
      setIssued(batch);
      batches.reload();
    },
  );
  return (
    <>
      <h1>{t('desk.vouchers.title')}</h1>
      {issued ? <Codes batch={issued} onDismiss={() => setIssued(undefined)} /> : null}
      <Section title={t('desk.vouchers.issue')} id="issue">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            setIssued(undefined);
            void issue.submit();
          }}
        >
          <div class="grid">
            <Field
              label={t('desk.vouchers.value')}
              hint={t('desk.vouchers.valueHint')}
              field="body.value.amount"
              problem={issue.problem}
              inputMode="decimal"
              value={amount}
              onInput={(e) => setAmount(e.currentTarget.value)}
              required
            />
            <Field
              label={t('desk.vouchers.currency')}
              field="body.value.currency"
              problem={issue.problem}
              value={currency ?? tenantCurrency ?? ''}
              onInput={(e) => setCurrency(e.currentTarget.value)}
              required
            />
            <Field
              label={t('desk.vouchers.count')}
              field="body.count"
              problem={issue.problem}
              type="number"
              min={1}
              value={count}
              onInput={(e) => setCount(e.currentTarget.value)}
              required
            />
            <Field
              label={t('desk.vouchers.validUntil')}
              field="body.validUntil"
              problem={issue.problem}
              type="date"
              value={validUntil}
              onInput={(e) => setValidUntil(e.currentTarget.value)}
              required
            />
            <Field
              label={t('desk.vouchers.label')}
              field="body.label"
              problem={issue.problem}
              value={label}
              onInput={(e) => setLabel(e.currentTarget.value)}
            />
          </div>
          <ProblemView problem={issue.problem} />
          <button type="submit" disabled={issue.busy}>
            {t('desk.vouchers.submit')}
          </button>
        </form>
      </Section>
      <Section title={t('desk.vouchers.batches')} id="batches">
        <PagedView paged={batches} empty={t('desk.vouchers.none')}>
          {(items) => (
            <Table
              caption={t('desk.vouchers.batchesCaption')}
              head={[
                t('desk.vouchers.batch'),
                t('desk.vouchers.label'),
                t('desk.vouchers.value'),
                t('desk.vouchers.redeemed'),
                t('desk.vouchers.validUntil'),
                t('desk.vouchers.issuedAt'),
              ]}
            >
              {items.map((b) => (
                <tr key={b.batchId}>
                  <th scope="row">
                    <a href={href(voucherBatchPath(b.batchId))}>{b.batchId}</a>
                  </th>
                  <td>{b.label ?? '—'}</td>
                  <td class="num">{formatMoney(b.value)}</td>
                  <td class="num">
                    {t('desk.vouchers.redeemedOf', {
                      redeemed: formatNumber(b.redeemedCount),
                      count: formatNumber(b.count),
                    })}
                  </td>
                  <td>{formatDate(b.validUntil)}</td>
                  <td>{formatDate(b.issuedAt)}</td>
                </tr>
              ))}
            </Table>
          )}
        </PagedView>
      </Section>
    </>
  );
}
