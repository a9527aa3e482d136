import * as z from 'zod';
import { PoliciesSchema } from '#shared/catalog/domain.ts';
import { locationHeader, pageOf, pageQuery, problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { MACHINE_ROLES } from '#shared/kernel/actor.ts';
import { TenantIdSchema, TenantSettingsSchema } from '#shared/kernel/tenant.ts';

export const CreateTenantBody = TenantSettingsSchema.extend({
  tenantId: TenantIdSchema,
  /** Initial policy switches; they become version 1 of the tenant's catalog. */
  policies: PoliciesSchema.optional(),
}).strict();

export const TenantView = TenantSettingsSchema.extend({
  tenantId: z.string(),
  status: z.enum(['active', 'suspended']),
  createdAt: z.string(),
});

export const createTenant = defineRoute({
  operationId: 'createTenant',
  method: 'POST',
  path: '/v1/tenants',
  handler: 'functions/tenants/create-tenant',
  summary: 'Onboard an operator (tenant)',
  tag: 'tenants',
  access: ['platform'],
  body: CreateTenantBody,
  responses: {
    201: { description: 'Created', schema: TenantView, headers: locationHeader('the tenant') },
    ...problemResponses(400, 401, 403, 409),
  },
});

export const listTenants = defineRoute({
  operationId: 'listTenants',
  method: 'GET',
  path: '/v1/tenants',
  handler: 'functions/tenants/list-tenants',
  summary: 'List tenants',
  tag: 'tenants',
  access: ['platform'],
  query: pageQuery,
  responses: {
    200: { description: 'A page of tenants', schema: pageOf(TenantView) },
    ...problemResponses(400, 401, 403),
  },
});

// ----- machine clients --------------------------------------------------------------------------

export const MachineClientView = z.object({
  clientId: z.string(),
  role: z.enum(MACHINE_ROLES),
  name: z.string(),
  status: z.enum(['active', 'revoked']),
  createdAt: z.string(),
  createdBy: z.string(),
  revokedAt: z.string().optional(),
  revokedBy: z.string().optional(),
});

export const CreateMachineClientBody = z.strictObject({
  role: z.enum(MACHINE_ROLES),
  name: z.string().trim().min(1).max(80),
});

export const MachineClientParams = z.strictObject({
  clientId: z
    .string()
    .regex(/^[a-z0-9]{1,128}$/i)
    .describe('The app client id the machine signs in with'),
});

const MACHINE_CLIENTS_DOC =
  "A partner machine of the operator's tenant (the network's mediation, the bank/PSP, the mail gateway) signs in with OAuth client credentials at the user pool's token endpoint (`grant_type=client_credentials`, `scope=switchboard/<role>`) and calls the API with the access token. The tenant and the role of that token are this registry's, never the token's; a revoked or unknown client is refused.";

export const createMachineClient = defineRoute({
  operationId: 'createMachineClient',
  method: 'POST',
  path: '/v1/machine-clients',
  handler: 'functions/tenants/create-machine-client',
  summary: 'Give a partner machine credentials (client id and secret, shown once)',
  description: `${MACHINE_CLIENTS_DOC} The answer holds the client secret: it is shown this once and kept nowhere by the platform.`,
  tag: 'tenants',
  access: ['operator'],
  managesMachineClients: true,
  body: CreateMachineClientBody.meta({ examples: [{ role: 'mediation', name: 'Mediation (primary site)' }] }),
  responses: {
    201: {
      description: 'The client, its secret (this once) and where it gets its tokens',
      schema: z.object({
        client: MachineClientView,
        clientSecret: z.string(),
        scope: z.string(),
      }),
      headers: locationHeader('the machine client'),
    },
    ...problemResponses(400, 401, 403),
  },
});

export const listMachineClients = defineRoute({
  operationId: 'listMachineClients',
  method: 'GET',
  path: '/v1/machine-clients',
  handler: 'functions/tenants/list-machine-clients',
  summary: "The tenant's machine clients, oldest first (never a secret)",
  description: MACHINE_CLIENTS_DOC,
  tag: 'tenants',
  access: ['operator'],
  query: pageQuery,
  responses: {
    200: { description: 'A page of machine clients', schema: pageOf(MachineClientView) },
    ...problemResponses(400, 401, 403),
  },
});

export const revokeMachineClient = defineRoute({
  operationId: 'revokeMachineClient',
  method: 'DELETE',
  path: '/v1/machine-clients/{clientId}',
  handler: 'functions/tenants/revoke-machine-client',
  summary: 'Revoke a machine client: its tokens are refused, the user pool issues it no more',
  description:
    "Its tokens are refused within a minute (the registry is cached that long per function instance); its app client is deleted from the user pool. Revoking it again answers 204; an id that is not one of the tenant's clients is 404.",
  tag: 'tenants',
  access: ['operator'],
  managesMachineClients: true,
  params: MachineClientParams,
  responses: {
    204: { description: 'Revoked' },
    ...problemResponses(400, 401, 403, 404),
  },
});

// ----- the operator's staff ---------------------------------------------------------------------

export const StaffMemberView = z.object({
  staffId: z.string(),
  email: z.string(),
  name: z.string(),
  language: z.string(),
  status: z.enum(['active', 'disabled']),
  createdAt: z.string(),
  createdBy: z.string(),
  disabledAt: z.string().optional(),
  disabledBy: z.string().optional(),
});

export const AddStaffMemberBody = z
  .strictObject({
    email: z
      .email()
      .max(254)
      .describe('where the initial password and the sign-in codes go; they sign in with it'),
    name: z.string().trim().min(1).max(120),
    language: z
      .string()
      .optional()
      .describe("of the sign-in e-mails: one of the tenant's locales (default: the first)"),
  })
  .meta({ examples: [{ email: 'ana.kovac@operator.example', name: 'Ana Kovač' }] });

export const StaffParams = z.strictObject({
  staffId: z
    .string()
    .regex(/^[0-9A-HJKMNP-TV-Z]{26}$/)
    .describe('The staff member'),
});

const STAFF_DOC =
  "The operator's staff sign in to the desk with their e-mail address, their password and a code by e-mail (`POST /v1/auth/staff/login`). Adding a member makes their credentials and e-mails them an initial password, in the member's language; disabling one refuses their tokens within a minute and ends their sessions.";

export const addStaffMember = defineRoute({
  operationId: 'addStaffMember',
  method: 'POST',
  path: '/v1/staff',
  handler: 'functions/tenants/add-staff-member',
  summary: 'Add a colleague to the staff: they can sign in to the desk',
  description: `${STAFF_DOC} The address is unique in the tenant (409, a disabled member's too).`,
  tag: 'tenants',
  access: ['operator'],
  idempotent: true,
  body: AddStaffMemberBody,
  responses: {
    201: {
      description: 'Added: the initial password is on its way',
      schema: StaffMemberView,
      headers: locationHeader('the staff member'),
    },
    ...problemResponses(400, 401, 403, 409, 422),
  },
});

export const addTenantStaffMember = defineRoute({
  operationId: 'addTenantStaffMember',
  method: 'POST',
  path: '/v1/tenants/{tenantId}/staff',
  handler: 'functions/tenants/add-tenant-staff-member',
  summary: "Add a member to a tenant's staff (the platform: a new tenant's first one)",
  description: `${STAFF_DOC} The platform adds the first member when it onboards a tenant; the tenant's staff add the others.`,
  tag: 'tenants',
  access: ['platform'],
  params: z.strictObject({ tenantId: TenantIdSchema }),
  body: AddStaffMemberBody,
  responses: {
    201: {
      description: 'Added: the initial password is on its way',
      schema: StaffMemberView,
      headers: locationHeader('the staff member'),
    },
    ...problemResponses(400, 401, 403, 404, 409),
  },
});

export const listStaff = defineRoute({
  operationId: 'listStaff',
  method: 'GET',
  path: '/v1/staff',
  handler: 'functions/tenants/list-staff',
  summary: "The tenant's staff, oldest first",
  description: STAFF_DOC,
  tag: 'tenants',
  access: ['operator'],
  query: pageQuery,
  responses: {
    200: { description: 'A page of staff members', schema: pageOf(StaffMemberView) },
    ...problemResponses(400, 401, 403),
  },
});

export const disableStaffMember = defineRoute({
  operationId: 'disableStaffMember',
  method: 'DELETE',
  path: '/v1/staff/{staffId}',
  handler: 'functions/tenants/disable-staff-member',
  summary: 'Disable a member of the staff: they can no longer sign in',
  description:
    'Their tokens are refused within a minute (the registry is cached that long per function instance), their sessions end and the user pool disables them; the member stays listed, disabled, and their address stays taken. Disabling them again answers the same; nobody disables themselves (409).',
  tag: 'tenants',
  access: ['operator'],
  params: StaffParams,
  responses: {
    200: { description: 'Disabled', schema: StaffMemberView },
    ...problemResponses(400, 401, 403, 404, 409),
  },
});
