import { apiHandler, created, operationOf } from '#shared/handlers/api-handler.ts';
import { transferCredit } from '#shared/money/use-cases/transfer-credit.ts';
import { moneyDeps } from '#wiring';
import { createTransfer as route } from './routes/create-transfer.ts';

export const handler = apiHandler(
  route,
  async ({ principal, tenant, correlationId, params, body, idempotencyKey }) => {
    const transfer = await transferCredit(
      moneyDeps,
      { principal, tenant, correlationId },
      params.groupId,
      body,
      operationOf(route, { principal, idempotencyKey, params, body }),
    );
    return created(transfer);
  },
);
