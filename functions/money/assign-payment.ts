import { dynamoGroupRepository } from '#shared/groups/dynamo.ts';
import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { systemClock } from '#shared/kernel/clock.ts';
import { dynamoPaymentRepository } from '#shared/money/dynamo-payments.ts';
import { assignPayment } from '#shared/money/use-cases/assign-payment.ts';
import { assignPayment as route } from './routes.ts';

const deps = { payments: dynamoPaymentRepository, groups: dynamoGroupRepository, clock: systemClock };

export const handler = apiHandler(route, async ({ principal, tenant, correlationId, params, body }) =>
  ok(await assignPayment(deps, { principal, tenant, correlationId }, params.paymentId, body), {}),
);
