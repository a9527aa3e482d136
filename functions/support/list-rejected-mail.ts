import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { listRejectedMail } from '#shared/support/use-cases/receive-inbound-email.ts';
import { supportDeps } from '#wiring';
import { listRejectedMail as route } from './routes/list-rejected-mail.ts';

export const handler = apiHandler(route, async ({ principal, tenant, query }) =>
  ok(await listRejectedMail(supportDeps, { principal, tenant }, query.date, query.limit, query.cursor)),
);
