import { containerCache } from '../db/container-cache.ts';
import { dynamoMachineClientRepository } from './dynamo-machine-clients.ts';

/**
 * A machine client of the registry by its app client id, read on every request of a machine's
 * access token and cached per container like the tenant (`shared/db/container-cache.ts`): a
 * revocation reaches every container within TENANT_CACHE_SECONDS (default 60 s).
 */
export const cachedMachineClient = containerCache((clientId: string) =>
  dynamoMachineClientRepository.get(clientId),
);
