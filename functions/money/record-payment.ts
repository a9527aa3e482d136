import { apiHandler, created, ok } from '#shared/handlers/api-handler.ts';
import { recordPayment } from '#shared/money/use-cases/record-payment.ts';
import { paymentDeps } from '#wiring';
import { recordPayment as route } from './routes/record-payment.ts';

export const handler = apiHandler(route, async ({ principal, tenant, correlationId, body }) => {
  const { payment, duplicate } = await recordPayment(paymentDeps, { principal, tenant, correlationId }, body);
  const location = `/v1/payments/${encodeURIComponent(payment.paymentId)}`;
  return duplicate ? ok(payment, { location }) : created(payment, location);
});
