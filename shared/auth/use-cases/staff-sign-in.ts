import type { TenantPrincipal } from '../../kernel/actor.ts';
import { config } from '../../kernel/config.ts';
import {
  Conflict,
  Forbidden,
  fieldIssue,
  InvalidInput,
  NotFound,
  TooManyRequests,
  Unauthenticated,
} from '../../kernel/errors.ts';
import { message } from '../../kernel/messages.ts';
import { logger } from '../../kernel/observability.ts';
import type { Tenant } from '../../kernel/tenant.ts';
import { deliverOnce } from '../../notifications/delivery.ts';
import type { StaffMember } from '../../tenants/ports.ts';
import {
  ATTEMPT_VALID_SECONDS,
  attemptIdOf,
  initialPassword,
  judgePin,
  MAX_PIN_SENDS_PER_HOUR,
  maskEmail,
  newAttemptSecret,
  newPin,
  nextSendAt,
  PIN_VALID_SECONDS,
  passwordIssues,
  pinDigest,
  pinSendsInWindow,
  type StaffChallengeAnswer,
  type StaffLoginInput,
  sameDigest,
  staffCredentialOf,
  staffUsernameOf,
  tenantOfRequest,
} from '../domain.ts';
import {
  type AttemptNext,
  type DirectoryAnswer,
  type IssuedTokens,
  SignInChanged,
  type SignInSession,
  type StaffSignInAccount,
  type StaffSignInAttempt,
  type StaffSignInDeps,
} from '../ports.ts';
import { seal, signInSecret, unseal } from '../secrets.ts';
import { signInMessage } from '../sms.ts';
import type { ProvisionOutcome } from './provision-number.ts';
import {
  GRANT_SECONDS,
  predatesPassword,
  refreshDigest,
  SESSION_DAYS,
  type SignInRequest,
  sessionIssuedAt,
} from './sign-in.ts';

/**
 * The sign-in of the operator's staff to the desk: the e-mail address the registry holds and the
 * password, then always a code by e-mail (staff see every customer's products: a password alone
 * is never enough), then at the first sign-in, or after a colleague's reset, a new password. The
 * user pool checks the password and issues the tokens; the code, its limits and the claims are
 * ours, as for the numbers (`sign-in.ts`): 6 digits, valid 5 minutes, used once, the fifth wrong
 * one ends the attempt, at most 5 codes per member per hour. Every refusal before the password is
 * verified is the same 401 `staff-sign-in.failed`, whatever the address.
 */

export type StaffSignInResult =
  | { status: 'signed-in'; token: string; refreshToken?: string; expiresIn: number; tokenType: 'Bearer' }
  | {
      status: 'challenge';
      challenge: 'EMAIL_CODE' | 'NEW_PASSWORD';
      session: string;
      destination?: string;
      codeValidUntil?: string;
    };

const failed = () => new Unauthenticated(message('staff-sign-in.failed'));
export const staffOver = () => new Unauthenticated(message('staff-sign-in.attempt-over'));
const over = staffOver;

interface StaffUser {
  tenant: Tenant;
  member: StaffMember;
  account: StaffSignInAccount;
  username: string;
}

const initialPasswordOf = (credentialId: string, username: string) =>
  initialPassword(signInSecret('initial-password'), credentialId, username);

async function tenantOf(deps: StaffSignInDeps, req: SignInRequest, named: string | undefined) {
  const tenantId = tenantOfRequest({
    runtime: config().RUNTIME,
    host: req.host,
    domain: config().TENANT_HOST_DOMAIN,
    named,
  });
  const tenant = tenantId ? await deps.tenant(tenantId) : undefined;
  return tenant?.status === 'active' ? tenant : undefined;
}

/** The active staff member `staffId` of `tenant` and their credentials; `undefined` otherwise. */
async function staffUser(deps: StaffSignInDeps, tenant: Tenant, staffId: string) {
  const [member, account] = await Promise.all([
    deps.registry.get(tenant.tenantId, staffId),
    deps.staffSignIn.getAccount(tenant.tenantId, staffId),
  ]);
  if (member?.status !== 'active' || !account) return undefined;
  return { tenant, member, account, username: staffUsernameOf(tenant.tenantId, staffId) } satisfies StaffUser;
}

// ----- the credentials ----------------------------------------------------------------------------

/**
 * Brings the user pool in line with the registry for one staff member, whichever change was
 * announced, so a redelivered or late event does no harm: a member not active is disabled and
 * signed out; an active member without credentials gets them, with an initial password derived
 * from them (a redelivery sets the same one), e-mailed once in the member's language.
 */
export async function provisionStaff(
  deps: StaffSignInDeps,
  tenantId: string,
  staffId: string,
): Promise<ProvisionOutcome> {
  const username = staffUsernameOf(tenantId, staffId);
  const member = await deps.registry.get(tenantId, staffId);
  if (member?.status !== 'active') {
    await deps.directory.disable(username);
    return 'disabled';
  }
  let account = await deps.staffSignIn.getAccount(tenantId, staffId);
  let outcome: ProvisionOutcome = 'unchanged';
  if (!account) {
    const credentialId = staffCredentialOf(staffId, 0);
    await deps.directory.provision({
      username,
      temporaryPassword: initialPasswordOf(credentialId, username),
    });
    const next: StaffSignInAccount = {
      tenantId,
      staffId,
      credentialId,
      resets: 0,
      initialPasswordPending: true,
      codeSends: [],
      updatedAt: deps.clock.now().toISOString(),
      version: 1,
    };
    try {
      await deps.staffSignIn.putAccount(next, 0);
      account = next;
      outcome = 'provisioned';
    } catch (e) {
      // A redelivery made them at the same time: the same credentials.
      if (!(e instanceof SignInChanged)) throw e;
      account = (await deps.staffSignIn.getAccount(tenantId, staffId))!;
    }
  }
  if (account.initialPasswordPending) await sendInitialPassword(deps, member, account);
  return outcome;
}

/** The initial password of `account`'s credentials to the member's address, once per credentials. */
function sendInitialPassword(deps: StaffSignInDeps, member: StaffMember, account: StaffSignInAccount) {
  const username = staffUsernameOf(member.tenantId, member.staffId);
  return deliverOnce(
    { log: deps.sent, notifier: deps.notifier, clock: deps.clock, leaseSeconds: deps.leaseSeconds },
    `staff-initial-password:${account.credentialId}`,
    signInMessage(
      member.tenantId,
      { channel: 'email', to: member.email },
      'staff-initial-password',
      member.language,
      { password: initialPasswordOf(account.credentialId, username) },
    ),
  );
}

export interface StaffPasswordResetView {
  staffId: string;
  resetAt: string;
  /** Where the new initial password went (masked). */
  sentTo: string;
}

/**
 * A colleague resets a staff member's password (the staff's recovery: the desk is no self-care):
 * new credentials with a new initial password, e-mailed to the member's address; every session
 * and sign-in attempt of the old ones ends, and the next sign-in asks for the code and a new
 * password, as the first did.
 */
export async function resetStaffPassword(
  deps: StaffSignInDeps,
  by: TenantPrincipal,
  staffId: string,
): Promise<StaffPasswordResetView> {
  const member = await deps.registry.get(by.tenantId, staffId);
  if (!member) throw new NotFound(message('staff.not-found'));
  if (member.status !== 'active') throw new Conflict(message('staff.disabled'));
  const username = staffUsernameOf(by.tenantId, staffId);
  for (let attempt = 0; ; attempt++) {
    const account = await deps.staffSignIn.getAccount(by.tenantId, staffId);
    if (!account) throw new Conflict(message('staff-sign-in.no-account-yet'));
    const at = deps.clock.now().toISOString();
    const resets = account.resets + 1;
    const next: StaffSignInAccount = {
      ...account,
      resets,
      credentialId: staffCredentialOf(staffId, resets),
      initialPasswordPending: true,
      passwordSetAt: at,
      updatedAt: at,
      version: account.version + 1,
    };
    try {
      await deps.staffSignIn.putAccount(next, account.version);
    } catch (e) {
      if (e instanceof SignInChanged && attempt < 5) continue;
      throw e;
    }
    // Enabled with the new initial password; every earlier session is signed out.
    await deps.directory.provision({
      username,
      temporaryPassword: initialPasswordOf(next.credentialId, username),
    });
    await sendInitialPassword(deps, member, next);
    logger.info('staff password reset', {
      audit: 'staff-password-reset',
      tenantId: by.tenantId,
      staffId,
      by: by.subject,
    });
    return { staffId, resetAt: at, sentTo: maskEmail(member.email) };
  }
}

// ----- sign-in ------------------------------------------------------------------------------------

/** `POST /v1/auth/staff/login`. */
export async function staffLogin(
  deps: StaffSignInDeps,
  req: SignInRequest,
  body: StaffLoginInput,
): Promise<StaffSignInResult> {
  const tenant = await tenantOf(deps, req, body.tenant);
  const found = tenant
    ? await deps.registry.byEmail(tenant.tenantId, body.email.trim().toLowerCase())
    : undefined;
  const user = found && tenant ? await staffUser(deps, tenant, found.staffId) : undefined;
  if (!user) throw failed();
  const t = user.tenant.tenantId;
  const staffId = user.member.staffId;
  // No token of the pool carries claims before the code: the grant of this call is for none.
  await deps.staffSignIn.grant(t, staffId, 'none', grantUntil(deps));
  const answer = await deps.directory.signIn(user.username, body.password);
  await deps.staffSignIn.takeGrant(t, staffId, deps.clock.now());
  if (answer.kind === 'refused') {
    logger.info('staff sign-in refused by the user pool', { reason: answer.reason });
    throw failed();
  }
  if (answer.kind === 'new-password-required') {
    // The emulator asks for a new password without checking the initial one: it is checked here.
    const expected = initialPasswordOf(user.account.credentialId, user.username);
    if (!user.account.initialPasswordPending || !sameDigest(expected, body.password)) throw failed();
    return startCode(deps, user, 'new-password', answer.session);
  }
  if (!answer.tokens.refreshToken) throw new Error('the user pool issued no refresh token');
  return startCode(deps, user, 'tokens', answer.tokens.refreshToken);
}

const grantUntil = (deps: Pick<StaffSignInDeps, 'clock'>) =>
  new Date(deps.clock.now().getTime() + GRANT_SECONDS * 1000);

/** Counts a code's e-mail on the member's credentials (at most 5 an hour), then sends it. */
async function sendCode(deps: StaffSignInDeps, user: StaffUser, attemptId: string) {
  const now = deps.clock.now();
  for (let attempt = 0; ; attempt++) {
    const account =
      attempt === 0
        ? user.account
        : await deps.staffSignIn.getAccount(user.tenant.tenantId, user.member.staffId);
    if (!account) throw over();
    const recent = pinSendsInWindow(account.codeSends, now);
    if (recent.length >= MAX_PIN_SENDS_PER_HOUR) {
      const next = nextSendAt(recent);
      throw new TooManyRequests(message('staff-sign-in.code-limit'), {
        ...(next ? { retryAfterSeconds: Math.ceil((next.getTime() - now.getTime()) / 1000) } : {}),
      });
    }
    try {
      await deps.staffSignIn.putAccount(
        {
          ...account,
          codeSends: [...recent, now.toISOString()],
          updatedAt: now.toISOString(),
          version: account.version + 1,
        },
        account.version,
      );
      break;
    } catch (e) {
      if (!(e instanceof SignInChanged) || attempt >= 5) throw e;
    }
  }
  const code = newPin();
  await deps.notifier.send(
    signInMessage(
      user.tenant.tenantId,
      { channel: 'email', to: user.member.email },
      'staff-sign-in-code',
      user.member.language,
      {
        pin: code,
        minutes: PIN_VALID_SECONDS / 60,
      },
    ),
  );
  return {
    digest: pinDigest(signInSecret('pin'), attemptId, code),
    validUntil: new Date(now.getTime() + PIN_VALID_SECONDS * 1000).toISOString(),
  };
}

async function startCode(
  deps: StaffSignInDeps,
  user: StaffUser,
  next: AttemptNext,
  secretPart: string,
): Promise<StaffSignInResult> {
  const secret = newAttemptSecret();
  const attemptId = attemptIdOf(secret);
  let code: Awaited<ReturnType<typeof sendCode>>;
  try {
    code = await sendCode(deps, user, attemptId);
  } catch (e) {
    if (next === 'tokens') await deps.directory.revoke(secretPart).catch(() => undefined);
    throw e;
  }
  const now = deps.clock.now();
  await deps.staffSignIn.createAttempt({
    tenantId: user.tenant.tenantId,
    attemptId,
    staffId: user.member.staffId,
    credentialId: user.account.credentialId,
    state: 'pin',
    next,
    pinDigest: code.digest,
    pinExpiresAt: code.validUntil,
    failures: 0,
    sealed: seal(secretPart, attemptId),
    validUntil: new Date(now.getTime() + ATTEMPT_VALID_SECONDS * 1000).toISOString(),
    version: 1,
  });
  return {
    status: 'challenge',
    challenge: 'EMAIL_CODE',
    session: secret,
    destination: maskEmail(user.member.email),
    codeValidUntil: code.validUntil,
  };
}

/** `POST /v1/auth/staff/challenge`: the e-mailed code, a new password, or a resend. */
export async function answerStaffChallenge(
  deps: StaffSignInDeps,
  req: SignInRequest,
  body: StaffChallengeAnswer,
): Promise<StaffSignInResult> {
  const given = [body.code, body.newPassword, body.resend].filter((v) => v !== undefined).length;
  if (given !== 1) {
    throw new InvalidInput(
      ['code', 'newPassword', 'resend'].map((f) =>
        fieldIssue(`body.${f}`, message('staff-sign-in.one-answer')),
      ),
    );
  }
  const tenant = await tenantOf(deps, req, body.tenant);
  if (!tenant) throw over();
  const attempt = await deps.staffSignIn.getAttempt(tenant.tenantId, attemptIdOf(body.session));
  const now = deps.clock.now();
  if (
    !attempt ||
    attempt.state === 'done' ||
    attempt.state === 'ended' ||
    Date.parse(attempt.validUntil) <= now.getTime()
  ) {
    throw over();
  }
  // Still an active member, under the credentials the attempt started with (reset meanwhile: over).
  const user = await staffUser(deps, tenant, attempt.staffId);
  if (!user || user.account.credentialId !== attempt.credentialId) throw over();

  if (body.resend) {
    if (attempt.state !== 'pin') throw stepRefused('newPassword');
    const code = await sendCode(deps, user, attempt.attemptId);
    await save(deps, { ...attempt, pinDigest: code.digest, pinExpiresAt: code.validUntil }, attempt);
    return {
      status: 'challenge',
      challenge: 'EMAIL_CODE',
      session: body.session,
      destination: maskEmail(user.member.email),
      codeValidUntil: code.validUntil,
    };
  }
  if (body.code !== undefined) return checkCode(deps, user, attempt, body.code, body.session);
  return newPassword(deps, user, attempt, body.newPassword!);
}

const stepRefused = (step: string) => new Forbidden(message('sign-in.step', { step }));

async function save(
  deps: StaffSignInDeps,
  next: StaffSignInAttempt,
  from: StaffSignInAttempt,
): Promise<void> {
  try {
    await deps.staffSignIn.putAttempt({ ...next, version: from.version + 1 }, from.version);
  } catch (e) {
    if (e instanceof SignInChanged) throw over();
    throw e;
  }
}

async function checkCode(
  deps: StaffSignInDeps,
  user: StaffUser,
  attempt: StaffSignInAttempt,
  code: string,
  session: string,
): Promise<StaffSignInResult> {
  if (attempt.state !== 'pin') throw stepRefused('newPassword');
  const verdict = judgePin(attempt, code, deps.clock.now(), signInSecret('pin'));
  if (verdict.kind === 'expired') throw new Unauthenticated(message('staff-sign-in.code-expired'));
  await save(deps, verdict.attempt, attempt);
  if (verdict.kind === 'ended') {
    if (attempt.next === 'tokens')
      await deps.directory.revoke(unseal(attempt.sealed, attempt.attemptId)).catch(() => undefined);
    throw over();
  }
  if (verdict.kind === 'wrong') {
    throw new Unauthenticated(message('staff-sign-in.code-wrong', { remaining: verdict.remaining }));
  }
  if (verdict.attempt.state === 'new-password')
    return { status: 'challenge', challenge: 'NEW_PASSWORD', session };
  const refreshToken = unseal(attempt.sealed, attempt.attemptId);
  return issue(deps, user, () => deps.directory.refresh(user.username, refreshToken), refreshToken);
}

async function newPassword(
  deps: StaffSignInDeps,
  user: StaffUser,
  attempt: StaffSignInAttempt,
  password: string,
): Promise<StaffSignInResult> {
  if (attempt.state !== 'new-password') throw stepRefused('code');
  if (passwordIssues(password).length > 0) {
    throw InvalidInput.field('body.newPassword', message('sign-in.password-policy'));
  }
  await save(deps, { ...attempt, state: 'done' }, attempt);
  const t = user.tenant.tenantId;
  const staffId = user.member.staffId;
  await deps.staffSignIn.grant(t, staffId, 'none', grantUntil(deps));
  const set = await deps.directory.setNewPassword(
    user.username,
    unseal(attempt.sealed, attempt.attemptId),
    password,
  );
  await deps.staffSignIn.takeGrant(t, staffId, deps.clock.now());
  if (set.kind !== 'tokens') {
    logger.info('staff new password refused by the user pool', {
      reason: set.kind === 'refused' ? set.reason : set.kind,
    });
    throw over();
  }
  if (set.tokens.refreshToken) await deps.directory.revoke(set.tokens.refreshToken).catch(() => undefined);
  const account = await deps.staffSignIn.getAccount(t, staffId);
  if (account?.initialPasswordPending) {
    await deps.staffSignIn.putAccount(
      {
        ...account,
        initialPasswordPending: false,
        updatedAt: deps.clock.now().toISOString(),
        version: account.version + 1,
      },
      account.version,
    );
  }
  return issue(deps, user, () => deps.directory.signIn(user.username, password));
}

/** Asks the user pool for tokens under a grant for the staff member's claims; records the session. */
async function issue(
  deps: StaffSignInDeps,
  user: StaffUser,
  call: () => Promise<DirectoryAnswer>,
  keepRefreshToken?: string,
): Promise<StaffSignInResult & { status: 'signed-in' }> {
  const t = user.tenant.tenantId;
  const staffId = user.member.staffId;
  await deps.staffSignIn.grant(t, staffId, 'claims', grantUntil(deps));
  const answer = await call();
  await deps.staffSignIn.takeGrant(t, staffId, deps.clock.now());
  if (answer.kind !== 'tokens') {
    logger.info('staff tokens refused by the user pool', {
      reason: answer.kind === 'refused' ? answer.reason : answer.kind,
    });
    throw over();
  }
  const tokens: IssuedTokens =
    answer.tokens.refreshToken || !keepRefreshToken
      ? answer.tokens
      : { ...answer.tokens, refreshToken: keepRefreshToken };
  if (tokens.refreshToken) {
    await deps.signIn.putSession(refreshDigest(tokens.refreshToken), {
      tenantId: t,
      staffId,
      credentialId: user.account.credentialId,
      validUntil: new Date(deps.clock.now().getTime() + SESSION_DAYS * 86_400_000).toISOString(),
    });
  }
  return {
    status: 'signed-in',
    token: tokens.idToken,
    ...(tokens.refreshToken ? { refreshToken: tokens.refreshToken } : {}),
    expiresIn: tokens.expiresIn,
    tokenType: 'Bearer',
  };
}

/**
 * `POST /v1/auth/refresh` of a staff member's session: new tokens while the member is active under
 * the credentials the session was issued to; otherwise `undefined` (the caller ends the session).
 */
export async function refreshStaff(
  deps: StaffSignInDeps,
  tenant: Tenant,
  session: SignInSession & { staffId: string },
  refreshToken: string,
): Promise<StaffSignInResult | undefined> {
  const user = await staffUser(deps, tenant, session.staffId);
  if (
    !user ||
    user.account.credentialId !== session.credentialId ||
    predatesPassword(sessionIssuedAt(session), user.account.passwordSetAt) ||
    Date.parse(session.validUntil) <= deps.clock.now().getTime()
  ) {
    return undefined;
  }
  const result = await issue(
    deps,
    user,
    () => deps.directory.refresh(user.username, refreshToken),
    refreshToken,
  );
  delete result.refreshToken;
  return result;
}
