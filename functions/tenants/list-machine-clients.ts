import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { listMachineClients } from '#shared/tenants/use-cases/machine-clients.ts';
import { machineClientDeps } from '#wiring';
import { listMachineClients as route } from './routes.ts';
import { machineClientView } from './views.ts';

export const handler = apiHandler(route, async ({ principal, query }) => {
  const page = await listMachineClients(machineClientDeps, principal, query.limit, query.cursor);
  return ok({ ...page, items: page.items.map(machineClientView) });
});
