import { systemClock } from '#shared/clock.ts';
import { dynamoGroupRepository } from '#shared/db/group-repository.ts';
import { dynamoPaymentRepository } from '#shared/db/payment-repository.ts';
import { apiHandler, created, ok } from '#shared/http/api-handler.ts';
import { recordPayment } from '#shared/use-cases/money-payments.ts';
import { recordPayment as route } from './routes/money.ts';

const deps = { payments: dynamoPaymentRepository, groups: dynamoGroupRepository, clock: systemClock };

export const handler = apiHandler(route, async ({ principal, tenant, correlationId, body }) => {
  const { payment, duplicate } = await recordPayment(deps, { principal, tenant, correlationId }, body);
  const location = `/v1/payments/${encodeURIComponent(payment.paymentId)}`;
  return duplicate ? ok(payment, { location }) : created(payment, location);
});
