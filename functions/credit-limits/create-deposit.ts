import { createDeposit } from '#shared/credit-limits/use-cases/create-deposit.ts';
import { apiHandler, created, operationOf } from '#shared/handlers/api-handler.ts';
import { creditLimitDeps } from '#wiring';
import { createDeposit as route } from './routes/create-deposit.ts';

export const handler = apiHandler(
  route,
  async ({ principal, tenant, correlationId, params, body, idempotencyKey }) =>
    created(
      await createDeposit(
        creditLimitDeps,
        { principal, tenant, correlationId },
        params.groupId,
        params.msisdn,
        body,
        operationOf(route, { principal, idempotencyKey, params, body }),
      ),
    ),
);
