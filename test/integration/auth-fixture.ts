import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { handler as onAdminChanged } from '../../functions/auth/on-admin-changed.ts';
import { handler as onGroupRegistered } from '../../functions/auth/on-group-registered.ts';
import { handler as onHolderChanged } from '../../functions/auth/on-holder-changed.ts';
import { handler as onMemberAdded } from '../../functions/auth/on-member-added.ts';
import { handler as onMemberRemoved } from '../../functions/auth/on-member-removed.ts';
import { handler as onStaffMemberChanged } from '../../functions/auth/on-staff-member-changed.ts';
import { localContext } from '../../infra/local/api-event.ts';
import { cognitoEnvironment, type LocalCognito, startLocalCognito } from '../../infra/local/cognito.ts';
import { closeServer, createLocalServer } from '../../infra/local/http-server.ts';
import { generateLocalKeyPair, type KeyPair, tokenVerifier } from '../../infra/local/tokens.ts';
import { resetCognitoForTests } from '../../shared/auth/cognito.ts';
import { resetConfigForTests } from '../../shared/kernel/config.ts';
import { listOutbox } from '../../shared/notifications/local-outbox.ts';
import { busDelivery, outboxDetails } from './groups-fixture.ts';

/**
 * The self-care sign-in as `npm start` runs it, for the sign-in integration tests: cognito-local
 * as a child process (its trigger served by the local Lambda endpoint), the local server over HTTP
 * verifying the pool's ID tokens, the group events handed to the sign-in subscribers as the bus
 * does, and the initial passwords, PINs and recovery e-mails read back from the outbox.
 */

// biome-ignore lint/suspicious/noExplicitAny: the tests read arbitrary JSON bodies
export type JsonAnswer = { status: number; body: any };

export interface SignInWorld {
  cognito: LocalCognito;
  keys: KeyPair;
  post(path: string, body: unknown): Promise<JsonAnswer>;
  get(path: string, token: string): Promise<JsonAnswer>;
  /** Any request with a bearer token (and headers such as `Idempotency-Key`). */
  call(
    method: string,
    path: string,
    token: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<JsonAnswer>;
  stop(): Promise<void>;
}

/** Starts the user pool and the local server; the functions' configuration points at both. */
export async function startSignInWorld(): Promise<SignInWorld> {
  const keys = await generateLocalKeyPair();
  const dir = await mkdtemp(join(tmpdir(), 'sb-cognito-'));
  const cognito = await startLocalCognito({ dir });
  Object.assign(process.env, cognitoEnvironment(cognito));
  resetConfigForTests();
  resetCognitoForTests();
  const server: Server = createLocalServer({ verify: tokenVerifier({ keys, userPool: cognito }) });
  await new Promise<void>((res) => server.listen(0, '127.0.0.1', () => res()));
  const address = server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    cognito,
    keys,
    async post(path, body) {
      const res = await fetch(`${base}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': 'en' },
        body: JSON.stringify(body),
      });
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : undefined };
    },
    async get(path, token) {
      const res = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${token}` } });
      return { status: res.status, body: await res.json() };
    },
    async call(method, path, token, body, headers = {}) {
      const res = await fetch(`${base}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          'accept-language': 'en',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...headers,
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : undefined };
    },
    async stop() {
      await closeServer(server);
      await cognito.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

const handlers: Record<string, (e: unknown, c: unknown) => Promise<unknown>> = {
  GroupRegistered: onGroupRegistered as never,
  MemberAdded: onMemberAdded as never,
  MemberRemoved: onMemberRemoved as never,
  HolderChanged: onHolderChanged as never,
  AdminChanged: onAdminChanged as never,
  StaffMemberChanged: onStaffMemberChanged as never,
};
const delivered = new Set<string>();

/** Hands every group event of the tenant written so far to the sign-in subscribers, as the bus does. */
export async function deliverEvents(tenantId: string): Promise<void> {
  for (const e of await outboxDetails(tenantId)) {
    const h = handlers[e.detailType];
    if (!h || delivered.has(e.detail.metadata.eventId)) continue;
    delivered.add(e.detail.metadata.eventId);
    await h(busDelivery(e), localContext(e.detailType));
  }
}

/** The texts of one template sent to a number (digits) or an e-mail address, newest first. */
export async function sent(tenantId: string, to: string, template: string): Promise<string[]> {
  const page = await listOutbox({ tenantId, to: to.includes('@') ? to : `+${to}`, limit: 50 });
  return page.items.filter((m) => m.template === template).map((m) => m.text);
}

export const initialPasswordOf = async (tenantId: string, digits: string) => {
  const [text] = await sent(tenantId, digits, 'initial-password');
  return /([A-Z][a-z][2-9][a-z]-){2}[A-Z][a-z][2-9][a-z]/.exec(text ?? '')?.[0] ?? '';
};
export const latestPin = async (tenantId: string, digits: string) => {
  const [text] = await sent(tenantId, digits, 'login-pin');
  return /\b(\d{6})\b/.exec(text ?? '')?.[1] ?? '';
};

export const STRONG = 'Kosova-2024!Strong';

/** Signs a number in for the first time: initial password, PIN, new password. */
export async function firstSignIn(w: SignInWorld, tenantId: string, digits: string, password = STRONG) {
  const started = await w.post('/v1/auth/login', {
    tenant: tenantId,
    username: `+${digits}`,
    password: await initialPasswordOf(tenantId, digits),
  });
  expect(started.status, JSON.stringify(started.body)).toBe(200);
  expect(started.body).toMatchObject({ status: 'challenge', challenge: 'SMS_PIN' });
  const pinned = await w.post('/v1/auth/challenge', {
    tenant: tenantId,
    session: started.body.session,
    pin: await latestPin(tenantId, digits),
  });
  expect(pinned.body).toMatchObject({ status: 'challenge', challenge: 'NEW_PASSWORD' });
  const done = await w.post('/v1/auth/challenge', {
    tenant: tenantId,
    session: started.body.session,
    newPassword: password,
  });
  expect(done.status, JSON.stringify(done.body)).toBe(200);
  expect(done.body.status).toBe('signed-in');
  return done.body as { token: string; refreshToken: string };
}
