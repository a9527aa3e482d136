/**
 * The member's own number: its prepaid balance, its plan, this month's usage (used and remaining
 * units of every allowance, charges by category), its credit limit and spending cap. Only its own
 * number: the API answers a member for nothing else.
 */
import { api, type Ok } from '../../api/client.ts';
import { formatDate, formatMoney, formatNumber, t } from '../../i18n/index.ts';
import { href } from '../../router.ts';
import { currentSession } from '../../session.ts';
import { planName, useCatalog } from '../../ui/catalog.ts';
import { Badge, LoadedView, pathNumber, Section, Table } from '../../ui/components.tsx';
import { codeText, countedUnits } from '../../ui/labels.ts';
import { useApi } from '../../ui/use-api.ts';

type Usage = Ok<'getMemberUsage'>;
type Allowance = Usage['allowances'][number];

/** An amount of an allowance's unit, as people count it: minutes, messages, megabytes. */
function units(allowance: Allowance, value: number | null): string {
  if (value === null) return t('member.unlimited');
  const counted = countedUnits(allowance.unit, value);
  return t(`member.${counted.unit}`, { n: counted.n });
}

function allowanceName(allowance: Allowance): string {
  const kind =
    allowance.unit === 'seconds'
      ? t('member.calls')
      : allowance.unit === 'bytes'
        ? t('member.data')
        : t('member.sms');
  return allowance.source === 'pack'
    ? t('member.pack', { kind, pack: allowance.addOn ?? allowance.key })
    : kind;
}

function Balance({ groupId, msisdn }: { groupId: string; msisdn: string }) {
  const loaded = useApi(
    () => api.GET('/v1/groups/{groupId}/members/{msisdn}/balance', { params: { path: { groupId, msisdn } } }),
    [groupId, msisdn],
  );
  return (
    <Section title={t('member.balance')} id="balance">
      <LoadedView loaded={loaded}>
        {(b) => (
          <p class="figure" data-testid="balance">
            {formatMoney(b.balance)}
          </p>
        )}
      </LoadedView>
    </Section>
  );
}

function Plan({ groupId, msisdn }: { groupId: string; msisdn: string }) {
  const loaded = useApi(
    () => api.GET('/v1/groups/{groupId}/members/{msisdn}', { params: { path: { groupId, msisdn } } }),
    [groupId, msisdn],
  );
  // The plan's name and fee as the operator's catalog gives them; its code alone when it does not.
  const catalog = useCatalog().data?.catalog;
  return (
    <Section title={t('member.plan')} id="plan">
      <LoadedView loaded={loaded}>
        {(m) => {
          const plan = catalog?.plans.find((p) => p.code === m.plan);
          return (
            <dl class="facts">
              <dt>{t('member.planCode')}</dt>
              <dd data-testid="plan">{planName(catalog, m.plan)}</dd>
              {plan ? (
                <>
                  <dt>{t('member.monthlyFee')}</dt>
                  <dd>{formatMoney(plan.monthlyFee)}</dd>
                </>
              ) : null}
              <dt>{t('member.status')}</dt>
              <dd>
                <Badge value={m.status} tone={m.status === 'active' ? 'ok' : 'warn'} />
              </dd>
              {m.label ? (
                <>
                  <dt>{t('member.label')}</dt>
                  <dd>{m.label}</dd>
                </>
              ) : null}
              <dt>{t('member.addOns')}</dt>
              <dd>
                {m.addOns.length
                  ? m.addOns.map((a) => (typeof a === 'string' ? a : a.code)).join(', ')
                  : t('member.noAddOns')}
              </dd>
              {m.commitment ? (
                <>
                  <dt>{t('member.commitment')}</dt>
                  <dd>{t('member.commitmentUntil', { date: formatDate(m.commitment.endsOn) })}</dd>
                </>
              ) : null}
              <dt>{t('member.club')}</dt>
              <dd>
                {m.club ? t('member.inClub', { date: formatDate(m.club.joinedAt) }) : t('member.notInClub')}
              </dd>
            </dl>
          );
        }}
      </LoadedView>
    </Section>
  );
}

function UsageView({ usage }: { usage: Usage }) {
  return (
    <>
      <Section title={t('member.usage', { period: usage.period })} id="usage">
        {usage.barred ? (
          <p class="problem" role="status">
            {usage.barred.reason === 'credit-limit' ? t('member.barredLimit') : t('member.barredCap')}{' '}
            <small>{formatDate(usage.barred.since)}</small>
          </p>
        ) : null}
        {usage.sharesUnitsOf ? <p>{t('member.sharesUnitsOf', { number: usage.sharesUnitsOf })}</p> : null}
        <Table
          caption={t('member.allowances')}
          head={[t('member.allowance'), t('member.included'), t('member.used'), t('member.remaining')]}
        >
          {usage.allowances.map((a) => (
            <tr key={`${a.source}-${a.key}`}>
              <th scope="row">{allowanceName(a)}</th>
              <td class="num">{units(a, a.included)}</td>
              <td class="num">{units(a, a.used)}</td>
              <td class="num" data-testid="remaining">
                {units(a, a.remaining)}
              </td>
            </tr>
          ))}
        </Table>
        <dl class="facts">
          <dt>{t('member.spend')}</dt>
          <dd data-testid="spend">{formatMoney(usage.spend)}</dd>
          {usage.payment === 'prepaid' ? (
            <>
              <dt>{t('member.paidFromBalance')}</dt>
              <dd>{formatMoney(usage.paidFromBalance)}</dd>
            </>
          ) : null}
        </dl>
        {usage.charges.length ? (
          <Table caption={t('member.charges')} head={[t('member.category'), t('member.amount')]}>
            {usage.charges.map((c) => (
              <tr key={c.category}>
                <th scope="row">{codeText('member.category', c.category)}</th>
                <td class="num">{formatMoney(c.amount)}</td>
              </tr>
            ))}
          </Table>
        ) : (
          <p class="muted">{t('member.noCharges')}</p>
        )}
      </Section>
      <Section title={t('member.limits')} id="limits">
        <dl class="facts">
          <dt>{t('member.creditLimit')}</dt>
          <dd data-testid="credit-limit">
            {usage.creditLimit
              ? t('member.limitUse', {
                  limit: formatMoney(usage.creditLimit.amount),
                  used: formatMoney(usage.creditLimit.used),
                  remaining: formatMoney(usage.creditLimit.remaining),
                  percent: formatNumber(usage.creditLimit.percentUsed),
                })
              : t('member.noCreditLimit')}
          </dd>
          <dt>{t('member.spendingCap')}</dt>
          <dd>
            {usage.spendingCap
              ? t('member.limitUse', {
                  limit: formatMoney(usage.spendingCap.amount),
                  used: formatMoney(usage.spendingCap.used),
                  remaining: formatMoney(usage.spendingCap.remaining),
                  percent: formatNumber(usage.spendingCap.percentUsed),
                })
              : t('member.noSpendingCap')}
          </dd>
        </dl>
      </Section>
    </>
  );
}

export default function Me() {
  const session = currentSession()!;
  const groupId = session.groupId!;
  const msisdn = pathNumber(session.msisdn!);
  const usage = useApi(
    () => api.GET('/v1/groups/{groupId}/members/{msisdn}/usage', { params: { path: { groupId, msisdn } } }),
    [groupId, msisdn],
  );
  return (
    <>
      <h1>{t('member.title', { number: `+${msisdn}` })}</h1>
      <div class="grid">
        <Balance groupId={groupId} msisdn={msisdn} />
        <Plan groupId={groupId} msisdn={msisdn} />
      </div>
      <LoadedView loaded={usage}>{(u) => <UsageView usage={u} />}</LoadedView>
      <p>
        <a href={href('/me/tickets')}>{t('member.tickets')}</a>
      </p>
    </>
  );
}
