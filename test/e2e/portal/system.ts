/**
 * One `npm start` for a portal test file, as a newcomer runs it (its own data folder and port, the
 * demo tenants and the demo group seeded), a Chromium to drive the portal, and the outbox and the
 * CLI's tokens as the README shows them: read and minted in the test's process, by the code the
 * CLI's commands run (`npm run cli -- outbox`, `npm run cli -- token`), so that waiting for an SMS
 * or asking for a token costs no process of its own.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { DemoGroup } from '../../../infra/local/seed-demo-group.ts';
import type { RuntimeInfo } from '../../../infra/local/settings.ts';
import { tokenRequestOf } from '../../../infra/local/token-command.ts';
import { existingLocalKeys, signToken } from '../../../infra/local/tokens.ts';
import { type SignInTemplate, secretOf } from '../../../shared/auth/sms.ts';
import {
  callApi,
  localTableClient,
  outboxTo,
  REPO,
  run,
  runtimeInfo,
  startSystem,
  useCrashSystem,
  userEnv,
} from '../local-system.ts';
import { launchBrowser, newContext } from './browser.ts';

export interface PortalSystem {
  base: string;
  dataDir: string;
  browser: Browser;
  demo: DemoGroup;
  /** The running system's runtime file, and a client of its DynamoDB Local (where the outbox is). */
  info: RuntimeInfo;
  table: DynamoDBDocumentClient;
}

export function usePortalSystem(prefix: string): PortalSystem {
  const sys = useCrashSystem(prefix);
  const portal = {} as PortalSystem;
  beforeAll(async () => {
    await startSystem(sys.dataDir, sys.port, 120_000);
    portal.base = sys.base;
    portal.dataDir = sys.dataDir;
    portal.demo = JSON.parse(await readFile(resolve(sys.dataDir, 'demo-group.json'), 'utf8')) as DemoGroup;
    portal.info = await runtimeInfo(sys.dataDir);
    portal.table = localTableClient(portal.info);
    portal.browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    await portal.browser?.close();
    portal.table?.destroy();
  });
  return portal;
}

/** The CLI against the test's data folder, as the README runs it; its stdout. */
export async function cli(sys: PortalSystem, args: string[]): Promise<string> {
  const { stdout } = await run('npm', ['run', '--silent', 'cli', '--', ...args], {
    cwd: REPO,
    env: userEnv(sys.dataDir, 0),
  });
  return stdout.trim();
}

/**
 * The newest password, PIN or code the outbox holds for `to` at the demo group's tenant (waits for
 * it to be sent): what `npm run --silent cli -- outbox --to … --template … --secret` prints.
 */
export function secretFromOutbox(
  sys: PortalSystem,
  to: string,
  template: 'initial-password' | 'login-pin' | 'staff-initial-password' | 'staff-sign-in-code',
  notBefore?: string,
): Promise<string> {
  return secretAt(sys, sys.demo.tenant, to, template, notBefore);
}

/** The secret of the newest message of `template` to `to` now, if there is one (the CLI's `--secret`). */
async function newestSecret(
  sys: PortalSystem,
  tenant: string,
  to: string,
  template: SignInTemplate,
): Promise<string | undefined> {
  // The newest message of the template among the recipient's latest, as the CLI takes it.
  const m = (await outboxTo(sys.table, sys.info, tenant, to)).find((m) => m.template === template);
  return m && secretOf(template, m.locale, m.text);
}

/** Waits for a message of `template` to `to` whose secret is not `notBefore`; its secret. */
async function secretAt(
  sys: PortalSystem,
  tenant: string,
  to: string,
  template: SignInTemplate,
  notBefore?: string,
): Promise<string> {
  const t0 = Date.now();
  for (;;) {
    const secret = await newestSecret(sys, tenant, to, template);
    if (secret && secret !== notBefore) return secret;
    if (Date.now() - t0 > 20_000) throw new Error(`no ${template} message to ${to}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * The token `npm run --silent cli -- token ARGS` prints (the operator's staff token, a test's
 * admin token): the command's own reading of ARGS, signed with the data folder's key pair.
 */
export async function cliToken(sys: PortalSystem, args: string[]): Promise<string> {
  return signToken(tokenRequestOf(args), await existingLocalKeys(sys.dataDir));
}

export const api = (
  sys: PortalSystem,
  method: string,
  path: string,
  token?: string,
  body?: unknown,
  key?: string,
) => callApi(sys.base, method, path, token, body, key);

/**
 * Signs `number` in through the portal's pages: the password (the initial one from the outbox
 * when `password` is not given, then a new one), the SMS PIN when the tenant asks for it.
 * Returns the password now in force.
 */
export async function signInThroughPortal(
  sys: PortalSystem,
  page: Page,
  opts: {
    tenant: string;
    number: string;
    password?: string;
    newPassword?: string;
    pin?: boolean;
    /** Called on each step's page before it is answered (a screenshot, an accessibility check). */
    onStep?: (step: 'pin' | 'new-password') => Promise<void>;
  },
): Promise<string> {
  await page.goto(`${sys.base}/#/sign-in`);
  const form = page.locator('form');
  await form.locator('input').nth(0).fill(opts.tenant);
  await form.locator('input[type=tel]').fill(opts.number);
  const password = opts.password ?? (await secretAt(sys, opts.tenant, opts.number, 'initial-password'));
  // The PIN of an earlier sign-in, if any: the one to enter is the SMS sent after it.
  const lastPin = opts.pin ? await newestSecret(sys, opts.tenant, opts.number, 'login-pin') : undefined;
  await form.locator('input[type=password]').fill(password);
  await form.locator('button[type=submit]').click();
  if (opts.pin) {
    await page.locator('input[autocomplete=one-time-code]').waitFor();
    const pin = await secretAt(sys, opts.tenant, opts.number, 'login-pin', lastPin);
    await opts.onStep?.('pin');
    await page.locator('input[autocomplete=one-time-code]').fill(pin);
    await page.locator('button[type=submit]').click();
  }
  if (opts.password === undefined) {
    const next = opts.newPassword ?? 'Portal-Fjal3kalim-2026';
    await page.locator('input[autocomplete=new-password]').waitFor();
    await opts.onStep?.('new-password');
    await page.locator('input[autocomplete=new-password]').fill(next);
    await page.locator('button[type=submit]').click();
    await page.waitForURL((u) => !u.hash.startsWith('#/sign-in'));
    return next;
  }
  await page.waitForURL((u) => !u.hash.startsWith('#/sign-in'));
  return password;
}

/**
 * A member of the staff signs in to the desk through its sign-in page: the address and the
 * password, the code from the outbox, and at the first sign-in (no `password` given) the initial
 * password from the outbox and a new one. Returns the password in force.
 */
export async function signInToDesk(
  sys: PortalSystem,
  page: Page,
  opts: {
    tenant: string;
    email: string;
    password?: string;
    onStep?: (step: 'code' | 'new-password') => Promise<void>;
  },
): Promise<string> {
  await page.goto(`${sys.base}/#/staff`);
  const form = page.locator('form');
  await form.locator('input').nth(0).fill(opts.tenant);
  await form.locator('input[autocomplete=username]').fill(opts.email);
  const password = opts.password ?? (await secretAt(sys, opts.tenant, opts.email, 'staff-initial-password'));
  // The code of an earlier sign-in, if any: the one to enter is the e-mail sent after it.
  const lastCode = await newestSecret(sys, opts.tenant, opts.email, 'staff-sign-in-code');
  await form.locator('input[type=password]').fill(password);
  await form.locator('button[type=submit]').click();
  await page.locator('input[autocomplete=one-time-code]').waitFor();
  const code = await secretAt(sys, opts.tenant, opts.email, 'staff-sign-in-code', lastCode);
  await opts.onStep?.('code');
  await page.locator('input[autocomplete=one-time-code]').fill(code);
  await page.locator('button[type=submit]').click();
  if (opts.password === undefined) {
    const next = 'Desk-Fjal3kalim-2026';
    await page.locator('input[autocomplete=new-password]').waitFor();
    await opts.onStep?.('new-password');
    await page.locator('input[autocomplete=new-password]').fill(next);
    await page.locator('button[type=submit]').click();
    await page.waitForURL((u) => u.hash.startsWith('#/desk'));
    return next;
  }
  await page.waitForURL((u) => u.hash.startsWith('#/desk'));
  return password;
}

let colleagues = 0;

/**
 * Opens the operator's desk of `tenant` as a new member of its staff (the platform adds one, as
 * it adds a tenant's first), signed in through the desk's sign-in page: each call its own member,
 * so no test spends another's sign-in codes.
 */
export async function openDesk(sys: PortalSystem, page: Page, tenant: string): Promise<void> {
  const platform = await cliToken(sys, ['--role', 'platform']);
  colleagues += 1;
  const email = `desk-${colleagues}-${Date.now().toString(36)}@${tenant}.example`;
  const added = await api(sys, 'POST', `/v1/tenants/${tenant}/staff`, platform, {
    email,
    name: `Desk ${colleagues}`,
  });
  if (added.status !== 201) throw new Error(`no staff member added: ${added.status} ${added.text}`);
  await signInToDesk(sys, page, { tenant, email });
}

export { newContext };
