import * as z from 'zod';
import { pageOf, pageQuery, problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { GroupParams, TAG } from '../views.ts';

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
