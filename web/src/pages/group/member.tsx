/**
 * One number of the group, for its administrator: what it is (plan, status, label, add-ons,
 * commitment, settings), changing its plan after the server's quote, its settings, cap and label,
 * this month's usage, its balance, ledger and top-ups, and its removal.
 */
import { useState } from 'preact/hooks';
import { api, type Ok } from '../../api/client.ts';
import { formatDate, formatMoney, t } from '../../i18n/index.ts';
import { href, type PageProps } from '../../router.ts';
import { currentSession } from '../../session.ts';
import { type Catalog, localized, planName, useCatalog } from '../../ui/catalog.ts';
import { Badge, Done, LoadedView, Section } from '../../ui/components.tsx';
import { codeText } from '../../ui/labels.ts';
import { useApi } from '../../ui/use-api.ts';
import { MemberMoney } from './member-money.tsx';
import { ChangePlan } from './member-plan.tsx';
import { RemovedView, RemoveMember } from './member-remove.tsx';
import { MemberSettings } from './member-settings.tsx';
import { MemberUsage } from './member-usage.tsx';
import { SERVICES, serviceText } from './services.ts';

export type Member = Ok<'getMember'>;

function Facts({ member, catalog }: { member: Member; catalog?: Catalog }) {
  const origin = typeof member.origin === 'string' ? { kind: member.origin } : member.origin;
  const addOns = member.addOns.map((a) => (typeof a === 'string' ? { code: a, activatedAt: undefined } : a));
  const settings = member.settings;
  return (
    <dl class="facts">
      <dt>{t('numbers.plan')}</dt>
      <dd data-testid="member-plan">{planName(catalog, member.plan)}</dd>
      <dt>{t('numbers.status')}</dt>
      <dd>
        <Badge
          value={codeText('numbers.memberStatus', member.status)}
          tone={member.status === 'active' ? 'ok' : 'warn'}
        />
        {member.role === 'admin' ? <Badge value={t('numbers.roleAdmin')} /> : null}
      </dd>
      <dt>{t('numbers.label')}</dt>
      <dd data-testid="member-label">{member.label ?? '—'}</dd>
      <dt>{t('numbers.origin')}</dt>
      <dd>
        {origin.kind === 'port-in'
          ? t('numbers.originPortIn', {
              donor: origin.donorOperator ?? '—',
              date: formatDate(origin.portedAt),
            })
          : origin.kind === 'new'
            ? t('numbers.originNew')
            : origin.kind}
      </dd>
      <dt>{t('numbers.addedAt')}</dt>
      <dd>{formatDate(member.addedAt)}</dd>
      <dt>{t('numbers.addOns')}</dt>
      <dd>
        {addOns.length
          ? addOns
              .map((a) => {
                const name = localized(catalog?.addOns.find((c) => c.code === a.code)?.name, a.code);
                return a.activatedAt
                  ? t('numbers.addOnSince', { name, date: formatDate(a.activatedAt) })
                  : name;
              })
              .join(', ')
          : t('numbers.noAddOns')}
      </dd>
      <dt>{t('numbers.commitment')}</dt>
      <dd data-testid="member-commitment">
        {member.commitment
          ? t('numbers.commitmentText', {
              months: member.commitment.months,
              plan: planName(catalog, member.commitment.plan),
              from: formatDate(member.commitment.startsOn),
              to: formatDate(member.commitment.endsOn),
            })
          : t('numbers.noCommitment')}
        {member.commitment?.monthlyBenefit ? (
          <small class="muted">
            {' '}
            {t('numbers.monthlyBenefit', { amount: formatMoney(member.commitment.monthlyBenefit) })}
          </small>
        ) : null}
      </dd>
      {member.club ? (
        <>
          <dt>{t('numbers.club')}</dt>
          <dd>{t('numbers.clubSince', { date: formatDate(member.club.joinedAt) })}</dd>
        </>
      ) : null}
      {member.sharesUnitsOf ? (
        <>
          <dt>{t('numbers.sharesUnitsOf')}</dt>
          <dd>{member.sharesUnitsOf}</dd>
        </>
      ) : null}
      {settings ? (
        <>
          <dt>{t('numbers.services')}</dt>
          <dd data-testid="member-services">
            {SERVICES.map((s) => `${serviceText(s)}: ${settings[s] ? t('common.yes') : t('common.no')}`).join(
              ' · ',
            )}
          </dd>
          <dt>{t('numbers.spendingCap')}</dt>
          <dd data-testid="member-cap">
            {settings.spendingCap ? formatMoney(settings.spendingCap) : t('numbers.noCap')}
          </dd>
        </>
      ) : null}
    </dl>
  );
}

function MemberView({ digits, added }: { digits: string; added: boolean }) {
  const groupId = currentSession()!.groupId!;
  const loaded = useApi(
    () => api.GET('/v1/groups/{groupId}/members/{msisdn}', { params: { path: { groupId, msisdn: digits } } }),
    [groupId, digits],
  );
  const catalog = useCatalog();
  const [removed, setRemoved] = useState<Ok<'removeMember'>>();
  // What changes the money shown (a top-up) reads the figures again.
  const [moneyTick, setMoneyTick] = useState(0);

  if (removed) return <RemovedView result={removed} />;
  return (
    <LoadedView loaded={loaded}>
      {(member) => (
        <>
          <h1>
            {member.msisdn}
            {member.label ? <span class="muted subtitle"> · {member.label}</span> : null}
          </h1>
          <p>
            <a href={href('/group')}>{t('numbers.backToGroup')}</a>
          </p>
          {added ? <Done text={t('numbers.added', { number: member.msisdn })} /> : null}
          <Section title={t('numbers.about')} id="about">
            <Facts member={member} catalog={catalog.data?.catalog} />
          </Section>
          <ChangePlan member={member} catalog={catalog.data?.catalog} onChanged={loaded.reload} />
          <MemberSettings member={member} catalog={catalog.data?.catalog} onChanged={loaded.reload} />
          <MemberUsage member={member} tick={moneyTick} />
          <MemberMoney member={member} tick={moneyTick} onMoved={() => setMoneyTick((n) => n + 1)} />
          <RemoveMember member={member} onRemoved={setRemoved} />
        </>
      )}
    </LoadedView>
  );
}

/** Each number its own view: nothing typed for one number stays when another one opens. */
export default function MemberPage({ params, query }: PageProps) {
  const digits = params.msisdn!;
  return <MemberView key={digits} digits={digits} added={query.get('added') !== null} />;
}
