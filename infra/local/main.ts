/**
 * `npm start`: the whole system on one machine. DynamoDB Local (data under DATA_DIR, kept across
 * restarts), the API handlers behind a small HTTP server, the table stream feeding the outbox
 * publisher and the in-process event bus, the scheduler, the queues and their consumers (messages
 * kept under DATA_DIR), the workflows CDK synthesizes (resumed from the table after a restart),
 * and SMS/e-mail written to a local outbox.
 *
 * The environment the functions read (`shared/kernel/config.ts`) is set before any of them is imported:
 * everything that reads configuration is loaded with `import()` below.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { relative } from 'node:path';
import { DEFAULT_TABLE_NAME } from '../../shared/db/table-definition.ts';
import { DataFolderInUse, type DataLock, lockDataFolder } from './data-lock.ts';
import { type DynamoDbLocal, ensureTable, startDynamoDbLocal } from './dynamodb.ts';
import { installInvokeStore } from './invocations.ts';
import { dataPaths, localSettings, REPO_ROOT, type RuntimeInfo } from './settings.ts';

// Node 20 is supported by the pinned SDK; its notice about future versions is noise here.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const settings = localSettings();
const paths = dataPaths(settings.dataDir);
const say = (line = '') => process.stdout.write(`${line}\n`);

let ddb: DynamoDbLocal | undefined;
let ddbStarting: Promise<DynamoDbLocal> | undefined;
/** Held from the start: the runtime file and the lock are ours to remove only when we hold it. */
let lock: DataLock | undefined;
const stoppers: (() => Promise<void> | void)[] = [];
let shuttingDown = false;

async function shutdown(reason: string, code = 0): Promise<void> {
  if (shuttingDown) return;
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
  if (lock) {
    await rm(paths.runtime, { force: true });
    await lock.release();
    say('Stopped. Data kept in the data folder.');
  }
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

/**
 * A terminal's Ctrl-C reaches npm and this process at once, and npm passes it on: the same Ctrl-C
 * arrives twice within moments. Signals within this window are one request to stop; one after it
 * stops at once (exit 1, DynamoDB Local killed).
 */
const SAME_SIGNAL_WINDOW_MS = 2_000;
let firstSignalAt: number | undefined;

function onSignal(signal: NodeJS.Signals) {
  const now = Date.now();
  if (firstSignalAt === undefined) {
    firstSignalAt = now;
    void shutdown(`${signal} (again to stop at once)`);
    return;
  }
  if (now - firstSignalAt < SAME_SIGNAL_WINDOW_MS) return;
  say('Stopping now.');
  killDynamoDb();
  process.exit(1);
}

process.on('SIGINT', onSignal);
process.on('SIGTERM', onSignal);
process.on('exit', killDynamoDb);

class PortInUse extends Error {
  constructor(readonly port: number) {
    super(`Port ${port} is in use`);
  }
}

/** Fails now, before anything is started, when the port is taken. */
async function checkPortFree(host: string, port: number | undefined): Promise<void> {
  const probe = await holdPort(host, port);
  await new Promise<void>((res) => (probe ? probe.close(() => res()) : res()));
}

/**
 * Takes the port now and keeps it until the API server binds it, seconds later (DynamoDB Local,
 * the user pool and the workflows start first): no other process that asks the system for a free
 * port meanwhile is given this one. Fails now, before anything is started, when it is taken.
 */
async function holdPort(host: string, port: number | undefined): Promise<Server | undefined> {
  if (!port) return undefined;
  return new Promise<Server>((res, rej) => {
    // A client that connects this early (a health check) is turned away at once, to try again.
    const probe = createServer((socket) => socket.destroy());
    probe.once('error', (e: NodeJS.ErrnoException) =>
      rej(e.code === 'EADDRINUSE' || e.code === 'EACCES' ? new PortInUse(port) : e),
    );
    probe.listen(port, host, () => res(probe));
  });
}

async function main() {
  lock = await lockDataFolder(settings.dataDir, 'npm start');
  const apiPort = await holdPort(settings.host, settings.port);
  await checkPortFree('127.0.0.1', settings.dynamodbPort);
  installInvokeStore();

  // The portal is built (only when its sources changed) while the rest starts.
  const { portalBuild } = await import('../portal/build.ts');
  const portalReady = portalBuild();
  portalReady.catch(() => undefined);

  await mkdir(paths.dynamodb, { recursive: true });
  say(`Starting DynamoDB Local (data in ${paths.dynamodb})…`);
  ddbStarting = startDynamoDbLocal({
    dataDir: paths.dynamodb,
    port: settings.dynamodbPort,
    detached: true,
  });
  ddb = await ddbStarting;
  await lock.setDynamoDbPid(ddb.pid);
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

  // The user pool (cognito-local), its trigger served in this process; the sign-in adapter points at it.
  const { startLocalCognito, cognitoEnvironment } = await import('./cognito.ts');
  say('Starting the user pool (cognito-local)…');
  const cognito = await startLocalCognito({ dir: paths.cognito });
  stoppers.push(() => cognito.stop());
  Object.assign(process.env, cognitoEnvironment(cognito));

  // The workflows CDK synthesizes, run in process; ready before any event can start one.
  say('Starting the workflows (the synthesized dunning state machine)…');
  const { startLocalWorkflows } = await import('./workflows.ts');
  const workflows = await startLocalWorkflows();
  stoppers.push(() => workflows.stop());

  const { startLocalEventBus } = await import('./event-bus.ts');
  const { startScheduler } = await import('./scheduler.ts');
  const { startLocalQueues } = await import('./queue.ts');
  const { createLocalServer, closeServer } = await import('./http-server.ts');
  const { localProofFiles } = await import('./proof-files.ts');
  const { dynamoTenantRepository } = await import('../../shared/tenants/dynamo.ts');
  const { localKeys, tokenVerifier } = await import('./tokens.ts');

  const keys = await localKeys(settings.dataDir);

  const { subscriptions } = await import('../../functions/registry.ts');
  const { networkSubscriptions } = await import('./network.ts');
  const events = await startLocalEventBus({
    // The product's subscribers, and the local stand-in for the operator's network.
    subscriptions: [...subscriptions, ...networkSubscriptions],
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
    const { seedDemoGroup } = await import('./seed-demo-group.ts');
    const demo = await seedDemoGroup(paths.demoGroup);
    say(`Created the portal's demo group ${demo.groupId} at ${demo.tenant}.`);
  }
  const { readDemoGroup } = await import('./seed-demo-group.ts');
  const demo = await readDemoGroup(paths.demoGroup);

  // Executions live in this process: every dunning still under way resumes at its recorded stage.
  const { dunningEventDeps } = await import('./wiring.ts');
  const resumed = await workflows.resume(dunningEventDeps);
  if (resumed > 0) say(`Resumed ${resumed} dunning${resumed === 1 ? '' : 's'} at their recorded stage.`);

  const scheduler = await startScheduler();
  stoppers.push(() => scheduler.stop());

  // Messages left by the last run (waiting, or received when it stopped) are delivered again.
  const queues = await startLocalQueues({ dir: paths.queues });
  stoppers.push(() => queues.stop());

  // Tokens of the local token command and ID tokens of the user pool's sign-in; the uploads and
  // downloads of payment-proof documents through the URLs the API signs.
  const { portalFiles } = await import('./portal-files.ts');
  const portal = await portalReady;
  if (portal.built) say('Built the portal (web/).');
  const server = createLocalServer({
    portal: portalFiles(portal.dir),
    queues,
    uploads: localProofFiles(),
    verify: tokenVerifier({ keys, userPool: cognito }),
  });
  // The port held since the start is handed over to the server.
  await new Promise<void>((res) => (apiPort ? apiPort.close(() => res()) : res()));
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
    dynamodbPid: ddb.pid,
    tableName,
    startedAt: new Date().toISOString(),
  };
  await writeFile(paths.runtime, `${JSON.stringify(info, null, 2)}\n`);

  const dataArg = relative(REPO_ROOT, settings.dataDir) === '.data' ? '' : `DATA_DIR=${settings.dataDir} `;
  say('');
  say(`Switchboard is running: open ${url}/ (the portal)`);
  if (demo) {
    // The demo administrator's first sign-in: its initial password and the PIN, both by SMS.
    const outbox = `${dataArg}npm run --silent cli -- outbox --to ${demo.admin} --secret --template`;
    say(`  demo:     operator ${demo.tenant}, number ${demo.admin}; password and PIN by SMS:`);
    say(`            ${outbox} initial-password`);
    say(`            ${outbox} login-pin`);
    if (demo.staff) {
      // The desk's demo staff member: the initial password and every sign-in code come by e-mail.
      const mail = `${dataArg}npm run --silent cli -- outbox --to ${demo.staff} --secret --template`;
      say(`  desk:     ${url}/#/staff as ${demo.staff} at ${demo.tenant}; password and code by e-mail:`);
      say(`            ${mail} staff-initial-password`);
      say(`            ${mail} staff-sign-in-code`);
    }
  }
  say(`  api:      ${url}/v1/…`);
  say(`  health:   curl ${url}/health`);
  say(`  contract: ${url}/openapi.json`);
  say(`  data:     ${settings.dataDir} (kept across restarts; delete it to start over)`);
  say(`  token:    TOKEN=$(${dataArg}npm run --silent cli -- token --role operator --tenant alpina)`);
  say(`            curl -H "authorization: Bearer $TOKEN" ${url}/v1/catalog`);
  say(`  outbox:   ${dataArg}npm run --silent cli -- outbox   (SMS and e-mail sent by the system)`);
  say(`  sign-in:  curl -X POST ${url}/v1/auth/login -H 'content-type: application/json' \\`);
  say(`              -d '{"tenant":"dardania","username":"+383...","password":"<from the outbox>"}'`);
  const queueNames = queues.all().map((q) => q.name);
  if (queueNames.length > 0) {
    say(`  queues:   ${queueNames.join(', ')}`);
    say(`            ${dataArg}npm run --silent cli -- queue send ${queueNames[0]} --file message.json`);
    say(`            ${dataArg}npm run --silent cli -- queue list`);
  }
  say('Stop with Ctrl-C.');
}

main().catch((error: unknown) => {
  if (error instanceof DataFolderInUse) {
    process.stderr.write(
      `${error.message} Stop it first (Ctrl-C in its terminal, or kill ${error.pid}), or start with DATA_DIR=<another folder>.\n`,
    );
  } else if (error instanceof PortInUse || (error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    const port = error instanceof PortInUse ? error.port : settings.port;
    const name = port === settings.dynamodbPort ? 'DYNAMODB_PORT' : 'PORT';
    process.stderr.write(
      `Port ${port} is in use: stop what runs there or start with ${name}=<another port>.\n`,
    );
  } else {
    process.stderr.write(
      `Start failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  }
  // Refused before anything was started: nothing to stop.
  if (ddbStarting) void shutdown('start failed', 1);
  else void Promise.resolve(lock?.release()).finally(() => process.exit(1));
});
