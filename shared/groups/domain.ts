import * as z from 'zod';
import type { AddOn, Catalog, Plan, Policies } from '../catalog/domain.ts';
import { InvalidInput, RuleViolation } from '../kernel/errors.ts';
import { type Message, message } from '../kernel/messages.ts';
import { type Money, NonNegativeMoneySchema } from '../kernel/money.ts';
import { lineTypeOf } from '../kernel/phone.ts';
import { CountrySchema, LocaleSchema } from '../kernel/tenant.ts';
import { text } from '../kernel/text.ts';
import { type Commitment, commitmentFor, isCommitmentActive } from './commitment.ts';

/**
 * Business groups: a company (the legal entity that is invoiced) with one administrator number
 * and any number of member numbers. Pure rules and shapes; no I/O.
 */

const Text = (max: number) => text({ max });
export const CodeSchema = z
  .string()
  .regex(/^[A-Z0-9][A-Z0-9_-]{0,31}$/, 'must be 1–32 upper-case letters, digits, _ or -');
export const GroupIdSchema = z
  .string()
  .regex(/^[0-9A-Z]{26}$/, 'must be a group id (26 upper-case letters and digits)');
export const MsisdnPathSchema = z
  .string()
  .regex(/^[1-9]\d{7,14}$/, 'must be the number in digits only, e.g. 38640123456');

// ----- input shapes --------------------------------------------------------------------------

export const AddressSchema = z.strictObject({
  street: Text(200),
  postalCode: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9 -]{1,9}$/, 'must be a postal code'),
  city: Text(100),
  /** Defaults to the tenant's country. */
  country: CountrySchema.optional(),
});

export const ID_DOCUMENT_TYPES = ['id-card', 'passport', 'driving-licence', 'residence-permit'] as const;

/** The legal representative's identity document: type and number, and a reference to where the copy is kept. */
export const IdDocumentSchema = z.strictObject({
  type: z.enum(ID_DOCUMENT_TYPES),
  number: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9 -]{3,23}$/, 'must be 4–24 letters, digits, spaces or dashes'),
  issuingCountry: CountrySchema.optional(),
  expiresOn: z.iso.date().optional(),
  /** Reference to the scanned copy in the operator's document store (required); the image itself is never sent here. */
  reference: z
    .string()
    .regex(
      /^[A-Za-z0-9][A-Za-z0-9:._/#-]{2,199}$/,
      'must be a reference to the stored copy (never the image itself)',
    ),
});

export const NumberRequestSchema = z.discriminatedUnion('kind', [
  /** A brand-new number from the tenant's number ranges. */
  z.strictObject({ kind: z.literal('new') }),
  /** A number in use at another operator, ported in (usable at once). */
  z.strictObject({
    kind: z.literal('port-in'),
    msisdn: z.string().trim().min(3).max(32),
    donorOperator: Text(80),
  }),
]);

export const SERVICES = ['voice', 'sms', 'data', 'roaming', 'international', 'premiumRate'] as const;
export type Service = (typeof SERVICES)[number];

export const ServiceSettingsPatchSchema = z.strictObject({
  voice: z.boolean().optional(),
  sms: z.boolean().optional(),
  data: z.boolean().optional(),
  roaming: z.boolean().optional(),
  international: z.boolean().optional(),
  /** Premium-rate (090) numbers, donations included. */
  premiumRate: z.boolean().optional(),
  /** Monthly spending cap above the plan fee; `null` removes the cap. */
  spendingCap: NonNegativeMoneySchema.nullable().optional(),
});
export type ServiceSettingsPatch = z.infer<typeof ServiceSettingsPatchSchema>;

export const NewMemberSchema = z.strictObject({
  number: NumberRequestSchema,
  plan: CodeSchema,
  addOns: z.array(CodeSchema).max(20).optional(),
  settings: ServiceSettingsPatchSchema.optional(),
  /** The admin's own label for the number, e.g. the employee's name. */
  label: Text(80).optional(),
  /**
   * An extra SIM: the number of the group's member (E.164) whose plan units this number shares.
   * That member needs an active extra-SIM add-on; the new number takes the same plan.
   */
  sharesUnitsOf: z
    .string()
    .regex(/^\+[1-9]\d{7,14}$/, 'must be an E.164 number such as +38640100000')
    .optional(),
});
export type NewMemberInput = z.infer<typeof NewMemberSchema>;

export const RegisterGroupSchema = z.strictObject({
  company: z.strictObject({
    legalName: Text(200),
    registrationNumber: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9][A-Za-z0-9./-]{1,19}$/, 'must be 2–20 letters, digits, ., / or -'),
    vatId: z.string().trim().min(2).max(30),
    address: AddressSchema,
  }),
  legalRepresentative: z.strictObject({ name: Text(120), idDocument: IdDocumentSchema }),
  /** The company bank account (monthly direct debit). */
  iban: z.string().trim().min(5).max(50),
  billingEmail: z.email(),
  /** Language of notifications and invoices; one of the tenant's locales (default: the first). */
  language: LocaleSchema.optional(),
  /** The administrator's number and plan; it becomes a member of the group with the admin role. */
  admin: NewMemberSchema,
});
export type RegisterGroupInput = z.infer<typeof RegisterGroupSchema>;

export const GroupPatchSchema = z.strictObject({
  billingEmail: z.email().optional(),
  language: LocaleSchema.optional(),
  address: AddressSchema.optional(),
  iban: z.string().trim().min(5).max(50).optional(),
  /** The monthly invoice comes with the itemized specification (every call, message and session), for the catalog's fee. */
  itemizedBill: z.boolean().optional(),
});
export type GroupPatch = z.infer<typeof GroupPatchSchema>;

export const MemberPatchSchema = z.strictObject({
  label: Text(80).nullable().optional(),
  settings: ServiceSettingsPatchSchema.optional(),
});
export type MemberPatch = z.infer<typeof MemberPatchSchema>;

// ----- state -----------------------------------------------------------------------------------

export interface ServiceSettings {
  voice: boolean;
  sms: boolean;
  data: boolean;
  roaming: boolean;
  international: boolean;
  premiumRate: boolean;
  spendingCap: Money | null;
}

/** A new number can call, text, browse, roam and call abroad; premium-rate (090) is barred until the admin allows it. */
export const DEFAULT_SETTINGS: ServiceSettings = {
  voice: true,
  sms: true,
  data: true,
  roaming: true,
  international: true,
  premiumRate: false,
  spendingCap: null,
};

export type GroupStatus = 'active' | 'suspended';

/** A group's latest dunning change, as the group shows it. */
export interface GroupDunningView {
  invoiceId: string;
  stage: string;
  since: string;
  suspended: boolean;
  /** While suspended: every number of the group, or only the administrator's (the debtor). */
  scope?: 'group' | 'debtor';
}

export interface Group {
  tenantId: string;
  groupId: string;
  status: GroupStatus;
  company: {
    legalName: string;
    registrationNumber: string;
    vatId: string;
    address: { street: string; postalCode: string; city: string; country: string };
  };
  legalRepresentative: { name: string; idDocument: z.infer<typeof IdDocumentSchema> };
  /** Electronic format, validated. */
  iban: string;
  billingEmail: string;
  language: string;
  /** The group asked for the itemized specification with its invoice (a monthly fee of the catalog). */
  itemizedBill?: boolean;
  /**
   * Its latest dunning change (`shared/dunning`): the invoice, the stage, and whether outgoing
   * services of its numbers are suspended for non-payment.
   */
  dunning?: GroupDunningView;
  /** E.164. */
  adminMsisdn: string;
  memberCount: number;
  /** Members per plan code, kept with the count so a plan's per-group limit is checked atomically. */
  planCounts: Record<string, number>;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
}

export type MemberOrigin = { kind: 'new' } | { kind: 'port-in'; donorOperator: string; portedAt: string };

export interface ActiveAddOn {
  code: string;
  activatedAt: string;
}

export interface Member {
  tenantId: string;
  groupId: string;
  /** E.164. */
  msisdn: string;
  role: 'admin' | 'member';
  status: 'active';
  label?: string;
  plan: string;
  addOns: ActiveAddOn[];
  settings: ServiceSettings;
  origin: MemberOrigin;
  commitment?: Commitment;
  /** The group's business club, when the number is a member of it (calls inside the club are free). */
  club?: { clubId: string; joinedAt: string };
  /**
   * An extra SIM: the member whose plan units this number uses. Rating takes them from that
   * member's allowance while it keeps its extra-SIM add-on; the usage is this number's own.
   */
  sharesUnitsOf?: string;
  addedAt: string;
  updatedAt: string;
  /** Optimistic lock: +1 on every change. */
  version: number;
}

// ----- catalog rules -------------------------------------------------------------------------

/** The plan of `code`, or InvalidInput naming `field` (an unknown plan is bad input). */
export function findPlan(catalog: Catalog, code: string, field: string): Plan {
  const plan = catalog.plans.find((p) => p.code === code);
  if (!plan) throw InvalidInput.field(field, message('field.not-a-plan', { code }));
  return plan;
}

/** A plan that is no longer sold cannot be chosen for a new number or a change. */
export function requireAvailable(plan: Plan, field: string): void {
  if (!plan.available)
    throw new RuleViolation(message('plan.unavailable', { plan: plan.code }), field, { plan: plan.code });
}

/** Refuses one more member on `plan` when the group already has the plan's maximum. */
export function checkPlanLimit(planCounts: Record<string, number>, plan: Plan, field: string): void {
  const max = plan.maxMembersPerGroup;
  if (max === undefined) return;
  if ((planCounts[plan.code] ?? 0) + 1 > max) {
    throw new RuleViolation(message('plan.member-limit', { plan: plan.code, max }), field, {
      plan: plan.code,
      maxMembersPerGroup: max,
    });
  }
}

/** The add-ons of `codes`: unknown codes are bad input, codes not offered with `planCode` break a rule. */
export function resolveAddOns(catalog: Catalog, planCode: string, codes: string[], field: string): AddOn[] {
  const unknown = codes
    .map((code, i) => ({ code, i }))
    .filter(({ code }) => !catalog.addOns.some((a) => a.code === code))
    .map(({ code, i }) => ({ field: `${field}.${i}`, message: `is not an add-on of the catalog (${code})` }));
  if (unknown.length) throw new InvalidInput(unknown);
  const dup = codes.findIndex((c, i) => codes.indexOf(c) !== i);
  if (dup >= 0) throw InvalidInput.field(`${field}.${dup}`, message('field.listed-twice'));
  return codes.map((code, i) => resolveAddOn(catalog, planCode, code, `${field}.${i}`));
}

/** One add-on for a plan, or InvalidInput (unknown) / RuleViolation (not offered with the plan) naming `field`. */
export function resolveAddOn(catalog: Catalog, planCode: string, code: string, field: string): AddOn {
  const addOn = catalog.addOns.find((a) => a.code === code);
  if (!addOn) throw InvalidInput.field(field, message('field.not-an-add-on', { code }));
  if (!addOnFitsPlan(addOn, planCode)) {
    throw new RuleViolation(message('addon.not-with-plan', { addOn: code, plan: planCode }), field, {
      addOn: code,
    });
  }
  return addOn;
}

export function addOnFitsPlan(addOn: AddOn, planCode: string): boolean {
  return !addOn.plans || addOn.plans.includes(planCode);
}

/** Settings after a patch; a spending cap must be in the tenant currency. */
export function applySettings(
  current: ServiceSettings,
  patch: ServiceSettingsPatch,
  currency: string,
  field: string,
) {
  if (patch.spendingCap && patch.spendingCap.currency !== currency) {
    throw InvalidInput.field(`${field}.spendingCap.currency`, message('field.currency', { currency }));
  }
  const next: ServiceSettings = { ...current };
  for (const s of SERVICES) if (patch[s] !== undefined) next[s] = patch[s];
  if (patch.spendingCap !== undefined) next.spendingCap = patch.spendingCap;
  return next;
}

export function settingsChanged(a: ServiceSettings, b: ServiceSettings): boolean {
  return (
    SERVICES.some((s) => a[s] !== b[s]) ||
    (a.spendingCap?.amount ?? null) !== (b.spendingCap?.amount ?? null) ||
    (a.spendingCap?.currency ?? null) !== (b.spendingCap?.currency ?? null)
  );
}

// ----- plan changes ----------------------------------------------------------------------------

export type PlanDirection = 'upgrade' | 'downgrade' | 'lateral' | 'none';

export interface PlanChangeDecision {
  from: Plan;
  to: Plan;
  direction: PlanDirection;
  allowed: boolean;
  /** Why it is refused (a downgrade during a commitment, an add-on the new plan lacks, a plan no longer sold). */
  refusal?: { message: Message; field: string; commitmentEndsOn?: string; addOns?: string[] };
  /** The member's commitment after the change. */
  commitment?: Commitment;
  /** Monthly fee difference (new − old). */
  monthlyDifference: Money;
}

/**
 * Free switching between plans, with these rules:
 * - a downgrade (lower rank) is refused while a commitment is active when the tenant's policy
 *   `downgradeNeedsNoCommitment` is on; the refusal names the date the commitment ends;
 * - a plan no longer sold cannot be chosen;
 * - active add-ons that the new plan does not offer must be deactivated first;
 * - a plan with its own commitment starts a new commitment on the day of the change; otherwise
 *   the current commitment (if any) continues unchanged.
 */
export function decidePlanChange(
  member: Pick<Member, 'plan' | 'addOns' | 'commitment'>,
  from: Plan,
  to: Plan,
  catalog: Catalog,
  policies: Policies,
  today: string,
): PlanChangeDecision {
  const direction: PlanDirection =
    from.code === to.code
      ? 'none'
      : to.rank > from.rank
        ? 'upgrade'
        : to.rank < from.rank
          ? 'downgrade'
          : 'lateral';
  const base = {
    from,
    to,
    direction,
    monthlyDifference: {
      amount: to.monthlyFee.amount - from.monthlyFee.amount,
      currency: to.monthlyFee.currency,
    },
  };
  if (direction === 'none') return { ...base, allowed: true, commitment: member.commitment };
  if (!to.available) {
    return {
      ...base,
      allowed: false,
      refusal: { message: message('plan.unavailable', { plan: to.code }), field: 'body.plan' },
    };
  }
  if (
    direction === 'downgrade' &&
    policies.downgradeNeedsNoCommitment &&
    isCommitmentActive(member.commitment, today)
  ) {
    const endsOn = member.commitment.endsOn;
    return {
      ...base,
      allowed: false,
      refusal: {
        message: message('plan.downgrade-committed', { from: from.code, to: to.code, endsOn }),
        field: 'body.plan',
        commitmentEndsOn: endsOn,
      },
    };
  }
  const misfits = member.addOns
    .map((a) => catalog.addOns.find((c) => c.code === a.code))
    .filter((a): a is AddOn => !!a && !addOnFitsPlan(a, to.code))
    .map((a) => a.code);
  if (misfits.length) {
    return {
      ...base,
      allowed: false,
      refusal: {
        message: message('plan.add-ons-misfit', { plan: to.code, addOns: misfits.join(', ') }),
        field: 'body.plan',
        addOns: misfits,
      },
    };
  }
  const fresh = commitmentFor(to, today);
  return { ...base, allowed: true, commitment: fresh ?? member.commitment };
}

// ----- views -----------------------------------------------------------------------------------

/** The settings in a stable order (as stored they may come back in any order). */
export function settingsView(s: ServiceSettings): ServiceSettings {
  return {
    voice: s.voice,
    sms: s.sms,
    data: s.data,
    roaming: s.roaming,
    international: s.international,
    premiumRate: s.premiumRate,
    spendingCap: s.spendingCap ?? null,
  };
}

/** Who reads: the admin, the operator (product list only), or a member reading its own record. */
export type Viewer = 'admin' | 'operator' | 'member';

/**
 * Whether other numbers may share this member's plan units: it has an active add-on of the
 * catalog's `extra-sim` kind and is not itself an extra SIM.
 */
export function canShareUnits(m: Pick<Member, 'addOns' | 'sharesUnitsOf'>, catalog: Catalog): boolean {
  if (m.sharesUnitsOf) return false;
  const extraSims = new Set(catalog.addOns.filter((a) => a.kind === 'extra-sim').map((a) => a.code));
  return m.addOns.some((a) => extraSims.has(a.code));
}

/** The product list entry of a number: what an operator may see (the business club is a product too). */
export function memberProductView(m: Member) {
  // A mobile or a fixed line, by the numbering plan: customer care registers a fixed line's PIN destination.
  const line = lineTypeOf(m.msisdn);
  return {
    msisdn: m.msisdn,
    ...(line ? { line } : {}),
    role: m.role,
    status: m.status,
    plan: m.plan,
    addOns: m.addOns.map((a) => a.code),
    origin: m.origin.kind,
    ...(m.club ? { club: { clubId: m.club.clubId, joinedAt: m.club.joinedAt } } : {}),
    ...(m.sharesUnitsOf ? { sharesUnitsOf: m.sharesUnitsOf } : {}),
    addedAt: m.addedAt,
  };
}

export function memberView(m: Member, viewer: Viewer) {
  if (viewer === 'operator') return memberProductView(m);
  return {
    ...memberProductView(m),
    ...(m.label ? { label: m.label } : {}),
    addOns: m.addOns,
    origin: m.origin,
    settings: settingsView(m.settings),
    ...(m.commitment ? { commitment: m.commitment } : {}),
    updatedAt: m.updatedAt,
  };
}

const mask = (s: string, visible = 4) => `${'•'.repeat(Math.max(0, s.length - visible))}${s.slice(-visible)}`;

export function groupView(g: Group, viewer: Exclude<Viewer, 'member'>) {
  const common = {
    groupId: g.groupId,
    status: g.status,
    company: g.company,
    adminMsisdn: g.adminMsisdn,
    memberCount: g.memberCount,
    planCounts: Object.fromEntries(Object.entries(g.planCounts).filter(([, n]) => n > 0)),
    language: g.language,
    itemizedBill: g.itemizedBill ?? false,
    ...(g.dunning ? { dunning: g.dunning } : {}),
    createdAt: g.createdAt,
  };
  if (viewer === 'operator') {
    return {
      ...common,
      legalRepresentative: {
        name: g.legalRepresentative.name,
        idDocument: {
          type: g.legalRepresentative.idDocument.type,
          number: mask(g.legalRepresentative.idDocument.number),
        },
      },
      iban: mask(g.iban),
    };
  }
  return {
    ...common,
    legalRepresentative: g.legalRepresentative,
    iban: g.iban,
    billingEmail: g.billingEmail,
    updatedAt: g.updatedAt,
  };
}
