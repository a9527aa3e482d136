import type { MachineClient } from '#shared/tenants/ports.ts';

/** A machine client as the API shows it: everything but its tenant (the caller's own). */
export function machineClientView(client: MachineClient) {
  const { tenantId: _tenantId, ...view } = client;
  return view;
}
