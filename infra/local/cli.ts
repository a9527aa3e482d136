/**
 * `npm run cli -- <command>`: helpers for the local system.
 *
 *   token  --role ROLE [--tenant ID] [--group ID] [--msisdn DIGITS] [--sub S] [--ttl SECONDS]
 *          prints a bearer token on its last line (only the token goes to stdout)
 *   outbox [--to NUMBER_OR_EMAIL] [--tenant ID] [--limit N] [--template NAME] [--secret]
 *          prints the SMS and e-mail the system has sent (the local outbox), newest first; with
 *          --secret (--to a number or an e-mail address, --template initial-password,
 *          initial-password-for, login-pin, staff-initial-password or staff-sign-in-code) only the
 *          password, PIN or code of the newest such message (`initial-password-for`: a fixed
 *          line's, at its PIN destination; `staff-*`: a member of the operator's staff, by e-mail)
 *   queue send NAME --file PATH [--correlation-id ID]
 *          sends the file's message (a JSON file) or messages (JSON Lines: one per line) to a local
 *          queue of the running system, as a producer sends to the SQS queue on AWS
 *   queue list [NAME] [--dlq] [--limit N]
 *          prints the local queues, the messages waiting in one, or its dead-letter queue
 *   bill-run --tenant ID [--period YYYY-MM]
 *          starts (or resumes) the tenant's bill run of a period on the running system and follows
 *          it with a progress bar until every invoice is issued; the period defaults to last month
 *
 * All read DATA_DIR (default `.data`), like `npm start`. `token` signs with that folder's key pair and
 * refuses a folder where the system never ran (a token from another folder is refused by the server).
 */
import { readFile } from 'node:fs/promises';

import { parseArgs } from 'node:util';

import { ListTablesCommand } from '@aws-sdk/client-dynamodb';

import { ScanCommand } from '@aws-sdk/lib-dynamodb';

import { DEFAULT_TABLE_NAME } from '../../shared/db/table-definition.ts';
import { ROLES } from '../../shared/kernel/actor.ts';
import { DataFolderInUse, type DataLock, lockDataFolder } from './data-lock.ts';
import { type DynamoDbLocal, localClient, startDynamoDbLocal } from './dynamodb.ts';
import { dataPaths, localSettings, type RuntimeInfo } from './settings.ts';
import { TokenArgumentsRefused, tokenRequestOf } from './token-command.ts';
import { existingLocalKeys, NoLocalKeys, signToken, type TokenRequest } from './tokens.ts';

// Node 20 is supported by the pinned SDK; its notice about future versions is noise here.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

class UsageError extends Error {}
/** The command cannot be done as asked; the message says why and what to do. */
class Refused extends Error {}

const USAGE = `Usage:
  npm run --silent cli -- token --role ROLE [--tenant ID] [--group ID] [--msisdn DIGITS] [--sub SUBJECT] [--ttl SECONDS]
      ROLE is one of ${ROLES.join(', ')}; --tenant is required for every role but platform,
      --group and --msisdn for admin and member.
  npm run --silent cli -- outbox [--to NUMBER_OR_EMAIL] [--tenant ID] [--limit N] [--template NAME] [--secret]
  npm run --silent cli -- network [--number NUMBER] [--tenant ID] [--limit N]
      the bar and restore commands the operator's network received, newest first.
  npm run --silent cli -- queue send NAME --file PATH [--correlation-id ID]
      PATH is a JSON file (one message) or a JSON Lines file (one message per line).
  npm run --silent cli -- queue list [NAME] [--dlq] [--limit N]
  npm run --silent cli -- bill-run --tenant ID [--period YYYY-MM]
      starts or resumes the bill run on the running system and follows it to the end; the period
      defaults to last month in the tenant's time zone (the month under way may be given: a demo).
`;

async function token(args: string[]) {
  let request: TokenRequest;
  try {
    request = tokenRequestOf(args);
  } catch (e) {
    if (e instanceof TokenArgumentsRefused) throw new UsageError(e.message);
    throw e;
  }
  // Only the key pair of the folder the server runs on makes tokens it accepts: never make a new one here.
  const { dataDir } = localSettings();
  let keys: Awaited<ReturnType<typeof existingLocalKeys>>;
  try {
    keys = await existingLocalKeys(dataDir);
  } catch (e) {
    if (!(e instanceof NoLocalKeys)) throw e;
    throw new Refused(
      `${e.message}\nA token is signed with the key pair of the data folder the server runs on. Start the system there once (npm start), or set DATA_DIR to the folder the running system uses (npm start prints it).`,
    );
  }
  const jwt = await signToken(request, keys);
  const who = [request.role, request.tenant, request.group, request.msisdn].filter(Boolean).join(' ');
  process.stderr.write(
    `Token for ${who}, valid ${Math.round((request.ttlSeconds ?? 43_200) / 60)} min (data folder ${dataDir}):\n`,
  );
  process.stdout.write(`${jwt}\n`);
}

/** The running system's DynamoDB Local, or one started on the data folder for this command (holding its lock). */
async function openDatabase(
  dataDir: string,
): Promise<{ endpoint: string; tableName?: string; own?: DynamoDbLocal; lock?: DataLock }> {
  const paths = dataPaths(dataDir);
  try {
    const info = JSON.parse(await readFile(paths.runtime, 'utf8')) as RuntimeInfo;
    process.kill(info.pid, 0);
    const client = localClient(info.dynamodbEndpoint);
    try {
      await client.send(new ListTablesCommand({ Limit: 1 }));
      return { endpoint: info.dynamodbEndpoint, tableName: info.tableName };
    } finally {
      client.destroy();
    }
  } catch {
    // Not running (no runtime file, stale pid, or unreachable): open the data folder ourselves.
  }
  let lock: DataLock;
  try {
    lock = await lockDataFolder(dataDir, 'npm run cli');
  } catch (e) {
    if (!(e instanceof DataFolderInUse)) throw e;
    throw new Refused(`${e.message} It is starting or stopping: try again in a moment.`);
  }
  process.stderr.write('The system is not running: reading the data folder directly…\n');
  try {
    const own = await startDynamoDbLocal({ dataDir: paths.dynamodb });
    await lock.setDynamoDbPid(own.pid);
    return { endpoint: own.endpoint, own, lock };
  } catch (e) {
    await lock.release();
    throw e;
  }
}

async function tableExists(endpoint: string, name: string): Promise<boolean> {
  const client = localClient(endpoint);
  try {
    const out = await client.send(new ListTablesCommand({}));
    return (out.TableNames ?? []).includes(name);
  } finally {
    client.destroy();
  }
}

/**
 * Runs `read` against the data folder's table: the running system's DynamoDB Local, or one started
 * for the command when none runs. Says so and returns when the system never ran.
 */
async function withLocalTable(read: () => Promise<void>): Promise<void> {
  const { dataDir } = localSettings();
  const database = await openDatabase(dataDir);
  try {
    process.env.RUNTIME = 'local';
    process.env.DYNAMODB_ENDPOINT = database.endpoint;
    process.env.TABLE_NAME ??= database.tableName ?? DEFAULT_TABLE_NAME;
    process.env.AWS_REGION ??= 'eu-central-1';
    process.env.POWERTOOLS_METRICS_DISABLED = 'true';
    process.env.POWERTOOLS_LOG_LEVEL ??= 'WARN';
    const { tableName } = await import('../../shared/db/client.ts');
    if (!(await tableExists(database.endpoint, tableName()))) {
      process.stdout.write(`No data yet in ${dataDir} (start the system once with npm start).\n`);
      return;
    }
    await read();
  } finally {
    await database.own?.stop();
    await database.lock?.release();
  }
}

/**
 * Every item of one entity across tenants, narrowed by equal attributes. Across tenants there is no
 * access pattern: the CLI (never a request path) may Scan.
 */
async function scanEntity<T>(entity: string, equal: Record<string, string>): Promise<T[]> {
  const { db, tableName } = await import('../../shared/db/client.ts');
  const names = Object.keys(equal);
  const rows: T[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await db().send(
      new ScanCommand({
        TableName: tableName(),
        FilterExpression: ['entity = :e', ...names.map((_, i) => `#a${i} = :v${i}`)].join(' AND '),
        ExpressionAttributeValues: {
          ':e': entity,
          ...Object.fromEntries(names.map((n, i) => [`:v${i}`, equal[n]])),
        },
        ...(names.length
          ? { ExpressionAttributeNames: Object.fromEntries(names.map((n, i) => [`#a${i}`, n])) }
          : {}),
        ExclusiveStartKey: start,
      }),
    );
    rows.push(...((out.Items ?? []) as T[]));
    start = out.LastEvaluatedKey;
  } while (start);
  return rows;
}

function limitOf(value: string | undefined): number {
  const limit = value === undefined ? 20 : Number(value);
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new UsageError('--limit must be 1–1000.');
  return limit;
}

async function outbox(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      to: { type: 'string' },
      tenant: { type: 'string' },
      limit: { type: 'string' },
      template: { type: 'string' },
      secret: { type: 'boolean' },
    },
    strict: true,
  });
  const limit = limitOf(values.limit);
  const { SECRET_TEMPLATES } = await import('../../shared/auth/sms.ts');
  const secretTemplate = SECRET_TEMPLATES.find((t) => t === values.template);
  if (values.secret && (!values.to || !secretTemplate)) {
    throw new UsageError(`--secret needs --to NUMBER_OR_EMAIL and --template ${SECRET_TEMPLATES.join(', ')}`);
  }
  await withLocalTable(async () => {
    const { listOutbox, NOTIFICATION_ENTITY } = await import('../../shared/notifications/local-outbox.ts');
    const { normalizeRecipient } = await import('../../shared/notifications/message.ts');
    type Row = Awaited<ReturnType<typeof listOutbox>>['items'][number];

    let rows: Row[];
    if (values.tenant) {
      rows = (await listOutbox({ tenantId: values.tenant, to: values.to, limit })).items;
    } else {
      const to = values.to
        ? normalizeRecipient(values.to.includes('@') ? 'email' : 'sms', values.to)
        : undefined;
      rows = await scanEntity<Row>(NOTIFICATION_ENTITY, to ? { to } : {});
      rows.sort((a, b) => (a.messageId < b.messageId ? 1 : -1));
      rows = rows.slice(0, limit);
    }

    if (values.template) rows = rows.filter((m) => m.template === values.template);
    if (values.secret) {
      // The newest sign-in message to the number or address: its password or PIN alone, for scripts.
      const { secretOf } = await import('../../shared/auth/sms.ts');
      const m = rows[0];
      const secret = m && secretOf(secretTemplate!, m.locale, m.text);
      if (!secret) throw new UsageError(`no ${values.template} message to ${values.to} in the outbox`);
      process.stdout.write(`${secret}\n`);
      return;
    }
    if (rows.length === 0) {
      process.stdout.write('The outbox is empty.\n');
      return;
    }
    for (const m of rows) {
      process.stdout.write(
        `${m.sentAt}  ${m.tenantId}  ${m.channel.toUpperCase()} to ${m.to}  [${m.template}, ${m.locale}]\n` +
          (m.subject ? `  Subject: ${m.subject}\n` : '') +
          `${m.text
            .split('\n')
            .map((l) => `  ${l}`)
            .join('\n')}\n\n`,
      );
    }
  });
}

/** The commands the operator's network received (locally: the local network adapter's record). */
async function network(args: string[]) {
  const { values } = parseArgs({
    args,
    options: { number: { type: 'string' }, tenant: { type: 'string' }, limit: { type: 'string' } },
    strict: true,
  });
  const limit = limitOf(values.limit);
  await withLocalTable(async () => {
    const { listNetworkCommands, NETWORK_COMMAND_ENTITY } = await import(
      '../../shared/usage/local-network.ts'
    );
    type Row = Awaited<ReturnType<typeof listNetworkCommands>>['items'][number];
    const msisdn = values.number ? `+${values.number.replace(/^\+/, '')}` : undefined;
    let rows: Row[];
    if (values.tenant) {
      rows = (await listNetworkCommands({ tenantId: values.tenant, msisdn, limit })).items;
    } else {
      rows = await scanEntity<Row>(NETWORK_COMMAND_ENTITY, msisdn ? { msisdn } : {});
      rows.sort((a, b) => (a.eventId < b.eventId ? 1 : -1));
      rows = rows.slice(0, limit);
    }
    if (rows.length === 0) {
      process.stdout.write('The network received no command.\n');
      return;
    }
    for (const c of rows)
      process.stdout.write(`${c.at}  ${c.tenantId}  ${c.action} ${c.msisdn}  (${c.reason})\n`);
  });
}

/** The running system's address, from its runtime file; undefined when it does not run. */
async function runningSystem(dataDir: string): Promise<RuntimeInfo | undefined> {
  try {
    const info = JSON.parse(await readFile(dataPaths(dataDir).runtime, 'utf8')) as RuntimeInfo;
    process.kill(info.pid, 0);
    return info;
  } catch {
    return undefined;
  }
}

/** A JSON file is one message; a JSON Lines file (one JSON value per line) is one message per line. */
function messagesOfFile(text: string, path: string): { contentType: string; body: string; count: number } {
  try {
    JSON.parse(text);
    return { contentType: 'application/json', body: text.trim(), count: 1 };
  } catch {
    // Not one JSON document: read it as JSON Lines.
  }
  const lines = text.split('\n').map((l) => l.trim());
  let count = 0;
  for (const [i, line] of lines.entries()) {
    if (line === '') continue;
    try {
      JSON.parse(line);
    } catch (e) {
      throw new Refused(
        `${path} is neither one JSON document nor JSON Lines: line ${i + 1} is not JSON (${(e as Error).message}).`,
      );
    }
    count++;
  }
  if (count === 0) throw new Refused(`${path} holds no message.`);
  return { contentType: 'application/x-ndjson', body: lines.filter(Boolean).join('\n'), count };
}

async function queueSend(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    options: { file: { type: 'string' }, 'correlation-id': { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  const [name, ...extra] = positionals;
  if (!name || extra.length > 0) throw new UsageError('queue send takes one queue name.');
  if (!values.file) throw new UsageError('--file is required: the message to send (JSON or JSON Lines).');
  let text: string;
  try {
    text = await readFile(values.file, 'utf8');
  } catch (e) {
    throw new Refused(`Cannot read ${values.file}: ${(e as Error).message}`);
  }
  const { contentType, body, count } = messagesOfFile(text, values.file);

  const { dataDir } = localSettings();
  const info = await runningSystem(dataDir);
  if (!info) {
    throw new Refused(
      `The system is not running on ${dataDir}: messages go to the running system's queues. Start it (npm start), or set DATA_DIR to the folder it runs on.`,
    );
  }
  const res = await fetch(`${info.url}/_local/queues/${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      ...(values['correlation-id'] ? { 'x-correlation-id': values['correlation-id'] } : {}),
    },
    body,
  });
  const answer = (await res.json().catch(() => ({}))) as { messageIds?: string[]; detail?: string };
  if (res.status !== 202) throw new Refused(answer.detail ?? `The system answered ${res.status}.`);
  process.stderr.write(
    `Sent ${count} message${count === 1 ? '' : 's'} to ${name} (correlation id ${res.headers.get('x-correlation-id')}):\n`,
  );
  process.stdout.write(`${(answer.messageIds ?? []).join('\n')}\n`);
}

async function queueList(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    options: { dlq: { type: 'boolean' }, limit: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  const [name, ...extra] = positionals;
  if (extra.length > 0) throw new UsageError('queue list takes at most one queue name.');
  const limit = limitOf(values.limit);

  const { dataDir } = localSettings();
  const { readQueueFiles } = await import('./queue.ts');
  const { queues: registered } = await import('../../functions/registry.ts');
  // The files are replaced whole on every change: reading them while the system runs is safe.
  const files = await readQueueFiles(dataPaths(dataDir).queues);
  const known = [...new Set([...registered.map((q) => q.name), ...files.keys()])].sort();
  if (name !== undefined && !known.includes(name)) {
    throw new Refused(
      known.length
        ? `No queue named "${name}"; the queues are ${known.join(', ')}.`
        : `No queue named "${name}": no area manifest lists a queue consumer.`,
    );
  }
  if (known.length === 0) {
    process.stdout.write('No queue: no area manifest lists a queue consumer.\n');
    return;
  }
  const now = Date.now();
  const iso = (ms: number) => new Date(ms).toISOString();
  for (const q of name === undefined ? known : [name]) {
    const file = files.get(q);
    const messages = file?.messages ?? [];
    const dead = file?.deadLetters ?? [];
    const gone = registered.some((r) => r.name === q) ? '' : ' (no longer in any manifest)';
    process.stdout.write(
      `${q}${gone}: ${messages.length} waiting, ${dead.length} in the dead-letter queue\n`,
    );
    if (name === undefined && !values.dlq) continue;
    const shown = values.dlq ? dead : messages;
    for (const m of shown.slice(0, limit)) {
      const state = [
        `sent ${iso(m.sentAt)}`,
        `received ${m.receiveCount}×`,
        ...('deadLetteredAt' in m ? [`dead-lettered ${iso(m.deadLetteredAt as number)}`] : []),
        ...(!values.dlq && m.visibleAt > now ? [`hidden until ${iso(m.visibleAt)}`] : []),
        ...Object.entries(m.attributes).map(([k, v]) => `${k}=${v}`),
      ];
      const body = m.body.length > 300 ? `${m.body.slice(0, 300)}…` : m.body;
      process.stdout.write(`  ${m.messageId}  ${state.join('  ')}\n    ${body}\n`);
    }
    if (shown.length > limit) process.stdout.write(`  … and ${shown.length - limit} more (--limit)\n`);
  }
}

async function queue(args: string[]) {
  const [sub, ...rest] = args;
  if (sub === 'send') return queueSend(rest);
  if (sub === 'list') return queueList(rest);
  throw new UsageError(sub ? `Unknown queue command "${sub}".` : 'queue needs send or list.');
}

/**
 * The bill run by hand: a `start` message on the running system's invoicing queue (the same
 * worker the schedule's run uses), then the run followed through the API as its operator
 * (`GET /v1/bill-runs/{period}`) with a progress bar on stderr, until it is completed.
 */
async function billRun(args: string[]) {
  const { values } = parseArgs({
    args,
    options: { tenant: { type: 'string' }, period: { type: 'string' } },
    strict: true,
  });
  if (!values.tenant) throw new UsageError('--tenant is required.');
  if (values.period !== undefined && !/^\d{4}-(0[1-9]|1[0-2])$/.test(values.period))
    throw new UsageError('--period must be YYYY-MM.');
  const { dataDir } = localSettings();
  const info = await runningSystem(dataDir);
  if (!info) {
    throw new Refused(
      `The system is not running on ${dataDir}: the bill run's workers run in it. Start it (npm start), or set DATA_DIR to the folder it runs on.`,
    );
  }
  const keys = await existingLocalKeys(dataDir);
  const op = await signToken({ role: 'operator', tenant: values.tenant, sub: 'cli-bill-run' }, keys);
  const auth = { authorization: `Bearer ${op}` };
  let period = values.period;
  if (!period) {
    // The tenant's time zone decides which month just ended: read it as the platform does.
    const platform = await signToken({ role: 'platform', sub: 'cli-bill-run' }, keys);
    const tenants: { tenantId: string; timeZone: string }[] = [];
    let cursor: string | undefined;
    do {
      const res = await fetch(
        `${info.url}/v1/tenants?limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        { headers: { authorization: `Bearer ${platform}` } },
      );
      const page = (await res.json()) as {
        items: { tenantId: string; timeZone: string }[];
        nextCursor?: string;
      };
      tenants.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    const tenant = tenants.find((t) => t.tenantId === values.tenant);
    if (!tenant) throw new Refused(`No tenant ${values.tenant} on the running system.`);
    const { periodToInvoice } = await import('../../shared/invoices/runs.ts');
    const { localDate } = await import('../../shared/kernel/calendar.ts');
    period = periodToInvoice(localDate(new Date(), tenant.timeZone));
  }
  const sent = await fetch(`${info.url}/_local/queues/invoicing`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      kind: 'start',
      tenantId: values.tenant,
      period,
      startedBy: 'npm run cli -- bill-run',
    }),
  });
  if (sent.status !== 202)
    throw new Refused(`The system refused the start (${sent.status}): ${await sent.text()}`);
  process.stderr.write(`Bill run ${values.tenant} ${period}: started, following it…\n`);

  const { SingleBar, Presets } = await import('cli-progress');
  const bar = new SingleBar(
    {
      format: ' {bar} {value}/{total} groups | {status} | issued {issued} | failed {failed}',
      stream: process.stderr,
    },
    Presets.shades_classic,
  );
  let started = false;
  type Run = {
    status: string;
    expected: number;
    issued: number;
    counts: { done: number; skipped: number; failed: number };
  };
  let run: Run | undefined;
  for (;;) {
    const res = await fetch(`${info.url}/v1/bill-runs/${period}`, { headers: auth });
    if (res.status === 200) {
      run = (await res.json()) as Run;
      const finished = run.counts.done + run.counts.skipped + run.counts.failed;
      const extra = { status: run.status, issued: run.issued, failed: run.counts.failed };
      if (!started) {
        bar.start(Math.max(run.expected, finished, 1), finished, extra);
        started = true;
      }
      bar.setTotal(Math.max(run.expected, finished, 1));
      bar.update(finished, extra);
      if (run.status === 'completed') break;
    } else if (res.status !== 404) {
      bar.stop();
      throw new Refused(`GET /v1/bill-runs/${period} answered ${res.status}: ${await res.text()}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  bar.stop();
  process.stdout.write(
    `Bill run ${values.tenant} ${period}: ${run.status}; ${run.issued} invoices issued, ${run.counts.skipped} groups with nothing to bill, ${run.counts.failed} failed${
      run.counts.failed ? ` (GET /v1/bill-runs/${period}/failures)` : ''
    }.\n`,
  );
}

async function main(argv: string[]) {
  const [command, ...rest] = argv;
  if (command === 'token') return token(rest);
  if (command === 'outbox') return outbox(rest);
  if (command === 'network') return network(rest);
  if (command === 'queue') return queue(rest);
  if (command === 'bill-run') return billRun(rest);
  if (command === undefined || command === 'help' || command === '--help') {
    process.stdout.write(USAGE);
    return;
  }
  throw new UsageError(`Unknown command "${command}".`);
}

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (error: unknown) => {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`${(error as Error).message}\n\n${USAGE}`);
      process.exit(2);
    }
    if (error instanceof Refused) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
