import * as z from 'zod';
import { CodeSchema } from '#shared/groups/domain.ts';
import { problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { MoneySchema } from '#shared/kernel/money.ts';
import { ChargeView, Commitment, MemberParams, TAG } from '../views.ts';

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
