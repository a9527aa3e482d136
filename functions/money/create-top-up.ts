import { apiHandler, created, operationOf } from '#shared/handlers/api-handler.ts';
import { topUp } from '#shared/money/use-cases/top-up.ts';
import { topUpDeps } from '#wiring';
import { createTopUp as route } from './routes/create-top-up.ts';

export const handler = apiHandler(
  route,
  async ({ principal, tenant, correlationId, params, body, idempotencyKey }) => {
    const view = await topUp(
      topUpDeps,
      { principal, tenant, correlationId },
      params.groupId,
      params.msisdn,
      body,
      operationOf(route, { principal, idempotencyKey, params, body }),
    );
    return created(view, `/v1/groups/${params.groupId}/members/${params.msisdn}/top-ups/${view.topUpId}`);
  },
);
