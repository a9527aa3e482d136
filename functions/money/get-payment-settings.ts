import { dynamoGroupRepository } from '#shared/groups/dynamo.ts';
import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { dynamoPaymentRepository } from '#shared/money/dynamo-payments.ts';
import { getPaymentSettings } from '#shared/money/use-cases/get-payment-settings.ts';
import { getPaymentSettings as route } from './routes.ts';

const deps = { payments: dynamoPaymentRepository, groups: dynamoGroupRepository };

export const handler = apiHandler(route, async ({ principal, tenant, params }) =>
  ok(await getPaymentSettings(deps, { principal, tenant }, params.groupId)),
);
