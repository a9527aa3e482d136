import { readCreditLimit } from '#shared/credit-limits/use-cases/read-credit-limit.ts';
import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { creditLimitDeps } from '#wiring';
import { getCreditLimit as route } from './routes/get-credit-limit.ts';

export const handler = apiHandler(route, async ({ principal, tenant, params }) =>
  ok(await readCreditLimit(creditLimitDeps, { principal, tenant }, params.groupId, params.msisdn)),
);
