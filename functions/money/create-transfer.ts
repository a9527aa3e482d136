import { cachedCatalogs } from '#shared/catalog/dynamo.ts';
import { dynamoGroupRepository } from '#shared/groups/dynamo.ts';
import { apiHandler, created } from '#shared/handlers/api-handler.ts';
import { systemClock } from '#shared/kernel/clock.ts';
import { dynamoMoneyRepository } from '#shared/money/dynamo.ts';
import { transferCredit } from '#shared/money/use-cases/transfer-credit.ts';
import { createTransfer as route } from './routes.ts';

const deps = {
  money: dynamoMoneyRepository,
  groups: dynamoGroupRepository,
  catalogs: cachedCatalogs,
  clock: systemClock,
};

export const handler = apiHandler(
  route,
  async ({ principal, tenant, correlationId, params, body, idempotencyKey }) => {
    const transfer = await transferCredit(deps, { principal, tenant, correlationId }, params.groupId, body, {
      name: route.operationId,
      key: idempotencyKey!,
      request: { params, body },
    });
    return created(transfer);
  },
);
