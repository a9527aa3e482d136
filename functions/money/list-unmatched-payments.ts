import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { dynamoPaymentRepository } from '#shared/money/dynamo-payments.ts';
import { listUnmatchedPayments } from '#shared/money/use-cases/list-unmatched-payments.ts';
import { listUnmatchedPayments as route } from './routes.ts';

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
