import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { replaceAuthorisedEmails } from '#shared/support/use-cases/authorised-emails.ts';
import { supportDeps } from '#wiring';
import { putAuthorisedEmails as route } from './routes/put-authorised-emails.ts';

export const handler = apiHandler(route, async ({ principal, tenant, params, body }) =>
  ok(await replaceAuthorisedEmails(supportDeps, { principal, tenant }, params.groupId, body.emails)),
);
