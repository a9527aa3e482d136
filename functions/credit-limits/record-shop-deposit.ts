import { recordShopDeposit } from '#shared/credit-limits/use-cases/record-shop-deposit.ts';
import { apiHandler, created, operationOf } from '#shared/handlers/api-handler.ts';
import { creditLimitDeps } from '#wiring';
import { recordShopDeposit as route } from './routes/record-shop-deposit.ts';

export const handler = apiHandler(
  route,
  async ({ principal, tenant, correlationId, params, body, idempotencyKey }) =>
    created(
      await recordShopDeposit(
        creditLimitDeps,
        { principal, tenant, correlationId },
        body,
        operationOf(route, { principal, idempotencyKey, params, body }),
      ),
    ),
);
