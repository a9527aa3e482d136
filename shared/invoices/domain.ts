import type { AddOn, Catalog, Fee, RateZone } from '../catalog/domain.ts';
import type { DepositRecord } from '../credit-limits/domain.ts';
import type { OneTimeCharge } from '../groups/charges.ts';
import { addMonths, localDate } from '../kernel/calendar.ts';
import { isLanguage, type Language } from '../kernel/messages.ts';
import {
  add,
  formatMoney,
  type Money,
  money,
  multiplyRatio,
  percentOf,
  subtract,
  sum,
  zero,
} from '../kernel/money.ts';
import { creditorReference } from '../money/payments.ts';
import { BYTES_PER_MB, type LineCategory, type PackStart, SECONDS_PER_MINUTE } from '../rating/domain.ts';
import type { LineTotal } from '../usage/ports.ts';
import { EXPLANATIONS, type ExplanationKey } from './explanations.ts';

/**
 * The invoice of one group for one billing period, computed from what the other areas recorded:
 * no storage, no clock, no I/O. The bill run reads the inputs and stores the result.
 *
 * Prices. Catalog prices, one-time charges and rated usage charges are net amounts (VAT
 * excluded). VAT is added on the invoice at the tenant's rate.
 *
 * Days. The period is a calendar month in the tenant's time zone. An instant (a plan change, an
 * add-on switched on or off, a pack's first use) is turned into the local calendar date it falls
 * on; a span of days is half-open: it covers its first date and stops before its end date. So the
 * day of a change is billed to what starts that day (the new plan), and a number removed on the
 * 20th is billed to the 19th.
 *
 * Proration (plan fees and monthly add-on fees):
 *   amount = monthlyFee × daysInSpan / daysInPeriod
 * with daysInSpan counted inside the period and daysInPeriod the days of the calendar month
 * (28–31); a span covering the whole month gives the monthly fee exactly.
 *
 * Where rounding happens (the kernel's rule, half away from zero, `multiplyRatio` / `percentOf`):
 * - once per prorated line (the formula above, one `multiplyRatio`);
 * - once per VAT rate: VAT = rate × (sum of the net amounts of the lines at that rate), one
 *   `percentOf` on the sum, never per line.
 * Nothing else is rounded here: one-time charges, usage totals (the sum of the rated records'
 * charges, each rounded once by the rating engine), deposits and payments are integer minor units
 * already. Usage quantities are shown in minutes and MB to two decimals; that is display only and
 * never enters an amount.
 *
 * Settlement (lines of kind `settlement`, outside VAT), in this order:
 *   before deposits = gross + previous amount due − prepaid usage paid − payments received
 *   deposit credit  = min(max(before deposits, 0), sum of the deposits' remaining amounts),
 *                     taken from the deposits in the order given (oldest first)
 *   amount due      = max(before deposits − deposit credit, 0)
 *   overpaid        = max(−before deposits, 0)   (a credit in the group's favour)
 * What a deposit does not use is carried over to the next invoice (`depositsCarriedOver`).
 *
 * Due date: the issue date (the 1st of the month after the period) plus the tenant's
 * `policies.dunning.paymentDueDays`. Payment reference: ISO 11649 (`RF` + check digits), its body
 * the period and the group id, so the same invoice always gets the same reference.
 */

// ----- input -------------------------------------------------------------------------------------

/** A plan in force for a number from `from` until `to` (instants or `YYYY-MM-DD` local dates). */
export interface PlanSpan {
  plan: string;
  from: string;
  /** Absent = still in force at the end of the period. */
  to?: string;
}

/** An add-on switched on at `activatedAt` and, when it was switched off, `deactivatedAt`. */
export interface AddOnSpan {
  code: string;
  activatedAt: string;
  deactivatedAt?: string;
}

export type InvoiceCharge = Pick<
  OneTimeCharge,
  'chargeId' | 'code' | 'kind' | 'explanation' | 'amount' | 'detail'
>;

export type InvoiceUsage = {
  lines: Record<string, LineTotal>;
  packStarts: readonly PackStart[];
  paidFromBalance: number;
};

/** One number of the group (the administrator's or a member's) as it was during the period. */
export interface NumberInput {
  msisdn: string;
  /** Its plans in the period, in order; the first may start before the period, the last may end in it. */
  plans: readonly PlanSpan[];
  /** An extra SIM: the number whose plan units it shares; it pays no plan fee of its own. */
  sharesUnitsOf?: string;
  addOns: readonly AddOnSpan[];
  charges: readonly InvoiceCharge[];
  usage?: InvoiceUsage;
  /** Top-ups of its prepaid balance in the period (bank transfer, PayPal, voucher), oldest first. */
  topUps?: readonly TopUpInput[];
}

export interface TopUpInput {
  /** `top-up` (bank transfer, PayPal) or `voucher`. */
  kind: string;
  amount: Money;
  at: string;
}

export interface PaymentReceived {
  paymentId: string;
  amount: Money;
  receivedAt: string;
}

export type DepositToCredit = Pick<DepositRecord, 'depositId' | 'msisdn' | 'remaining' | 'paidAt'>;

export interface InvoiceInput {
  tenant: { currency: string; vatRateBasisPoints: number; timeZone: string };
  /** `YYYY-MM`. */
  period: string;
  /** The catalog version in force for the period. */
  catalog: Catalog;
  group: { groupId: string; language: string; itemizedBill: boolean };
  numbers: readonly NumberInput[];
  /** Paid deposits not yet used up, oldest first. */
  deposits: readonly DepositToCredit[];
  /** What the previous invoice left due (before the payments of this period). */
  previousDue: Money;
  /** Payments received in the period. */
  payments: readonly PaymentReceived[];
}

// ----- output ------------------------------------------------------------------------------------

export type LineKind = 'plan' | 'add-on' | 'charge' | 'usage' | 'settlement';
export type LineUnit = 'day' | 'month' | 'item' | 'minute' | 'message' | 'mb';

export interface InvoiceLine {
  /** Stable: a plan or add-on code, a fee code, a usage line code, or one of `SETTLEMENT_CODES`. */
  code: string;
  kind: LineKind;
  /** The number the line belongs to; absent for a line of the group. */
  msisdn?: string;
  quantity: number;
  unit: LineUnit;
  unitPrice?: Money;
  /** Net amount (for a settlement line: the amount it adds to or takes from what is due). */
  net: Money;
  /** VAT rate in basis points; `null` for settlement lines, which carry no VAT. */
  vatRateBasisPoints: number | null;
  /** Our explanation's key, when the text is ours rather than the catalog's. */
  explanationKey?: ExplanationKey;
  explanation: string;
  /** Local dates of a prorated line: first day and last day (inclusive). */
  from?: string;
  to?: string;
}

export const SETTLEMENT_CODES = ['PREPAID-PAID', 'PREVIOUS-UNPAID', 'PAYMENT', 'DEPOSIT-CREDIT'] as const;
/** The code of an extra SIM's plan line (zero: it pays no plan fee of its own). */
export const SHARED_PLAN_CODE = 'SHARED-PLAN';

export interface VatBreakdown {
  rateBasisPoints: number;
  base: Money;
  vat: Money;
}

export interface InvoiceResult {
  period: string;
  currency: string;
  language: Language;
  issueDate: string;
  dueDate: string;
  paymentReference: string;
  lines: InvoiceLine[];
  vat: VatBreakdown[];
  totals: {
    net: Money;
    vat: Money;
    gross: Money;
    prepaidPaid: Money;
    previousDue: Money;
    payments: Money;
    depositCredit: Money;
    amountDue: Money;
    overpaid: Money;
  };
  depositsCarriedOver: { depositId: string; msisdn: string; remaining: Money }[];
  /**
   * The prepaid balances of the period, shown for information (they are not part of the amount
   * due): per number with top-ups or usage paid from its balance, what was topped up and what the
   * balance paid.
   */
  prepaidAccounts: PrepaidAccount[];
}

export interface PrepaidAccount {
  msisdn: string;
  topUps: { kind: string; amount: Money; at: string; date: string }[];
  toppedUp: Money;
  usagePaid: Money;
}

/** Data that cannot make an invoice (an unknown plan, another currency): the group fails alone. */
export class InconsistentInvoiceData extends Error {
  constructor(readonly reason: string) {
    super(`invoice data inconsistent: ${reason}`);
    this.name = 'InconsistentInvoiceData';
  }
}

// ----- calendar ----------------------------------------------------------------------------------

const DAY_MS = 86_400_000;
const dayNumber = (date: string): number => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / DAY_MS;
};
const dateOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** `date` plus `n` days (`YYYY-MM-DD`). */
export const addDays = (date: string, n: number): string => dateOf(dayNumber(date) + n);

/** The local date of an instant, or the date itself when it is already `YYYY-MM-DD`. */
const toLocalDate = (at: string, timeZone: string): string =>
  /^\d{4}-\d{2}-\d{2}$/.test(at) ? at : localDate(new Date(at), timeZone);

interface Days {
  /** First day (inclusive) and end (exclusive), inside the period. */
  start: string;
  end: string;
  days: number;
}

/** The part of [from, to) inside the period; undefined when it has no day in it. */
function daysInPeriod(
  periodStart: string,
  periodEnd: string,
  from: string,
  to: string | undefined,
): Days | undefined {
  const start = from > periodStart ? from : periodStart;
  const end = to === undefined || to > periodEnd ? periodEnd : to;
  const days = dayNumber(end) - dayNumber(start);
  return days > 0 ? { start, end, days } : undefined;
}

// ----- explanations ------------------------------------------------------------------------------

const MONEY_LOCALE: Record<Language, string> = {
  en: 'en',
  sl: 'sl-SI',
  sq: 'sq-XK',
  pt: 'pt-PT',
  hr: 'hr-HR',
};

type Param = string | number | Money;

/** Our text of `key` in `language`, its placeholders filled with the line's numbers. */
export function explain(key: ExplanationKey, language: Language, params: Record<string, Param>): string {
  return EXPLANATIONS[language][key].replace(/\{([a-zA-Z]+)\}/g, (whole, name: string) => {
    const p = params[name];
    if (p === undefined) return whole;
    if (typeof p === 'object') return formatMoney(p, MONEY_LOCALE[language]);
    if (typeof p === 'number')
      return new Intl.NumberFormat(MONEY_LOCALE[language], { maximumFractionDigits: 2 }).format(p);
    return p;
  });
}

/** A text of the catalog in the group's language, else English, else the first one written. */
function localized(text: Record<string, string>, language: Language): string {
  return text[language] ?? text.en ?? Object.values(text)[0] ?? '';
}

/** `pt-PT` → `pt`; a language we do not write in → English. */
export function invoiceLanguage(tag: string): Language {
  const base = tag.slice(0, 2).toLowerCase();
  return isLanguage(base) ? base : 'en';
}

// ----- usage lines -------------------------------------------------------------------------------

type Service = 'voice' | 'sms' | 'data';

interface UsageShape {
  key: ExplanationKey;
  service: Service;
  zone?: string;
  /** A donation is priced per message, not per SMS. */
  donation?: boolean;
}

const SERVICES: Record<string, Service> = {
  VOICE: 'voice',
  SMS: 'sms',
  DATA: 'data',
  CALL: 'voice',
  MSG: 'sms',
};

/** Reads a line code of the rating engine (`shared/rating/domain.ts`, `chargedCode`). */
function usageShape(code: string, category: LineCategory): UsageShape | undefined {
  let m: RegExpExecArray | null;
  switch (category) {
    case 'over-allowance':
      m = /^(VOICE|SMS|DATA)-OVER-ALLOWANCE$/.exec(code);
      return m
        ? { key: `usage.over-allowance.${SERVICES[m[1]!]!}` as ExplanationKey, service: SERVICES[m[1]!]! }
        : undefined;
    case 'international':
      m = /^INTL-(VOICE|SMS|DATA)-(.+)$/.exec(code);
      return m
        ? {
            key: `usage.international.${SERVICES[m[1]!]!}` as ExplanationKey,
            service: SERVICES[m[1]!]!,
            zone: m[2]!,
          }
        : undefined;
    case 'roaming':
      m = /^ROAMING-(VOICE|SMS|DATA)-(.+)$/.exec(code);
      return m
        ? {
            key: `usage.roaming.${SERVICES[m[1]!]!}` as ExplanationKey,
            service: SERVICES[m[1]!]!,
            zone: m[2]!,
          }
        : undefined;
    case 'premium':
      m = /^PREMIUM-(CALL|MSG)-(.+)$/.exec(code);
      return m
        ? {
            key: m[1] === 'CALL' ? 'usage.premium.call' : 'usage.premium.message',
            service: SERVICES[m[1]!]!,
            zone: m[2]!,
          }
        : undefined;
    case 'donation':
      m = /^DONATION-(.+)$/.exec(code);
      return m ? { key: 'usage.donation', service: 'sms', zone: m[1]!, donation: true } : undefined;
    default:
      return undefined;
  }
}

const UNIT_OF: Record<Service, LineUnit> = { voice: 'minute', sms: 'message', data: 'mb' };
const RAW_PER_UNIT: Record<Service, number> = { voice: SECONDS_PER_MINUTE, sms: 1, data: BYTES_PER_MB };

/** Display quantity to two decimals (never used in an amount). */
const display = (raw: number, per: number): number => Math.round((raw / per) * 100) / 100;

function zonePrice(zone: RateZone, shape: UsageShape): Money {
  if (shape.donation) return zone.donationEach ?? zone.smsEach;
  return shape.service === 'voice'
    ? zone.voicePerMinute
    : shape.service === 'sms'
      ? zone.smsEach
      : zone.dataPerMb;
}

// ----- the invoice -------------------------------------------------------------------------------

/** The ISO 11649 reference of a group's invoice for a period: `RF` + check + `YYYYMM` + 15 symbols of the group id. */
export function invoicePaymentReference(groupId: string, period: string): string {
  const id = groupId.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return creditorReference(`${period.replace('-', '')}${id.slice(-15)}`);
}

export function computeInvoice(input: InvoiceInput): InvoiceResult {
  const { tenant, period, catalog, group } = input;
  const currency = tenant.currency;
  const language = invoiceLanguage(group.language);
  const rate = tenant.vatRateBasisPoints;
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(period))
    throw new InconsistentInvoiceData(`period ${period} is not YYYY-MM`);
  const periodStart = `${period}-01`;
  const periodEnd = addMonths(periodStart, 1);
  const periodDays = dayNumber(periodEnd) - dayNumber(periodStart);
  const local = (at: string) => toLocalDate(at, tenant.timeZone);

  const inCurrency = (m: Money, what: string): Money => {
    if (m.currency !== currency)
      throw new InconsistentInvoiceData(`${what} is in ${m.currency}, not ${currency}`);
    return m;
  };

  const lines: InvoiceLine[] = [];
  const charged = (l: Omit<InvoiceLine, 'vatRateBasisPoints'>) =>
    lines.push({ ...l, vatRateBasisPoints: rate });
  const settlements: InvoiceLine[] = [];
  const settle = (
    l: Omit<InvoiceLine, 'kind' | 'vatRateBasisPoints' | 'quantity' | 'unit'> & { quantity?: number },
  ) => settlements.push({ quantity: 1, unit: 'item', ...l, kind: 'settlement', vatRateBasisPoints: null });

  /** A monthly fee over some days of the period: the whole fee for the whole month, else prorated (one rounding). */
  const feeLine = (
    kind: 'plan' | 'add-on',
    code: string,
    msisdn: string,
    fee: Money,
    span: Days,
    keys: { month: ExplanationKey; days: ExplanationKey },
    name: string,
  ) => {
    const whole = span.days === periodDays;
    const net = whole ? fee : multiplyRatio(fee, span.days, periodDays);
    const to = addDays(span.end, -1);
    const subject: Record<string, Param> = kind === 'plan' ? { plan: name } : { addOn: name };
    charged({
      code,
      kind,
      msisdn,
      quantity: whole ? 1 : span.days,
      unit: whole ? 'month' : 'day',
      unitPrice: fee,
      net,
      explanationKey: whole ? keys.month : keys.days,
      explanation: whole
        ? explain(keys.month, language, { ...subject, period })
        : explain(keys.days, language, {
            ...subject,
            from: span.start,
            to,
            days: span.days,
            periodDays,
            fee,
            amount: net,
          }),
      from: span.start,
      to,
    });
  };

  const addOnOf = (code: string): AddOn => {
    const a = catalog.addOns.find((x) => x.code === code);
    if (!a) throw new InconsistentInvoiceData(`add-on ${code} is not in the catalog`);
    return a;
  };

  for (const n of input.numbers) {
    const { msisdn } = n;

    // Plan fees: one line per plan span with days in the period; an extra SIM shows one zero line.
    if (n.sharesUnitsOf !== undefined) {
      charged({
        code: SHARED_PLAN_CODE,
        kind: 'plan',
        msisdn,
        quantity: 1,
        unit: 'month',
        net: zero(currency),
        explanationKey: 'plan.shared',
        explanation: explain('plan.shared', language, { primary: n.sharesUnitsOf }),
      });
    } else {
      for (const span of n.plans) {
        const plan = catalog.plans.find((p) => p.code === span.plan);
        if (!plan) throw new InconsistentInvoiceData(`plan ${span.plan} of ${msisdn} is not in the catalog`);
        const days = daysInPeriod(periodStart, periodEnd, local(span.from), span.to && local(span.to));
        if (!days) continue;
        feeLine(
          'plan',
          plan.code,
          msisdn,
          inCurrency(plan.monthlyFee, `plan ${plan.code}`),
          days,
          { month: 'plan.month', days: 'plan.days' },
          localized(plan.name, language),
        );
      }
    }

    // Add-ons: a monthly one over the days it was on; a pack billed from first use from the day
    // of its first use (the rating engine's pack start) to the day it was switched off.
    for (const span of n.addOns) {
      const addOn = addOnOf(span.code);
      const name = localized(addOn.name, language);
      const off = span.deactivatedAt && local(span.deactivatedAt);
      if (addOn.billing === 'monthly') {
        const days = daysInPeriod(periodStart, periodEnd, local(span.activatedAt), off);
        if (days)
          feeLine(
            'add-on',
            addOn.code,
            msisdn,
            inCurrency(addOn.monthlyFee, `add-on ${addOn.code}`),
            days,
            { month: 'add-on.month', days: 'add-on.days' },
            name,
          );
        continue;
      }
      const start = n.usage?.packStarts.find((p) => p.addOn === addOn.code);
      if (!start) continue;
      const from = local(start.from);
      const days = daysInPeriod(periodStart, periodEnd, from, off);
      if (!days) continue;
      const fee = inCurrency(start.monthlyFee, `pack start of ${addOn.code}`);
      const net = multiplyRatio(fee, days.days, periodDays);
      const to = addDays(days.end, -1);
      charged({
        code: addOn.code,
        kind: 'add-on',
        msisdn,
        quantity: days.days,
        unit: 'day',
        unitPrice: fee,
        net,
        explanationKey: 'add-on.first-use',
        explanation: explain('add-on.first-use', language, {
          addOn: name,
          from: days.start,
          to,
          days: days.days,
          periodDays,
          fee,
          amount: net,
        }),
        from: days.start,
        to,
      });
    }

    // One-time charges: the amount recorded with the charge, the fee's explanation; a clawback
    // adds its formula (remaining months × monthly benefit).
    for (const c of n.charges) {
      const net = inCurrency(c.amount, `charge ${c.chargeId}`);
      const feeText = localized(c.explanation, language);
      const d = c.detail;
      if (d?.remainingMonths !== undefined && d.monthlyBenefit) {
        const formula = explain('charge.clawback', language, {
          months: d.remainingMonths,
          benefit: d.monthlyBenefit,
          amount: net,
        });
        charged({
          code: c.code,
          kind: 'charge',
          msisdn,
          quantity: d.remainingMonths,
          unit: 'month',
          unitPrice: d.monthlyBenefit,
          net,
          explanationKey: 'charge.clawback',
          explanation: `${feeText} ${formula}`,
        });
      } else {
        charged({
          code: c.code,
          kind: 'charge',
          msisdn,
          quantity: 1,
          unit: 'item',
          unitPrice: net,
          net,
          explanation: feeText,
        });
      }
    }

    // Usage: one line per charged line code (included, pack and club parts cost nothing and are
    // left to the itemized bill).
    const usage = n.usage;
    if (usage) {
      for (const code of Object.keys(usage.lines).sort()) {
        const total = usage.lines[code]!;
        if (total.amount === 0) continue;
        const net = money(total.amount, currency);
        const shape = usageShape(code, total.category);
        const zone = shape
          ? shape.zone
            ? catalog.rateZones.find((z) => z.code === shape.zone)
            : catalog.rateZones.find((z) => z.kind === 'domestic')
          : undefined;
        if (!shape || !zone) {
          charged({
            code,
            kind: 'usage',
            msisdn,
            quantity: total.quantity,
            unit: 'item',
            net,
            explanationKey: 'usage.other',
            explanation: explain('usage.other', language, { code, quantity: total.quantity, amount: net }),
          });
          continue;
        }
        const per = shape.donation ? 1 : RAW_PER_UNIT[shape.service];
        const quantity = display(total.quantity, per);
        const price = inCurrency(zonePrice(zone, shape), `zone ${zone.code}`);
        charged({
          code,
          kind: 'usage',
          msisdn,
          quantity,
          unit: shape.donation ? 'message' : UNIT_OF[shape.service],
          unitPrice: price,
          net,
          explanationKey: shape.key,
          explanation: explain(shape.key, language, {
            zone: localized(zone.name, language),
            quantity,
            price,
          }),
        });
      }
      if (usage.paidFromBalance > 0) {
        settle({
          code: 'PREPAID-PAID',
          msisdn,
          net: money(0 - usage.paidFromBalance, currency),
          explanationKey: 'prepaid-paid',
          explanation: explain('prepaid-paid', language, { msisdn, period }),
        });
      }
    }
  }

  // The itemized bill, when the group asked for one: the catalog's fee, a line of the group.
  if (group.itemizedBill) {
    const fee: Fee | undefined = catalog.fees.find((f) => f.kind === 'itemized-bill');
    if (fee && fee.amount.amount > 0) {
      const net = inCurrency(fee.amount, `fee ${fee.code}`);
      charged({
        code: fee.code,
        kind: 'charge',
        quantity: 1,
        unit: 'item',
        unitPrice: net,
        net,
        explanation: localized(fee.explanation, language),
      });
    }
  }

  // VAT: per rate, once on the sum of that rate's net amounts.
  const byRate = new Map<number, Money>();
  for (const l of lines) {
    const r = l.vatRateBasisPoints!;
    byRate.set(r, add(byRate.get(r) ?? zero(currency), l.net));
  }
  const vat: VatBreakdown[] = [...byRate]
    .sort(([a], [b]) => b - a)
    .map(([rateBasisPoints, base]) => ({ rateBasisPoints, base, vat: percentOf(base, rateBasisPoints) }));
  const net = sum(
    lines.map((l) => l.net),
    currency,
  );
  const vatTotal = sum(
    vat.map((v) => v.vat),
    currency,
  );
  const gross = add(net, vatTotal);

  // Settlement: prepaid usage already paid, the previous amount due, payments, then deposits.
  const previousDue = inCurrency(input.previousDue, 'previous amount due');
  if (previousDue.amount !== 0) {
    settle({
      code: 'PREVIOUS-UNPAID',
      net: previousDue,
      explanationKey: 'previous-unpaid',
      explanation: explain('previous-unpaid', language, {}),
    });
  }
  for (const p of input.payments) {
    const amount = inCurrency(p.amount, `payment ${p.paymentId}`);
    settle({
      code: 'PAYMENT',
      net: money(0 - amount.amount, currency),
      explanationKey: 'payment',
      explanation: explain('payment', language, { date: local(p.receivedAt) }),
    });
  }
  const prepaidPaid = money(
    0 -
      sum(
        settlements.filter((s) => s.code === 'PREPAID-PAID').map((s) => s.net),
        currency,
      ).amount,
    currency,
  );
  const payments = sum(
    input.payments.map((p) => p.amount),
    currency,
  );
  const beforeDeposits = subtract(subtract(add(gross, previousDue), prepaidPaid), payments);

  let open = Math.max(beforeDeposits.amount, 0);
  const depositsCarriedOver: InvoiceResult['depositsCarriedOver'] = [];
  let depositCredit = zero(currency);
  for (const d of input.deposits) {
    const remaining = inCurrency(d.remaining, `deposit ${d.depositId}`);
    const used = Math.min(open, Math.max(remaining.amount, 0));
    open -= used;
    const left = money(remaining.amount - used, currency);
    if (left.amount > 0)
      depositsCarriedOver.push({ depositId: d.depositId, msisdn: d.msisdn, remaining: left });
    if (used === 0) continue;
    const credited = money(used, currency);
    depositCredit = add(depositCredit, credited);
    const key: ExplanationKey = left.amount > 0 ? 'deposit-credit.carried' : 'deposit-credit.used';
    settle({
      code: 'DEPOSIT-CREDIT',
      msisdn: d.msisdn,
      net: money(0 - used, currency),
      explanationKey: key,
      explanation: explain(key, language, {
        msisdn: d.msisdn,
        date: local(d.paidAt),
        amount: credited,
        remaining: left,
      }),
    });
  }
  const afterDeposits = subtract(beforeDeposits, depositCredit);

  const prepaidAccounts: PrepaidAccount[] = [];
  for (const n of input.numbers) {
    const topUps = (n.topUps ?? []).map((t) => ({
      kind: t.kind,
      amount: inCurrency(t.amount, `top-up of ${n.msisdn}`),
      at: t.at,
      date: local(t.at),
    }));
    const usagePaid = n.usage?.paidFromBalance ?? 0;
    if (!topUps.length && usagePaid === 0) continue;
    prepaidAccounts.push({
      msisdn: n.msisdn,
      topUps,
      toppedUp: sum(
        topUps.map((t) => t.amount),
        currency,
      ),
      usagePaid: money(usagePaid, currency),
    });
  }

  const issueDate = periodEnd;
  return {
    period,
    currency,
    language,
    issueDate,
    dueDate: addDays(issueDate, catalog.policies.dunning.paymentDueDays),
    paymentReference: invoicePaymentReference(group.groupId, period),
    lines: [...lines, ...settlements],
    vat,
    totals: {
      net,
      vat: vatTotal,
      gross,
      prepaidPaid,
      previousDue,
      payments,
      depositCredit,
      amountDue: money(Math.max(afterDeposits.amount, 0), currency),
      overpaid: money(Math.max(-beforeDeposits.amount, 0), currency),
    },
    depositsCarriedOver,
    prepaidAccounts,
  };
}
