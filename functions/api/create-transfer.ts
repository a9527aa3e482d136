import { systemClock } from '#shared/clock.ts';
import { cachedCatalogs } from '#shared/db/catalog-repository.ts';
import { dynamoGroupRepository } from '#shared/db/group-repository.ts';
import { dynamoMoneyRepository } from '#shared/db/money-repository.ts';
import { apiHandler, created } from '#shared/http/api-handler.ts';
import { transferCredit } from '#shared/use-cases/money.ts';
import { createTransfer as route } from './routes/money.ts';

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
