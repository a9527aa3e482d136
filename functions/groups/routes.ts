import * as z from 'zod';
import {
  CodeSchema,
  GroupIdSchema,
  GroupPatchSchema,
  MemberPatchSchema,
  MsisdnPathSchema,
  NewMemberSchema,
  RegisterGroupSchema,
} from '#shared/groups/domain.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { MoneySchema } from '#shared/kernel/money.ts';
import { locationHeader, pageOf, pageQuery, problemResponses } from '../../shared/handlers/responses.ts';

/**
 * Business groups and members. Roles in `access` pass the gate; the use cases refine
 * against the stored group: an admin or member of another group gets 404 on every route here,
 * only the group's current admin changes anything (a member gets 403), a member reads only its
 * own number (another member is 404), the operator reads the product list only.
 */

// ----- shapes ------------------------------------------------------------------------------------

const GroupParams = z.strictObject({ groupId: GroupIdSchema });
const MemberParams = GroupParams.extend({ msisdn: MsisdnPathSchema });
const AddOnParams = MemberParams.extend({ addOnCode: CodeSchema });
const OfferParams = GroupParams.extend({ offerId: GroupIdSchema });

/**
 * Examples are written for the demo tenant `alpina` (infra/local/seed-data.ts) and work against it
 * in this order: the registration ports the admin number in, the first number added is the first
 * of alpina's range. Ids the API generates (groups) are placeholders.
 */
const EXAMPLE_GROUP_ID = '01J0000000000000000000000G';
const EXAMPLE_MEMBER = { number: { kind: 'new' }, plan: 'GO5', label: 'Ana (sales)' } as const;

const RegisterBody = RegisterGroupSchema.meta({
  examples: [
    {
      company: {
        legalName: 'Primer d.o.o.',
        registrationNumber: '1234567000',
        vatId: 'SI50223054',
        address: { street: 'Dunajska cesta 1', postalCode: '1000', city: 'Ljubljana' },
      },
      legalRepresentative: {
        name: 'Ana Novak',
        idDocument: { type: 'id-card', number: 'IA1234567', reference: 'dms:kyc/2025/0001' },
      },
      iban: 'SI56 1910 0000 0123 438',
      billingEmail: 'billing@primer.si',
      language: 'sl',
      admin: { number: { kind: 'port-in', msisdn: '+38641234567', donorOperator: 'Telekom' }, plan: 'GO30' },
    },
  ],
});
const AddMemberBody = NewMemberSchema.meta({ examples: [EXAMPLE_MEMBER] });
const PatchGroupBody = GroupPatchSchema.meta({ examples: [{ billingEmail: 'invoices@primer.si' }] });
const PatchMemberBody = MemberPatchSchema.meta({
  examples: [
    { settings: { roaming: false, premiumRate: false, spendingCap: { amount: 5000, currency: 'EUR' } } },
  ],
});
const ChangePlanBody = z.strictObject({ plan: CodeSchema }).meta({ examples: [{ plan: 'GO150' }] });
const ChangeAdminBody = z
  .strictObject({ msisdn: z.string().trim().min(3).max(32) })
  .meta({ examples: [{ msisdn: '+38640100000' }] });
const OfferBody = z
  .strictObject({ toGroupId: GroupIdSchema })
  .meta({ examples: [{ toGroupId: EXAMPLE_GROUP_ID }] });

const Settings = z.object({
  voice: z.boolean(),
  sms: z.boolean(),
  data: z.boolean(),
  roaming: z.boolean(),
  international: z.boolean(),
  premiumRate: z.boolean(),
  spendingCap: MoneySchema.nullable(),
});
const Commitment = z.object({
  plan: z.string(),
  months: z.number().int(),
  startsOn: z.string(),
  endsOn: z.string(),
  monthlyBenefit: MoneySchema.optional(),
});

export const MemberView = z.object({
  msisdn: z.string(),
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
  adminMsisdn: z.string(),
  memberCount: z.number().int(),
  planCounts: z.record(z.string(), z.number().int()),
  createdAt: z.string(),
  updatedAt: z.string().optional(),
});

const AuditView = z.object({
  entryId: z.string(),
  groupId: z.string(),
  at: z.string(),
  actor: z.object({ role: z.string(), subject: z.string(), msisdn: z.string().optional() }),
  action: z.string(),
  target: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  correlationId: z.string().optional(),
});

const OfferView = z.object({
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

const QuoteView = z.object({
  msisdn: z.string(),
  from: z.object({ code: z.string(), name: z.record(z.string(), z.string()), monthlyFee: MoneySchema }),
  to: z.object({ code: z.string(), name: z.record(z.string(), z.string()), monthlyFee: MoneySchema }),
  direction: z.enum(['upgrade', 'downgrade', 'lateral', 'none']),
  allowed: z.boolean(),
  refusal: z
    .object({
      message: z.string(),
      commitmentEndsOn: z.string().optional(),
      addOns: z.array(z.string()).optional(),
    })
    .optional(),
  monthlyDifference: MoneySchema,
  commitmentAfter: Commitment.optional(),
  commitmentActive: z.boolean(),
  oneTimeCharges: z.array(ChargeView),
});

const MemberWithCharges = z.object({ member: MemberView, charges: z.array(ChargeView) });

const RemovedMember = z.object({
  member: MemberView.describe('the member as it was, with `status: released`: the number is free again'),
  charges: z.array(ChargeView),
  creditReturned: MoneySchema.describe(
    "the number's remaining prepaid credit, returned to the group's administrator (zero when there was none)",
  ),
});

const TAG = 'groups';

// ----- groups --------------------------------------------------------------------------------------

export const registerGroup = defineRoute({
  operationId: 'registerGroup',
  method: 'POST',
  path: '/v1/groups',
  handler: 'functions/groups/register-group',
  summary: 'Register a business customer (group) with its administrator number',
  description:
    "Operator only. Legal data (VAT ID checked for the tenant's country), the legal representative's identity document (type, number and a reference to the stored copy — never the image), the company IBAN (validated), billing e-mail, language, and the administrator's number (`new` from the number ranges, or `port-in` with the donor operator) and plan. The group starts active; the admin number is its first member. A company registration number is registered once per tenant (409 otherwise). The connection or port-in fee is recorded for the first invoice.",
  tag: TAG,
  access: ['operator'],
  body: RegisterBody,
  idempotent: true,
  responses: {
    201: {
      description: 'Registered',
      schema: z.object({ group: GroupView, admin: MemberView, charges: z.array(ChargeView) }),
      headers: locationHeader('the group'),
    },
    ...problemResponses(400, 401, 403, 409, 422),
  },
});

export const listGroups = defineRoute({
  operationId: 'listGroups',
  method: 'GET',
  path: '/v1/groups',
  handler: 'functions/groups/list-groups',
  summary: "The tenant's business customers (operator)",
  tag: TAG,
  access: ['operator'],
  query: pageQuery,
  responses: {
    200: { description: 'A page of groups', schema: pageOf(GroupView) },
    ...problemResponses(400, 401, 403),
  },
});

export const getGroup = defineRoute({
  operationId: 'getGroup',
  method: 'GET',
  path: '/v1/groups/{groupId}',
  handler: 'functions/groups/get-group',
  summary: 'Group overview: profile, status, member count per plan',
  description:
    'The admin sees the whole profile; the operator sees the product-list view (IBAN and identity document masked). The members are listed, page by page, at `GET /v1/groups/{groupId}/members`.',
  tag: TAG,
  access: ['admin', 'operator', 'member'],
  allowed: ['admin', 'operator'],
  params: GroupParams,
  responses: {
    200: { description: 'The group', schema: GroupView },
    ...problemResponses(400, 401, 403, 404),
  },
});

export const updateGroup = defineRoute({
  operationId: 'updateGroup',
  method: 'PATCH',
  path: '/v1/groups/{groupId}',
  handler: 'functions/groups/update-group',
  summary: "Change the group's billing e-mail, language, address or bank account (admin)",
  tag: TAG,
  access: ['admin', 'member'],
  allowed: ['admin'],
  params: GroupParams,
  body: PatchGroupBody,
  responses: {
    200: { description: 'The group', schema: GroupView },
    ...problemResponses(400, 401, 403, 404, 409),
  },
});

export const changeAdmin = defineRoute({
  operationId: 'changeAdmin',
  method: 'PUT',
  path: '/v1/groups/{groupId}/admin',
  handler: 'functions/groups/change-admin',
  summary: 'Hand the administrator role to another member (admin) [added]',
  description:
    'The old admin stays a member; its tokens lose admin rights at once (rights are checked against the stored admin number).',
  tag: TAG,
  access: ['admin', 'member'],
  allowed: ['admin'],
  params: GroupParams,
  body: ChangeAdminBody,
  responses: {
    200: { description: 'The group', schema: GroupView },
    ...problemResponses(400, 401, 403, 404, 409, 422),
  },
});

export const listGroupAudit = defineRoute({
  operationId: 'listGroupAudit',
  method: 'GET',
  path: '/v1/groups/{groupId}/audit',
  handler: 'functions/groups/list-group-audit',
  summary: 'Audit trail of the group, newest first: who, when, what, before → after',
  tag: TAG,
  access: ['admin', 'operator', 'member'],
  allowed: ['admin'],
  params: GroupParams,
  query: pageQuery,
  responses: {
    200: { description: 'A page of audit entries', schema: pageOf(AuditView) },
    ...problemResponses(400, 401, 403, 404),
  },
});

export const listGroupCharges = defineRoute({
  operationId: 'listGroupCharges',
  method: 'GET',
  path: '/v1/groups/{groupId}/charges',
  handler: 'functions/groups/list-group-charges',
  summary: 'One-time charges recorded for the next invoices (admin) [added]',
  description: '`period=YYYY-MM` (tenant time zone) limits the list to one invoice period.',
  tag: TAG,
  access: ['admin', 'operator', 'member'],
  allowed: ['admin'],
  params: GroupParams,
  query: pageQuery.extend({
    period: z
      .string()
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month such as 2025-06')
      .optional(),
  }),
  responses: {
    200: { description: 'A page of charges', schema: pageOf(ChargeView) },
    ...problemResponses(400, 401, 403, 404),
  },
});

// ----- members --------------------------------------------------------------------------------------

export const listMembers = defineRoute({
  operationId: 'listMembers',
  method: 'GET',
  path: '/v1/groups/{groupId}/members',
  handler: 'functions/groups/list-members',
  summary: "The group's members, page by page (admin; operator: product list)",
  tag: TAG,
  access: ['admin', 'operator', 'member'],
  allowed: ['admin', 'operator'],
  params: GroupParams,
  query: pageQuery,
  responses: {
    200: { description: 'A page of members', schema: pageOf(MemberView) },
    ...problemResponses(400, 401, 403, 404),
  },
});

export const addMember = defineRoute({
  operationId: 'addMember',
  method: 'POST',
  path: '/v1/groups/{groupId}/members',
  handler: 'functions/groups/add-member',
  summary: 'Add a number: a new one from the number ranges, or a ported-in one (admin)',
  description:
    "Requires `Idempotency-Key`: a retry never allocates a second number. A ported-in number is usable at once; the donor operator is recorded. The catalog's connection or port-in fee is recorded for the next invoice.",
  tag: TAG,
  access: ['admin', 'member'],
  allowed: ['admin'],
  params: GroupParams,
  body: AddMemberBody,
  idempotent: true,
  responses: {
    201: { description: 'Added', schema: MemberWithCharges, headers: locationHeader('the member') },
    ...problemResponses(400, 401, 403, 404, 409, 422),
  },
});

export const getMember = defineRoute({
  operationId: 'getMember',
  method: 'GET',
  path: '/v1/groups/{groupId}/members/{msisdn}',
  handler: 'functions/groups/get-member',
  summary: 'Member detail (admin; the member itself; operator: product entry)',
  tag: TAG,
  access: ['admin', 'operator', 'member'],
  params: MemberParams,
  responses: {
    200: { description: 'The member', schema: MemberView },
    ...problemResponses(400, 401, 403, 404),
  },
});

export const updateMember = defineRoute({
  operationId: 'updateMember',
  method: 'PATCH',
  path: '/v1/groups/{groupId}/members/{msisdn}',
  handler: 'functions/groups/update-member',
  summary:
    'Service settings (voice, SMS, data, roaming, international, premium-rate 090), spending cap, label (admin)',
  tag: TAG,
  access: ['admin', 'member'],
  allowed: ['admin'],
  params: MemberParams,
  body: PatchMemberBody,
  responses: {
    200: { description: 'The member', schema: MemberView },
    ...problemResponses(400, 401, 403, 404, 409),
  },
});

export const removeMember = defineRoute({
  operationId: 'removeMember',
  method: 'DELETE',
  path: '/v1/groups/{groupId}/members/{msisdn}',
  handler: 'functions/groups/remove-member',
  summary: 'Terminate a member’s subscription (admin)',
  description:
    "`reason=termination` (default) or `port-out`. Records the proportional clawback when a commitment with a benefit is still running (remaining months × monthly benefit, formula in the charge's detail) and the catalog's termination or port-out fee. The admin's own number cannot be removed.",
  tag: TAG,
  access: ['admin', 'member'],
  allowed: ['admin'],
  params: MemberParams,
  query: z.strictObject({ reason: z.enum(['termination', 'port-out']).default('termination') }),
  responses: {
    200: {
      description: 'Removed: the released number, the charges recorded and the credit returned to the admin',
      schema: RemovedMember,
    },
    ...problemResponses(400, 401, 403, 404, 409, 422),
  },
});

export const changePlan = defineRoute({
  operationId: 'changePlan',
  method: 'PUT',
  path: '/v1/groups/{groupId}/members/{msisdn}/plan',
  handler: 'functions/groups/change-plan',
  summary: "Change a member's plan (admin) [added]",
  description:
    'Free switching. A downgrade is refused (422, with `commitmentEndsOn`) while a commitment is active when the tenant policy says so. A plan with a commitment starts a new one.',
  tag: TAG,
  access: ['admin', 'member'],
  allowed: ['admin'],
  params: MemberParams,
  body: ChangePlanBody,
  responses: {
    200: { description: 'The member', schema: MemberView },
    ...problemResponses(400, 401, 403, 404, 409, 422),
  },
});

export const quotePlanChange = defineRoute({
  operationId: 'quotePlanChange',
  method: 'GET',
  path: '/v1/groups/{groupId}/members/{msisdn}/plan-quote',
  handler: 'functions/groups/quote-plan-change',
  summary: "What changing this member's plan would cost and whether it is allowed (admin) [added]",
  tag: TAG,
  access: ['admin', 'member'],
  allowed: ['admin'],
  params: MemberParams,
  query: z.strictObject({ plan: CodeSchema }).meta({ examples: [{ plan: 'GO150' }] }),
  responses: {
    200: { description: 'The quote', schema: QuoteView },
    ...problemResponses(400, 401, 403, 404),
  },
});

export const activateAddOn = defineRoute({
  operationId: 'activateAddOn',
  method: 'PUT',
  path: '/v1/groups/{groupId}/members/{msisdn}/add-ons/{addOnCode}',
  handler: 'functions/groups/activate-add-on',
  summary: 'Activate an add-on on a member’s number (admin) [added]',
  tag: TAG,
  access: ['admin', 'member'],
  allowed: ['admin'],
  params: AddOnParams,
  responses: {
    200: { description: 'The member', schema: MemberView },
    ...problemResponses(400, 401, 403, 404, 409, 422),
  },
});

export const deactivateAddOn = defineRoute({
  operationId: 'deactivateAddOn',
  method: 'DELETE',
  path: '/v1/groups/{groupId}/members/{msisdn}/add-ons/{addOnCode}',
  handler: 'functions/groups/deactivate-add-on',
  summary: 'Deactivate an add-on (admin) [added]',
  tag: TAG,
  access: ['admin', 'member'],
  allowed: ['admin'],
  params: AddOnParams,
  responses: {
    200: { description: 'The member', schema: MemberView },
    ...problemResponses(400, 401, 403, 404, 409),
  },
});

// ----- change of holder ---------------------------------------------------------------------------

export const offerHolderChange = defineRoute({
  operationId: 'offerHolderChange',
  method: 'POST',
  path: '/v1/groups/{groupId}/members/{msisdn}/holder-change',
  handler: 'functions/groups/offer-holder-change',
  summary: 'Offer a number to another business customer (change of holder, step 1, admin) [added]',
  description:
    "The receiving group's admin accepts it within 14 days; the new holder pays the change-of-holder fee. Plan, add-ons, settings and commitment move with the number; its prepaid credit goes back to the offering group's admin.",
  tag: TAG,
  access: ['admin', 'member'],
  allowed: ['admin'],
  params: MemberParams,
  body: OfferBody,
  responses: {
    201: {
      description: 'The offer',
      schema: OfferView,
      headers: locationHeader("the group's outgoing offers"),
    },
    ...problemResponses(400, 401, 403, 404, 409, 422),
  },
});

export const listHolderChanges = defineRoute({
  operationId: 'listHolderChanges',
  method: 'GET',
  path: '/v1/groups/{groupId}/holder-changes',
  handler: 'functions/groups/list-holder-changes',
  summary: 'Change-of-holder offers received (`direction=incoming`, default) or made (admin) [added]',
  tag: TAG,
  access: ['admin', 'member'],
  allowed: ['admin'],
  params: GroupParams,
  query: pageQuery.extend({ direction: z.enum(['incoming', 'outgoing']).default('incoming') }),
  responses: {
    200: { description: 'A page of offers', schema: pageOf(OfferView) },
    ...problemResponses(400, 401, 403, 404),
  },
});

export const acceptHolderChange = defineRoute({
  operationId: 'acceptHolderChange',
  method: 'POST',
  path: '/v1/groups/{groupId}/holder-changes/{offerId}/accept',
  handler: 'functions/groups/accept-holder-change',
  summary: 'Accept a number offered to this group (change of holder, step 2, receiving admin) [added]',
  tag: TAG,
  access: ['admin', 'member'],
  allowed: ['admin'],
  params: OfferParams,
  responses: {
    200: { description: 'The number, now a member of this group', schema: MemberWithCharges },
    ...problemResponses(400, 401, 403, 404, 409, 422),
  },
});

export const closeHolderChange = defineRoute({
  operationId: 'closeHolderChange',
  method: 'DELETE',
  path: '/v1/groups/{groupId}/holder-changes/{offerId}',
  handler: 'functions/groups/close-holder-change',
  summary: 'Withdraw (offering admin) or decline (receiving admin) an open offer [added]',
  tag: TAG,
  access: ['admin', 'member'],
  allowed: ['admin'],
  params: OfferParams,
  responses: {
    200: { description: 'The closed offer', schema: OfferView },
    ...problemResponses(400, 401, 403, 404, 409),
  },
});
