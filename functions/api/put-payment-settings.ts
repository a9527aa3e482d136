import { systemClock } from '#shared/clock.ts';
import { dynamoGroupRepository } from '#shared/db/group-repository.ts';
import { dynamoPaymentRepository } from '#shared/db/payment-repository.ts';
import { apiHandler, ok } from '#shared/http/api-handler.ts';
import { putPaymentSettings } from '#shared/use-cases/money-payments.ts';
import { putPaymentSettings as route } from './routes/money.ts';

const deps = { payments: dynamoPaymentRepository, groups: dynamoGroupRepository, clock: systemClock };

export const handler = apiHandler(route, async ({ principal, tenant, correlationId, params, body }) =>
  ok(await putPaymentSettings(deps, { principal, tenant, correlationId }, params.groupId, body)),
);
