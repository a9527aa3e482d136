import { type Key, tenantPrefix } from '../db/keys.ts';
import { toPathForm } from '../kernel/phone.ts';

/**
 * Keys of sign-in (access patterns in docs/data-model.md, section "Sign-in"). Every key starts with
 * the tenant; a number's items are keyed by its digits, an attempt by the digest of its secret.
 */
export const signInKeys = {
  /** The number's sign-in account: its credentials' id, its SIM change, its PIN sends of the last hour. */
  account: (tenantId: string, msisdn: string): Key => ({
    pk: `${tenantPrefix(tenantId)}#LOGIN#${toPathForm(msisdn)}`,
    sk: 'ACCOUNT',
  }),
  /** The number's password recovery: the latest e-mailed code, its tries, the e-mails of the last hour. TTL. */
  recovery: (tenantId: string, msisdn: string): Key => ({
    pk: `${tenantPrefix(tenantId)}#LOGIN#${toPathForm(msisdn)}`,
    sk: 'RECOVERY',
  }),
  /** One sign-in attempt (password accepted; PIN, new password pending). TTL. */
  attempt: (tenantId: string, attemptId: string): Key => ({
    pk: `${tenantPrefix(tenantId)}#SIGNIN#${attemptId}`,
    sk: 'ATTEMPT',
  }),
  /**
   * The one token grant of a number: written by the sign-in use case just before it asks the user
   * pool for tokens, taken by the pre-token-generation trigger. TTL.
   */
  grant: (tenantId: string, msisdn: string): Key => ({
    pk: `${tenantPrefix(tenantId)}#LOGIN#${toPathForm(msisdn)}`,
    sk: 'GRANT',
  }),
  /** A signed-in session, by the digest of its refresh token (which credentials it was issued to). TTL. */
  session: (tenantId: string, tokenDigest: string): Key => ({
    pk: `${tenantPrefix(tenantId)}#SESSION#${tokenDigest}`,
    sk: 'SESSION',
  }),
};

/**
 * Keys of the staff's sign-in: the credentials of a member of the operator's staff (the member
 * itself is the tenants area's registry), its token grant, and its sign-in attempts, beside the
 * numbers' under a sort key of their own.
 */
export const staffSignInKeys = {
  /** The staff member's credentials: their id, the colleagues' resets, the codes sent in the last hour. */
  account: (tenantId: string, staffId: string): Key => ({
    pk: `${tenantPrefix(tenantId)}#STAFFLOGIN#${staffId}`,
    sk: 'ACCOUNT',
  }),
  /** The one token grant of a staff member (as a number's). TTL. */
  grant: (tenantId: string, staffId: string): Key => ({
    pk: `${tenantPrefix(tenantId)}#STAFFLOGIN#${staffId}`,
    sk: 'GRANT',
  }),
  /** One sign-in attempt of a staff member (password accepted; the e-mailed code, a new password pending). TTL. */
  attempt: (tenantId: string, attemptId: string): Key => ({
    pk: `${tenantPrefix(tenantId)}#SIGNIN#${attemptId}`,
    sk: 'STAFFATTEMPT',
  }),
};
