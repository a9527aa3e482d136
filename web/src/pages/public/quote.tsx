/**
 * What moving from one plan to another costs, without signing in: the operator's code (`?tenant=`
 * fills it in), the two plans' codes, and every figure the API answers — both monthly fees with
 * VAT, the difference, the difference for the rest of the period prorated by day, the one-time
 * charges, and what a commitment means. There is no public list of plans: the codes are typed,
 * and the API names the field of a code it does not know.
 */
import { useState } from 'preact/hooks';
import { api, type Ok } from '../../api/client.ts';
import { formatDate, formatMoney, formatNumber, t } from '../../i18n/index.ts';
import { href, type PageProps } from '../../router.ts';
import { localized } from '../../ui/catalog.ts';
import { Badge, Field, ProblemView, Section, Table } from '../../ui/components.tsx';
import { useAction } from '../../ui/use-api.ts';
import { rememberedTenant, rememberTenant } from '../sign-in/tenant.ts';

type Quote = Ok<'publicQuote'>;
type Amounts = Quote['monthlyDifference'];

function AmountCells({ amounts }: { amounts: Amounts }) {
  return (
    <>
      <td class="num">{formatMoney(amounts.net)}</td>
      <td class="num">{formatMoney(amounts.vat)}</td>
      <td class="num">{formatMoney(amounts.gross)}</td>
    </>
  );
}

function QuoteView({ quote }: { quote: Quote }) {
  const head = [
    t('quote.item'),
    t('quote.net'),
    t('quote.vat', { rate: formatNumber(quote.vatRate) }),
    t('quote.gross'),
  ];
  const { commitment, restOfPeriod: rest } = quote;
  const plan = (side: Quote['from']) => `${localized(side.name, side.code)} (${side.code})`;
  return (
    <Section title={t('quote.result', { from: plan(quote.from), to: plan(quote.to) })} id="result">
      <p>
        <Badge value={t(`quote.direction.${quote.direction}`)} />{' '}
        {quote.available ? null : <Badge tone="warn" value={t('quote.notAvailable')} />}
      </p>
      <Table caption={t('quote.monthly')} head={head}>
        <tr>
          <th scope="row">{plan(quote.from)}</th>
          <AmountCells amounts={quote.from.monthlyFee} />
        </tr>
        <tr>
          <th scope="row">{plan(quote.to)}</th>
          <AmountCells amounts={quote.to.monthlyFee} />
        </tr>
        <tr>
          <th scope="row">{t('quote.difference')}</th>
          <AmountCells amounts={quote.monthlyDifference} />
        </tr>
      </Table>
      <Table caption={t('quote.restOfPeriod')} head={head}>
        <tr>
          <th scope="row">
            {t('quote.restDays', {
              from: formatDate(rest.from),
              to: formatDate(rest.to),
              days: formatNumber(rest.days),
              of: formatNumber(rest.ofDays),
            })}
          </th>
          <AmountCells amounts={rest} />
        </tr>
      </Table>
      <dl class="facts">
        <dt>{t('quote.oneTime')}</dt>
        <dd>
          {quote.oneTimeCharges.length === 0
            ? t('quote.noOneTime')
            : formatNumber(quote.oneTimeCharges.length)}
        </dd>
        <dt>{t('quote.commitment')}</dt>
        <dd>
          {commitment.newCommitment
            ? t('quote.newCommitment', {
                months: formatNumber(commitment.newCommitment.months),
                date: formatDate(commitment.newCommitment.endsOn),
              })
            : t('quote.noCommitment')}
        </dd>
        {commitment.newCommitment?.clawbackPerRemainingMonth ? (
          <>
            <dt>{t('quote.clawback')}</dt>
            <dd>{formatMoney(commitment.newCommitment.clawbackPerRemainingMonth)}</dd>
          </>
        ) : null}
        <dt>{t('quote.terminationFee')}</dt>
        <dd>
          {commitment.terminationFee ? formatMoney(commitment.terminationFee) : t('quote.noTerminationFee')}
        </dd>
        <dt>{t('quote.downgradeWaits')}</dt>
        <dd>
          {commitment.downgradeWaitsForCommitment
            ? t('quote.downgradeWaitsYes')
            : t('quote.downgradeWaitsNo')}
        </dd>
        <dt>{t('quote.quotedAt')}</dt>
        <dd>{formatDate(quote.quotedAt)}</dd>
      </dl>
    </Section>
  );
}

export default function QuotePage({ query }: PageProps) {
  const [tenant, setTenant] = useState(() => rememberedTenant(query));
  const [from, setFrom] = useState(query.get('from') ?? '');
  const [to, setTo] = useState(query.get('to') ?? '');
  const quote = useAction(() =>
    api.GET('/v1/quotes', {
      params: { query: { from: from.trim(), to: to.trim(), tenant: tenant.trim() || undefined } },
    }),
  );
  return (
    <>
      <h1>{t('quote.title')}</h1>
      <p>{t('quote.intro')}</p>
      <form
        class="card"
        onSubmit={(e) => {
          e.preventDefault();
          if (tenant.trim()) rememberTenant(tenant.trim());
          void quote.submit();
        }}
      >
        <div class="grid">
          <Field
            label={t('quote.tenant')}
            hint={t('quote.tenantHint')}
            field="query.tenant"
            problem={quote.problem}
            value={tenant}
            onInput={(e) => setTenant(e.currentTarget.value)}
            autoComplete="organization"
            spellcheck={false}
          />
          <Field
            label={t('quote.from')}
            hint={t('quote.codeHint')}
            field="query.from"
            problem={quote.problem}
            value={from}
            onInput={(e) => setFrom(e.currentTarget.value)}
            autoComplete="off"
            spellcheck={false}
          />
          <Field
            label={t('quote.to')}
            hint={t('quote.codeHint')}
            field="query.to"
            problem={quote.problem}
            value={to}
            onInput={(e) => setTo(e.currentTarget.value)}
            autoComplete="off"
            spellcheck={false}
          />
        </div>
        <ProblemView problem={quote.problem} />
        <button type="submit" disabled={quote.busy}>
          {t('quote.submit')}
        </button>
      </form>
      {quote.done && !quote.problem ? <QuoteView quote={quote.done} /> : null}
      <p>
        <a href={href('/sign-in')}>{t('quote.signIn')}</a>
      </p>
    </>
  );
}
