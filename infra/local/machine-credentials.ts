import { randomBytes } from 'node:crypto';
import { logger } from '../../shared/kernel/observability.ts';
import type { MachineCredentialIssuer } from '../../shared/tenants/ports.ts';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
const randomText = (length: number): string =>
  Array.from(randomBytes(length), (b) => ALPHABET[b % ALPHABET.length]).join('');

/**
 * Machine clients locally: cognito-local has no OAuth2 token endpoint, so no machine can sign in
 * with client credentials here. This stands in for the pool's app clients so that creating,
 * listing and revoking machine clients runs (and is seen) locally: an id shaped like the pool's
 * and a fresh secret, answered once, both kept in memory only. Local machines use the local token
 * command (`npm run cli -- token --role mediation --tenant ID`).
 */
export function localMachineCredentials(): MachineCredentialIssuer & { issued: ReadonlySet<string> } {
  const issued = new Set<string>();
  return {
    issued,
    async issue({ tenantId, role }) {
      const clientId = randomText(26);
      issued.add(clientId);
      logger.info('local machine client created (no token endpoint locally: use npm run cli -- token)', {
        tenantId,
        role,
        clientId,
      });
      return { clientId, clientSecret: randomBytes(38).toString('base64url') };
    },
    async remove(clientId) {
      issued.delete(clientId);
    },
  };
}
