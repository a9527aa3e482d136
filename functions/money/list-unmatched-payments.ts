import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { listUnmatchedPayments } from '#shared/money/use-cases/list-unmatched-payments.ts';
import { paymentDeps } from '#wiring';
import { listUnmatchedPayments as route } from './routes/list-unmatched-payments.ts';

export const handler = apiHandler(route, async ({ principal, tenant, query }) =>
  ok(await listUnmatchedPayments(paymentDeps, { principal, tenant }, query.limit, query.cursor)),
);
