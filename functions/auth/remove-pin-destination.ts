import { removePinDestination } from '#shared/auth/use-cases/pin-destination.ts';
import { apiHandler, noContent } from '#shared/handlers/api-handler.ts';
import { pinDestinationDeps } from '#wiring';
import { removePinDestination as route } from './routes/remove-pin-destination.ts';

export const handler = apiHandler(route, async ({ principal, tenant, params }) => {
  await removePinDestination(pinDestinationDeps, { principal, tenant }, params.groupId, params.msisdn);
  return noContent();
});
