import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { assignPayment } from '#shared/money/use-cases/assign-payment.ts';
import { paymentDeps } from '#wiring';
import { assignPayment as route } from './routes/assign-payment.ts';

export const handler = apiHandler(route, async ({ principal, tenant, correlationId, params, body }) =>
  ok(await assignPayment(paymentDeps, { principal, tenant, correlationId }, params.paymentId, body), {}),
);
