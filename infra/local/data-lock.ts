import { readFileSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dataPaths } from './settings.ts';

/**
 * One process at a time on a data folder: two DynamoDB Locals on one database file make every
 * write of the second fail. The holder's pid is kept in `DATA_DIR/lock.json`; a lock whose process
 * is gone is stale and taken over (after stopping the DynamoDB Local such a process may have left
 * behind, e.g. when it was killed with SIGKILL).
 */
interface LockRecord {
  pid: number;
  /** What holds it: `npm start`, or the CLI reading a stopped system's data. */
  holder: string;
  startedAt: string;
  /** The DynamoDB Local this process started on the folder. */
  dynamodbPid?: number;
}

export class DataFolderInUse extends Error {
  override readonly name = 'DataFolderInUse';
  constructor(
    readonly dataDir: string,
    readonly pid: number,
    readonly holder: string,
  ) {
    super(`The data folder ${dataDir} is in use by ${holder} (pid ${pid}).`);
  }
}

export interface DataLock {
  /** Records the DynamoDB Local started on the folder, so a successor can stop it if we die. */
  setDynamoDbPid(pid: number | undefined): Promise<void>;
  release(): Promise<void>;
}

/** The process's command line (Linux); undefined where there is no /proc, or the process is gone. */
function commandLine(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return undefined;
  }
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Alive, and (where the command line can be read) still a process of the local runtime: a recycled pid does not count. */
function holds(record: LockRecord): boolean {
  if (record.pid === process.pid || !running(record.pid)) return false;
  const cmd = commandLine(record.pid);
  return cmd === undefined || cmd.includes('infra/local/');
}

/** Stops a DynamoDB Local left running on this folder by a holder that is gone. */
async function stopLeftover(record: LockRecord, dataDir: string): Promise<void> {
  const pid = record.dynamodbPid;
  if (!pid || !running(pid)) return;
  const cmd = commandLine(pid);
  if (cmd !== undefined && !(cmd.includes('DynamoDBLocal') && cmd.includes(dataDir))) return;
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    return;
  }
  for (let i = 0; i < 50 && running(pid); i++) await new Promise((r) => setTimeout(r, 100));
}

export async function lockDataFolder(dataDir: string, holder: string): Promise<DataLock> {
  const file = dataPaths(dataDir).lock;
  await mkdir(dataDir, { recursive: true });
  const record: LockRecord = { pid: process.pid, holder, startedAt: new Date().toISOString() };
  const write = (flag: 'wx' | 'w') => writeFile(file, `${JSON.stringify(record, null, 2)}\n`, { flag });

  for (let attempt = 1; ; attempt++) {
    try {
      await write('wx');
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 5) throw e;
    }
    let found: LockRecord | undefined;
    try {
      found = JSON.parse(await readFile(file, 'utf8')) as LockRecord;
    } catch {
      // Half written by a process that is starting, or removed meanwhile: look again.
      await new Promise((r) => setTimeout(r, 100));
      continue;
    }
    if (holds(found)) throw new DataFolderInUse(dataDir, found.pid, found.holder);
    await stopLeftover(found, dataDir);
    await rm(file, { force: true });
  }

  let released = false;
  return {
    async setDynamoDbPid(pid) {
      if (released) return;
      record.dynamodbPid = pid;
      await write('w');
    },
    async release() {
      if (released) return;
      released = true;
      try {
        const current = JSON.parse(await readFile(file, 'utf8')) as LockRecord;
        if (current.pid !== process.pid) return;
      } catch {
        return;
      }
      await rm(file, { force: true });
    },
  };
}
