/** Credit movements (a number's ledger, the group's statement) as a table, page by page. */
import type { Ok } from '../../api/client.ts';
import { formatDate, formatMoney, t } from '../../i18n/index.ts';
import { ProblemView, Table } from '../../ui/components.tsx';
import type { Paged } from './paged.ts';

export type Entry = Ok<'listNumberLedger'>['items'][number];

const KINDS = ['transfer-out', 'transfer-in', 'top-up', 'voucher', 'payment', 'overpayment', 'usage'];
export const kindText = (kind: string): string => (KINDS.includes(kind) ? t(`money.kind.${kind}`) : kind);

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
  const none = !paged.loading && !paged.problem && paged.items.length === 0;
  return (
    <>
      {none ? (
        <p class="muted">{t('money.noMovementsIn', { what: caption })}</p>
      ) : (
        <Table caption={caption} head={head}>
          {paged.items.map((e) => (
            <tr key={e.entryId}>
              <td>{formatDate(e.at)}</td>
              {withNumber ? <td>{e.msisdn}</td> : null}
              <td>{kindText(e.kind)}</td>
              <td class="num">{formatMoney(e.amount)}</td>
              <td>{e.counterparty ?? ''}</td>
              <td>
                {e.causedBy.role === 'admin' || e.causedBy.role === 'member' || e.causedBy.role === 'operator'
                  ? t(`money.role.${e.causedBy.role}`)
                  : e.causedBy.role}
                {e.causedBy.msisdn ? ` ${e.causedBy.msisdn}` : ''}
              </td>
              <td>{e.note ?? ''}</td>
            </tr>
          ))}
        </Table>
      )}
      {paged.loading ? (
        <p class="muted" aria-busy="true">
          {t('common.loading')}
        </p>
      ) : null}
      <ProblemView problem={paged.problem} />
      {paged.hasMore ? (
        <button type="button" class="secondary" disabled={paged.loading} onClick={paged.more}>
          {t('money.moreMovements')}
        </button>
      ) : null}
    </>
  );
}
