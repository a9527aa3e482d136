import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DataFolderInUse, lockDataFolder } from '../../infra/local/data-lock.ts';

let dataDir: string;
const children: ChildProcess[] = [];

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'sb-lock-'));
});
afterEach(async () => {
  for (const c of children.splice(0)) c.kill('SIGKILL');
  await rm(join(dataDir, 'lock.json'), { force: true });
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

/** A live process whose command line reads like the given one (a system, or its DynamoDB Local). */
async function lookalike(...args: string[]): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)', ...args], { stdio: 'ignore' });
  children.push(child);
  await new Promise((r) => child.once('spawn', r));
  return child;
}

const writeLock = (record: object) => writeFile(join(dataDir, 'lock.json'), JSON.stringify(record));
const gone = async (child: ChildProcess) => {
  for (let i = 0; i < 50 && child.exitCode === null && child.signalCode === null; i++)
    await new Promise((r) => setTimeout(r, 50));
  return child.signalCode !== null || child.exitCode !== null;
};

describe('the data folder lock', () => {
  it('refuses a folder held by a running system, naming its pid', async () => {
    const holder = await lookalike('infra/local/main.ts');
    await writeLock({ pid: holder.pid, holder: 'npm start', startedAt: new Date().toISOString() });
    const refused = await lockDataFolder(dataDir, 'npm start').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DataFolderInUse);
    expect((refused as DataFolderInUse).pid).toBe(holder.pid);
    expect((refused as Error).message).toContain(`in use by npm start (pid ${holder.pid})`);
  });

  it('takes over a stale lock (its process is gone, or the pid now belongs to another program)', async () => {
    const other = await lookalike('some-other-program');
    for (const pid of [2 ** 22 + 17, other.pid]) {
      await writeLock({ pid, holder: 'npm start', startedAt: '2026-01-01T00:00:00Z' });
      const lock = await lockDataFolder(dataDir, 'npm start');
      expect(JSON.parse(await readFile(join(dataDir, 'lock.json'), 'utf8')).pid).toBe(process.pid);
      await lock.release();
      expect(existsSync(join(dataDir, 'lock.json'))).toBe(false);
    }
  });

  it('stops the DynamoDB Local a killed system left running on the folder', async () => {
    const leftover = await lookalike('DynamoDBLocal.jar', '-dbPath', join(dataDir, 'dynamodb'));
    const unrelated = await lookalike('DynamoDBLocal.jar', '-dbPath', '/somewhere/else');
    await writeLock({
      pid: 2 ** 22 + 18,
      holder: 'npm start',
      startedAt: '2026-01-01T00:00:00Z',
      dynamodbPid: leftover.pid,
    });
    const lock = await lockDataFolder(dataDir, 'npm start');
    expect(await gone(leftover)).toBe(true);
    await lock.release();

    // A pid recorded there that now belongs to something else is left alone.
    await writeLock({
      pid: 2 ** 22 + 19,
      holder: 'npm start',
      startedAt: '2026-01-01T00:00:00Z',
      dynamodbPid: unrelated.pid,
    });
    await (await lockDataFolder(dataDir, 'npm start')).release();
    expect(unrelated.exitCode).toBeNull();
    expect(unrelated.signalCode).toBeNull();
  });

  it('releases only its own lock', async () => {
    const lock = await lockDataFolder(dataDir, 'npm start');
    const holder = await lookalike('infra/local/main.ts');
    await writeLock({ pid: holder.pid, holder: 'npm start', startedAt: new Date().toISOString() });
    await lock.release();
    expect(JSON.parse(await readFile(join(dataDir, 'lock.json'), 'utf8')).pid).toBe(holder.pid);
  });
});
