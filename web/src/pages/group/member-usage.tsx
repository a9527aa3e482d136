/**
 * A number's usage of this month as the server counts it: allowances used and left, charges by
 * category and line, the credit limit and the spending cap with how much of each is used, and
 * whether the number is barred.
 */
import { api, type Ok } from '../../api/client.ts';
import { formatDate, formatMoney, formatNumber, t } from '../../i18n/index.ts';
import { currentSession } from '../../session.ts';
import { Badge, LoadedView, pathNumber, Section, Table } from '../../ui/components.tsx';
import { codeText, countedUnits } from '../../ui/labels.ts';
import { useApi } from '../../ui/use-api.ts';
import type { Member } from './member.tsx';

type Usage = Ok<'getMemberUsage'>;
type Allowance = Usage['allowances'][number];

/** Units as people count them: minutes, messages, megabytes. */
function units(allowance: Allowance, value: number | null): string {
  if (value === null) return t('numbers.unlimited');
  const counted = countedUnits(allowance.unit, value);
  return t(`numbers.unit.${counted.unit}`, { n: counted.n });
}

function Allowances({ usage }: { usage: Usage }) {
  return (
    <Table
      caption={t('numbers.allowances')}
      head={[
        t('numbers.allowance'),
        t('numbers.allowanceIncluded'),
        t('numbers.allowanceUsed'),
        t('numbers.allowanceRemaining'),
      ]}
    >
      {usage.allowances.map((a) => (
        <tr key={`${a.key}-${a.addOn ?? ''}`}>
          <th scope="row">
            {codeText('numbers.allowanceKey', a.key)}
            {a.source === 'pack' ? (
              <small class="muted"> {t('numbers.pack', { code: a.addOn ?? '' })}</small>
            ) : null}
          </th>
          <td class="num">{units(a, a.included)}</td>
          <td class="num">{units(a, a.used)}</td>
          <td class="num">{units(a, a.remaining)}</td>
        </tr>
      ))}
    </Table>
  );
}

function Measure({
  title,
  measure,
  testId,
}: {
  title: string;
  measure: NonNullable<Usage['spendingCap']>;
  testId: string;
}) {
  return (
    <>
      <dt>{title}</dt>
      <dd data-testid={testId}>
        {t('numbers.measure', {
          amount: formatMoney(measure.amount),
          used: formatMoney(measure.used),
          remaining: formatMoney(measure.remaining),
          percent: formatNumber(measure.percentUsed),
        })}
      </dd>
    </>
  );
}

function UsageView({ usage }: { usage: Usage }) {
  return (
    <>
      <dl class="facts">
        <dt>{t('numbers.period')}</dt>
        <dd>{usage.period}</dd>
        <dt>{t('numbers.payment')}</dt>
        <dd>{usage.payment === 'prepaid' ? t('numbers.prepaid') : t('numbers.postpaid')}</dd>
        <dt>{t('numbers.spend')}</dt>
        <dd data-testid="usage-spend">{formatMoney(usage.spend)}</dd>
        <dt>{t('numbers.paidFromBalance')}</dt>
        <dd>{formatMoney(usage.paidFromBalance)}</dd>
        <dt>{t('numbers.records')}</dt>
        <dd>{formatNumber(usage.records)}</dd>
        {usage.creditLimit ? (
          <Measure title={t('numbers.creditLimit')} measure={usage.creditLimit} testId="usage-credit-limit" />
        ) : (
          <>
            <dt>{t('numbers.creditLimit')}</dt>
            <dd data-testid="usage-credit-limit">{t('numbers.noCreditLimit')}</dd>
          </>
        )}
        {usage.creditLimit ? (
          <>
            <dt>{t('numbers.creditLimitBars')}</dt>
            <dd>{usage.creditLimit.bars ? t('common.yes') : t('common.no')}</dd>
          </>
        ) : null}
        {usage.spendingCap ? (
          <Measure title={t('numbers.spendingCap')} measure={usage.spendingCap} testId="usage-cap" />
        ) : (
          <>
            <dt>{t('numbers.spendingCap')}</dt>
            <dd data-testid="usage-cap">{t('numbers.noCap')}</dd>
          </>
        )}
        <dt>{t('numbers.barred')}</dt>
        <dd data-testid="usage-barred">
          {usage.barred ? (
            <Badge
              tone="bad"
              value={`${t(`group.barred.${usage.barred.reason}`)} · ${formatDate(usage.barred.since)}`}
            />
          ) : (
            t('numbers.notBarred')
          )}
        </dd>
        {usage.warnedAt ? (
          <>
            <dt>{t('numbers.warnedAt')}</dt>
            <dd>{formatDate(usage.warnedAt)}</dd>
          </>
        ) : null}
        {usage.sharesUnitsOf ? (
          <>
            <dt>{t('numbers.sharesUnitsOf')}</dt>
            <dd>{usage.sharesUnitsOf}</dd>
          </>
        ) : null}
      </dl>
      <Allowances usage={usage} />
      {usage.charges.length ? (
        <Table caption={t('numbers.charges')} head={[t('numbers.category'), t('numbers.amount')]}>
          {usage.charges.map((c) => (
            <tr key={c.category}>
              <th scope="row">{codeText('numbers.category', c.category)}</th>
              <td class="num">{formatMoney(c.amount)}</td>
            </tr>
          ))}
        </Table>
      ) : (
        <p class="muted">{t('numbers.noCharges')}</p>
      )}
      {usage.lines.length ? (
        <Table
          caption={t('numbers.lines')}
          head={[
            t('numbers.lineCode'),
            t('numbers.category'),
            t('numbers.quantity'),
            t('numbers.records'),
            t('numbers.amount'),
          ]}
        >
          {usage.lines.map((l) => (
            <tr key={`${l.lineCode}-${l.category}`}>
              <th scope="row">{l.lineCode}</th>
              <td>{codeText('numbers.category', l.category)}</td>
              <td class="num">{formatNumber(l.quantity)}</td>
              <td class="num">{formatNumber(l.records)}</td>
              <td class="num">{formatMoney(l.amount)}</td>
            </tr>
          ))}
        </Table>
      ) : null}
    </>
  );
}

export function MemberUsage({ member, tick }: { member: Member; tick: number }) {
  const groupId = currentSession()!.groupId!;
  const msisdn = pathNumber(member.msisdn);
  // Settings (the cap) change what the usage view says: it is read again with the member.
  const usage = useApi(
    () => api.GET('/v1/groups/{groupId}/members/{msisdn}/usage', { params: { path: { groupId, msisdn } } }),
    [groupId, msisdn, tick, member.updatedAt],
  );
  return (
    <Section title={t('numbers.usage')} id="usage">
      <LoadedView loaded={usage}>{(u) => <UsageView usage={u} />}</LoadedView>
    </Section>
  );
}
