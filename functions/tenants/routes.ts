import * as z from 'zod';
import { PoliciesSchema } from '#shared/catalog/domain.ts';
import { locationHeader, pageOf, pageQuery, problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
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
