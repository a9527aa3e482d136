import { dynamoGroupRepository } from '#shared/groups/dynamo.ts';
import { apiHandler, created, ok } from '#shared/handlers/api-handler.ts';
import { systemClock } from '#shared/kernel/clock.ts';
import { dynamoPaymentRepository } from '#shared/money/dynamo-payments.ts';
import { recordPayment } from '#shared/money/use-cases/record-payment.ts';
import { recordPayment as route } from './routes.ts';

const deps = { payments: dynamoPaymentRepository, groups: dynamoGroupRepository, clock: systemClock };

export const handler = apiHandler(route, async ({ principal, tenant, correlationId, body }) => {
  const { payment, duplicate } = await recordPayment(deps, { principal, tenant, correlationId }, body);
  const location = `/v1/payments/${encodeURIComponent(payment.paymentId)}`;
  return duplicate ? ok(payment, { location }) : created(payment, location);
});
