/**
 * Who is signed in: the API's token (kept for the tab only, in sessionStorage) and what its claims
 * say, used to choose the pages to show. The server checks every request against the token and
 * the stored records; nothing here grants anything.
 */
export type Role = 'admin' | 'member' | 'operator';

export interface Session {
  token: string;
  refreshToken?: string;
  /** The tenant signed in to (the sign-in form's, or the token's). */
  tenant: string;
  role: Role;
  groupId?: string;
  /** A member of the operator's staff (the desk's sign-in). */
  staffId?: string;
  msisdn?: string;
  expiresAt: number;
}

const KEY = 'switchboard.session';
let session: Session | undefined = read();
const listeners = new Set<() => void>();
let endedReason: string | undefined;

function read(): Session | undefined {
  try {
    const raw = sessionStorage.getItem(KEY);
    const s = raw ? (JSON.parse(raw) as Session) : undefined;
    return s && s.expiresAt > Date.now() ? s : undefined;
  } catch {
    return undefined;
  }
}

/** The claims of a JWT, read without verifying it (the API verifies it). */
export function claimsOf(token: string): Record<string, unknown> {
  const part = token.split('.')[1];
  if (!part) return {};
  try {
    const json = atob(part.replace(/-/g, '+').replace(/_/g, '/'));
    return JSON.parse(new TextDecoder().decode(Uint8Array.from(json, (c) => c.charCodeAt(0))));
  } catch {
    return {};
  }
}

/** A session from a token the API issued; undefined when the token names no portal role. */
export function sessionOf(token: string, tenant?: string, refreshToken?: string): Session | undefined {
  const claims = claimsOf(token);
  const role = claims.role;
  if (role !== 'admin' && role !== 'member' && role !== 'operator') return undefined;
  const exp = typeof claims.exp === 'number' ? claims.exp * 1000 : Date.now() + 3_600_000;
  return {
    token,
    refreshToken,
    tenant: typeof claims.tenant_id === 'string' ? claims.tenant_id : (tenant ?? ''),
    role,
    groupId: typeof claims.group_id === 'string' ? claims.group_id : undefined,
    msisdn: typeof claims.msisdn === 'string' ? claims.msisdn : undefined,
    staffId: typeof claims.staff_id === 'string' ? claims.staff_id : undefined,
    expiresAt: exp,
  };
}

export const currentSession = (): Session | undefined => session;

export function signedIn(next: Session): void {
  session = next;
  endedReason = undefined;
  sessionStorage.setItem(KEY, JSON.stringify(next));
  for (const l of listeners) l();
}

export function signedOut(reason?: string): void {
  session = undefined;
  endedReason = reason;
  sessionStorage.removeItem(KEY);
  for (const l of listeners) l();
}

/** Why the last session ended, when it did not end by signing out (`expired`). */
export const sessionEndedReason = (): string | undefined => endedReason;

export function onSessionChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
