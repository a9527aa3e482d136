import { tenantOfRequest } from '#shared/auth/domain.ts';
import { publicQuote } from '#shared/groups/use-cases/public-quote.ts';
import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { requestHost } from '#shared/handlers/request-host.ts';
import { config } from '#shared/kernel/config.ts';
import { NotFound } from '#shared/kernel/errors.ts';
import { publicQuoteDeps } from '#wiring';
import { publicQuote as route } from './routes/public-quote.ts';

/** On AWS the request's host names the operator; locally the `tenant` parameter does. */
export const handler = apiHandler(route, async ({ headers, query }) => {
  const tenantId = tenantOfRequest({
    runtime: config().RUNTIME,
    host: requestHost(headers),
    domain: config().TENANT_HOST_DOMAIN,
    named: query.tenant,
  });
  if (!tenantId) throw new NotFound('no such operator');
  return ok(await publicQuote(publicQuoteDeps, tenantId, query.from, query.to));
});
