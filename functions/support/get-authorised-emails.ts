import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { readAuthorisedEmails } from '#shared/support/use-cases/authorised-emails.ts';
import { supportDeps } from '#wiring';
import { getAuthorisedEmails as route } from './routes/get-authorised-emails.ts';

export const handler = apiHandler(route, async ({ principal, tenant, params }) =>
  ok(await readAuthorisedEmails(supportDeps, { principal, tenant }, params.groupId)),
);
