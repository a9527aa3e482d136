import * as z from 'zod';
import { isMachineRole, machineScope, type Principal, ROLES, type TenantPrincipal } from '../kernel/actor.ts';
import { Unauthenticated } from '../kernel/errors.ts';
import { message } from '../kernel/messages.ts';
import { logger } from '../kernel/observability.ts';
import type { MachineClient, StaffMember } from '../tenants/ports.ts';

/**
 * Token claims. On AWS the HttpApi JWT authorizer (Cognito) has verified the token and passes
 * the claims as strings; locally `infra/local/http-server.ts` verifies the token the same way.
 */
export const CLAIMS = {
  tenant: 'tenant_id',
  role: 'role',
  group: 'group_id',
  msisdn: 'msisdn',
  /** An operator signed in through the desk's sign-in: the staff member of the registry. */
  staff: 'staff_id',
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
  [CLAIMS.staff]: z
    .string()
    .regex(/^[0-9A-Z]{26}$/)
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
  staffMembers: StaffMemberLookup = async () => undefined,
): Promise<Principal> {
  if (claims?.token_use === 'access') return machinePrincipal(claims, machineClients);
  const principal = principalFromClaims(claims);
  if (principal.role === 'operator' && claims?.token_use === 'id')
    await checkStaff(principal as TenantPrincipal, staffMembers);
  return principal;
}

/** The registry's staff member of `<tenantId>#<staffId>` (cached per container in the API). */
export type StaffMemberLookup = (key: string) => Promise<StaffMember | undefined>;

/**
 * An operator's ID token is a staff member's (the desk's sign-in): it is good while the registry
 * holds that member active in the token's tenant, so a disabled member's tokens are refused before
 * they expire (within the cache time). A local token of the CLI (no `token_use`) names no member.
 */
async function checkStaff(principal: TenantPrincipal, staffMembers: StaffMemberLookup) {
  const staffId = principal.staffId;
  const member = staffId ? await staffMembers(`${principal.tenantId}#${staffId}`) : undefined;
  if (member?.status !== 'active' || member.tenantId !== principal.tenantId) {
    logger.info('staff token refused', { reason: member ? 'disabled member' : 'no such member' });
    throw new Unauthenticated(message('token.invalid-principal'));
  }
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
  const staffId = role === 'operator' ? c[CLAIMS.staff] : undefined;
  if ((role === 'admin' || role === 'member') && (!groupId || !msisdn)) {
    throw new Unauthenticated(message('token.subscriber-incomplete'));
  }
  return {
    role,
    // A staff member is named by the registry (audit entries, `createdBy`), not by the pool's `sub`.
    subject: staffId ?? c.sub,
    tenantId,
    ...(groupId ? { groupId } : {}),
    ...(msisdn ? { msisdn } : {}),
    ...(staffId ? { staffId } : {}),
  };
}
