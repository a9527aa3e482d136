import { resolve } from 'node:path';
import * as z from 'zod';

/** The repository root (this file is `infra/local/settings.ts`). */
export const REPO_ROOT = resolve(import.meta.dirname, '../..');

/**
 * The local runtime's own settings (not the functions' configuration, which is `shared/kernel/config.ts`):
 * where data lives and which ports to use. Read once from the environment.
 */
const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).optional(),
  DYNAMODB_PORT: z.coerce.number().int().min(1).max(65_535).optional(),
});

export interface LocalSettings {
  port: number;
  host: string;
  /** Absolute. Everything the local system keeps lives under it. */
  dataDir: string;
  dynamodbPort?: number;
}

export function localSettings(env: NodeJS.ProcessEnv = process.env): LocalSettings {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid local settings: ${detail}`);
  }
  const s = parsed.data;
  return {
    port: s.PORT,
    host: s.HOST,
    dataDir: resolve(REPO_ROOT, s.DATA_DIR ?? '.data'),
    ...(s.DYNAMODB_PORT ? { dynamodbPort: s.DYNAMODB_PORT } : {}),
  };
}

/** Files under the data folder. */
export const dataPaths = (dataDir: string) => ({
  dynamodb: resolve(dataDir, 'dynamodb'),
  jwtKeys: resolve(dataDir, 'jwt-keys.json'),
  /** The key that signs the local upload and download URLs of payment-proof documents (`proof-files.ts`). */
  uploadKey: resolve(dataDir, 'upload-key'),
  /** cognito-local's data (`.cognito/`), the pool it made (`pool.json`) and its pid. */
  cognito: resolve(dataDir, 'cognito'),
  streamCheckpoint: resolve(dataDir, 'stream-checkpoint.json'),
  /** One file per local queue: its waiting messages and its dead-letter queue (`queue.ts`). */
  queues: resolve(dataDir, 'queues'),
  /** Written while the system runs: its pid, URL and DynamoDB endpoint (read by the CLI). */
  runtime: resolve(dataDir, 'runtime.json'),
  /** Held by the one process using the folder (`data-lock.ts`). */
  lock: resolve(dataDir, 'lock.json'),
  /** The portal's demonstration group, seeded with the demo tenants (`seed-demo-group.ts`). */
  demoGroup: resolve(dataDir, 'demo-group.json'),
});

export interface RuntimeInfo {
  pid: number;
  url: string;
  dynamodbEndpoint: string;
  /** The DynamoDB Local process (its own process group: a Ctrl-C reaches only the system, which stops it). */
  dynamodbPid?: number;
  tableName: string;
  startedAt: string;
}
