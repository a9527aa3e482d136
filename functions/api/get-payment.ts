import { dynamoPaymentRepository } from '#shared/db/payment-repository.ts';
import { apiHandler, ok } from '#shared/http/api-handler.ts';
import { getPayment } from '#shared/use-cases/money-payments.ts';
import { getPayment as route } from './routes/money.ts';

export const handler = apiHandler(route, async ({ principal, tenant, params }) =>
  ok(await getPayment({ payments: dynamoPaymentRepository }, { principal, tenant }, params.paymentId)),
);
