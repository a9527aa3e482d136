import { config } from '../../kernel/config.ts';
import { tenantOfRequest } from '../domain.ts';
import type { SignInDeps, StaffSignInDeps } from '../ports.ts';
import {
  issue,
  membership,
  over,
  predatesPassword,
  refreshDigest,
  type SignInRequest,
  type SignInResult,
  sessionIssuedAt,
} from './sign-in.ts';
import { refreshStaff, type StaffSignInResult, staffOver } from './staff-sign-in.ts';

/**
 * A signed-in session: its refresh token gives new ID tokens while the credentials it was issued
 * to are still the number's (a member removed, or a new holder of the number, ends it) and its
 * password has not been recovered since; logging out ends it. All three check our session record,
 * so they hold where the user pool cannot sign a user out (the emulator).
 */
async function sessionOf(
  deps: SignInDeps,
  req: SignInRequest,
  named: string | undefined,
  refreshToken: string,
) {
  const tenantId = tenantOfRequest({
    runtime: config().RUNTIME,
    host: req.host,
    domain: config().TENANT_HOST_DOMAIN,
    named,
  });
  const tenant = tenantId ? await deps.tenant(tenantId) : undefined;
  if (!tenant) return undefined;
  const digest = refreshDigest(refreshToken);
  const session = await deps.signIn.getSession(tenant.tenantId, digest);
  return session ? { tenant, digest, session } : undefined;
}

/** `POST /v1/auth/refresh`. */
export async function refresh(
  deps: SignInDeps,
  staffDeps: StaffSignInDeps,
  req: SignInRequest,
  body: { tenant?: string; refreshToken: string },
): Promise<SignInResult | StaffSignInResult> {
  const found = await sessionOf(deps, req, body.tenant, body.refreshToken);
  if (found?.tenant.status !== 'active') throw over();
  const { tenant, digest, session } = found;
  if (session.staffId !== undefined) {
    // A staff member's session (the desk's sign-in): their registry entry and credentials decide.
    const renewed = await refreshStaff(staffDeps, tenant, session, body.refreshToken);
    if (renewed) return renewed;
    await end(deps, tenant.tenantId, digest, body.refreshToken);
    throw staffOver();
  }
  const s = await membership(deps, tenant, session.msisdn);
  if (
    !s ||
    s.account.credentialId !== session.credentialId ||
    predatesPassword(sessionIssuedAt(session), s.account.passwordSetAt) ||
    Date.parse(session.validUntil) <= deps.clock.now().getTime()
  ) {
    await end(deps, tenant.tenantId, digest, body.refreshToken);
    throw over();
  }
  const result = await issue(
    deps,
    s,
    () => deps.directory.refresh(s.username, body.refreshToken),
    body.refreshToken,
  );
  // The refresh token stays the client's; it is not sent back.
  if (result.status === 'signed-in') delete result.refreshToken;
  return result;
}

/** `POST /v1/auth/logout`: the session ends (an unknown token: nothing to end, the same answer). */
export async function logout(
  deps: SignInDeps,
  req: SignInRequest,
  body: { tenant?: string; refreshToken: string },
): Promise<void> {
  const found = await sessionOf(deps, req, body.tenant, body.refreshToken);
  if (found) await end(deps, found.tenant.tenantId, found.digest, body.refreshToken);
}

async function end(deps: SignInDeps, tenantId: string, digest: string, refreshToken: string): Promise<void> {
  await deps.signIn.deleteSession(tenantId, digest);
  await deps.directory.revoke(refreshToken);
}
