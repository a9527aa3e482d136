import * as z from 'zod';
import { CodeSchema } from '#shared/groups/domain.ts';
import { problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { MoneySchema } from '#shared/kernel/money.ts';
import { TenantIdSchema } from '#shared/kernel/tenant.ts';

const Amounts = z.object({ net: MoneySchema, vat: MoneySchema, gross: MoneySchema });
const PlanSide = z.object({
  code: z.string(),
  name: z.record(z.string(), z.string()),
  monthlyFee: Amounts,
  commitmentMonths: z.number().int(),
});

const PublicQuoteView = z.object({
  tenant: z.string(),
  currency: z.string(),
  vatRate: z.number().describe('percent'),
  from: PlanSide,
  to: PlanSide,
  direction: z.enum(['upgrade', 'downgrade', 'lateral', 'none']),
  available: z.boolean().describe('the new plan is sold now'),
  monthlyDifference: Amounts.describe('new minus old, every month'),
  restOfPeriod: Amounts.extend({
    from: z.string(),
    to: z.string(),
    days: z.number().int(),
    ofDays: z.number().int(),
  }).describe(
    'the difference for the rest of the billing period when the change is made today, prorated by day',
  ),
  oneTimeCharges: z.array(z.never()).describe('none: changing plans is free'),
  commitment: z.object({
    newCommitment: z
      .object({
        months: z.number().int(),
        endsOn: z.string(),
        clawbackPerRemainingMonth: MoneySchema.optional().describe(
          'the monthly benefit clawed back for each month left when leaving early',
        ),
      })
      .optional()
      .describe('the commitment the new plan brings, from today'),
    terminationFee: MoneySchema.optional(),
    downgradeWaitsForCommitment: z.boolean().describe('a downgrade is refused while a commitment is active'),
  }),
  quotedAt: z.string(),
});

export const publicQuote = defineRoute({
  operationId: 'publicQuote',
  method: 'GET',
  path: '/v1/quotes',
  handler: 'functions/groups/public-quote',
  summary: 'What moving from one plan to another costs (public, no sign-in)',
  description:
    "Commercial questions are always answered: from the operator's catalog in force, both monthly fees and the difference (net, VAT, gross), the difference for the rest of the billing period when the change is made today (prorated by day, as the invoice does), the one-time charges (none) and the commitment consequences. On AWS the request's host names the operator (`<tenant>.<domain>`); locally the `tenant` parameter does.",
  tag: 'quotes',
  access: 'public',
  query: z
    .strictObject({ from: CodeSchema, to: CodeSchema, tenant: TenantIdSchema.optional() })
    .meta({ examples: [{ from: 'GO5', to: 'GO150', tenant: 'alpina' }] }),
  responses: {
    200: { description: 'The quote', schema: PublicQuoteView },
    ...problemResponses(400, 404),
  },
});
