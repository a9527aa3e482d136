import { setPinDestination } from '#shared/auth/use-cases/pin-destination.ts';
import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { pinDestinationDeps } from '#wiring';
import { setPinDestination as route } from './routes/set-pin-destination.ts';

export const handler = apiHandler(route, async ({ principal, tenant, params, body }) =>
  ok(await setPinDestination(pinDestinationDeps, { principal, tenant }, params.groupId, params.msisdn, body)),
);
