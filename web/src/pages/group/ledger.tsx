/** Credit movements (a number's ledger, the group's statement) as a table, page by page. */
import type { Ok } from '../../api/client.ts';
import { formatDate, formatMoney, t } from '../../i18n/index.ts';
import { Table } from '../../ui/components.tsx';
import { codeText } from '../../ui/labels.ts';
import { type Paged, PagedView } from '../../ui/paged.tsx';

export type Entry = Ok<'listNumberLedger'>['items'][number];

export function LedgerTable({
  caption,
  paged,
  withNumber,
}: {
  caption: string;
  paged: Paged<Entry>;
  /** The statement: every number's movements, so each row names its number. */
  withNumber?: boolean;
}) {
  const head = [
    t('money.when'),
    ...(withNumber ? [t('money.number')] : []),
    t('money.movement'),
    t('money.amount'),
    t('money.counterparty'),
    t('money.causedBy'),
    t('money.note'),
  ];
  return (
    <PagedView paged={paged} empty={t('money.noMovementsIn', { what: caption })}>
      {(items) => (
        <Table caption={caption} head={head}>
          {items.map((e) => (
            <tr key={e.entryId}>
              <td>{formatDate(e.at)}</td>
              {withNumber ? <td>{e.msisdn}</td> : null}
              <td>{codeText('money.kind', e.kind)}</td>
              <td class="num">{formatMoney(e.amount)}</td>
              <td>{e.counterparty ?? ''}</td>
              <td>
                {codeText('money.role', e.causedBy.role)}
                {e.causedBy.msisdn ? ` ${e.causedBy.msisdn}` : ''}
              </td>
              <td>{e.note ?? ''}</td>
            </tr>
          ))}
        </Table>
      )}
    </PagedView>
  );
}
