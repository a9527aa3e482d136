import * as z from 'zod';
import { problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { MoneySchema } from '#shared/kernel/money.ts';
import { MemberParams, TAG } from '../views.ts';

const BalanceView = z.object({ msisdn: z.string(), balance: MoneySchema, updatedAt: z.string().optional() });

// ----- balances, ledger, statement ----------------------------------------------------------------

export const getBalance = defineRoute({
  operationId: 'getBalance',
  method: 'GET',
  path: '/v1/groups/{groupId}/members/{msisdn}/balance',
  handler: 'functions/money/get-balance',
  summary: "A number's prepaid balance",
  description: 'The group admin for any of its numbers; a member for its own number only.',
  tag: TAG,
  access: ['admin', 'member'],
  params: MemberParams,
  responses: {
    200: { description: 'The balance', schema: BalanceView },
    ...problemResponses(400, 401, 403, 404),
  },
});
