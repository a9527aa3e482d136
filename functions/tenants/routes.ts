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
