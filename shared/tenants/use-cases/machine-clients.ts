import type { Page } from '../../db/pagination.ts';
import type { MachineRole, TenantPrincipal } from '../../kernel/actor.ts';
import { NotFound } from '../../kernel/errors.ts';
import { message } from '../../kernel/messages.ts';
import { logger } from '../../kernel/observability.ts';
import type { IssuedCredentials, MachineClient, MachineClientDeps } from '../ports.ts';

/**
 * A new machine client of the operator's tenant: an app client of the user pool (client
 * credentials, its role's scope only), then its registry entry, which is what gives its tokens a
 * tenant and a role. The secret is answered here once and kept nowhere.
 */
export async function createMachineClient(
  deps: MachineClientDeps,
  by: TenantPrincipal,
  spec: { role: MachineRole; name: string },
): Promise<{ client: MachineClient; credentials: IssuedCredentials }> {
  const credentials = await deps.credentials.issue({ tenantId: by.tenantId, ...spec });
  const client: MachineClient = {
    clientId: credentials.clientId,
    tenantId: by.tenantId,
    role: spec.role,
    name: spec.name,
    createdAt: deps.clock.now().toISOString(),
    createdBy: by.subject,
    status: 'active',
  };
  try {
    await deps.machineClients.create(client);
  } catch (e) {
    // Unregistered, the app client's tokens are refused anyway; it is removed so none is left over.
    await deps.credentials.remove(client.clientId).catch((removal: unknown) => {
      logger.error('an unregistered machine app client could not be removed', {
        clientId: client.clientId,
        error: removal as Error,
      });
    });
    throw e;
  }
  return { client, credentials };
}

export function listMachineClients(
  deps: Pick<MachineClientDeps, 'machineClients'>,
  by: TenantPrincipal,
  limit: number,
  cursor?: string,
): Promise<Page<MachineClient>> {
  return deps.machineClients.list(by.tenantId, limit, cursor);
}

/**
 * Revokes one of the tenant's machine clients: revoked in the registry first (its tokens are
 * refused from then on, everywhere within the cache time), then its app client deleted so the pool
 * issues it no more tokens. Revoking a revoked client deletes the app client again and succeeds;
 * another tenant's client, or an unknown id, is not found.
 */
export async function revokeMachineClient(
  deps: MachineClientDeps,
  by: TenantPrincipal,
  clientId: string,
): Promise<void> {
  const client = await deps.machineClients.get(clientId);
  if (!client || client.tenantId !== by.tenantId) throw new NotFound(message('machine-client.not-found'));
  if (client.status === 'active') {
    await deps.machineClients.revoke(by.tenantId, clientId, deps.clock.now().toISOString(), by.subject);
  }
  await deps.credentials.remove(clientId);
}
