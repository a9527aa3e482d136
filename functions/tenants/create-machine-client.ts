import { apiHandler, created } from '#shared/handlers/api-handler.ts';
import { machineScope } from '#shared/kernel/actor.ts';
import { createMachineClient } from '#shared/tenants/use-cases/machine-clients.ts';
import { machineClientDeps } from '#wiring';
import { createMachineClient as route } from './routes.ts';
import { machineClientView } from './views.ts';

export const handler = apiHandler(route, async ({ body, principal }) => {
  const { client, credentials } = await createMachineClient(machineClientDeps, principal, body);
  return created(
    {
      client: machineClientView(client),
      clientSecret: credentials.clientSecret,
      scope: machineScope(client.role),
    },
    `/v1/machine-clients/${client.clientId}`,
  );
});
