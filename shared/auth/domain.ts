import { createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import * as z from 'zod';
import { fromPathForm, type LineType, toPathForm } from '../kernel/phone.ts';
import { TenantIdSchema } from '../kernel/tenant.ts';
import { text } from '../kernel/text.ts';
import { EmailSchema } from '../support/domain.ts';

/**
 * The rules of self-care sign-in (documents 002 and 003), pure: usernames, PINs and their limits,
 * the password policy, the initial password, the hold on SMS PINs after a port-in or a new SIM, and
 * which tenant a request signs in to. The PIN is ours, not the user pool's: every rule below holds
 * in our code, on AWS and locally alike (docs/architecture.md, "Sign-in").
 */

/** A PIN is 6 digits, valid 5 minutes, used once. */
export const PIN_DIGITS = 6;
export const PIN_VALID_SECONDS = 5 * 60;
/** The fifth wrong PIN ends the attempt; a resend never resets the count. */
export const MAX_PIN_FAILURES = 5;
/** At most this many PIN messages per number (of a tenant) in any 60 minutes: SMS pumping costs the tenant. */
export const MAX_PIN_SENDS_PER_HOUR = 5;
export const PIN_SEND_WINDOW_SECONDS = 3600;
/** A sign-in attempt (password accepted, PIN and new password pending) lives at most this long. */
export const ATTEMPT_VALID_SECONDS = 15 * 60;

/**
 * One user pool serves every tenant; a phone number may be a customer of two tenants, so the pool's
 * username is the tenant and the number's digits: `alpina#38640123456`. People type only the number.
 */
export const usernameOf = (tenantId: string, e164: string): string => `${tenantId}#${toPathForm(e164)}`;

export function parseUsername(username: string): { tenantId: string; msisdn: string } | undefined {
  const m = /^([a-z0-9][a-z0-9-]{1,39})#([1-9]\d{7,14})$/.exec(username);
  return m ? { tenantId: m[1]!, msisdn: fromPathForm(m[2]!) } : undefined;
}

/**
 * A member of the operator's staff signs in with an e-mail address; the pool's username is the
 * tenant and the registry's id: `alpina#staff-01JNV3Q8W7X2K5M9P4R6T1Y0ST`.
 */
export const staffUsernameOf = (tenantId: string, staffId: string): string => `${tenantId}#staff-${staffId}`;

export function parseStaffUsername(username: string): { tenantId: string; staffId: string } | undefined {
  const m = /^([a-z0-9][a-z0-9-]{1,39})#staff-([0-9A-HJKMNP-TV-Z]{26})$/i.exec(username);
  return m ? { tenantId: m[1]!.toLowerCase(), staffId: m[2]!.toUpperCase() } : undefined;
}

/** A staff member's credentials: a colleague's reset gives new ones (and a new initial password). */
export const staffCredentialOf = (staffId: string, resets: number): string => `staff#${staffId}#${resets}`;

/** A uniformly drawn 6-digit PIN. */
export const newPin = (): string => String(randomInt(0, 10 ** PIN_DIGITS)).padStart(PIN_DIGITS, '0');

/** A PIN as the table keeps it: keyed by the server's secret and the attempt, never in clear. */
export const pinDigest = (secret: string, attemptId: string, pin: string): string =>
  createHmac('sha256', secret).update(`pin:${attemptId}:${pin}`).digest('base64url');

export function sameDigest(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** What an attempt holds of its PIN (a number's by SMS, a staff member's code by e-mail). */
interface PinState {
  attemptId: string;
  state: 'pin' | 'new-password' | 'done' | 'ended';
  next: 'tokens' | 'new-password';
  pinDigest: string;
  pinExpiresAt: string;
  failures: number;
}

/** What an answered PIN does to its attempt; `attempt` is the attempt to save, where there is one. */
export type PinVerdict<A> =
  | { kind: 'expired' }
  | { kind: 'wrong'; attempt: A; remaining: number }
  | { kind: 'ended'; attempt: A }
  | { kind: 'right'; attempt: A };

/**
 * The PIN rules of an attempt waiting for its PIN, pure: refused once expired; a wrong PIN counts,
 * the fifth ends the attempt; a right one is used once (its digest is gone with the state change:
 * on to the new password of a first sign-in, or done).
 */
export function judgePin<A extends PinState>(
  attempt: A,
  given: string,
  now: Date,
  secret: string,
): PinVerdict<A> {
  if (Date.parse(attempt.pinExpiresAt) <= now.getTime()) return { kind: 'expired' };
  if (!sameDigest(pinDigest(secret, attempt.attemptId, given), attempt.pinDigest)) {
    const failures = attempt.failures + 1;
    if (failures >= MAX_PIN_FAILURES)
      return { kind: 'ended', attempt: { ...attempt, failures, state: 'ended' } };
    return { kind: 'wrong', attempt: { ...attempt, failures }, remaining: MAX_PIN_FAILURES - failures };
  }
  const state = attempt.next === 'new-password' ? 'new-password' : 'done';
  return { kind: 'right', attempt: { ...attempt, state, pinDigest: '' } };
}

/** The secret a client holds for its attempt (256 bits), and the key the table knows it by. */
export const newAttemptSecret = (): string => randomBytes(32).toString('base64url');
export const attemptIdOf = (secret: string): string =>
  createHmac('sha256', 'sign-in-attempt').update(secret).digest('base64url');

/** The sends (ISO instants) of the `windowSeconds` before `now`. */
export function sendsWithin(sentAt: readonly string[], now: Date, windowSeconds: number): string[] {
  const from = now.getTime() - windowSeconds * 1000;
  return sentAt.filter((s) => Date.parse(s) > from);
}

/** The PIN sends of the last hour (ISO instants) and whether one more may go out. */
export const pinSendsInWindow = (sentAt: readonly string[], now: Date): string[] =>
  sendsWithin(sentAt, now, PIN_SEND_WINDOW_SECONDS);

/** When the oldest send of the window leaves it: the next PIN may go out then. */
export function nextSendAt(sentAt: readonly string[]): Date | undefined {
  const oldest = [...sentAt].sort()[0];
  return oldest ? new Date(Date.parse(oldest) + PIN_SEND_WINDOW_SECONDS * 1000) : undefined;
}

/** The pool's password policy (the user pool has the same one on AWS; the emulator checks none). */
export const PASSWORD_MIN_LENGTH = 12;
export function passwordIssues(password: string): string[] {
  const issues: string[] = [];
  if (password.length < PASSWORD_MIN_LENGTH) issues.push('length');
  if (password.length > 256) issues.push('too-long');
  if (!/[a-z]/.test(password)) issues.push('lower');
  if (!/[A-Z]/.test(password)) issues.push('upper');
  if (!/[0-9]/.test(password)) issues.push('digit');
  if (!/[^A-Za-z0-9]/.test(password)) issues.push('symbol');
  return issues;
}

const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const LOWER = 'abcdefghijkmnopqrstuvwxyz';
const DIGIT = '23456789';

/**
 * The initial password of one set of credentials (`credentialId`: the number's membership), derived
 * from the server's secret: a redelivered provisioning event sets and sends the same password, so
 * the SMS the subscriber got stays valid, and nothing in the table holds it. Three groups of
 * upper, lower, digit, lower joined by `-` (14 characters, every class of the policy, nothing
 * ambiguous to type from an SMS).
 */
/**
 * What an initial password is derived from: the credentials, and how often customer care reset
 * them (each reset a new one, so an earlier initial password never works again).
 */
export function initialCredentialOf(account: { credentialId: string; resets?: number }): string {
  return account.resets ? `${account.credentialId}#reset-${account.resets}` : account.credentialId;
}

export function initialPassword(secret: string, credentialId: string, username: string): string {
  const bytes = createHmac('sha256', secret).update(`initial:${credentialId}:${username}`).digest();
  const groups: string[] = [];
  for (let g = 0; g < 3; g++) {
    const b = (i: number) => bytes[g * 4 + i]!;
    groups.push(
      `${UPPER[b(0) % UPPER.length]}${LOWER[b(1) % LOWER.length]}${DIGIT[b(2) % DIGIT.length]}${LOWER[b(3) % LOWER.length]}`,
    );
  }
  return groups.join('-');
}

/** `+38640123456` → `+386 *** **456`: enough for the subscriber to recognise it. */
export const maskPhone = (e164: string): string => `${e164.slice(0, 4)} *** **${e164.slice(-3)}`;

/**
 * A number ported in or given a new SIM in the last `holdDays` days gets no PIN by SMS (whoever
 * holds the SIM now may not be the subscriber): e-mail recovery or the shop instead.
 */
export function smsPinHeld(
  changes: { portedAt?: string; simChangedAt?: string },
  holdDays: number,
  now: Date,
): boolean {
  if (holdDays <= 0) return false;
  const since = now.getTime() - holdDays * 86_400_000;
  return [changes.portedAt, changes.simChangedAt].some((at) => at !== undefined && Date.parse(at) > since);
}

// ----- where a fixed line's PIN goes (document 002) -------------------------------------------

/**
 * Where the sign-in messages of a fixed-line number go: a fixed line receives no SMS, so customer
 * care registers an e-mail address or a mobile number for it, after checking the customer's
 * identity (document 002: "fixed-line customers must first register an e-mail or mobile number").
 */
export interface PinDestination {
  kind: 'email' | 'mobile';
  /** A lower-cased e-mail address, or a mobile number in E.164. */
  to: string;
  /** What customer care checked it against (the identity document, the request's reference). */
  reference: string;
  registeredAt: string;
  /** The operator staff member who registered it (the token's subject). */
  registeredBy: string;
}

/** Where one sign-in message goes: an SMS to a number, or an e-mail. */
export type SignInRoute = { channel: 'sms'; to: string } | { channel: 'email'; to: string };

/**
 * Where the initial password and the PINs of `msisdn` go: a mobile number gets them by SMS itself;
 * a fixed line gets them at its registered destination (SMS to that mobile, or e-mail), and
 * nowhere (`undefined`) while it has none. A destination is registered for fixed lines only.
 */
export function signInRouteOf(
  msisdn: string,
  line: LineType | undefined,
  destination: Pick<PinDestination, 'kind' | 'to'> | undefined,
): SignInRoute | undefined {
  if (line !== 'fixed-line') return { channel: 'sms', to: msisdn };
  if (!destination) return undefined;
  return destination.kind === 'email'
    ? { channel: 'email', to: destination.to }
    : { channel: 'sms', to: destination.to };
}

/** `someone@example.com` → `s*****@example.com`. */
export function maskEmail(address: string): string {
  const at = address.lastIndexOf('@');
  const local = address.slice(0, at);
  return `${local.slice(0, 1)}${'*'.repeat(Math.max(local.length - 1, 1))}${address.slice(at)}`;
}

/** A route as the challenge answer shows it. */
export const maskRoute = (route: SignInRoute): string =>
  route.channel === 'email' ? maskEmail(route.to) : maskPhone(route.to);

/** A destination as the audit trail and the answers keep it (never the address in clear). */
export const maskedDestination = (d: Pick<PinDestination, 'kind' | 'to'>) => ({
  kind: d.kind,
  to: d.kind === 'email' ? maskEmail(d.to) : maskPhone(d.to),
});

export const PinDestinationSchema = z
  .strictObject({
    kind: z.enum(['email', 'mobile']).meta({ description: 'an e-mail address, or a mobile number (SMS)' }),
    to: z.string().trim().min(3).max(254).meta({
      description:
        'The e-mail address (stored lower-cased), or the mobile number (E.164, or national form of the operator’s country) of a country the platform serves',
    }),
    reference: text({ max: 120 }).meta({
      description:
        'What customer care checked the request against, e.g. the identity document and the ticket',
    }),
  })
  .meta({
    examples: [{ kind: 'email', to: 'reception@example.com', reference: 'ID card 000123456, counter 3' }],
  });

export type PinDestinationInput = z.infer<typeof PinDestinationSchema>;

/** The e-mail address of a destination, trimmed and lower-cased; undefined when it is none. */
export const destinationEmail = (to: string): string | undefined => {
  const parsed = EmailSchema.safeParse(to);
  return parsed.success ? parsed.data : undefined;
};

// ----- password recovery by e-mail (document 003) ---------------------------------------------

/** A recovery code is valid 30 minutes and used once; the fifth wrong code ends the recovery. */
export const RECOVERY_CODE_VALID_SECONDS = 30 * 60;
export const MAX_RECOVERY_FAILURES = 5;
/** At most this many recovery e-mails per number (of a tenant) in any 60 minutes. */
export const MAX_RECOVERY_EMAILS_PER_HOUR = 3;
export const RECOVERY_SEND_WINDOW_SECONDS = 3600;

/** Nothing that reads alike on paper or on a screen (no I, O, 0, 1). */
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/**
 * A recovery code: 12 characters drawn uniformly from 32 (60 bits), shown as three groups of four
 * (`K7QM-2XPD-9TRA`). The e-mail is the only factor of a recovery and anyone may ask for one, so
 * the code is long enough that 5 tries on each of 3 codes an hour never come near it.
 */
export function newRecoveryCode(): string {
  const chars = Array.from({ length: 12 }, () => CODE_ALPHABET[randomInt(0, CODE_ALPHABET.length)]!);
  return [0, 4, 8].map((i) => chars.slice(i, i + 4).join('')).join('-');
}

/** The code as it is compared: upper case, without the spaces and dashes a person types or copies. */
export const normalizeRecoveryCode = (typed: string): string => typed.toUpperCase().replace(/[\s-]/g, '');

/**
 * A recovery code as the table keeps it: keyed by the server's secret and bound to the number and
 * the instant it was issued, never in clear.
 */
export const recoveryDigest = (
  secret: string,
  binding: { tenantId: string; msisdn: string; issuedAt: string },
  code: string,
): string =>
  createHmac('sha256', secret)
    .update(
      `recovery:${binding.tenantId}:${toPathForm(binding.msisdn)}:${binding.issuedAt}:${normalizeRecoveryCode(code)}`,
    )
    .digest('base64url');

/**
 * Where a number's recovery code goes: the administrator's is the group's billing e-mail (the
 * address on the company's record); a member has no e-mail of its own in the product, so its
 * password is not recovered by e-mail (document 003: any other way needs proof of identity, at a
 * shop).
 */
export function recoveryEmailOf(who: { isAdmin: boolean; billingEmail?: string }): string | undefined {
  return who.isAdmin && who.billingEmail ? who.billingEmail : undefined;
}

/**
 * The tenant a sign-in request is for. On AWS: the first label of the request's host under the
 * tenants' domain (`alpina.selfcare.example` → `alpina`), and a `tenant` the body names must agree;
 * locally there is one host, so the body names it.
 */
export function tenantOfRequest(req: {
  runtime: 'aws' | 'local';
  host?: string;
  domain?: string;
  named?: string;
}): string | undefined {
  if (req.runtime === 'local') return req.named;
  const host = (req.host ?? '').toLowerCase().replace(/:\d+$/, '');
  const suffix = req.domain ? `.${req.domain.toLowerCase()}` : undefined;
  if (!suffix || !host.endsWith(suffix)) return undefined;
  const label = host.slice(0, -suffix.length);
  if (!TenantIdSchema.safeParse(label).success) return undefined;
  if (req.named !== undefined && req.named !== label) return undefined;
  return label;
}

// ----- the contract's bodies ------------------------------------------------------------------

const Tenant = TenantIdSchema.optional().meta({
  description:
    'The tenant signed in to: required locally (one host serves every tenant); on AWS the host names it and this, when given, must agree',
});
const Username = z
  .string()
  .trim()
  .min(3)
  .max(32)
  .meta({ description: 'The phone number (E.164, or as the subscriber types it)' });

export const LoginSchema = z.strictObject({
  tenant: Tenant,
  username: Username,
  password: z.string().min(1).max(256),
});

export const ChallengeAnswerSchema = z.strictObject({
  tenant: Tenant,
  session: z.string().min(20).max(100).meta({ description: 'The `session` of the previous answer' }),
  /** The PIN received by SMS. */
  pin: z
    .string()
    .regex(/^\d{6}$/, 'must be 6 digits')
    .optional(),
  /** After the PIN, at the first sign-in: the password replacing the initial one. */
  newPassword: z.string().min(1).max(256).optional(),
  /** Send a new PIN (the wrong PINs so far still count). */
  resend: z.literal(true).optional(),
});

export const RefreshSchema = z.strictObject({
  tenant: Tenant,
  refreshToken: z.string().min(20).max(8192),
});

export const RecoveryRequestSchema = z.strictObject({
  tenant: Tenant,
  username: Username,
});

export const RecoveryConfirmSchema = z.strictObject({
  tenant: Tenant,
  username: Username,
  code: z.string().trim().min(1).max(40).meta({
    description: 'The recovery code of the latest e-mail (upper or lower case, with or without dashes)',
  }),
  newPassword: z.string().min(1).max(256),
});

const StaffEmail = z
  .string()
  .trim()
  .min(3)
  .max(254)
  .meta({ description: 'The staff member’s e-mail address' });

export const StaffLoginSchema = z.strictObject({
  tenant: Tenant,
  email: StaffEmail,
  password: z.string().min(1).max(256),
});

export const StaffChallengeSchema = z.strictObject({
  tenant: Tenant,
  session: z.string().min(20).max(100).meta({ description: 'The `session` of the previous answer' }),
  /** The code received by e-mail. */
  code: z
    .string()
    .regex(/^\d{6}$/, 'must be 6 digits')
    .optional(),
  /** After the code, at the first sign-in (or after a reset): the password replacing the initial one. */
  newPassword: z.string().min(1).max(256).optional(),
  /** Send a new code (the wrong codes so far still count). */
  resend: z.literal(true).optional(),
});

export type StaffLoginInput = z.infer<typeof StaffLoginSchema>;
export type StaffChallengeAnswer = z.infer<typeof StaffChallengeSchema>;
export type LoginInput = z.infer<typeof LoginSchema>;
export type RecoveryRequest = z.infer<typeof RecoveryRequestSchema>;
export type RecoveryConfirm = z.infer<typeof RecoveryConfirmSchema>;
export type ChallengeAnswer = z.infer<typeof ChallengeAnswerSchema>;
