import { dynamoGroupRepository } from '#shared/groups/dynamo.ts';
import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { systemClock } from '#shared/kernel/clock.ts';
import { dynamoPaymentRepository } from '#shared/money/dynamo-payments.ts';
import { putPaymentSettings } from '#shared/money/use-cases/put-payment-settings.ts';
import { putPaymentSettings as route } from './routes.ts';

const deps = { payments: dynamoPaymentRepository, groups: dynamoGroupRepository, clock: systemClock };

export const handler = apiHandler(route, async ({ principal, tenant, correlationId, params, body }) =>
  ok(await putPaymentSettings(deps, { principal, tenant, correlationId }, params.groupId, body)),
);
