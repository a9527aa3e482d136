import { dynamoGroupRepository } from '#shared/db/group-repository.ts';
import { dynamoPaymentRepository } from '#shared/db/payment-repository.ts';
import { apiHandler, ok } from '#shared/http/api-handler.ts';
import { getTopUp } from '#shared/use-cases/money-top-ups.ts';
import { getTopUp as route } from './routes/money.ts';

const deps = { groups: dynamoGroupRepository, payments: dynamoPaymentRepository };

export const handler = apiHandler(route, async ({ principal, tenant, params }) =>
  ok(await getTopUp(deps, { principal, tenant }, params.groupId, params.msisdn, params.topUpId)),
);
