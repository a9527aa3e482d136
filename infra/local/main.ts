/**
 * `npm start`: the whole system on one machine. DynamoDB Local (data under DATA_DIR, kept across
 * restarts), the API handlers behind a small HTTP server, the table stream feeding the outbox
 * publisher and the in-process event bus, the scheduler, and SMS/e-mail written to a local outbox.
 *
 * The environment the functions read (`shared/kernel/config.ts`) is set before any of them is imported:
 * everything that reads configuration is loaded with `import()` below.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { DEFAULT_TABLE_NAME } from '../../shared/db/table-definition.ts';
import { type DynamoDbLocal, ensureTable, startDynamoDbLocal } from './dynamodb.ts';
import { dataPaths, localSettings, REPO_ROOT, type RuntimeInfo } from './settings.ts';

// Node 20 is supported by the pinned SDK; its notice about future versions is noise here.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const settings = localSettings();
const paths = dataPaths(settings.dataDir);
const say = (line = '') => process.stdout.write(`${line}\n`);

let ddb: DynamoDbLocal | undefined;
let ddbStarting: Promise<DynamoDbLocal> | undefined;
const stoppers: (() => Promise<void> | void)[] = [];
let shuttingDown = false;

async function shutdown(reason: string, code = 0): Promise<never> {
  if (shuttingDown) {
    say('Stopping now.');
    killDynamoDb();
    process.exit(code || 1);
  }
  shuttingDown = true;
  say(`\n${reason}: stopping…`);
  const force = setTimeout(() => {
    say('Shutdown took too long; exiting.');
    killDynamoDb();
    process.exit(1);
  }, 15_000);
  force.unref();
  for (const stop of stoppers.reverse()) {
    try {
      await stop();
    } catch (e) {
      process.stderr.write(`shutdown step failed: ${String(e)}\n`);
    }
  }
  await (ddb ?? (await ddbStarting?.catch(() => undefined)))?.stop();
  await rm(paths.runtime, { force: true });
  say('Stopped. Data kept in the data folder.');
  process.exit(code);
}

/** Last resort, synchronous: never leave the java process behind. */
let ddbGone = false;
function killDynamoDb() {
  try {
    if (ddb?.pid && !ddbGone) process.kill(ddb.pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('exit', killDynamoDb);

async function main() {
  await mkdir(paths.dynamodb, { recursive: true });
  say(`Starting DynamoDB Local (data in ${paths.dynamodb})…`);
  ddbStarting = startDynamoDbLocal({ dataDir: paths.dynamodb, port: settings.dynamodbPort });
  ddb = await ddbStarting;
  ddb.exited.then((code) => {
    ddbGone = true;
    if (!shuttingDown) void shutdown(`DynamoDB Local exited unexpectedly (${code})`, 1);
  });

  // The functions' configuration, as the function construct sets it on AWS.
  process.env.RUNTIME = 'local';
  process.env.DYNAMODB_ENDPOINT = ddb.endpoint;
  process.env.TABLE_NAME ??= DEFAULT_TABLE_NAME;
  process.env.AWS_REGION ??= 'eu-central-1';
  process.env.POWERTOOLS_METRICS_DISABLED = 'true';
  process.env.POWERTOOLS_SERVICE_NAME ??= 'switchboard';
  const tableName = process.env.TABLE_NAME;

  const { created } = await ensureTable(ddb.endpoint, tableName);

  const { installNotifier } = await import('../../shared/notifications/notifier.ts');
  const { createLocalNotifier } = await import('../../shared/notifications/local-outbox.ts');
  const { startLocalEventBus } = await import('./event-bus.ts');
  const { startScheduler } = await import('./scheduler.ts');
  const { createLocalServer, closeServer } = await import('./http-server.ts');
  const { dynamoTenantRepository } = await import('../../shared/tenants/dynamo.ts');
  const { localKeys } = await import('./tokens.ts');

  await localKeys(settings.dataDir);
  installNotifier(createLocalNotifier());
  stoppers.push(() => installNotifier(undefined));

  const events = await startLocalEventBus({
    endpoint: ddb.endpoint,
    tableName,
    checkpointFile: paths.streamCheckpoint,
    // A new table: everything on its stream is undelivered. An existing one without a checkpoint:
    // only what is written from now on.
    initialPosition: created ? 'TRIM_HORIZON' : 'LATEST',
  });
  stoppers.push(() => events.stop());

  const existing = await dynamoTenantRepository.list(1);
  if (existing.items.length === 0) {
    say('Empty data folder: creating the demo tenants…');
    const { seedDemoTenants } = await import('./seed.ts');
    const seeded = await seedDemoTenants();
    say(`Created ${seeded.join(', ')}.`);
  }

  const scheduler = await startScheduler();
  stoppers.push(() => scheduler.stop());

  const server = createLocalServer();
  await new Promise<void>((res, rej) => {
    server.once('error', rej);
    server.listen(settings.port, settings.host, () => res());
  });
  stoppers.push(() => closeServer(server));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : settings.port;
  const url = `http://${settings.host}:${port}`;

  const info: RuntimeInfo = {
    pid: process.pid,
    url,
    dynamodbEndpoint: ddb.endpoint,
    tableName,
    startedAt: new Date().toISOString(),
  };
  await writeFile(paths.runtime, `${JSON.stringify(info, null, 2)}\n`);

  const dataArg = relative(REPO_ROOT, settings.dataDir) === '.data' ? '' : `DATA_DIR=${settings.dataDir} `;
  say('');
  say(`Switchboard is running at ${url}`);
  say(`  health:   curl ${url}/health`);
  say(`  contract: ${url}/openapi.json`);
  say(`  data:     ${settings.dataDir} (kept across restarts; delete it to start over)`);
  say(`  token:    TOKEN=$(${dataArg}npm run --silent cli -- token --role operator --tenant alpina)`);
  say(`            curl -H "authorization: Bearer $TOKEN" ${url}/v1/catalog`);
  say(`  outbox:   ${dataArg}npm run --silent cli -- outbox   (SMS and e-mail sent by the system)`);
  say('Stop with Ctrl-C.');
}

main().catch((error: unknown) => {
  if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    process.stderr.write(
      `Port ${settings.port} is in use: stop what runs there or start with PORT=<another port>.\n`,
    );
  } else {
    process.stderr.write(
      `Start failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  }
  void shutdown('start failed', 1);
});
