/**
 * Moving credit between the administrator's number and a member's, either way, with both
 * balances before and after as the server reads them; and the group's statement of a month
 * (every movement of every number), page by page.
 */
import { useEffect, useState } from 'preact/hooks';
import { api, type Ok } from '../../api/client.ts';
import { formatMoney, t } from '../../i18n/index.ts';
import type { PageProps } from '../../router.ts';
import { currentSession } from '../../session.ts';
import { Done, Field, LoadedView, ProblemView, pathNumber, Section, Table } from '../../ui/components.tsx';
import { typedMoney, useIdempotencyKey } from '../../ui/forms.ts';
import { useGroupNumbers } from '../../ui/group-numbers.ts';
import { MoreButton, usePaged } from '../../ui/paged.tsx';
import { useAction, useApi } from '../../ui/use-api.ts';
import { LedgerTable } from './ledger.tsx';

type Direction = 'admin-to-member' | 'member-to-admin';
type Balance = Ok<'getBalance'>['balance'] | undefined;
interface Moved {
  transfer: Ok<'createTransfer'>;
  before: [Balance, Balance];
  after: [Balance, Balance];
}

const balanceOf = async (groupId: string, msisdn: string): Promise<Balance> => {
  const r = await api.GET('/v1/groups/{groupId}/members/{msisdn}/balance', {
    params: { path: { groupId, msisdn: pathNumber(msisdn) } },
  });
  return r.data?.balance;
};

function Balances({ admin, member, moved }: { admin: string; member: string; moved?: Moved }) {
  const groupId = currentSession()!.groupId!;
  const [now, setNow] = useState<[Balance, Balance]>();
  useEffect(() => {
    if (moved) return;
    let live = true;
    setNow(undefined);
    void Promise.all([balanceOf(groupId, admin), balanceOf(groupId, member)]).then((b) => live && setNow(b));
    return () => {
      live = false;
    };
  }, [groupId, admin, member, moved]);
  const rows: [string, string][] = [
    [t('money.adminNumber', { number: admin }), admin],
    [t('money.memberNumber', { number: member }), member],
  ];
  return (
    <Table
      caption={moved ? t('money.balancesBeforeAfter') : t('money.balancesNow')}
      head={
        moved
          ? [t('money.number'), t('money.before'), t('money.after')]
          : [t('money.number'), t('money.balance')]
      }
    >
      {rows.map(([title, number], i) => (
        <tr key={number} data-testid={`balance-${pathNumber(number)}`}>
          <th scope="row">{title}</th>
          {moved ? (
            <>
              <td class="num" data-testid="before">
                {formatMoney(moved.before[i])}
              </td>
              <td class="num" data-testid="after">
                {formatMoney(moved.after[i])}
              </td>
            </>
          ) : (
            <td class="num" data-testid="now">
              {now ? formatMoney(now[i]) : '…'}
            </td>
          )}
        </tr>
      ))}
    </Table>
  );
}

function TransferForm({
  admin,
  members,
  initial,
  onMoved,
}: {
  admin: string;
  members: string[];
  initial: string;
  onMoved: () => void;
}) {
  const groupId = currentSession()!.groupId!;
  const [direction, setDirection] = useState<Direction>('admin-to-member');
  const [member, setMember] = useState(initial);
  const [amount, setAmount] = useState('');
  const [note, setNote] = useState('');
  const idempotency = useIdempotencyKey();
  const [moved, setMoved] = useState<Moved>();
  const currencyHolder = useApi(
    () =>
      api.GET('/v1/groups/{groupId}/members/{msisdn}/balance', {
        params: { path: { groupId, msisdn: pathNumber(admin) } },
      }),
    [admin],
  );
  const currency = currencyHolder.data?.balance.currency ?? '';
  // The typed number as one of the group's (spaces and all), to show both balances before moving.
  const typedDigits = member.replace(/\D/g, '');
  const known = members.find((m) => pathNumber(m) === typedDigits);

  const move = useAction(
    async () => {
      const other = member.trim();
      const [from, to] = direction === 'admin-to-member' ? [admin, other] : [other, admin];
      const before = await Promise.all([balanceOf(groupId, admin), balanceOf(groupId, other)]);
      const body = { from, to, amount: typedMoney(amount, currency), ...(note.trim() ? { note } : {}) };
      const answer = await api.POST('/v1/groups/{groupId}/transfers', {
        params: { path: { groupId }, header: { 'Idempotency-Key': idempotency.keyFor(body) } },
        body,
      });
      if (answer.data) {
        const after = await Promise.all([balanceOf(groupId, admin), balanceOf(groupId, other)]);
        setMoved({ transfer: answer.data, before, after });
      }
      return answer;
    },
    () => {
      idempotency.succeeded();
      onMoved();
    },
  );

  return (
    <>
      <form
        class="admin-form"
        onSubmit={(e) => {
          e.preventDefault();
          setMoved(undefined);
          void move.submit();
        }}
        noValidate
      >
        <fieldset>
          <legend>{t('money.direction')}</legend>
          {(['admin-to-member', 'member-to-admin'] as const).map((d) => (
            <div class="check" key={d}>
              <input
                type="radio"
                id={`direction-${d}`}
                name="direction"
                checked={direction === d}
                onChange={() => setDirection(d)}
              />
              <label for={`direction-${d}`}>{t(`money.direction.${d}`)}</label>
            </div>
          ))}
        </fieldset>
        <Field
          label={t('money.memberNumberField')}
          hint={t('money.memberNumberHint')}
          field={direction === 'admin-to-member' ? 'body.to' : 'body.from'}
          problem={move.problem}
          type="tel"
          {...({ list: 'group-numbers' } as object)}
          value={member}
          onInput={(e) => {
            setMember(e.currentTarget.value);
            setMoved(undefined);
          }}
        />
        <datalist id="group-numbers">
          {members.map((m) => (
            <option key={m} value={m} />
          ))}
        </datalist>
        <Field
          label={t('money.amountIn', { currency })}
          field="body.amount"
          problem={move.problem}
          inputMode="decimal"
          value={amount}
          onInput={(e) => setAmount(e.currentTarget.value)}
        />
        <Field
          label={t('money.noteOptional')}
          field="body.note"
          problem={move.problem}
          value={note}
          onInput={(e) => setNote(e.currentTarget.value)}
        />
        <ProblemView problem={move.problem} />
        <div class="actions">
          <button type="submit" disabled={move.busy}>
            {t('money.move')}
          </button>
        </div>
      </form>
      {moved ? (
        <Done
          text={t('money.moved', {
            amount: formatMoney(moved.transfer.amount),
            from: moved.transfer.from,
            to: moved.transfer.to,
          })}
        />
      ) : null}
      {known || moved ? <Balances admin={admin} member={known ?? member.trim()} moved={moved} /> : null}
    </>
  );
}

function Statement({ tick }: { tick: number }) {
  const groupId = currentSession()!.groupId!;
  const [typed, setTyped] = useState('');
  const [period, setPeriod] = useState('');
  const statement = usePaged(
    (cursor) =>
      api.GET('/v1/groups/{groupId}/statement', {
        params: { path: { groupId }, query: { limit: '25', cursor, ...(period ? { period } : {}) } },
      }),
    [groupId, period, tick],
  );
  return (
    <Section title={t('money.statement')} id="statement">
      <form
        class="inline"
        onSubmit={(e) => {
          e.preventDefault();
          setPeriod(typed.trim());
        }}
      >
        <Field
          label={t('money.period')}
          hint={t('money.periodHint')}
          field="query.period"
          problem={statement.problem}
          type="month"
          value={typed}
          onInput={(e) => setTyped(e.currentTarget.value)}
        />
        <div class="actions">
          <button type="submit" class="secondary">
            {t('money.showPeriod')}
          </button>
        </div>
      </form>
      <LedgerTable
        caption={period ? t('money.statementOf', { period }) : t('money.statementThisMonth')}
        paged={statement}
        withNumber
      />
    </Section>
  );
}

export default function Transfers({ query }: PageProps) {
  const groupId = currentSession()!.groupId!;
  const group = useApi(() => api.GET('/v1/groups/{groupId}', { params: { path: { groupId } } }), [groupId]);
  const members = useGroupNumbers();
  const [tick, setTick] = useState(0);
  const initial = query.get('number');
  return (
    <>
      <h1>{t('money.transfersTitle')}</h1>
      <Section title={t('money.moveCredit')} id="move">
        <LoadedView loaded={group}>
          {(g) => (
            <TransferForm
              admin={g.adminMsisdn}
              members={members.items.filter((m) => m.role !== 'admin').map((m) => m.msisdn)}
              initial={initial ? `+${pathNumber(initial)}` : ''}
              onMoved={() => setTick((n) => n + 1)}
            />
          )}
        </LoadedView>
        <MoreButton paged={members} label={t('money.moreNumbers')} />
      </Section>
      <Statement tick={tick} />
    </>
  );
}
