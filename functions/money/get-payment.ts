import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { dynamoPaymentRepository } from '#shared/money/dynamo-payments.ts';
import { getPayment } from '#shared/money/use-cases/get-payment.ts';
import { getPayment as route } from './routes.ts';

export const handler = apiHandler(route, async ({ principal, tenant, params }) =>
  ok(await getPayment({ payments: dynamoPaymentRepository }, { principal, tenant }, params.paymentId)),
);
