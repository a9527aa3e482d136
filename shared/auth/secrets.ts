import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { cursorSigningKey } from '../kernel/config.ts';

/**
 * Sign-in's secrets, derived (HKDF-SHA256) from the stage's signing secret (`CURSOR_SIGNING_KEY`,
 * Secrets Manager on AWS; derived from the table name locally), one per purpose, so no new secret
 * has to be provisioned and a key of one purpose says nothing about another's.
 */
const derived = new Map<string, Buffer>();
function key(purpose: string): Buffer {
  let k = derived.get(purpose);
  if (!k) {
    k = Buffer.from(hkdfSync('sha256', cursorSigningKey(), 'switchboard-sign-in', purpose, 32));
    derived.set(purpose, k);
  }
  return k;
}

/** The key of PIN digests, initial passwords and recovery-code digests. */
export const signInSecret = (purpose: 'pin' | 'initial-password' | 'recovery'): string =>
  key(purpose).toString('base64');

/**
 * What the table keeps of a pending sign-in that must not be readable from it (the user pool's
 * session or refresh token): AES-256-GCM, bound to the attempt it belongs to.
 */
export function seal(plain: string, attemptId: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key('seal'), iv);
  cipher.setAAD(Buffer.from(attemptId));
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64url')).join('.');
}

export function unseal(sealed: string, attemptId: string): string {
  const [iv, tag, body] = sealed.split('.').map((p) => Buffer.from(p, 'base64url'));
  const decipher = createDecipheriv('aes-256-gcm', key('seal'), iv!);
  decipher.setAAD(Buffer.from(attemptId));
  decipher.setAuthTag(tag!);
  return Buffer.concat([decipher.update(body!), decipher.final()]).toString('utf8');
}
