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
