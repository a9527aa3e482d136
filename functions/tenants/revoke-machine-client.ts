import { apiHandler, noContent } from '#shared/handlers/api-handler.ts';
import { revokeMachineClient } from '#shared/tenants/use-cases/machine-clients.ts';
import { machineClientDeps } from '#wiring';
import { revokeMachineClient as route } from './routes.ts';

export const handler = apiHandler(route, async ({ principal, params }) => {
  await revokeMachineClient(machineClientDeps, principal, params.clientId);
  return noContent();
});
