import { InvalidInput, Unauthenticated } from '../../kernel/errors.ts';
import { message } from '../../kernel/messages.ts';
import { logger } from '../../kernel/observability.ts';
import {
  MAX_RECOVERY_EMAILS_PER_HOUR,
  MAX_RECOVERY_FAILURES,
  maskPhone,
  newRecoveryCode,
  passwordIssues,
  RECOVERY_CODE_VALID_SECONDS,
  RECOVERY_SEND_WINDOW_SECONDS,
  type RecoveryConfirm,
  type RecoveryRequest,
  recoveryDigest,
  recoveryEmailOf,
  sameDigest,
  sendsWithin,
} from '../domain.ts';
import { recoveryEmail } from '../email.ts';
import { type PasswordRecovery, SignInChanged, type SignInDeps } from '../ports.ts';
import { signInSecret } from '../secrets.ts';
import { signInMessage } from '../sms.ts';
import { type SignInRequest, type Subscriber, subscriberOf } from './sign-in.ts';

/**
 * Password recovery by e-mail (document 003: "by e-mail; any other path only with proof of
 * identity"). Anyone may ask for a number; the answer never says whether it is a customer. The
 * administrator's code goes to the group's billing e-mail; a member has no e-mail in the product,
 * so nothing is sent for it. The code is ours, like the PIN: 12 characters, valid 30 minutes, used
 * once, kept only as an HMAC bound to the number and its issue; the fifth wrong code ends it, a new
 * e-mail replaces it, at most 3 e-mails per number per hour. The SMS-PIN hold of a number ported in
 * or given a new SIM does not apply: e-mail is the way in that the hold leaves open.
 */

/** Every refusal of a code: wrong, expired, used, ended, or no recovery for this number at all. */
const failed = () => new Unauthenticated(message('recovery.failed'));

const ATTEMPTS = 5;

/** `POST /v1/auth/recovery`: the same answer whatever happens (the caller is told nothing). */
export async function requestRecovery(
  deps: SignInDeps,
  req: SignInRequest,
  body: RecoveryRequest,
): Promise<void> {
  const s = await subscriberOf(deps, req, body.tenant, body.username);
  if (!s) return;
  const to = recoveryEmailOf(s);
  if (!to) {
    logger.info('password recovery asked for a number without an e-mail on record', {
      tenantId: s.tenant.tenantId,
      role: s.isAdmin ? 'admin' : 'member',
    });
    return;
  }
  const issued = await issueCode(deps, s);
  if (!issued) return;
  const minutes = RECOVERY_CODE_VALID_SECONDS / 60;
  const mail = recoveryEmail(s.language, { number: maskPhone(s.msisdn), code: issued.code, minutes });
  try {
    await deps.notifier.send({
      tenantId: s.tenant.tenantId,
      channel: 'email',
      to,
      locale: mail.locale,
      subject: mail.subject,
      text: mail.text,
      template: 'recovery-code',
    });
  } catch (e) {
    // The answer stays the same: a failure here must not tell the caller the number is a customer.
    logger.error('recovery e-mail not sent', { tenantId: s.tenant.tenantId, error: e as Error });
    return;
  }
  logger.info('recovery e-mail sent', { tenantId: s.tenant.tenantId, msisdn: s.msisdn });
}

/** A new code for the number, counted towards its hourly limit in the same conditional write; none past it. */
async function issueCode(deps: SignInDeps, s: Subscriber): Promise<{ code: string } | undefined> {
  const t = s.tenant.tenantId;
  for (let attempt = 0; ; attempt++) {
    const now = deps.clock.now();
    const known = await deps.signIn.getRecovery(t, s.msisdn);
    const recent = sendsWithin(known?.sends ?? [], now, RECOVERY_SEND_WINDOW_SECONDS);
    if (recent.length >= MAX_RECOVERY_EMAILS_PER_HOUR) {
      logger.info('recovery e-mail limit reached', { tenantId: t, msisdn: s.msisdn });
      return undefined;
    }
    const code = newRecoveryCode();
    const issuedAt = now.toISOString();
    try {
      await deps.signIn.putRecovery(
        {
          tenantId: t,
          msisdn: s.msisdn,
          credentialId: s.account.credentialId,
          state: 'sent',
          codeDigest: recoveryDigest(
            signInSecret('recovery'),
            { tenantId: t, msisdn: s.msisdn, issuedAt },
            code,
          ),
          issuedAt,
          codeExpiresAt: new Date(now.getTime() + RECOVERY_CODE_VALID_SECONDS * 1000).toISOString(),
          failures: 0,
          sends: [...recent, issuedAt],
          updatedAt: issuedAt,
          version: (known?.version ?? 0) + 1,
        },
        known?.version ?? 0,
      );
      return { code };
    } catch (e) {
      // Another request for the number was counted first: count this one from there.
      if (!(e instanceof SignInChanged) || attempt >= ATTEMPTS) throw e;
    }
  }
}

/**
 * `POST /v1/auth/recovery/confirm`: the code of the latest e-mail and the new password. A weak
 * password is refused first (it says nothing about the number); every other refusal is the same
 * `recovery.failed`. The password becomes the user pool's permanent one, every session and
 * pending sign-in of the number ends, and the number is told by SMS.
 */
export async function confirmRecovery(
  deps: SignInDeps,
  req: SignInRequest,
  body: RecoveryConfirm,
): Promise<void> {
  if (passwordIssues(body.newPassword).length > 0) {
    throw InvalidInput.field('body.newPassword', message('sign-in.password-policy'));
  }
  const s = await subscriberOf(deps, req, body.tenant, body.username);
  // The administrator of the code's e-mail only: a number that is no longer the group's admin, or
  // no longer this membership's, recovers nothing with it.
  if (!s || !recoveryEmailOf(s)) throw failed();
  const t = s.tenant.tenantId;
  const recovery = await deps.signIn.getRecovery(t, s.msisdn);
  const now = deps.clock.now();
  if (
    recovery?.state !== 'sent' ||
    recovery.credentialId !== s.account.credentialId ||
    Date.parse(recovery.codeExpiresAt) <= now.getTime()
  ) {
    throw failed();
  }
  const expected = recoveryDigest(
    signInSecret('recovery'),
    { tenantId: t, msisdn: s.msisdn, issuedAt: recovery.issuedAt },
    body.code,
  );
  if (!sameDigest(expected, recovery.codeDigest)) {
    const failures = recovery.failures + 1;
    const ended = failures >= MAX_RECOVERY_FAILURES;
    await save(
      deps,
      {
        ...recovery,
        failures,
        ...(ended ? { state: 'ended', codeDigest: '' } : {}),
        updatedAt: now.toISOString(),
      },
      recovery,
    );
    if (ended) logger.info('recovery ended by wrong codes', { tenantId: t, msisdn: s.msisdn });
    throw failed();
  }
  // Used once: the digest is gone before the password is set, so a second answer finds nothing.
  const used = await save(
    deps,
    { ...recovery, state: 'used', codeDigest: '', updatedAt: now.toISOString() },
    recovery,
  );
  const set = await deps.directory.setPassword(s.username, body.newPassword);
  if (set.kind === 'weak-password') {
    // The pool's own checks refused what ours let through: the code stays good for another password.
    await save(deps, { ...recovery, updatedAt: deps.clock.now().toISOString() }, used);
    throw InvalidInput.field('body.newPassword', message('sign-in.password-policy'));
  }
  if (set.kind === 'refused') {
    logger.warn('recovered password refused by the user pool', { tenantId: t, reason: set.reason });
    throw failed();
  }
  const setAt = await recordPasswordSet(deps, s);
  logger.info('password recovered by e-mail', {
    audit: 'password-recovered',
    tenantId: t,
    groupId: s.member.groupId,
    msisdn: s.msisdn,
    at: setAt,
  });
  await tellSubscriber(deps, s);
}

/** Writes `next` over `from` iff nothing was written meanwhile; answers what was written. */
async function save(
  deps: SignInDeps,
  next: PasswordRecovery,
  from: PasswordRecovery,
): Promise<PasswordRecovery> {
  const written = { ...next, version: from.version + 1 };
  try {
    await deps.signIn.putRecovery(written, from.version);
    return written;
  } catch (e) {
    // Another answer to the same code was counted first.
    if (e instanceof SignInChanged) throw failed();
    throw e;
  }
}

/** The account remembers the instant: sessions and sign-in attempts older than it are over. */
async function recordPasswordSet(deps: SignInDeps, s: Subscriber): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    const account = attempt === 0 ? s.account : await deps.signIn.getAccount(s.tenant.tenantId, s.msisdn);
    const at = deps.clock.now().toISOString();
    if (!account) return at;
    try {
      // The password is the subscriber's own now: an initial one is no longer pending.
      await deps.signIn.putAccount(
        {
          ...account,
          passwordSetAt: at,
          initialPasswordPending: false,
          updatedAt: at,
          version: account.version + 1,
        },
        account.version,
      );
      return at;
    } catch (e) {
      if (!(e instanceof SignInChanged) || attempt >= ATTEMPTS) throw e;
    }
  }
}

/**
 * The notice that the password changed (whatever the SMS-PIN hold: it asks for nothing and warns
 * the holder): by SMS to the number, or for a fixed line where its PINs go (none registered: none).
 */
async function tellSubscriber(deps: SignInDeps, s: Subscriber): Promise<void> {
  if (!s.route) return;
  try {
    await deps.notifier.send(signInMessage(s.tenant.tenantId, s.route, 'password-changed', s.language, {}));
  } catch (e) {
    // The password is set and the code spent: failing the answer now would only confuse the caller.
    logger.error('password-changed SMS not sent', { tenantId: s.tenant.tenantId, error: e as Error });
  }
}
