import type { CatalogRepository } from '../catalog/ports.ts';
import type { AuditEntry, GroupRepository } from '../groups/ports.ts';
import type { Clock } from '../kernel/clock.ts';
import type { Tenant } from '../kernel/tenant.ts';
import type { DeliveryLog } from '../notifications/delivery.ts';
import type { Notifier } from '../notifications/message.ts';
import type { StaffRepository } from '../tenants/ports.ts';
import type { PinDestination } from './domain.ts';

/** Tokens the user pool issued: the ID token is the API's bearer token. */
export interface IssuedTokens {
  idToken: string;
  refreshToken?: string;
  /** Seconds the ID token is valid. */
  expiresIn: number;
}

/** What the user pool answered a password, a new password or a refresh token. */
export type DirectoryAnswer =
  | { kind: 'tokens'; tokens: IssuedTokens }
  | { kind: 'new-password-required'; session: string }
  /** Wrong password, unknown or disabled user, refused by the trigger: all the same to the caller. */
  | { kind: 'refused'; reason: string };

/**
 * Port to the user pool (Amazon Cognito on AWS, cognito-local locally: `cognito.ts`). Usernames
 * are tenant-qualified (`domain.ts` `usernameOf`).
 */
export interface UserDirectory {
  /**
   * The user exists, enabled, with `temporaryPassword` as an initial password (it must be changed
   * at the first sign-in), and every session of earlier credentials is signed out.
   */
  provision(user: { username: string; phone?: string; temporaryPassword: string }): Promise<void>;
  /** The user can no longer sign in, and its sessions are signed out (absent users: nothing to do). */
  disable(username: string): Promise<void>;
  signIn(username: string, password: string): Promise<DirectoryAnswer>;
  setNewPassword(username: string, session: string, newPassword: string): Promise<DirectoryAnswer>;
  refresh(username: string, refreshToken: string): Promise<DirectoryAnswer>;
  revoke(refreshToken: string): Promise<void>;
  /**
   * Password recovery: `password` becomes the user's permanent password, and every session of the
   * user is signed out where the pool can do it (our own session records end them everywhere).
   */
  setPassword(username: string, password: string): Promise<PasswordSet>;
}

/** What the user pool answered a password set by recovery. */
export type PasswordSet =
  | { kind: 'set' }
  /** The pool's own password checks refused it (its policy, a password known to be compromised). */
  | { kind: 'weak-password' }
  | { kind: 'refused'; reason: string };

/** The number's sign-in account (its credentials; the membership itself is the groups area's). */
export interface SignInAccount {
  tenantId: string;
  /** E.164. */
  msisdn: string;
  /** The membership the credentials belong to (`<groupId>#<addedAt>`): a new holder gets new ones. */
  credentialId: string;
  /** The first sign-in has not happened yet: the initial password of `credentialId` is in force. */
  initialPasswordPending: boolean;
  /** Reported by the operator (a new SIM for the number): no PIN by SMS for a while. */
  simChangedAt?: string;
  /** PIN messages sent in the last hour (ISO instants). */
  pinSends: string[];
  /** The password was last set by recovery then (ISO): sessions and sign-in attempts older than it are over. */
  passwordSetAt?: string;
  /**
   * Times customer care reset the password (after checking the customer's identity): each reset
   * gives these credentials a new initial password (`initialCredentialOf`).
   */
  resets?: number;
  /**
   * A fixed line's: where its initial password and PINs go, as customer care registered it. It
   * belongs to these credentials: a new holder's account starts without one.
   */
  pinDestination?: PinDestination;
  updatedAt: string;
  version: number;
}

/**
 * The number's password recovery by e-mail: the code of the latest recovery e-mail (its digest,
 * bound to the number and `issuedAt`), its wrong tries, and the recovery e-mails of the last hour.
 * A new e-mail replaces the code of the previous one.
 */
export interface PasswordRecovery {
  tenantId: string;
  /** E.164. */
  msisdn: string;
  /** The membership the code was sent for: a new holder's number has no use for it. */
  credentialId: string;
  /** `sent`: the code may be answered; `used`: it set a password; `ended`: the fifth wrong code. */
  state: 'sent' | 'used' | 'ended';
  /** Empty once the code is used or ended. */
  codeDigest: string;
  issuedAt: string;
  codeExpiresAt: string;
  failures: number;
  /** Recovery e-mails sent in the last hour (ISO instants). */
  sends: string[];
  updatedAt: string;
  version: number;
}

/** What follows a correct PIN: the tokens already issued, or the new password of the first sign-in. */
export type AttemptNext = 'tokens' | 'new-password';

export interface SignInAttempt {
  tenantId: string;
  attemptId: string;
  msisdn: string;
  credentialId: string;
  state: 'pin' | 'new-password' | 'done' | 'ended';
  next: AttemptNext;
  pinDigest: string;
  pinExpiresAt: string;
  failures: number;
  /** Sealed (`secrets.ts`): the user pool's session (`new-password`) or refresh token (`tokens`). */
  sealed: string;
  /** The attempt is over after this (ISO); the table's TTL removes it later. */
  validUntil: string;
  version: number;
}

/** What the pre-token-generation trigger may put in the tokens it is asked for. */
export type GrantScope = 'claims' | 'none';

/** A signed-in session: a number's, or a staff member's (`staffId`). */
export type SignInSession =
  | { tenantId: string; msisdn: string; staffId?: undefined; credentialId: string; validUntil: string }
  | { tenantId: string; staffId: string; msisdn?: undefined; credentialId: string; validUntil: string };

/** A conditional write lost: the record changed meanwhile (a concurrent answer, a send). */
export class SignInChanged extends Error {
  override readonly name = 'SignInChanged';
}

export interface SignInRepository {
  getAccount(tenantId: string, msisdn: string): Promise<SignInAccount | undefined>;
  /** Writes `next` iff the account is still at `expectedVersion` (0: absent). Refused: `SignInChanged`. */
  putAccount(next: SignInAccount, expectedVersion: number): Promise<void>;
  /** `putAccount` and the group's audit entry of the change, in one transaction. */
  putAccountAudited(next: SignInAccount, expectedVersion: number, audit: AuditEntry): Promise<void>;
  createAttempt(attempt: SignInAttempt): Promise<void>;
  getAttempt(tenantId: string, attemptId: string): Promise<SignInAttempt | undefined>;
  /** Writes `next` iff the attempt is still at `expectedVersion`. Refused: `SignInChanged`. */
  putAttempt(next: SignInAttempt, expectedVersion: number): Promise<void>;
  grant(tenantId: string, msisdn: string, scope: GrantScope, until: Date): Promise<void>;
  /** Takes (deletes) the number's grant if it is still valid at `now`. */
  takeGrant(tenantId: string, msisdn: string, now: Date): Promise<GrantScope | undefined>;
  putSession(tokenDigest: string, session: SignInSession): Promise<void>;
  getSession(tenantId: string, tokenDigest: string): Promise<SignInSession | undefined>;
  deleteSession(tenantId: string, tokenDigest: string): Promise<void>;
  getRecovery(tenantId: string, msisdn: string): Promise<PasswordRecovery | undefined>;
  /** Writes `next` iff the recovery is still at `expectedVersion` (0: absent). Refused: `SignInChanged`. */
  putRecovery(next: PasswordRecovery, expectedVersion: number): Promise<void>;
}

/**
 * The sign-in credentials of a member of the operator's staff (the registry's member is the tenants
 * area's): made when the member is added, renewed when a colleague resets the password.
 */
export interface StaffSignInAccount {
  tenantId: string;
  staffId: string;
  /** `<staffId>#<resets>`: each reset gives new credentials, and a new initial password. */
  credentialId: string;
  resets: number;
  /** The first sign-in of these credentials has not happened yet. */
  initialPasswordPending: boolean;
  /** Sign-in codes e-mailed in the last hour (ISO instants). */
  codeSends: string[];
  /** The password was last set by a reset then (ISO): sessions and attempts older than it are over. */
  passwordSetAt?: string;
  updatedAt: string;
  version: number;
}

/** A staff member's sign-in attempt: a number's attempt, for `staffId`, its code e-mailed. */
export type StaffSignInAttempt = Omit<SignInAttempt, 'msisdn'> & { staffId: string };

export interface StaffSignInRepository {
  getAccount(tenantId: string, staffId: string): Promise<StaffSignInAccount | undefined>;
  /** Writes `next` iff the account is still at `expectedVersion` (0: absent). Refused: `SignInChanged`. */
  putAccount(next: StaffSignInAccount, expectedVersion: number): Promise<void>;
  createAttempt(attempt: StaffSignInAttempt): Promise<void>;
  getAttempt(tenantId: string, attemptId: string): Promise<StaffSignInAttempt | undefined>;
  putAttempt(next: StaffSignInAttempt, expectedVersion: number): Promise<void>;
  grant(tenantId: string, staffId: string, scope: GrantScope, until: Date): Promise<void>;
  takeGrant(tenantId: string, staffId: string, now: Date): Promise<GrantScope | undefined>;
}

type GroupReads = Pick<GroupRepository, 'getNumber' | 'getMember' | 'getGroup'>;

/**
 * Sign-in's use cases (login, challenge, refresh, logout, password recovery: its notifier also
 * sends e-mail).
 */
export interface SignInDeps {
  signIn: SignInRepository;
  directory: UserDirectory;
  groups: GroupReads;
  catalogs: Pick<CatalogRepository, 'current'>;
  tenant: (tenantId: string) => Promise<Tenant | undefined>;
  /** The PIN goes out through it (SNS on AWS, the outbox locally). */
  notifier: Notifier;
  clock: Clock;
}

/** Provisioning the user pool from the group events; the initial password by SMS, once. */
export interface ProvisionDeps {
  signIn: SignInRepository;
  directory: UserDirectory;
  groups: GroupReads;
  notifier: Notifier;
  sent: DeliveryLog;
  clock: Clock;
  leaseSeconds?: number;
}

/** Customer care registers where a fixed line's PIN goes; the notices and the initial password go out. */
export interface PinDestinationDeps {
  signIn: Pick<SignInRepository, 'getAccount' | 'putAccountAudited'>;
  groups: GroupRepository;
  notifier: Notifier;
  sent: DeliveryLog;
  clock: Clock;
}

/** Customer care's password reset: the account, the membership, the user pool, the notice. */
export interface PasswordResetDeps {
  signIn: Pick<SignInRepository, 'getAccount' | 'putAccountAudited'>;
  groups: GroupRepository;
  directory: Pick<UserDirectory, 'provision'>;
  notifier: Notifier;
  sent: DeliveryLog;
  clock: Clock;
}

/**
 * The staff's sign-in (the desk): the registry of the tenants area, the credentials, the user pool,
 * the e-mailed codes and initial passwords; sessions are kept with the numbers'.
 */
export interface StaffSignInDeps {
  registry: Pick<StaffRepository, 'get' | 'byEmail'>;
  staffSignIn: StaffSignInRepository;
  signIn: Pick<SignInRepository, 'putSession' | 'getSession' | 'deleteSession'>;
  directory: UserDirectory;
  tenant: (tenantId: string) => Promise<Tenant | undefined>;
  notifier: Notifier;
  sent: DeliveryLog;
  clock: Clock;
  leaseSeconds?: number;
}

/** The pre-token-generation trigger: the claims from the table. */
export interface TokenClaimsDeps {
  signIn: Pick<SignInRepository, 'takeGrant' | 'getAccount'>;
  staffSignIn: Pick<StaffSignInRepository, 'takeGrant' | 'getAccount'>;
  registry: Pick<StaffRepository, 'get'>;
  groups: GroupReads;
  tenant: (tenantId: string) => Promise<Tenant | undefined>;
  clock: Clock;
}
