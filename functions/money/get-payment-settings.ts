import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { getPaymentSettings } from '#shared/money/use-cases/get-payment-settings.ts';
import { paymentDeps } from '#wiring';
import { getPaymentSettings as route } from './routes/get-payment-settings.ts';

export const handler = apiHandler(route, async ({ principal, tenant, params }) =>
  ok(await getPaymentSettings(paymentDeps, { principal, tenant }, params.groupId)),
);
