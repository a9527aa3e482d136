import * as z from 'zod';
import { CodeSchema, GroupIdSchema, MsisdnPathSchema } from '#shared/groups/domain.ts';
import { MoneySchema } from '#shared/kernel/money.ts';

/**
 * The shapes shared by the routes of business groups and members (`routes/*.ts`). Roles in
 * `access` pass the gate; the use cases refine
 * against the stored group: an admin or member of another group gets 404 on every route here,
 * only the group's current admin changes anything (a member gets 403), a member reads only its
 * own number (another member is 404), the operator reads the product list only.
 */

// ----- shapes ------------------------------------------------------------------------------------

export const GroupParams = z.strictObject({ groupId: GroupIdSchema });

export const MemberParams = GroupParams.extend({ msisdn: MsisdnPathSchema });

export const AddOnParams = MemberParams.extend({ addOnCode: CodeSchema });

export const OfferParams = GroupParams.extend({ offerId: GroupIdSchema });

const Settings = z.object({
  voice: z.boolean(),
  sms: z.boolean(),
  data: z.boolean(),
  roaming: z.boolean(),
  international: z.boolean(),
  premiumRate: z.boolean(),
  spendingCap: MoneySchema.nullable(),
});

export const Commitment = z.object({
  plan: z.string(),
  months: z.number().int(),
  startsOn: z.string(),
  endsOn: z.string(),
  monthlyBenefit: MoneySchema.optional(),
});

export const MemberView = z.object({
  msisdn: z.string(),
  line: z
    .enum(['mobile', 'fixed-line'])
    .optional()
    .describe('by the numbering plan; a fixed line gets its sign-in PIN where customer care registered'),
  role: z.enum(['admin', 'member']),
  status: z.string(),
  plan: z.string(),
  addOns: z.array(z.union([z.string(), z.object({ code: z.string(), activatedAt: z.string() })])),
  origin: z.union([
    z.string(),
    z.object({ kind: z.string(), donorOperator: z.string().optional(), portedAt: z.string().optional() }),
  ]),
  addedAt: z.string(),
  label: z.string().optional().describe('admin and the member itself only'),
  settings: Settings.optional().describe('admin and the member itself only'),
  commitment: Commitment.optional(),
  club: z
    .object({ clubId: z.string(), joinedAt: z.string() })
    .optional()
    .describe("the group's business club, while the number is in it (calls between its numbers are free)"),
  sharesUnitsOf: z
    .string()
    .optional()
    .describe(
      'an extra SIM: the member whose plan units it shares (while that member keeps its extra-SIM add-on)',
    ),
  updatedAt: z.string().optional(),
});

export const ChargeView = z.object({
  chargeId: z.string(),
  groupId: z.string(),
  msisdn: z.string(),
  period: z.string(),
  code: z.string(),
  kind: z.string(),
  name: z.record(z.string(), z.string()),
  explanation: z.record(z.string(), z.string()),
  amount: MoneySchema,
  reason: z.string(),
  detail: z
    .object({
      formula: z.string(),
      remainingMonths: z.number().optional(),
      monthlyBenefit: MoneySchema.optional(),
    })
    .optional(),
  createdAt: z.string(),
});

export const GroupView = z.object({
  groupId: z.string(),
  status: z.enum(['active', 'suspended']),
  company: z.object({
    legalName: z.string(),
    registrationNumber: z.string(),
    vatId: z.string(),
    address: z.object({ street: z.string(), postalCode: z.string(), city: z.string(), country: z.string() }),
  }),
  legalRepresentative: z.object({
    name: z.string(),
    idDocument: z.object({ type: z.string(), number: z.string() }).loose(),
  }),
  iban: z.string().describe('masked for the operator'),
  billingEmail: z.string().optional(),
  language: z.string(),
  itemizedBill: z.boolean().describe('the invoice comes with the itemized specification (a monthly fee)'),
  dunning: z
    .object({
      invoiceId: z.string(),
      stage: z.string(),
      since: z.string(),
      suspended: z.boolean().describe('outgoing services of its numbers are suspended for non-payment'),
      scope: z
        .enum(['group', 'debtor'])
        .optional()
        .describe("while suspended: every number of the group, or only the administrator's"),
    })
    .optional()
    .describe('its latest dunning change (an unpaid invoice: reminded, suspended, reactivated…)'),
  adminMsisdn: z.string(),
  memberCount: z.number().int(),
  planCounts: z.record(z.string(), z.number().int()),
  createdAt: z.string(),
  updatedAt: z.string().optional(),
});

export const OfferView = z.object({
  offerId: z.string(),
  msisdn: z.string(),
  fromGroupId: z.string(),
  toGroupId: z.string(),
  status: z.enum(['pending', 'accepted', 'declined', 'withdrawn', 'expired']),
  createdAt: z.string(),
  createdBy: z.string(),
  expiresAt: z.string(),
  closedAt: z.string().optional(),
  closedBy: z.string().optional(),
});

export const MemberWithCharges = z.object({ member: MemberView, charges: z.array(ChargeView) });

export const ClubView = z.object({
  clubId: z.string(),
  status: z
    .enum(['active', 'below-minimum', 'dissolving'])
    .describe(
      '`below-minimum`: fewer members on monthly contracts than the package needs (the club is kept and flagged); `dissolving`: a dissolution is under way',
    ),
  memberCount: z.number().int(),
  minMembers: z.number().int().describe("the package's minimum of members on monthly contracts"),
  belowMinimumSince: z.string().optional().describe('when the club fell below its minimum'),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const TAG = 'groups';
