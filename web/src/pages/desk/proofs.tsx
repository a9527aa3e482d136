/**
 * The queue of payment proofs customers sent for invoices being dunned (pending ones first, or
 * those decided), each opened to read its document and decide it.
 */
import { useState } from 'preact/hooks';
import { api } from '../../api/client.ts';
import { formatDate, formatMoney, t } from '../../i18n/index.ts';
import { href } from '../../router.ts';
import { Badge, Select, Table } from '../../ui/components.tsx';
import { codeText, decisionTone } from '../../ui/labels.ts';
import { PagedView, usePaged } from '../../ui/paged.tsx';
import { CustomerLink, proofPath } from './common.tsx';

const STATUSES = ['pending', 'approved', 'rejected'] as const;
type Status = (typeof STATUSES)[number];

export default function Proofs() {
  const [status, setStatus] = useState<Status>('pending');
  const proofs = usePaged(
    (cursor) => api.GET('/v1/payment-proofs', { params: { query: { status, cursor, limit: '50' } } }),
    [status],
  );
  return (
    <>
      <h1>{t('desk.proofs.title')}</h1>
      <Select
        label={t('desk.proofs.show')}
        value={status}
        onChange={(e) => setStatus(e.currentTarget.value as Status)}
        options={STATUSES.map((s) => ({ value: s, label: codeText('desk.proofStatus', s) }))}
      />
      <PagedView paged={proofs} empty={t('desk.proofs.none')}>
        {(items) => (
          <Table
            caption={t('desk.proofs.caption', { status: codeText('desk.proofStatus', status) })}
            head={[
              t('desk.proofs.invoice'),
              t('desk.proofs.customer'),
              t('desk.proofs.amount'),
              t('desk.proofs.paidOn'),
              t('desk.proofs.bankReference'),
              t('desk.proofs.channel'),
              t('desk.proofs.submitted'),
              t('desk.status'),
            ]}
          >
            {items.map((p) => (
              <tr key={p.proofId}>
                <th scope="row">
                  <a href={href(proofPath(p))}>{p.invoiceId}</a>
                </th>
                <td>
                  <CustomerLink groupId={p.groupId} />
                </td>
                <td class="num">{formatMoney(p.amount)}</td>
                <td>{formatDate(p.paidOn)}</td>
                <td>{p.bankReference}</td>
                <td>
                  {codeText('desk.proofChannel', p.channel)}
                  {p.declared ? null : <small class="muted"> {t('desk.proofs.undeclared')}</small>}
                </td>
                <td>{formatDate(p.submittedAt ?? p.createdAt)}</td>
                <td>
                  <Badge value={codeText('desk.proofStatus', p.status)} tone={decisionTone(p.status)} />
                </td>
              </tr>
            ))}
          </Table>
        )}
      </PagedView>
    </>
  );
}
