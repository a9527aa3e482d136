import { dynamoGroupRepository } from '#shared/db/group-repository.ts';
import { dynamoPaymentRepository } from '#shared/db/payment-repository.ts';
import { apiHandler, ok } from '#shared/http/api-handler.ts';
import { getPaymentSettings } from '#shared/use-cases/money-payments.ts';
import { getPaymentSettings as route } from './routes/money.ts';

const deps = { payments: dynamoPaymentRepository, groups: dynamoGroupRepository };

export const handler = apiHandler(route, async ({ principal, tenant, params }) =>
  ok(await getPaymentSettings(deps, { principal, tenant }, params.groupId)),
);
