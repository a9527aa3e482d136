/**
 * The API client, typed from the contract (`schema.d.ts`, written from `/openapi.json`). Every
 * request carries the session's token and the chosen language; the API answers problems
 * (RFC 9457) in that language, and the portal shows them as they come.
 */
import createClient, { type Middleware } from 'openapi-fetch';
import { language } from '../i18n/index.ts';
import { currentSession, type Session, sessionOf, signedIn, signedOut } from '../session.ts';
import type { operations, paths } from './schema';

/** A problem answer of the API: its texts are already in the language asked for. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: { field: string; message: string }[];
  retryAfterSeconds?: number;
  correlationId?: string;
}

type JsonOf<R> = R extends { content: { 'application/json': infer T } } ? T : never;
/** The JSON body of an operation's success answer. */
export type Ok<Op extends keyof operations> = JsonOf<
  operations[Op]['responses'] extends infer R
    ? R extends { 200: infer A }
      ? A
      : R extends { 201: infer A }
        ? A
        : R extends { 202: infer A }
          ? A
          : never
    : never
>;
/** The JSON request body of an operation. */
export type BodyOf<Op extends keyof operations> = operations[Op] extends {
  requestBody?: { content: { 'application/json': infer B } };
}
  ? B
  : never;

/** A session within this of its end is renewed with its refresh token before the next request. */
const RENEW_BEFORE_MS = 120_000;
let renewing: Promise<void> | undefined;

/** New tokens for the session (`POST /v1/auth/refresh`), once however many requests wait for them. */
function renew(session: Session): Promise<void> {
  renewing ??= fetch('/v1/auth/refresh', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': language() },
    body: JSON.stringify({ refreshToken: session.refreshToken, tenant: session.tenant }),
  })
    .then(async (response) => {
      const answer = response.ok
        ? ((await response.json()) as { status: string; token?: string })
        : undefined;
      const next =
        answer?.status === 'signed-in' && answer.token
          ? sessionOf(answer.token, session.tenant, session.refreshToken)
          : undefined;
      if (next) signedIn(next);
      else signedOut('expired');
    })
    .catch(() => undefined)
    .finally(() => {
      renewing = undefined;
    });
  return renewing;
}

const auth: Middleware = {
  async onRequest({ request }) {
    let session = currentSession();
    if (
      session?.refreshToken &&
      session.expiresAt - Date.now() < RENEW_BEFORE_MS &&
      !request.url.includes('/v1/auth/')
    ) {
      await renew(session);
      session = currentSession();
    }
    if (session && !request.headers.has('authorization'))
      request.headers.set('authorization', `Bearer ${session.token}`);
    request.headers.set('accept-language', language());
    return request;
  },
  onResponse({ response }) {
    // An expired or revoked session: back to sign-in (the server decides; the portal follows).
    if (response.status === 401 && currentSession()) signedOut('expired');
    return response;
  },
};

export const api = createClient<paths>({ baseUrl: '' });
api.use(auth);

/** A network failure or an answer that is no problem document, as one the portal can show. */
export function asProblem(error: unknown, response?: Response): Problem {
  if (error && typeof error === 'object' && 'title' in error && 'status' in error) return error as Problem;
  return {
    type: 'about:blank',
    title: response ? response.statusText || `HTTP ${response.status}` : 'Network error',
    status: response?.status ?? 0,
  };
}

/** A fresh idempotency key for one user action (kept while the action is retried). */
export const idempotencyKey = (): string => crypto.randomUUID();

/** Downloads a document of the API (a PDF, an e-invoice) with the session's token. */
export async function download(path: string, fileName: string): Promise<Problem | undefined> {
  const session = currentSession();
  const response = await fetch(path, {
    headers: { authorization: `Bearer ${session?.token ?? ''}`, 'accept-language': language() },
  });
  if (!response.ok) return asProblem(await response.json().catch(() => undefined), response);
  const url = URL.createObjectURL(await response.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return undefined;
}
