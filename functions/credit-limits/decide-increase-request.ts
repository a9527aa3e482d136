import { decideRequest } from '#shared/credit-limits/use-cases/decide-request.ts';
import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { creditLimitDeps } from '#wiring';
import { decideIncreaseRequest as route } from './routes/decide-increase-request.ts';

export const handler = apiHandler(route, async ({ principal, tenant, correlationId, params, body }) =>
  ok(await decideRequest(creditLimitDeps, { principal, tenant, correlationId }, params.requestId, body)),
);
