/**
 * Changing a number's plan: the administrator picks a plan, reads the server's quote (the
 * number's own: allowed or why not, commitment consequences, one-time charges; and the
 * operator's price quote: net, VAT and gross fees, the rest of this period prorated, the
 * termination fee, whether a downgrade waits for the commitment), then confirms.
 */
import { useState } from 'preact/hooks';
import { api, asProblem, type Ok, type Problem } from '../../api/client.ts';
import { formatDate, formatMoney, formatNumber, t } from '../../i18n/index.ts';
import { currentSession } from '../../session.ts';
import { type Catalog, localized, planName, planOptions } from '../../ui/catalog.ts';
import { Badge, Done, ProblemView, pathNumber, Section, Select, Table } from '../../ui/components.tsx';
import { codeText } from '../../ui/labels.ts';
import { useAction } from '../../ui/use-api.ts';
import type { Member } from './member.tsx';

type Quote = Ok<'quotePlanChange'>;
type PriceQuote = Ok<'publicQuote'>;
type Amounts = PriceQuote['monthlyDifference'];

const yesNo = (v: boolean) => (v ? t('common.yes') : t('common.no'));

function AmountsRow({ title, amounts, own }: { title: string; amounts?: Amounts; own?: string }) {
  return (
    <tr>
      <th scope="row">{title}</th>
      <td class="num">{own ?? '—'}</td>
      <td class="num">{formatMoney(amounts?.net)}</td>
      <td class="num">{formatMoney(amounts?.vat)}</td>
      <td class="num">{formatMoney(amounts?.gross)}</td>
    </tr>
  );
}

function QuoteView({ quote, price }: { quote: Quote; price?: PriceQuote }) {
  const name = (side: Quote['from']) => `${localized(side.name, side.code)} (${side.code})`;
  const rest = price?.restOfPeriod;
  return (
    <div data-testid="plan-quote">
      <h3>{t('numbers.quoteTitle', { from: name(quote.from), to: name(quote.to) })}</h3>
      <Table
        caption={t('numbers.quoteFees')}
        head={[
          t('numbers.quoteItem'),
          t('numbers.quoteMonthly'),
          t('numbers.quoteNet'),
          t('numbers.quoteVat', { rate: price ? formatNumber(price.vatRate) : '—' }),
          t('numbers.quoteGross'),
        ]}
      >
        <AmountsRow
          title={t('numbers.quoteFrom', { plan: name(quote.from) })}
          own={formatMoney(quote.from.monthlyFee)}
          amounts={price?.from.monthlyFee}
        />
        <AmountsRow
          title={t('numbers.quoteTo', { plan: name(quote.to) })}
          own={formatMoney(quote.to.monthlyFee)}
          amounts={price?.to.monthlyFee}
        />
        <AmountsRow
          title={t('numbers.quoteDifference')}
          own={formatMoney(quote.monthlyDifference)}
          amounts={price?.monthlyDifference}
        />
        {rest ? (
          <AmountsRow
            title={t('numbers.quoteRestOfPeriod', {
              days: rest.days,
              of: rest.ofDays,
              from: formatDate(rest.from),
              to: formatDate(rest.to),
            })}
            amounts={rest}
          />
        ) : null}
      </Table>
      <dl class="facts">
        <dt>{t('numbers.quoteDirection')}</dt>
        <dd>{codeText('numbers.direction', quote.direction)}</dd>
        <dt>{t('numbers.quoteAllowed')}</dt>
        <dd data-testid="quote-allowed">
          <Badge value={yesNo(quote.allowed)} tone={quote.allowed ? 'ok' : 'bad'} />
          {quote.refusal ? (
            <span>
              {' '}
              {quote.refusal.message}
              {quote.refusal.commitmentEndsOn
                ? ` ${t('numbers.quoteRefusedUntil', { date: formatDate(quote.refusal.commitmentEndsOn) })}`
                : ''}
              {quote.refusal.addOns?.length
                ? ` ${t('numbers.quoteRefusedAddOns', { addOns: quote.refusal.addOns.join(', ') })}`
                : ''}
            </span>
          ) : null}
        </dd>
        <dt>{t('numbers.quoteOneTime')}</dt>
        <dd>
          {quote.oneTimeCharges.length ? (
            <ul class="plain">
              {quote.oneTimeCharges.map((c) => (
                <li key={c.chargeId}>
                  {localized(c.name, c.code)}: {formatMoney(c.amount)}
                  {c.explanation ? <small class="muted"> {localized(c.explanation)}</small> : null}
                  {c.detail ? <small class="muted"> ({c.detail.formula})</small> : null}
                </li>
              ))}
            </ul>
          ) : (
            t('numbers.quoteNoOneTime')
          )}
        </dd>
        <dt>{t('numbers.quoteCommitmentActive')}</dt>
        <dd>{yesNo(quote.commitmentActive)}</dd>
        <dt>{t('numbers.quoteCommitmentAfter')}</dt>
        <dd>
          {quote.commitmentAfter
            ? t('numbers.commitmentText', {
                months: quote.commitmentAfter.months,
                plan: quote.commitmentAfter.plan,
                from: formatDate(quote.commitmentAfter.startsOn),
                to: formatDate(quote.commitmentAfter.endsOn),
              })
            : t('numbers.noCommitment')}
          {quote.commitmentAfter?.monthlyBenefit
            ? ` ${t('numbers.monthlyBenefit', { amount: formatMoney(quote.commitmentAfter.monthlyBenefit) })}`
            : ''}
          {price?.commitment.newCommitment?.clawbackPerRemainingMonth
            ? ` ${t('numbers.quoteClawback', {
                amount: formatMoney(price.commitment.newCommitment.clawbackPerRemainingMonth),
              })}`
            : ''}
        </dd>
        {price ? (
          <>
            <dt>{t('numbers.quoteTerminationFee')}</dt>
            <dd>
              {price.commitment.terminationFee
                ? formatMoney(price.commitment.terminationFee)
                : t('numbers.quoteNoTerminationFee')}
            </dd>
            <dt>{t('numbers.quoteDowngradeWaits')}</dt>
            <dd>{yesNo(price.commitment.downgradeWaitsForCommitment)}</dd>
            <dt>{t('numbers.quoteAvailable')}</dt>
            <dd>{yesNo(price.available)}</dd>
            <dt>{t('numbers.quotedAt')}</dt>
            <dd>{formatDate(price.quotedAt)}</dd>
          </>
        ) : null}
      </dl>
    </div>
  );
}

export function ChangePlan({
  member,
  catalog,
  onChanged,
}: {
  member: Member;
  catalog?: Catalog;
  onChanged: () => void;
}) {
  const session = currentSession()!;
  const groupId = session.groupId!;
  const msisdn = pathNumber(member.msisdn);
  const options = catalog ? planOptions(catalog).filter((o) => o.value !== member.plan) : [];
  const [plan, setPlan] = useState('');
  const chosen = options.some((o) => o.value === plan) ? plan : (options[0]?.value ?? '');
  const [price, setPrice] = useState<{ to: string; data?: PriceQuote; problem?: Problem }>();

  const quote = useAction(async (to: string) => {
    // The operator's price quote alongside: net, VAT, gross and the rest of the period.
    void api
      .GET('/v1/quotes', { params: { query: { from: member.plan, to, tenant: session.tenant } } })
      .then((r) => setPrice(r.data ? { to, data: r.data } : { to, problem: asProblem(r.error, r.response) }))
      .catch((e: unknown) => setPrice({ to, problem: asProblem(e) }));
    return api.GET('/v1/groups/{groupId}/members/{msisdn}/plan-quote', {
      params: { path: { groupId, msisdn }, query: { plan: to } },
    });
  });
  const change = useAction(
    (to: string) =>
      api.PUT('/v1/groups/{groupId}/members/{msisdn}/plan', {
        params: { path: { groupId, msisdn } },
        body: { plan: to },
      }),
    () => {
      quote.reset();
      setPrice(undefined);
      onChanged();
    },
  );

  const pick = (to: string) => {
    setPlan(to);
    quote.reset();
    change.reset();
    setPrice(undefined);
  };

  return (
    <Section title={t('numbers.changePlan')} id="plan">
      <p>{t('numbers.currentPlan', { plan: planName(catalog, member.plan) })}</p>
      <form
        class="admin-form"
        onSubmit={(e) => {
          e.preventDefault();
          change.reset();
          void quote.submit(chosen);
        }}
      >
        <Select
          label={t('numbers.newPlan')}
          field="query.plan"
          problem={quote.problem}
          options={options}
          value={chosen}
          onChange={(e) => pick(e.currentTarget.value)}
        />
        <div class="actions">
          <button type="submit" class="secondary" disabled={quote.busy || !chosen}>
            {t('numbers.seeQuote')}
          </button>
        </div>
      </form>
      <ProblemView problem={quote.problem} />
      {quote.done ? (
        <>
          <QuoteView quote={quote.done} price={price?.to === quote.done.to.code ? price.data : undefined} />
          {price?.to === quote.done.to.code ? <ProblemView problem={price.problem} /> : null}
          <ProblemView problem={change.problem} />
          {quote.done.allowed ? (
            <div class="actions">
              <button
                type="button"
                disabled={change.busy}
                onClick={() => void change.submit(quote.done!.to.code)}
              >
                {t('numbers.confirmPlan', { plan: localized(quote.done.to.name, quote.done.to.code) })}
              </button>
            </div>
          ) : null}
        </>
      ) : null}
      {change.done ? (
        <Done text={t('numbers.planChanged', { plan: planName(catalog, change.done.plan) })} />
      ) : null}
    </Section>
  );
}
