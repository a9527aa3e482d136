import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DynamoDBDocumentClient,
  QueryCommand,
  ScanCommand,
  type ScanCommandOutput,
} from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll } from 'vitest';
import { freePort } from '../../infra/local/dynamodb.ts';
import type { RuntimeInfo } from '../../infra/local/settings.ts';
import { notificationKeys } from '../../shared/notifications/keys.ts';
import type { OutboxMessage } from '../../shared/notifications/local-outbox.ts';
import { normalizeRecipient } from '../../shared/notifications/message.ts';

/** The real `npm start` as a user runs it, for the end-to-end tests. */
export const REPO = resolve(import.meta.dirname, '../..');
export const run = promisify(execFile);

/** The environment of a user's shell: none of the test harness's table settings. */
export function userEnv(dataDir: string, port: number): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: String(port),
    POWERTOOLS_LOG_LEVEL: 'WARN',
  };
  for (const k of [
    'RUNTIME',
    'DYNAMODB_ENDPOINT',
    'TABLE_NAME',
    'TENANT_CACHE_SECONDS',
    'VITEST',
    'NODE_ENV',
    'AWS_LAMBDA_MAX_CONCURRENCY',
  ])
    delete env[k];
  return env;
}

export interface Running {
  /** npm, leader of its own process group (as a terminal's foreground job is). */
  child: ChildProcess;
  output: () => string;
  /** npm's exit code, once it and every process sharing its output have exited. */
  exited: Promise<number | null>;
}

const started: ChildProcess[] = [];

/** Spawns `npm start`; `ready` waits until /health answers. */
export function spawnSystem(dataDir: string, port: number): Running {
  const child = spawn('npm', ['start'], {
    cwd: REPO,
    env: userEnv(dataDir, port),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  let out = '';
  child.stdout!.on('data', (d: Buffer) => {
    out += d.toString();
  });
  child.stderr!.on('data', (d: Buffer) => {
    out += d.toString();
  });
  // 'close': npm has exited and every process that shares its output (the system itself) is gone.
  const exited = new Promise<number | null>((res) => child.once('close', (code) => res(code)));
  return { child, output: () => out, exited };
}

export async function startSystem(dataDir: string, port: number, timeoutMs = 60_000): Promise<Running> {
  const r = spawnSystem(dataDir, port);
  const t0 = Date.now();
  let gone = false;
  void r.exited.then(() => {
    gone = true;
  });
  for (;;) {
    if (gone) throw new Error(`npm start exited before answering:\n${r.output()}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/health`);
      if (res.status === 200) break;
    } catch {
      // not up yet
    }
    if (Date.now() - t0 > timeoutMs) throw new Error(`no /health within ${timeoutMs} ms:\n${r.output()}`);
    await new Promise((res) => setTimeout(res, 200));
  }
  return r;
}

/** What a terminal does on Ctrl-C: SIGINT to the whole foreground process group (npm and the system). */
export function ctrlC(r: Running): void {
  try {
    process.kill(-r.child.pid!, 'SIGINT');
  } catch {
    // already gone
  }
}

export const runtimeInfo = async (dataDir: string): Promise<RuntimeInfo> =>
  JSON.parse(await readFile(resolve(dataDir, 'runtime.json'), 'utf8')) as RuntimeInfo;

/** A crash of the whole machine's worth of it: SIGKILL to npm, the node process and DynamoDB Local at once. */
export async function killSystem(r: Running, info: RuntimeInfo): Promise<void> {
  for (const target of [-r.child.pid!, info.pid, info.dynamodbPid]) {
    if (!target) continue;
    try {
      process.kill(target, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  await r.exited;
}

/** Processes whose command line names the data folder (DynamoDB Local's java has `-dbPath <dataDir>/dynamodb`). */
export async function javaOnDataDir(dataDir: string): Promise<string[]> {
  const { stdout } = await run('ps', ['-eo', 'pid,args']);
  return stdout.split('\n').filter((l) => l.includes(dataDir) && l.includes('java'));
}

/** For afterAll: nothing a test started outlives it. */
export async function killAllStarted(): Promise<void> {
  for (const child of started) {
    if (child.exitCode === null && child.signalCode === null && child.pid) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }
}

export async function killJavaOn(dataDir: string): Promise<void> {
  for (const line of await javaOnDataDir(dataDir)) {
    const pid = Number(line.trim().split(/\s+/)[0]);
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

/**
 * A crash test's own data folder and port, made before its tests; after them, whatever it started
 * is killed and the folder removed.
 */
export function useCrashSystem(prefix: string): { dataDir: string; port: number; base: string } {
  const sys = { dataDir: '', port: 0, base: '' };
  beforeAll(async () => {
    sys.dataDir = await mkdtemp(join(tmpdir(), prefix));
    sys.port = await freePort();
    sys.base = `http://127.0.0.1:${sys.port}`;
  });
  afterAll(async () => {
    await killAllStarted();
    await killJavaOn(sys.dataDir);
    await rm(sys.dataDir, { recursive: true, force: true });
  });
  return sys;
}

/**
 * A JSON call to the running system's API: a bearer token, a body, an idempotency key; the answer's
 * status, parsed body and text.
 */
export async function callApi(
  base: string,
  method: string,
  path: string,
  token: string | undefined,
  body?: unknown,
  key?: string,
  // biome-ignore lint/suspicious/noExplicitAny: the tests read arbitrary JSON bodies
): Promise<{ status: number; json: any; text: string }> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body ? { 'content-type': 'application/json' } : {}),
      ...(key ? { 'idempotency-key': key } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
    signal: AbortSignal.timeout(30_000),
  });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : undefined, text };
}

/** A client of the data folder's DynamoDB Local (the running system's, from its runtime file). */
export function localTableClient(info: RuntimeInfo): DynamoDBDocumentClient {
  return DynamoDBDocumentClient.from(
    new DynamoDBClient({
      endpoint: info.dynamodbEndpoint,
      region: 'eu-central-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    }),
  );
}

/**
 * The messages of the local outbox to `to` at `tenantId`, newest first, as `npm run cli -- outbox
 * --tenant T --to X` lists them (the outbox's access pattern by recipient, GSI1), read in the test's
 * process: a poll of the outbox costs a query, not a CLI process.
 */
export async function outboxTo(
  client: DynamoDBDocumentClient,
  info: RuntimeInfo,
  tenantId: string,
  to: string,
  limit = 20,
): Promise<OutboxMessage[]> {
  const recipient = normalizeRecipient(to.includes('@') ? 'email' : 'sms', to);
  const out = await client.send(
    new QueryCommand({
      TableName: info.tableName,
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :p',
      ExpressionAttributeValues: { ':p': notificationKeys.recipientPartition(tenantId, recipient) },
      ScanIndexForward: false,
      Limit: limit,
    }),
  );
  return (out.Items ?? []) as OutboxMessage[];
}

/**
 * Every item of `tenantId` whose entity is one of `entities`, read straight from the data folder's
 * DynamoDB Local (a crash test checks what the API does not show; a Scan is fine here).
 */
export async function tenantItems(
  info: RuntimeInfo,
  tenantId: string,
  entities: readonly string[],
  // biome-ignore lint/suspicious/noExplicitAny: items of any entity, read freely by the tests
): Promise<Record<string, any>[]> {
  const client = localTableClient(info);
  const names = Object.fromEntries(entities.map((e, i) => [`:e${i}`, e]));
  // biome-ignore lint/suspicious/noExplicitAny: as above
  const items: Record<string, any>[] = [];
  try {
    let start: Record<string, unknown> | undefined;
    do {
      const out: ScanCommandOutput = await client.send(
        new ScanCommand({
          TableName: info.tableName,
          FilterExpression: `begins_with(pk, :t) AND entity IN (${Object.keys(names).join(', ')})`,
          ExpressionAttributeValues: { ':t': `T#${tenantId}#`, ...names },
          ExclusiveStartKey: start,
        }),
      );
      items.push(...(out.Items ?? []));
      start = out.LastEvaluatedKey;
    } while (start);
  } finally {
    client.destroy();
  }
  return items;
}
