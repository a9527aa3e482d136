import * as z from 'zod';
import type { FieldIssue } from '../kernel/errors.ts';
import { NonNegativeMoneySchema } from '../kernel/money.ts';
import { type AcceptedLines, isNumberOfCountry } from '../kernel/phone.ts';
import { LocaleSchema } from '../kernel/tenant.ts';
import { text } from '../kernel/text.ts';

/**
 * The tenant's catalog: plans, add-ons, one-time fees, rate zones, the credit-limit table,
 * number ranges for new numbers, and the policy switches. Written whole (PUT) and kept as
 * immutable versions; members reference plans by code, so plan improvements reach existing
 * customers automatically.
 */

const Code = z
  .string()
  .regex(/^[A-Z0-9][A-Z0-9_-]{0,31}$/, 'must be 1–32 upper-case letters, digits, _ or -');

/** Text per locale, e.g. `{ "sl": "Paket M", "en": "Plan M" }`. */
export const LocalizedTextSchema = z
  .record(LocaleSchema, text({ max: 500 }))
  .refine((v) => Object.keys(v).length > 0, 'needs at least one language');

/** `null` means unlimited. */
const Allowance = z.number().int().min(0).nullable();

export const PlanSchema = z.strictObject({
  code: Code,
  name: LocalizedTextSchema,
  description: LocalizedTextSchema.optional(),
  monthlyFee: NonNegativeMoneySchema,
  included: z.strictObject({
    voiceMinutes: Allowance,
    sms: Allowance,
    dataMb: Allowance,
  }),
  /** Key into the credit-limit table. */
  tariffModel: Code,
  /**
   * `postpaid`: usage accrues as unbilled charges for the monthly invoice; `prepaid`: usage is paid
   * from the number's balance as it is rated (what the balance cannot cover is billed).
   */
  payment: z.enum(['postpaid', 'prepaid']).default('postpaid'),
  /** 0 = no commitment. */
  commitmentMonths: z.number().int().min(0).max(48).default(0),
  /** Monthly benefit granted during a commitment (discount), clawed back pro rata on early exit. */
  monthlyBenefit: NonNegativeMoneySchema.optional(),
  clubEligible: z.boolean().default(false),
  /** Largest number of members a group may have on this plan; absent = no limit. */
  maxMembersPerGroup: z.number().int().positive().optional(),
  /** Order in the plan ladder; a lower rank than the current plan is a downgrade. */
  rank: z.number().int().min(0),
  available: z.boolean().default(true),
});

export const ADD_ON_KINDS = ['tv', 'extra-sim', 'roaming-data', 'country-pack', 'receiver', 'other'] as const;

export const AddOnSchema = z.strictObject({
  code: Code,
  name: LocalizedTextSchema,
  description: LocalizedTextSchema.optional(),
  kind: z.enum(ADD_ON_KINDS),
  monthlyFee: NonNegativeMoneySchema,
  /** `monthly` from activation; `from-first-use` (e.g. a USA pack activated by USSD code). */
  billing: z.enum(['monthly', 'from-first-use']).default('monthly'),
  activationCode: z
    .string()
    .regex(/^[*#0-9]{2,20}$/)
    .optional(),
  /** Plans it may be added to; absent = every plan. */
  plans: z.array(Code).optional(),
  /** Roaming/country zone it applies to, for packs. */
  zone: Code.optional(),
  includedDataMb: z.number().int().min(0).optional(),
  /** Voice minutes a pack includes in its zone (`null` = unlimited); absent = the pack covers no calls. */
  includedVoiceMinutes: Allowance.optional(),
  /** Messages a pack includes in its zone (`null` = unlimited); absent = the pack covers no SMS. */
  includedSms: Allowance.optional(),
  /** Visited countries a pack applies to, besides those of its `zone`; absent = the zone's countries only. */
  countries: z.array(z.string().regex(/^[A-Z]{2}$/)).optional(),
});

export const FEE_KINDS = [
  'connection',
  'port-in',
  'freeze',
  'termination',
  'port-out',
  'reconnection',
  'change-of-holder',
  'itemized-bill',
  'club-member',
  'clawback-monthly-fee',
  'clawback-equipment',
  'clawback-connection',
] as const;

export const FeeSchema = z.strictObject({
  /** Stable code printed on invoices. */
  code: Code,
  kind: z.enum(FEE_KINDS),
  name: LocalizedTextSchema,
  /** Plain-language explanation shown next to the invoice line. */
  explanation: LocalizedTextSchema,
  amount: NonNegativeMoneySchema,
});

export const ZONE_KINDS = ['domestic', 'international', 'roaming', 'premium'] as const;

export const RateZoneSchema = z.strictObject({
  code: Code,
  kind: z.enum(ZONE_KINDS),
  name: LocalizedTextSchema,
  /** Destination prefixes (E.164 without +) for international/premium, visited countries for roaming. */
  prefixes: z.array(z.string().regex(/^\d{1,15}$/)).default([]),
  countries: z.array(z.string().regex(/^[A-Z]{2}$/)).default([]),
  voicePerMinute: NonNegativeMoneySchema,
  smsEach: NonNegativeMoneySchema,
  dataPerMb: NonNegativeMoneySchema,
  /** Price of one donation to a number of the zone; absent = `smsEach`. */
  donationEach: NonNegativeMoneySchema.optional(),
  /** Usage in the zone takes the plan's included units first; absent = only the domestic zone does. */
  usesAllowance: z.boolean().optional(),
});

export const CreditLimitSchema = z.strictObject({
  tariffModel: Code,
  /** Spending above the monthly fee that is considered risky, per number and billing period. */
  limit: NonNegativeMoneySchema,
});

const E164 = z.string().regex(/^\+[1-9]\d{7,14}$/, 'must be an E.164 number such as +38640100000');

export const NumberRangeSchema = z.strictObject({
  from: E164,
  to: E164,
});

export const PoliciesSchema = z.strictObject({
  /** Temporarily bar outgoing services when a number passes its credit limit (document 004: may, not must). */
  barOnCreditLimit: z.boolean().default(false),
  /** A warning SMS goes out when spending reaches this share of the credit limit (or of the admin's cap). */
  spendingWarningPercent: z.number().int().min(1).max(99).default(80),
  /** Every self-care sign-in needs a PIN by SMS (the first one always does). */
  smsPinAtLogin: z.boolean().default(false),
  /**
   * Days after a port-in or a new SIM during which the number gets no PIN by SMS (whoever holds the
   * SIM now may not be the subscriber): e-mail recovery or the shop instead. 0: no hold.
   */
  smsPinHoldDays: z.number().int().min(0).max(90).default(7),
  /**
   * Groups may hold fixed-line numbers of the country besides mobiles (ported in, or from the
   * catalog's ranges). A fixed line receives no SMS: its sign-in PIN goes where customer care
   * registered (an e-mail or a mobile number), and it cannot sign in before.
   */
  fixedLineNumbers: z.boolean().default(false),
  /** Support tickets by e-mail only from addresses authorised on the customer record. */
  ticketEmail: z.enum(['authorised-only', 'any']).default('authorised-only'),
  /**
   * Dunning of an unpaid invoice (days count from the invoice's due date): a reminder, then the
   * suspension of outgoing services, then the wait for a payment or a proof of payment until the
   * debt goes to collections.
   */
  dunning: z
    .strictObject({
      reminderAfterDays: z.number().int().min(0).max(60).default(3),
      suspendAfterDays: z.number().int().min(1).max(120).default(14),
      paymentDueDays: z.number().int().min(1).max(60).default(15),
      /** Still unpaid this many days after the due date: the debt goes to collections. */
      collectionsAfterDays: z.number().int().min(2).max(330).default(60),
      /** Suspend every number of the group, or only the administrator's (the invoice's debtor). */
      suspend: z.enum(['group', 'debtor']).default('group'),
      /** A proof of payment restores service at once, before staff review it. */
      provisionalOnProof: z.boolean().default(false),
      /** A provisional reactivation is reverted when neither the payment nor staff approval came in this many days. */
      provisionalDays: z.number().int().min(1).max(30).default(3),
      /**
       * How long a dunning day lasts, in seconds: 86400 (calendar days, steps at 09:00 in the
       * tenant's time zone) except in a demonstration or test tenant, whose dunning then walks its
       * whole path in minutes.
       */
      dayLengthSeconds: z.number().min(0.01).max(86_400).default(86_400),
    })
    .refine((d) => d.reminderAfterDays < d.suspendAfterDays, {
      message: 'the reminder must come before the suspension',
      path: ['reminderAfterDays'],
    })
    .refine((d) => d.suspendAfterDays < d.collectionsAfterDays, {
      message: 'collections must come after the suspension',
      path: ['collectionsAfterDays'],
    })
    .default({
      reminderAfterDays: 3,
      suspendAfterDays: 14,
      paymentDueDays: 15,
      collectionsAfterDays: 60,
      suspend: 'group',
      provisionalOnProof: false,
      provisionalDays: 3,
      dayLengthSeconds: 86_400,
    }),
  /** A downgrade is allowed only when no commitment is active. */
  downgradeNeedsNoCommitment: z.boolean().default(true),
  /** A catalog change that raises a plan's price while it has subscribers is refused. */
  noPriceIncreaseForExisting: z.boolean().default(true),
  /** Limits on admin↔member credit transfers, in minor units. */
  transfers: z
    .strictObject({
      maxPerTransfer: z.number().int().positive().default(10_000),
      maxPerDay: z.number().int().positive().default(50_000),
    })
    .default({ maxPerTransfer: 10_000, maxPerDay: 50_000 }),
  /** Business clubs: free calls inside the group, a minimum of members on monthly contracts. */
  businessClubs: z
    .strictObject({ enabled: z.boolean().default(false), minMembers: z.number().int().min(2).default(3) })
    .default({ enabled: false, minMembers: 3 }),
});

export const CatalogSchema = z.strictObject({
  plans: z.array(PlanSchema).max(200),
  addOns: z.array(AddOnSchema).max(200).default([]),
  fees: z.array(FeeSchema).max(200).default([]),
  rateZones: z.array(RateZoneSchema).max(200).default([]),
  creditLimits: z.array(CreditLimitSchema).max(200).default([]),
  numberRanges: z.array(NumberRangeSchema).max(100).default([]),
  policies: PoliciesSchema.default(PoliciesSchema.parse({})),
});

export type Plan = z.infer<typeof PlanSchema>;
export type AddOn = z.infer<typeof AddOnSchema>;
export type Fee = z.infer<typeof FeeSchema>;
export type RateZone = z.infer<typeof RateZoneSchema>;
export type Policies = z.infer<typeof PoliciesSchema>;
export type CatalogInput = z.input<typeof CatalogSchema>;
export type Catalog = z.infer<typeof CatalogSchema>;

export interface CatalogVersion {
  version: number;
  catalog: Catalog;
  createdAt: string;
  createdBy: string;
}

function duplicates(values: string[]): Set<string> {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const v of values) (seen.has(v) ? dup : seen).add(v);
  return dup;
}

function uniqueCodes(items: { code: string }[], where: string, issues: FieldIssue[]): void {
  const dup = duplicates(items.map((i) => i.code));
  items.forEach((item, i) => {
    if (dup.has(item.code))
      issues.push({ field: `${where}.${i}.code`, message: `duplicates code ${item.code}` });
  });
}

/**
 * Cross-field rules that a schema cannot express: unique codes, references to plans and tariff
 * models that exist, one currency, number ranges that are ordered and do not overlap.
 * Returns every issue, each naming its field from the body root.
 */
export function catalogIssues(catalog: Catalog, currency: string, country: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const at = (path: string) => `body.${path}`;
  uniqueCodes(catalog.plans, at('plans'), issues);
  uniqueCodes(catalog.addOns, at('addOns'), issues);
  uniqueCodes(catalog.fees, at('fees'), issues);
  uniqueCodes(catalog.rateZones, at('rateZones'), issues);

  const planCodes = new Set(catalog.plans.map((p) => p.code));
  catalog.addOns.forEach((a, i) => {
    a.plans?.forEach((code, j) => {
      if (!planCodes.has(code))
        issues.push({ field: at(`addOns.${i}.plans.${j}`), message: `references unknown plan ${code}` });
    });
    if (a.zone && !catalog.rateZones.some((z) => z.code === a.zone)) {
      issues.push({ field: at(`addOns.${i}.zone`), message: `references unknown rate zone ${a.zone}` });
    }
  });

  const models = new Set(catalog.plans.map((p) => p.tariffModel));
  const limitDup = duplicates(catalog.creditLimits.map((c) => c.tariffModel));
  catalog.creditLimits.forEach((c, i) => {
    if (!models.has(c.tariffModel)) {
      issues.push({
        field: at(`creditLimits.${i}.tariffModel`),
        message: `no plan uses tariff model ${c.tariffModel}`,
      });
    }
    if (limitDup.has(c.tariffModel)) {
      issues.push({
        field: at(`creditLimits.${i}.tariffModel`),
        message: `duplicates tariff model ${c.tariffModel}`,
      });
    }
  });

  catalog.plans.forEach((p, i) => {
    if (p.monthlyBenefit && p.commitmentMonths === 0) {
      issues.push({ field: at(`plans.${i}.monthlyBenefit`), message: 'needs commitmentMonths > 0' });
    }
  });

  const moneyFields: [string, { currency: string }][] = [
    ...catalog.plans.flatMap((p, i): [string, { currency: string }][] => [
      [`plans.${i}.monthlyFee`, p.monthlyFee],
      ...(p.monthlyBenefit
        ? [[`plans.${i}.monthlyBenefit`, p.monthlyBenefit] as [string, { currency: string }]]
        : []),
    ]),
    ...catalog.addOns.map((a, i): [string, { currency: string }] => [`addOns.${i}.monthlyFee`, a.monthlyFee]),
    ...catalog.fees.map((f, i): [string, { currency: string }] => [`fees.${i}.amount`, f.amount]),
    ...catalog.rateZones.flatMap((z, i): [string, { currency: string }][] => [
      [`rateZones.${i}.voicePerMinute`, z.voicePerMinute],
      [`rateZones.${i}.smsEach`, z.smsEach],
      [`rateZones.${i}.dataPerMb`, z.dataPerMb],
      ...(z.donationEach
        ? [[`rateZones.${i}.donationEach`, z.donationEach] as [string, { currency: string }]]
        : []),
    ]),
    ...catalog.creditLimits.map((c, i): [string, { currency: string }] => [
      `creditLimits.${i}.limit`,
      c.limit,
    ]),
  ];
  for (const [path, m] of moneyFields) {
    if (m.currency !== currency)
      issues.push({ field: at(`${path}.currency`), message: `must be the tenant currency ${currency}` });
  }

  const ranges = catalog.numberRanges.map((r, i) => ({
    i,
    from: BigInt(r.from.slice(1)),
    to: BigInt(r.to.slice(1)),
    r,
  }));
  for (const { i, from, to, r } of ranges) {
    if (from > to) issues.push({ field: at(`numberRanges.${i}.to`), message: 'must not be below from' });
    if (r.from.length !== r.to.length)
      issues.push({ field: at(`numberRanges.${i}.to`), message: 'must have as many digits as from' });
    for (const end of ['from', 'to'] as const) {
      if (!isNumberOfCountry(r[end], country, linesOf(catalog))) {
        issues.push({
          field: at(`numberRanges.${i}.${end}`),
          message: `is not a valid number of ${country}`,
        });
      }
    }
  }
  const sorted = [...ranges].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  for (let k = 1; k < sorted.length; k++) {
    const prev = sorted[k - 1]!;
    const cur = sorted[k]!;
    if (cur.from <= prev.to) {
      issues.push({ field: at(`numberRanges.${cur.i}`), message: `overlaps numberRanges.${prev.i}` });
    }
  }
  return issues;
}

/** Plans whose monthly fee the new catalog raises (or whose currency it changes). */
export function raisedPlans(before: Catalog, after: Catalog): string[] {
  const old = new Map(before.plans.map((p) => [p.code, p]));
  return after.plans
    .filter((p) => {
      const prev = old.get(p.code);
      return prev !== undefined && p.monthlyFee.amount > prev.monthlyFee.amount;
    })
    .map((p) => p.code);
}

/** The lines a tenant's groups may hold, by its policy `fixedLineNumbers`. */
export const linesOf = (catalog: Pick<Catalog, 'policies'> | undefined): AcceptedLines =>
  catalog?.policies.fixedLineNumbers ? 'mobile-or-fixed' : 'mobile';

export function emptyCatalog(policies?: z.input<typeof PoliciesSchema>): Catalog {
  return CatalogSchema.parse({ plans: [], policies: policies ?? {} });
}
