import * as z from 'zod';
import { isMachineRole, machineScope, type Principal, ROLES } from '../kernel/actor.ts';
import { Unauthenticated } from '../kernel/errors.ts';
import { message } from '../kernel/messages.ts';
import { logger } from '../kernel/observability.ts';
import type { MachineClient } from '../tenants/ports.ts';

/**
 * Token claims. On AWS the HttpApi JWT authorizer (Cognito) has verified the token and passes
 * the claims as strings; locally `infra/local/http-server.ts` verifies the token the same way.
 */
export const CLAIMS = {
  tenant: 'tenant_id',
  role: 'role',
  group: 'group_id',
  msisdn: 'msisdn',
} as const;

const id = z.string().regex(/^[a-z0-9][a-z0-9-]{1,39}$/);

const claimsSchema = z.object({
  sub: z.string().min(1),
  [CLAIMS.role]: z.enum(ROLES),
  [CLAIMS.tenant]: id.optional(),
  [CLAIMS.group]: z.string().min(1).optional(),
  [CLAIMS.msisdn]: z
    .string()
    .regex(/^\d{8,15}$/)
    .optional(),
});

/** The registry's machine client of an app client id (cached per container in the API). */
export type MachineClientLookup = (clientId: string) => Promise<MachineClient | undefined>;

/**
 * The principal of a verified token. A user pool token names its use: a person's principal is in
 * its ID token (the claims our pre-token-generation trigger wrote from the table), a machine's is
 * the registry's entry of the app client its access token names (client credentials). Local tokens
 * (`npm run cli -- token`) carry no `token_use` and name their principal as an ID token does.
 */
export async function resolvePrincipal(
  claims: Record<string, unknown> | undefined,
  machineClients: MachineClientLookup,
): Promise<Principal> {
  if (claims?.token_use === 'access') return machinePrincipal(claims, machineClients);
  return principalFromClaims(claims);
}

const clientIdSchema = z.string().regex(/^[A-Za-z0-9]{1,128}$/);

/**
 * A machine's access token: its tenant and role are those the registry holds for its `client_id`,
 * never claims of the token; an unknown or revoked client, or a token without the scope of the
 * client's role, is refused with the same answer as any other bad token.
 */
async function machinePrincipal(
  claims: Record<string, unknown>,
  machineClients: MachineClientLookup,
): Promise<Principal> {
  const refused = (reason: string): never => {
    logger.info('machine token refused', { reason, client_id: String(claims.client_id ?? '') });
    throw new Unauthenticated(message('token.invalid-principal'));
  };
  const clientId = clientIdSchema.safeParse(claims.client_id);
  if (!clientId.success) return refused('no client id');
  const client = await machineClients(clientId.data);
  if (!client) return refused('unknown client');
  if (client.status !== 'active') return refused('revoked client');
  const scopes = typeof claims.scope === 'string' ? claims.scope.split(' ') : [];
  if (!scopes.includes(machineScope(client.role))) return refused('scope of another role');
  return { role: client.role, subject: client.clientId, tenantId: client.tenantId };
}

/** A person's ID token, or a local token. */
export function principalFromClaims(claims: Record<string, unknown> | undefined): Principal {
  // Any other token of the pool (a person's access token, say) is not the API's; an ID token never
  // names a machine.
  const use = claims?.token_use;
  if (use !== undefined && (use !== 'id' || isMachineRole(String(claims?.[CLAIMS.role])))) {
    throw new Unauthenticated(message('token.not-for-api'));
  }
  const parsed = claimsSchema.safeParse(claims ?? {});
  if (!parsed.success) throw new Unauthenticated(message('token.invalid-principal'));
  const c = parsed.data;
  const role = c[CLAIMS.role];
  if (role === 'platform') return { role, subject: c.sub };
  const tenantId = c[CLAIMS.tenant];
  if (!tenantId) throw new Unauthenticated(message('token.no-tenant'));
  const groupId = c[CLAIMS.group];
  const msisdn = c[CLAIMS.msisdn];
  if ((role === 'admin' || role === 'member') && (!groupId || !msisdn)) {
    throw new Unauthenticated(message('token.subscriber-incomplete'));
  }
  return {
    role,
    subject: c.sub,
    tenantId,
    ...(groupId ? { groupId } : {}),
    ...(msisdn ? { msisdn } : {}),
  };
}
