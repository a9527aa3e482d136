import type { MachineClient, StaffMember } from '#shared/tenants/ports.ts';

/** A machine client as the API shows it: everything but its tenant (the caller's own). */
export function machineClientView(client: MachineClient) {
  const { tenantId: _tenantId, ...view } = client;
  return view;
}

/** A staff member as the API shows them: everything but the tenant (the caller's own). */
export function staffMemberView(member: StaffMember) {
  const { tenantId: _tenantId, ...view } = member;
  return view;
}
