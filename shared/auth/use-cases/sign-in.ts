import { createHash } from 'node:crypto';
import type { Member } from '../../groups/domain.ts';
import { config } from '../../kernel/config.ts';
import {
  Forbidden,
  fieldIssue,
  InvalidInput,
  TooManyRequests,
  Unauthenticated,
} from '../../kernel/errors.ts';
import { message } from '../../kernel/messages.ts';
import { logger } from '../../kernel/observability.ts';
import { type LineType, lineTypeOf, normalizeMsisdn } from '../../kernel/phone.ts';
import type { Tenant } from '../../kernel/tenant.ts';
import {
  ATTEMPT_VALID_SECONDS,
  attemptIdOf,
  type ChallengeAnswer,
  initialCredentialOf,
  initialPassword,
  judgePin,
  type LoginInput,
  MAX_PIN_SENDS_PER_HOUR,
  maskRoute,
  newAttemptSecret,
  newPin,
  nextSendAt,
  PIN_VALID_SECONDS,
  passwordIssues,
  pinDigest,
  pinSendsInWindow,
  type SignInRoute,
  sameDigest,
  signInRouteOf,
  smsPinHeld,
  tenantOfRequest,
  usernameOf,
} from '../domain.ts';
import type { AttemptNext, IssuedTokens, SignInAccount, SignInAttempt, SignInDeps } from '../ports.ts';
import { SignInChanged } from '../ports.ts';
import { seal, signInSecret, unseal } from '../secrets.ts';
import { signInMessage } from '../sms.ts';

/**
 * Self-care sign-in (document 002): the phone number and the password, then a PIN by SMS when the
 * tenant's policy says so (always at the first sign-in), then at the first sign-in a new password.
 * Every refusal that could tell whether a number is a customer is the same `sign-in.failed`.
 *
 * The PIN is ours: the user pool checks passwords and issues tokens; what it issues is decided by
 * the grant this use case writes just before it asks (`token-claims.ts`): tokens with the
 * principal's claims, or none of them while a PIN is still due. A client that calls the user pool
 * itself gets no grant, hence no token.
 */

/** A grant is taken within the one call that follows it. */
export const GRANT_SECONDS = 20;
/** A signed-in session lasts as long as its refresh token (the app client's validity). */
export const SESSION_DAYS = 30;

export type SignInResult =
  | { status: 'signed-in'; token: string; refreshToken?: string; expiresIn: number; tokenType: 'Bearer' }
  | {
      status: 'challenge';
      challenge: 'SMS_PIN' | 'NEW_PASSWORD';
      session: string;
      destination?: string;
      pinValidUntil?: string;
    };

const failed = () => new Unauthenticated(message('sign-in.failed'));
export const over = () => new Unauthenticated(message('sign-in.attempt-over'));

export interface SignInRequest {
  host?: string;
}

export interface Subscriber {
  tenant: Tenant;
  msisdn: string;
  username: string;
  member: Member;
  /** The number is its group's administrator (the group's admin number, read now). */
  isAdmin: boolean;
  /** The group's billing e-mail (the company's address on record). */
  billingEmail: string;
  language: string;
  account: SignInAccount;
  /** A mobile or a fixed line, by the numbering plan. */
  line: LineType | undefined;
  /**
   * Where its PINs go: the number itself by SMS (a mobile), or the destination customer care
   * registered for a fixed line; none for a fixed line without one.
   */
  route: SignInRoute | undefined;
  pinAtLogin: boolean;
  holdDays: number;
}

/** The tenant of the request, the number typed, and the number's membership and account; else `failed`. */
async function subscriber(
  deps: SignInDeps,
  req: SignInRequest,
  named: string | undefined,
  typed: string,
): Promise<Subscriber> {
  const s = await subscriberOf(deps, req, named, typed);
  if (!s) throw failed();
  return s;
}

/**
 * The number's membership and account at the tenant of the request, from the number as typed;
 * `undefined` for an inactive or unknown tenant, a number that does not parse, and a number of no
 * group (nothing tells them apart).
 */
export async function subscriberOf(
  deps: SignInDeps,
  req: SignInRequest,
  named: string | undefined,
  typed: string,
): Promise<Subscriber | undefined> {
  const tenantId = tenantOfRequest({
    runtime: config().RUNTIME,
    host: req.host,
    domain: config().TENANT_HOST_DOMAIN,
    named,
  });
  const tenant = tenantId ? await deps.tenant(tenantId) : undefined;
  if (tenant?.status !== 'active') return undefined;
  let msisdn: string;
  try {
    // A fixed line of a group signs in too; an unknown number of either kind is a number of no group.
    msisdn = normalizeMsisdn(typed, tenant.country, 'body.username', 'mobile-or-fixed');
  } catch (e) {
    if (e instanceof InvalidInput) return undefined;
    throw e;
  }
  return membership(deps, tenant, msisdn);
}

export async function membership(
  deps: SignInDeps,
  tenant: Tenant,
  msisdn: string,
): Promise<Subscriber | undefined> {
  const t = tenant.tenantId;
  const [owner, account, catalog] = await Promise.all([
    deps.groups.getNumber(t, msisdn),
    deps.signIn.getAccount(t, msisdn),
    deps.catalogs.current(t),
  ]);
  if (owner?.status !== 'active' || !account) return undefined;
  const [member, group] = await Promise.all([
    deps.groups.getMember(t, owner.groupId, msisdn),
    deps.groups.getGroup(t, owner.groupId),
  ]);
  // A group suspended for non-payment still signs in: self-care is where its invoices are paid.
  if (!member || !group) return undefined;
  // Credentials of an earlier membership (a previous holder's) are no credentials of this one.
  if (account.credentialId !== credentialIdOf(member)) return undefined;
  const policies = catalog?.catalog.policies;
  const line = lineTypeOf(msisdn);
  return {
    tenant,
    msisdn,
    username: usernameOf(t, msisdn),
    member,
    isAdmin: group.adminMsisdn === msisdn,
    billingEmail: group.billingEmail,
    language: group.language,
    account,
    line,
    route: signInRouteOf(msisdn, line, account.pinDestination),
    pinAtLogin: policies?.smsPinAtLogin ?? false,
    holdDays: policies?.smsPinHoldDays ?? 0,
  };
}

/** When an attempt started: it is valid `ATTEMPT_VALID_SECONDS` from then. */
const attemptStartedAt = (a: Pick<SignInAttempt, 'validUntil'>): Date =>
  new Date(Date.parse(a.validUntil) - ATTEMPT_VALID_SECONDS * 1000);

/** When a session was issued: it is valid `SESSION_DAYS` from then. */
export const sessionIssuedAt = (s: { validUntil: string }): Date =>
  new Date(Date.parse(s.validUntil) - SESSION_DAYS * 86_400_000);

/** `at` is earlier than the password set by recovery (`passwordSetAt`, when there was one). */
export const predatesPassword = (at: Date, passwordSetAt: string | undefined): boolean =>
  passwordSetAt !== undefined && at.getTime() < Date.parse(passwordSetAt);

/** The credentials of one membership: a new holder (a new `addedAt`) gets new ones. */
export const credentialIdOf = (m: Pick<Member, 'groupId' | 'addedAt'>): string => `${m.groupId}#${m.addedAt}`;

export const refreshDigest = (refreshToken: string): string =>
  createHash('sha256').update(refreshToken).digest('base64url');

/** `POST /v1/auth/login`. */
export async function login(deps: SignInDeps, req: SignInRequest, body: LoginInput): Promise<SignInResult> {
  const s = await subscriber(deps, req, body.tenant, body.username);
  const now = deps.clock.now();
  const scope = s.pinAtLogin ? 'none' : 'claims';
  await deps.signIn.grant(s.tenant.tenantId, s.msisdn, scope, new Date(now.getTime() + GRANT_SECONDS * 1000));
  const answer = await deps.directory.signIn(s.username, body.password);
  // The grant is for this one call: none is left for another.
  await deps.signIn.takeGrant(s.tenant.tenantId, s.msisdn, deps.clock.now());

  if (answer.kind === 'refused') {
    logger.info('sign-in refused by the user pool', { reason: answer.reason });
    throw failed();
  }
  if (answer.kind === 'new-password-required') {
    // The user pool asks for a new password only after the initial one; the emulator asks without
    // checking it, so it is checked here too (the initial password in force is derived: from the
    // credentials and, after customer care reset them, the reset).
    const expected = initialPassword(
      signInSecret('initial-password'),
      initialCredentialOf(s.account),
      s.username,
    );
    if (!s.account.initialPasswordPending || !sameDigest(expected, body.password)) throw failed();
    return startPin(deps, s, 'new-password', answer.session);
  }
  if (scope === 'claims') return signedIn(deps, s, answer.tokens);
  if (!answer.tokens.refreshToken) throw new Error('the user pool issued no refresh token');
  return startPin(deps, s, 'tokens', answer.tokens.refreshToken);
}

/** Records the session (the credentials its refresh token belongs to) and answers the tokens. */
async function signedIn(
  deps: Pick<SignInDeps, 'signIn' | 'clock'>,
  s: { tenant: Tenant; msisdn: string; account: SignInAccount },
  tokens: IssuedTokens,
): Promise<SignInResult> {
  if (tokens.refreshToken) {
    await deps.signIn.putSession(refreshDigest(tokens.refreshToken), {
      tenantId: s.tenant.tenantId,
      msisdn: s.msisdn,
      credentialId: s.account.credentialId,
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
 * Refuses a PIN to a fixed line with no destination registered, a PIN by SMS to a number in its
 * hold, or a PIN past the send limit; else counts the send (per number, wherever the PIN goes).
 * Called once the password is accepted: before, every refusal is `sign-in.failed`.
 */
async function countSend(deps: SignInDeps, s: Subscriber): Promise<SignInRoute> {
  const now = deps.clock.now();
  const route = s.route;
  if (!route) throw new Forbidden(message('sign-in.pin-destination-missing'));
  // The hold is about whoever holds the number's SIM now: a fixed line's PIN goes elsewhere.
  const portedAt = s.member.origin.kind === 'port-in' ? s.member.origin.portedAt : undefined;
  if (
    s.line !== 'fixed-line' &&
    smsPinHeld({ portedAt, simChangedAt: s.account.simChangedAt }, s.holdDays, now)
  ) {
    throw new Forbidden(message('sign-in.sms-pin-held'));
  }
  for (let attempt = 0; ; attempt++) {
    const account = attempt === 0 ? s.account : await deps.signIn.getAccount(s.tenant.tenantId, s.msisdn);
    if (!account) throw failed();
    const recent = pinSendsInWindow(account.pinSends, now);
    if (recent.length >= MAX_PIN_SENDS_PER_HOUR) {
      const next = nextSendAt(recent);
      throw new TooManyRequests(message('sign-in.pin-limit'), {
        ...(next ? { retryAfterSeconds: Math.ceil((next.getTime() - now.getTime()) / 1000) } : {}),
      });
    }
    try {
      await deps.signIn.putAccount(
        {
          ...account,
          pinSends: [...recent, now.toISOString()],
          updatedAt: now.toISOString(),
          version: account.version + 1,
        },
        account.version,
      );
      return route;
    } catch (e) {
      if (!(e instanceof SignInChanged) || attempt >= 5) throw e;
    }
  }
}

async function sendPin(
  deps: SignInDeps,
  s: Subscriber,
  attemptId: string,
): Promise<{ digest: string; validUntil: string; destination: string }> {
  const route = await countSend(deps, s);
  const pin = newPin();
  await deps.notifier.send(
    signInMessage(s.tenant.tenantId, route, 'login-pin', s.language, {
      pin,
      minutes: PIN_VALID_SECONDS / 60,
    }),
  );
  return {
    destination: maskRoute(route),
    digest: pinDigest(signInSecret('pin'), attemptId, pin),
    validUntil: new Date(deps.clock.now().getTime() + PIN_VALID_SECONDS * 1000).toISOString(),
  };
}

async function startPin(
  deps: SignInDeps,
  s: Subscriber,
  next: AttemptNext,
  secretPart: string,
): Promise<SignInResult> {
  const secret = newAttemptSecret();
  const attemptId = attemptIdOf(secret);
  let pin: Awaited<ReturnType<typeof sendPin>>;
  try {
    pin = await sendPin(deps, s, attemptId);
  } catch (e) {
    // No PIN: the tokens issued without claims are of no use to anyone.
    if (next === 'tokens') await deps.directory.revoke(secretPart).catch(() => undefined);
    throw e;
  }
  const now = deps.clock.now();
  await deps.signIn.createAttempt({
    tenantId: s.tenant.tenantId,
    attemptId,
    msisdn: s.msisdn,
    credentialId: s.account.credentialId,
    state: 'pin',
    next,
    pinDigest: pin.digest,
    pinExpiresAt: pin.validUntil,
    failures: 0,
    sealed: seal(secretPart, attemptId),
    validUntil: new Date(now.getTime() + ATTEMPT_VALID_SECONDS * 1000).toISOString(),
    version: 1,
  });
  return {
    status: 'challenge',
    challenge: 'SMS_PIN',
    session: secret,
    destination: pin.destination,
    pinValidUntil: pin.validUntil,
  };
}

/** `POST /v1/auth/challenge`: a PIN, a new password, or a resend. */
export async function answerChallenge(
  deps: SignInDeps,
  req: SignInRequest,
  body: ChallengeAnswer,
): Promise<SignInResult> {
  const given = [body.pin, body.newPassword, body.resend].filter((v) => v !== undefined).length;
  if (given !== 1) {
    throw new InvalidInput(
      ['pin', 'newPassword', 'resend'].map((f) => fieldIssue(`body.${f}`, message('sign-in.one-answer'))),
    );
  }
  const tenantId = tenantOfRequest({
    runtime: config().RUNTIME,
    host: req.host,
    domain: config().TENANT_HOST_DOMAIN,
    named: body.tenant,
  });
  const tenant = tenantId ? await deps.tenant(tenantId) : undefined;
  if (tenant?.status !== 'active') throw over();
  const attemptId = attemptIdOf(body.session);
  const attempt = await deps.signIn.getAttempt(tenant.tenantId, attemptId);
  const now = deps.clock.now();
  if (
    !attempt ||
    attempt.state === 'done' ||
    attempt.state === 'ended' ||
    Date.parse(attempt.validUntil) <= now.getTime()
  ) {
    throw over();
  }
  // The membership must still be the one that started the attempt (removed meanwhile: over), and
  // its password the one the attempt was started with (recovered meanwhile: over).
  const s = await membership(deps, tenant, attempt.msisdn);
  if (!s || s.account.credentialId !== attempt.credentialId) throw over();
  if (predatesPassword(attemptStartedAt(attempt), s.account.passwordSetAt)) throw over();

  if (body.resend) return resend(deps, s, attempt, body.session);
  if (body.pin !== undefined) return checkPin(deps, s, attempt, body.pin, body.session);
  return newPassword(deps, s, attempt, body.newPassword!);
}

const stepRefused = (step: string) => new Forbidden(message('sign-in.step', { step }));

async function save(deps: SignInDeps, next: SignInAttempt, from: SignInAttempt): Promise<void> {
  try {
    await deps.signIn.putAttempt({ ...next, version: from.version + 1 }, from.version);
  } catch (e) {
    // Another answer to the same attempt was counted first: this one counts from that state, by retrying.
    if (e instanceof SignInChanged) throw over();
    throw e;
  }
}

async function resend(
  deps: SignInDeps,
  s: Subscriber,
  attempt: SignInAttempt,
  session: string,
): Promise<SignInResult> {
  if (attempt.state !== 'pin') throw stepRefused('newPassword');
  const pin = await sendPin(deps, s, attempt.attemptId);
  // The failures so far stay: a resend never buys more tries.
  await save(deps, { ...attempt, pinDigest: pin.digest, pinExpiresAt: pin.validUntil }, attempt);
  return {
    status: 'challenge',
    challenge: 'SMS_PIN',
    session,
    destination: pin.destination,
    pinValidUntil: pin.validUntil,
  };
}

async function checkPin(
  deps: SignInDeps,
  s: Subscriber,
  attempt: SignInAttempt,
  pin: string,
  session: string,
): Promise<SignInResult> {
  if (attempt.state !== 'pin') throw stepRefused('newPassword');
  const verdict = judgePin(attempt, pin, deps.clock.now(), signInSecret('pin'));
  if (verdict.kind === 'expired') throw new Unauthenticated(message('sign-in.pin-expired'));
  await save(deps, verdict.attempt, attempt);
  if (verdict.kind === 'ended') {
    if (attempt.next === 'tokens')
      await deps.directory.revoke(unseal(attempt.sealed, attempt.attemptId)).catch(() => undefined);
    throw over();
  }
  if (verdict.kind === 'wrong') {
    throw new Unauthenticated(message('sign-in.pin-wrong', { remaining: verdict.remaining }));
  }
  if (verdict.attempt.state === 'new-password')
    return { status: 'challenge', challenge: 'NEW_PASSWORD', session };
  const refreshToken = unseal(attempt.sealed, attempt.attemptId);
  return issue(deps, s, () => deps.directory.refresh(s.username, refreshToken), refreshToken);
}

async function newPassword(
  deps: SignInDeps,
  s: Subscriber,
  attempt: SignInAttempt,
  password: string,
): Promise<SignInResult> {
  if (attempt.state !== 'new-password') throw stepRefused('pin');
  if (passwordIssues(password).length > 0) {
    throw InvalidInput.field('body.newPassword', message('sign-in.password-policy'));
  }
  await save(deps, { ...attempt, state: 'done' }, attempt);
  const session = unseal(attempt.sealed, attempt.attemptId);
  // The password is set under a grant without claims; the tokens come from a sign-in with it, so
  // that their refresh token is one the user pool keeps (the emulator keeps none from a challenge).
  const grantUntil = () => new Date(deps.clock.now().getTime() + GRANT_SECONDS * 1000);
  await deps.signIn.grant(s.tenant.tenantId, s.msisdn, 'none', grantUntil());
  const set = await deps.directory.setNewPassword(s.username, session, password);
  await deps.signIn.takeGrant(s.tenant.tenantId, s.msisdn, deps.clock.now());
  if (set.kind !== 'tokens') {
    logger.info('new password refused by the user pool', {
      reason: set.kind === 'refused' ? set.reason : set.kind,
    });
    throw over();
  }
  if (set.tokens.refreshToken) await deps.directory.revoke(set.tokens.refreshToken).catch(() => undefined);
  const now = deps.clock.now().toISOString();
  const account = await deps.signIn.getAccount(s.tenant.tenantId, s.msisdn);
  if (account?.initialPasswordPending) {
    await deps.signIn.putAccount(
      { ...account, initialPasswordPending: false, updatedAt: now, version: account.version + 1 },
      account.version,
    );
  }
  return issue(deps, s, () => deps.directory.signIn(s.username, password));
}

/** Asks the user pool for tokens under a grant for the principal's claims. */
export async function issue(
  deps: SignInDeps,
  s: Subscriber,
  call: () => ReturnType<SignInDeps['directory']['signIn']>,
  keepRefreshToken?: string,
): Promise<SignInResult> {
  const now = deps.clock.now();
  await deps.signIn.grant(
    s.tenant.tenantId,
    s.msisdn,
    'claims',
    new Date(now.getTime() + GRANT_SECONDS * 1000),
  );
  const answer = await call();
  await deps.signIn.takeGrant(s.tenant.tenantId, s.msisdn, deps.clock.now());
  if (answer.kind !== 'tokens') {
    logger.info('tokens refused by the user pool', {
      reason: answer.kind === 'refused' ? answer.reason : answer.kind,
    });
    throw over();
  }
  const tokens =
    answer.tokens.refreshToken || !keepRefreshToken
      ? answer.tokens
      : { ...answer.tokens, refreshToken: keepRefreshToken };
  return signedIn(deps, s, tokens);
}
