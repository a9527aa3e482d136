/** Unpaid invoices by dunning stage, oldest change first: what is due and how many numbers are barred. */
import { useState } from 'preact/hooks';
import { api } from '../../api/client.ts';
import { formatDate, formatMoney, formatNumber, t } from '../../i18n/index.ts';
import type { PageProps } from '../../router.ts';
import { Select, Table } from '../../ui/components.tsx';
import { codeText } from '../../ui/labels.ts';
import { PagedView, usePaged } from '../../ui/paged.tsx';
import { CustomerLink } from './common.tsx';

const STAGES = ['scheduled', 'reminded', 'suspended', 'provisional', 'reactivated', 'collections'] as const;
type Stage = (typeof STAGES)[number];
const isStage = (v: string | null): v is Stage => (STAGES as readonly (string | null)[]).includes(v);

export default function Dunnings({ query }: PageProps) {
  const asked = query.get('stage');
  const [stage, setStage] = useState<Stage>(isStage(asked) ? asked : 'suspended');
  const dunnings = usePaged(
    (cursor) => api.GET('/v1/dunnings', { params: { query: { stage, cursor, limit: '50' } } }),
    [stage],
  );
  return (
    <>
      <h1>{t('desk.dunnings.title')}</h1>
      <Select
        label={t('desk.dunnings.stage')}
        value={stage}
        onChange={(e) => setStage(e.currentTarget.value as Stage)}
        options={STAGES.map((s) => ({ value: s, label: codeText('desk.stage', s) }))}
      />
      <PagedView paged={dunnings} empty={t('desk.dunnings.none')}>
        {(items) => (
          <Table
            caption={t('desk.dunnings.caption', { stage: codeText('desk.stage', stage) })}
            head={[
              t('desk.dunnings.invoice'),
              t('desk.proofs.customer'),
              t('desk.dunnings.due'),
              t('desk.dunnings.dueDate'),
              t('desk.dunnings.since'),
              t('desk.dunnings.barred'),
            ]}
          >
            {items.map((d) => (
              <tr key={d.invoiceId}>
                <th scope="row">{d.number}</th>
                <td>
                  <CustomerLink groupId={d.groupId} />
                </td>
                <td class="num">{formatMoney(d.amountDue)}</td>
                <td>{formatDate(d.dueDate)}</td>
                <td>{formatDate(d.since)}</td>
                <td class="num">{formatNumber(d.suspendedNumbers)}</td>
              </tr>
            ))}
          </Table>
        )}
      </PagedView>
    </>
  );
}
