import { problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { AuthorizationRequestSchema } from '#shared/usage/domain.ts';
import { AuthorizationView, TAG } from '../views.ts';

export const authorizeUsage = defineRoute({
  operationId: 'authorizeUsage',
  method: 'POST',
  path: '/v1/usage-authorizations',
  handler: 'functions/usage/authorize-usage',
  summary: 'May this number use this much of a service now? (mediation, before the use)',
  description:
    'The answer is the quantity granted (all, part or none) and, when less than asked, the reason: `barred` (spending control), `suspended` (the group), `service-off` or `premium-barred` (the administrator’s settings), `no-credit` (a prepaid balance), `limit-reached` (the credit limit, where the tenant bars), `cap-reached` (the administrator’s cap), `unknown-number`, `unratable`. Nothing is written: the usage record that follows is what is charged.',
  tag: TAG,
  access: ['mediation'],
  body: AuthorizationRequestSchema.meta({
    examples: [{ msisdn: '+38641234567', type: 'voice', counterpart: '+4930123456', quantity: 600 }],
  }),
  responses: {
    200: { description: 'The decision', schema: AuthorizationView },
    ...problemResponses(400, 401, 403),
  },
});
