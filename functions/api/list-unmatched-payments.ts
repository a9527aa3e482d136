import { dynamoPaymentRepository } from '#shared/db/payment-repository.ts';
import { apiHandler, ok } from '#shared/http/api-handler.ts';
import { listUnmatchedPayments } from '#shared/use-cases/money-payments.ts';
import { listUnmatchedPayments as route } from './routes/money.ts';

export const handler = apiHandler(route, async ({ principal, tenant, query }) =>
  ok(
    await listUnmatchedPayments(
      { payments: dynamoPaymentRepository },
      { principal, tenant },
      query.limit,
      query.cursor,
    ),
  ),
);
