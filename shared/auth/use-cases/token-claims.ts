import { CLAIMS } from '../../handlers/principal.ts';
import { toPathForm } from '../../kernel/phone.ts';
import { parseStaffUsername, parseUsername } from '../domain.ts';
import type { TokenClaimsDeps } from '../ports.ts';
import { credentialIdOf } from './sign-in.ts';

/** The user pool must not issue this token: the trigger fails, so the user pool issues none. */
export class TokenRefused extends Error {
  override readonly name = 'TokenRefused';
}

/**
 * What the pre-token-generation trigger puts in a person's ID token: `tenant_id`, `role`,
 * `group_id` and `msisdn` **from the table** (the number's owner, its group's admin, its sign-in
 * account), never from the user's attributes. Only under a grant the sign-in use case wrote just
 * before it asked (`sign-in.ts`): without one — a client calling the user pool itself, a refresh
 * token used outside `POST /v1/auth/refresh` — there is no token at all; under a grant without
 * claims (a PIN still due) the token carries none of ours, so the API refuses it.
 */
export async function tokenClaims(
  deps: TokenClaimsDeps,
  req: { username: string },
): Promise<Record<string, string>> {
  const staff = parseStaffUsername(req.username);
  if (staff) return staffClaims(deps, staff.tenantId, staff.staffId);
  const who = parseUsername(req.username);
  if (!who) throw new TokenRefused('not a username of ours');
  const { tenantId, msisdn } = who;
  const scope = await deps.signIn.takeGrant(tenantId, msisdn, deps.clock.now());
  if (!scope) throw new TokenRefused('no grant: tokens come only through the sign-in routes');
  if (scope === 'none') return {};

  const [tenant, owner, account] = await Promise.all([
    deps.tenant(tenantId),
    deps.groups.getNumber(tenantId, msisdn),
    deps.signIn.getAccount(tenantId, msisdn),
  ]);
  if (tenant?.status !== 'active') throw new TokenRefused('tenant not active');
  if (owner?.status !== 'active' || !account) throw new TokenRefused('not a member');
  const [member, group] = await Promise.all([
    deps.groups.getMember(tenantId, owner.groupId, msisdn),
    deps.groups.getGroup(tenantId, owner.groupId),
  ]);
  if (!member || !group || account.credentialId !== credentialIdOf(member)) {
    throw new TokenRefused('not a member under these credentials');
  }
  return {
    [CLAIMS.tenant]: tenantId,
    [CLAIMS.role]: group.adminMsisdn === msisdn ? 'admin' : 'member',
    [CLAIMS.group]: owner.groupId,
    [CLAIMS.msisdn]: toPathForm(msisdn),
  };
}

/**
 * A staff member's claims: `tenant_id`, `role` operator and `staff_id`, under the same grant rule,
 * while the registry holds the member active and their credentials exist.
 */
async function staffClaims(
  deps: TokenClaimsDeps,
  tenantId: string,
  staffId: string,
): Promise<Record<string, string>> {
  const scope = await deps.staffSignIn.takeGrant(tenantId, staffId, deps.clock.now());
  if (!scope) throw new TokenRefused('no grant: tokens come only through the sign-in routes');
  if (scope === 'none') return {};
  const [tenant, member, account] = await Promise.all([
    deps.tenant(tenantId),
    deps.registry.get(tenantId, staffId),
    deps.staffSignIn.getAccount(tenantId, staffId),
  ]);
  if (tenant?.status !== 'active') throw new TokenRefused('tenant not active');
  if (member?.status !== 'active' || !account) throw new TokenRefused('not an active member of the staff');
  return { [CLAIMS.tenant]: tenantId, [CLAIMS.role]: 'operator', [CLAIMS.staff]: staffId };
}
