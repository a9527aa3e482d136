import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localKeys, verifyToken } from '../../infra/local/tokens.ts';

const REPO = resolve(import.meta.dirname, '../..');
const exec = promisify(execFile);

let empty: string;
let started: string;

beforeAll(async () => {
  empty = await mkdtemp(join(tmpdir(), 'sb-cli-empty-'));
  started = await mkdtemp(join(tmpdir(), 'sb-cli-started-'));
  await localKeys(started); // what the first npm start on a folder makes
});
afterAll(async () => {
  await rm(empty, { recursive: true, force: true });
  await rm(started, { recursive: true, force: true });
});

const cli = (dataDir: string, ...args: string[]) =>
  exec(process.execPath, ['--import', 'tsx', 'infra/local/cli.ts', ...args], {
    cwd: REPO,
    env: { ...process.env, DATA_DIR: dataDir },
  }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => ({
      code: e.code,
      stdout: e.stdout,
      stderr: e.stderr,
    }),
  );

describe('npm run cli -- token', () => {
  it('refuses a folder where no system ever ran, and makes no key pair there', async () => {
    const out = await cli(empty, 'token', '--role', 'platform');
    expect(out.code).toBe(1);
    expect(out.stdout).toBe('');
    expect(out.stderr).toContain(`No Switchboard system in ${empty}`);
    expect(out.stderr).toContain('DATA_DIR');
    expect(existsSync(join(empty, 'jwt-keys.json'))).toBe(false);
  });

  it("signs with the folder's key pair, which the server of that folder accepts", async () => {
    const out = await cli(started, 'token', '--role', 'operator', '--tenant', 'alpina');
    expect(out.code, out.stderr).toBe(0);
    expect(out.stderr).toContain(`data folder ${started}`);
    const token = out.stdout.trim().split('\n').at(-1)!;
    expect(await verifyToken(token, await localKeys(started))).toMatchObject({ role: 'operator' });
  });
});
