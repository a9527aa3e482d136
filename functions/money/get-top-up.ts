import { dynamoGroupRepository } from '#shared/groups/dynamo.ts';
import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { dynamoPaymentRepository } from '#shared/money/dynamo-payments.ts';
import { getTopUp } from '#shared/money/use-cases/get-top-up.ts';
import { getTopUp as route } from './routes.ts';

const deps = { groups: dynamoGroupRepository, payments: dynamoPaymentRepository };

export const handler = apiHandler(route, async ({ principal, tenant, params }) =>
  ok(await getTopUp(deps, { principal, tenant }, params.groupId, params.msisdn, params.topUpId)),
);
