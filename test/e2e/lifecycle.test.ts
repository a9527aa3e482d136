import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../infra/local/dynamodb.ts';
import { existingLocalKeys, signToken } from '../../infra/local/tokens.ts';
import {
  ctrlC,
  javaOnDataDir,
  killAllStarted,
  killJavaOn,
  type Running,
  runtimeInfo,
  spawnSystem,
  startSystem,
} from './local-system.ts';

/**
 * Starting and stopping `npm start` as a user does from a terminal: Ctrl-C stops it cleanly, a
 * second system on the same data folder or on a busy port is refused before it starts anything.
 */
let dataDir: string;
let otherDir: string;
let port: number;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'sb-life-'));
  otherDir = await mkdtemp(join(tmpdir(), 'sb-life-other-'));
  port = await freePort();
});

afterAll(async () => {
  await killAllStarted();
  await killJavaOn(dataDir);
  await killJavaOn(otherDir);
  await rm(dataDir, { recursive: true, force: true });
  await rm(otherDir, { recursive: true, force: true });
});

const within = <T>(p: Promise<T>, ms: number) =>
  Promise.race([p, new Promise<'timeout'>((res) => setTimeout(() => res('timeout'), ms))]);

async function expectStoppedCleanly(r: Running) {
  const code = await within(r.exited, 30_000);
  expect(code, r.output()).toBe(0);
  expect(r.output()).toContain('Stopped. Data kept in the data folder.');
  expect(r.output()).not.toContain('Stopping now.');
  expect(existsSync(join(dataDir, 'runtime.json'))).toBe(false);
  expect(existsSync(join(dataDir, 'lock.json'))).toBe(false);
  expect(await javaOnDataDir(dataDir)).toEqual([]);
}

async function createTenant(tenantId: string) {
  const token = await signToken({ role: 'platform' }, await existingLocalKeys(dataDir));
  return fetch(`http://127.0.0.1:${port}/v1/tenants`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      tenantId,
      name: `Operator ${tenantId}`,
      country: 'SI',
      locales: ['sl'],
      currency: 'EUR',
      timeZone: 'Europe/Ljubljana',
      vatRateBasisPoints: 2200,
      invoiceSeriesPrefix: 'LC-',
    }),
  });
}

describe('npm start from a terminal', () => {
  it('refuses a second system on the same folder or a busy port, and stops cleanly on one Ctrl-C', {
    timeout: 180_000,
  }, async () => {
    const first = await startSystem(dataDir, port);
    const info = await runtimeInfo(dataDir);

    // The same data folder: refused at once, naming the pid that holds it.
    const second = spawnSystem(dataDir, await freePort());
    expect(await within(second.exited, 30_000), second.output()).toBe(1);
    expect(second.output()).toContain(`is in use by npm start (pid ${info.pid})`);
    expect(second.output()).not.toContain('Starting DynamoDB Local');
    // The first one is untouched: its runtime file is there and its writes work.
    expect(await runtimeInfo(dataDir)).toEqual(info);
    expect((await createTenant('life-one')).status).toBe(201);

    // A busy port: refused before DynamoDB Local starts or the demo tenants are seeded.
    const t0 = Date.now();
    const third = spawnSystem(otherDir, port);
    expect(await within(third.exited, 30_000), third.output()).toBe(1);
    expect(third.output()).toContain(`Port ${port} is in use`);
    expect(third.output()).not.toContain('Starting DynamoDB Local');
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(existsSync(join(otherDir, 'dynamodb'))).toBe(false);
    expect(existsSync(join(otherDir, 'lock.json'))).toBe(false);

    // Ctrl-C: the terminal signals npm and the system, npm passes it on: two SIGINTs, one stop.
    ctrlC(first);
    await expectStoppedCleanly(first);

    // Again, with the key pressed twice a second apart.
    const again = await startSystem(dataDir, port);
    expect(again.output()).not.toContain('creating the demo tenants');
    expect((await createTenant('life-two')).status).toBe(201);
    ctrlC(again);
    await new Promise((r) => setTimeout(r, 1_000));
    ctrlC(again);
    await expectStoppedCleanly(again);
    expect(await readFile(join(dataDir, 'jwt-keys.json'), 'utf8')).toContain('privateJwk');
  });

  it('a port held by another program is refused the same way', async () => {
    // A plain TCP listener on the port (another program), no Switchboard at all.
    const busy: Server = createServer();
    const busyPort = await freePort();
    await new Promise<void>((res) => busy.listen(busyPort, '127.0.0.1', res));
    try {
      const r = spawnSystem(otherDir, busyPort);
      expect(await within(r.exited, 30_000), r.output()).toBe(1);
      expect(r.output()).toContain(`Port ${busyPort} is in use: stop what runs there or start with PORT=`);
    } finally {
      busy.close();
    }
  });
});
