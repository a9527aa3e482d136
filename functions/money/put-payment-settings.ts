import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { putPaymentSettings } from '#shared/money/use-cases/put-payment-settings.ts';
import { paymentDeps } from '#wiring';
import { putPaymentSettings as route } from './routes/put-payment-settings.ts';

export const handler = apiHandler(route, async ({ principal, tenant, correlationId, params, body }) =>
  ok(await putPaymentSettings(paymentDeps, { principal, tenant, correlationId }, params.groupId, body)),
);
