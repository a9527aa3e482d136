import { requestIncrease } from '#shared/credit-limits/use-cases/request-increase.ts';
import { apiHandler, created } from '#shared/handlers/api-handler.ts';
import { creditLimitDeps } from '#wiring';
import { requestIncrease as route } from './routes/request-increase.ts';

export const handler = apiHandler(route, async ({ principal, tenant, correlationId, params, body }) =>
  created(
    await requestIncrease(
      creditLimitDeps,
      { principal, tenant, correlationId },
      params.groupId,
      params.msisdn,
      body,
    ),
  ),
);
