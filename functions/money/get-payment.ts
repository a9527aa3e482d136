import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { getPayment } from '#shared/money/use-cases/get-payment.ts';
import { paymentDeps } from '#wiring';
import { getPayment as route } from './routes/get-payment.ts';

export const handler = apiHandler(route, async ({ principal, tenant, params }) =>
  ok(await getPayment(paymentDeps, { principal, tenant }, params.paymentId)),
);
