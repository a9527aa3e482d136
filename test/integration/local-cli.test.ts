import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeServer, createLocalServer } from '../../infra/local/http-server.ts';
import { type LocalQueue, openLocalQueue } from '../../infra/local/queue.ts';
import type { RuntimeInfo } from '../../infra/local/settings.ts';
import { localKeys, verifyToken } from '../../infra/local/tokens.ts';
import { TEST_QUEUE_CONSUMER } from '../support/queue-consumer.ts';

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

describe('npm run cli -- queue', () => {
  let running: string;
  let queue: LocalQueue;
  let server: Server;

  beforeAll(async () => {
    // A system "running" in this process: its runtime file names this process and a server with
    // one local queue, whose consumer is not started, so the messages stay for `queue list`.
    running = await mkdtemp(join(tmpdir(), 'sb-cli-queue-'));
    queue = await openLocalQueue({
      entry: { name: TEST_QUEUE_CONSUMER, handler: 'test/support/queue-consumer' },
      dir: join(running, 'queues'),
    });
    server = createLocalServer({
      queues: {
        get: (name) => (name === queue.name ? queue : undefined),
        all: () => [queue],
        drain: () => queue.drain(),
        stop: () => queue.stop(),
      },
    });
    await new Promise<void>((res) => server.listen(0, '127.0.0.1', res));
    const info: RuntimeInfo = {
      pid: process.pid,
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      dynamodbEndpoint: 'http://127.0.0.1:1',
      tableName: 'unused',
      startedAt: new Date().toISOString(),
    };
    await writeFile(join(running, 'runtime.json'), JSON.stringify(info));
    await writeFile(join(running, 'one.json'), '{\n  "tenantId": "alpina",\n  "n": 1\n}\n');
    await writeFile(
      join(running, 'lines.jsonl'),
      '{"tenantId":"alpina","n":2}\n{"tenantId":"alpina","n":3}\n',
    );
    await writeFile(join(running, 'broken.jsonl'), '{"tenantId":"alpina","n":4}\n{"tenantId":\n');
  });
  afterAll(async () => {
    await queue.stop();
    await closeServer(server);
    await rm(running, { recursive: true, force: true });
  });

  it('sends a JSON file as one message and a JSON Lines file as one per line, to the running system', async () => {
    const one = await cli(
      running,
      'queue',
      'send',
      TEST_QUEUE_CONSUMER,
      '--file',
      join(running, 'one.json'),
      '--correlation-id',
      'cli-run-1',
    );
    expect(one.code, one.stderr).toBe(0);
    expect(one.stderr).toContain('Sent 1 message to test-queue-consumer (correlation id cli-run-1)');
    const [id] = one.stdout.trim().split('\n');
    const lines = await cli(
      running,
      'queue',
      'send',
      TEST_QUEUE_CONSUMER,
      '--file',
      join(running, 'lines.jsonl'),
    );
    expect(lines.code, lines.stderr).toBe(0);
    expect(lines.stdout.trim().split('\n')).toHaveLength(2);

    expect(queue.messages().map((m) => JSON.parse(m.body).n)).toEqual([1, 2, 3]);
    expect(queue.messages()[0]).toMatchObject({ messageId: id, attributes: { correlationId: 'cli-run-1' } });
  });

  it('refuses a file that is neither JSON nor JSON Lines, an unknown queue, and a system that does not run', async () => {
    const broken = await cli(
      running,
      'queue',
      'send',
      TEST_QUEUE_CONSUMER,
      '--file',
      join(running, 'broken.jsonl'),
    );
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('line 2 is not JSON');

    const unknown = await cli(running, 'queue', 'send', 'no-such-queue', '--file', join(running, 'one.json'));
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain(
      `No local queue named "no-such-queue"; the queues are ${TEST_QUEUE_CONSUMER}`,
    );

    const stopped = await cli(
      empty,
      'queue',
      'send',
      TEST_QUEUE_CONSUMER,
      '--file',
      join(running, 'one.json'),
    );
    expect(stopped.code).toBe(1);
    expect(stopped.stderr).toContain(`The system is not running on ${empty}`);
  });

  it('lists the queues of the data folder, the messages waiting in one, and its dead-letter queue', async () => {
    const all = await cli(running, 'queue', 'list');
    expect(all.code, all.stderr).toBe(0);
    expect(all.stdout).toContain(
      `${TEST_QUEUE_CONSUMER} (no longer in any manifest): 3 waiting, 0 in the dead-letter queue`,
    );

    const one = await cli(running, 'queue', 'list', TEST_QUEUE_CONSUMER);
    expect(one.code, one.stderr).toBe(0);
    for (const m of queue.messages()) {
      expect(one.stdout).toContain(m.messageId);
      expect(one.stdout).toContain(m.body);
    }
    expect(one.stdout).toContain('received 0×');
    expect(one.stdout).toContain('correlationId=cli-run-1');

    const dlq = await cli(running, 'queue', 'list', TEST_QUEUE_CONSUMER, '--dlq');
    expect(dlq.code, dlq.stderr).toBe(0);
    expect(dlq.stdout).not.toContain(queue.messages()[0]!.messageId);

    const unknown = await cli(running, 'queue', 'list', 'no-such-queue');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('No queue named "no-such-queue"');
  });
});
