import * as z from 'zod';
import { problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { MoneySchema } from '#shared/kernel/money.ts';
import { TransferBodySchema } from '#shared/money/domain.ts';
import { eur, GroupParams, TAG } from '../views.ts';

const TransferView = z.object({
  transferId: z.string(),
  groupId: z.string(),
  from: z.string(),
  to: z.string(),
  direction: z.enum(['admin-to-member', 'member-to-admin']),
  amount: MoneySchema,
  note: z.string().optional(),
  at: z.string(),
});

// ----- transfers ---------------------------------------------------------------------------------

export const createTransfer = defineRoute({
  operationId: 'createTransfer',
  method: 'POST',
  path: '/v1/groups/{groupId}/transfers',
  handler: 'functions/money/create-transfer',
  summary: 'Transfer credit between the admin and a member (either way)',
  description:
    'Done by the group admin. Refused with 409 and `available` when the sender lacks credit, 422 past the tenant’s per-transfer or per-day limit. Requires `Idempotency-Key`: a retry replays the first response.',
  tag: TAG,
  access: ['admin', 'member'],
  allowed: ['admin'],
  params: GroupParams,
  body: TransferBodySchema.meta({
    examples: [{ from: '+38641234567', to: '+38640100000', amount: eur(500), note: 'May data' }],
  }),
  idempotent: true,
  responses: {
    201: { description: 'Transferred', schema: TransferView },
    ...problemResponses(400, 401, 403, 404, 409, 422),
  },
});
