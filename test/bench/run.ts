/**
 * `npm run bench [-- lambda|api|groups|money|rating|usage|bill-run|portal ...]`: Lambda bundle sizes and init times, the local API under load,
 * groups, money, the rating engine in-process, usage ingest and authorization, the monthly bill run, and the portal (its first
 * load, and the group page of a 1,000-member group in Chromium, on its own `npm start`). Starts its own DynamoDB Local (in memory) when a section needs
 * one, prints a report to stdout (progress goes to stderr) and writes `.bench/results.json`.
 * The aims are printed next to the figures; nothing here fails because a figure misses one.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DynamoDbLocal } from '../../infra/local/dynamodb.ts';
import {
  type Figure,
  loadNow,
  machine,
  progress,
  REPO_ROOT,
  type SectionResult,
  say,
  table,
} from './support.ts';

const SECTIONS = ['lambda', 'api', 'groups', 'money', 'rating', 'usage', 'bill-run', 'portal'] as const;
type Section = (typeof SECTIONS)[number];
const NEEDS_DATABASE: Section[] = ['api', 'groups', 'money', 'usage', 'bill-run'];

type MoneyRow = { name: string; value: number; unit: string };
/** The money section; included when it exists. */
const MONEY_MODULE = resolve(import.meta.dirname, 'money.ts');

function parseArgs(argv: string[]): Section[] {
  const unknown = argv.filter((a) => !(SECTIONS as readonly string[]).includes(a));
  if (unknown.length) {
    process.stderr.write(
      `unknown section ${unknown.join(', ')}; usage: npm run bench [-- ${SECTIONS.join('|')} ...]\n`,
    );
    process.exit(2);
  }
  return argv.length ? SECTIONS.filter((s) => argv.includes(s)) : [...SECTIONS];
}

interface Database {
  ddb: DynamoDbLocal;
  dataDir: string;
}

/**
 * DynamoDB Local in memory and the functions' configuration (`shared/kernel/config.ts`), set before any
 * module that reads it is imported (every such import below is a dynamic `import()`).
 */
async function startDatabase(): Promise<Database> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const { ensureTable, startDynamoDbLocal } = await import('../../infra/local/dynamodb.ts');
  progress('starting DynamoDB Local (in memory)');
  const ddb = await startDynamoDbLocal();
  // Local keys and anything else the local runtime keeps go to a throw-away folder, never `.data`.
  const dataDir = await mkdtemp(join(tmpdir(), 'switchboard-bench-data-'));
  Object.assign(process.env, {
    RUNTIME: 'local',
    DYNAMODB_ENDPOINT: ddb.endpoint,
    TABLE_NAME: `bench-${randomBytes(4).toString('hex')}`,
    AWS_REGION: 'eu-central-1',
    DATA_DIR: dataDir,
    POWERTOOLS_METRICS_DISABLED: 'true',
    // Per-request log lines would be part of what is measured: only errors are written.
    POWERTOOLS_LOG_LEVEL: 'ERROR',
    POWERTOOLS_DEV: 'false',
  });
  await ensureTable(ddb.endpoint, process.env.TABLE_NAME!);
  return { ddb, dataDir };
}

async function moneySection(): Promise<SectionResult | string> {
  const file = MONEY_MODULE;
  if (!existsSync(file)) return 'money: not available (test/bench/money.ts does not exist yet)';
  const mod = (await import(pathToFileURL(file).href)) as {
    benchMoney?: () => Promise<MoneyRow[]>;
  };
  if (typeof mod.benchMoney !== 'function')
    return 'money: not available (test/bench/money.ts exports no benchMoney)';
  progress('money (test/bench/money.ts)');
  const rows = await mod.benchMoney();
  return {
    title: 'Money (test/bench/money.ts)',
    method: ['figures as reported by benchMoney()'],
    lines: table(
      ['figure', 'value', 'unit'],
      rows.map((r) => [r.name, String(r.value), r.unit]),
      [1],
    ),
    figures: rows.map((r) => ({ name: r.name, value: r.value, unit: r.unit })),
  };
}

async function ratingSection(): Promise<SectionResult> {
  const { benchRating } = await import('./rating.ts');
  progress('rating (test/bench/rating.ts)');
  const rows = await benchRating();
  return {
    title: 'Rating engine (test/bench/rating.ts)',
    method: ['synthetic records of every kind rated in-process on one core, after a warm-up; no database'],
    lines: table(
      ['figure', 'value', 'unit'],
      rows.map((r) => [r.name, String(r.value), r.unit]),
      [1],
    ),
    figures: rows.map((r) => ({ name: r.name, value: r.value, unit: r.unit })),
  };
}

async function usageSection(): Promise<SectionResult> {
  const { benchUsage } = await import('./usage.ts');
  progress('usage (test/bench/usage.ts)');
  const rows = await benchUsage();
  return {
    title: 'Usage: ingest and authorization (test/bench/usage.ts)',
    method: [
      'records sent through the ingest handler in-process against DynamoDB Local (requests and consumed WCU counted on the client);',
      'authorizations at concurrency 16 next to GetItem at concurrency 16, in the same run',
    ],
    lines: table(
      ['figure', 'value', 'unit'],
      rows.map((r) => [r.overAim ? `${r.name} (${r.overAim})` : r.name, String(r.value), r.unit]),
      [1],
    ),
    figures: rows,
  };
}

async function billRunSection(databasePid: number | undefined): Promise<SectionResult> {
  const { benchBillRun } = await import('./bill-run.ts');
  progress('bill-run (test/bench/bill-run.ts)');
  const report = await benchBillRun(databasePid ? { databasePid } : {});
  return {
    title: 'Bill run (test/bench/bill-run.ts)',
    method: report.method,
    lines: report.lines,
    figures: report.figures,
    data: report.data,
  };
}

async function main(): Promise<number> {
  const sections = parseArgs(process.argv.slice(2));
  const startedAt = new Date();
  const t0 = performance.now();
  const command = `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;
  const host = await machine();

  const results: Record<string, SectionResult | { unavailable: string } | { error: string }> = {};
  const printed: string[] = [];
  let failed = false;

  const record = (name: Section, outcome: SectionResult | string) => {
    if (typeof outcome === 'string') {
      results[name] = { unavailable: outcome };
      printed.push(outcome, '');
      return;
    }
    results[name] = outcome;
    printed.push(`== ${outcome.title} ==`, ...outcome.method.map((m) => `   ${m}`), '', ...outcome.lines, '');
  };
  const attempt = async (name: Section, run: () => Promise<SectionResult | string>) => {
    const started = performance.now();
    try {
      const outcome = await run();
      if (typeof outcome !== 'string')
        outcome.title += ` (${((performance.now() - started) / 1000).toFixed(0)} s)`;
      record(name, outcome);
    } catch (e) {
      failed = true;
      const message = (e as Error).stack ?? String(e);
      results[name] = { error: message };
      printed.push(`${name}: FAILED: ${message}`, '');
    }
  };

  // Bundles first, while nothing else (DynamoDB Local's JVM) competes for the CPU.
  if (sections.includes('lambda')) {
    const { benchLambda } = await import('./lambda.ts');
    await attempt('lambda', () => benchLambda());
  }
  // The rating engine is CPU-bound too: measured before DynamoDB Local starts.
  if (sections.includes('rating')) await attempt('rating', ratingSection);
  // The portal runs its own `npm start` (and its DynamoDB Local): before the bench's own starts.
  if (sections.includes('portal')) {
    const { benchPortal } = await import('./portal.ts');
    await attempt('portal', () => benchPortal());
  }

  let db: Database | undefined;
  const stop = async () => {
    await db?.ddb.stop();
    if (db) await rm(db.dataDir, { recursive: true, force: true });
    db = undefined;
  };
  const onSignal = () => {
    void stop().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const moneyAvailable = existsSync(MONEY_MODULE);
    const needsDatabase = sections.some(
      (s) => NEEDS_DATABASE.includes(s) && (s !== 'money' || moneyAvailable),
    );
    if (needsDatabase) db = await startDatabase();
    if (sections.includes('api')) {
      const { benchApi } = await import('./api.ts');
      await attempt('api', () => benchApi());
    }
    if (sections.includes('groups')) {
      const { benchGroups } = await import('./groups.ts');
      await attempt('groups', () => benchGroups());
    }
    if (sections.includes('money')) await attempt('money', moneySection);
    if (sections.includes('usage')) await attempt('usage', usageSection);
    if (sections.includes('bill-run')) await attempt('bill-run', () => billRunSection(db?.ddb.pid));
  } finally {
    await stop();
  }

  const seconds = (performance.now() - t0) / 1000;
  const loadAtEnd = loadNow();
  const header = [
    'Switchboard benchmarks',
    `command: ${command}`,
    `machine: ${host.cpus} × ${host.cpuModel}, ${host.memoryGiB} GiB, ${host.platform}, node ${host.node}`,
    `load:    ${host.loadAverage} at the start, ${loadAtEnd} at the end (1-min load average; ${host.cpus} cpus)`,
    `commit:  ${host.gitCommit ?? 'unknown'} (working tree as it was), ${startedAt.toISOString()}`,
    '',
  ];
  const footer = [`total ${seconds.toFixed(1)} s; results in ${relative(process.cwd(), RESULTS_FILE)}`];
  say([...header, ...printed, ...footer].join('\n'));

  const figures: Figure[] = Object.values(results).flatMap((r) => ('figures' in r ? r.figures : []));
  await mkdir(resolve(REPO_ROOT, '.bench'), { recursive: true });
  await writeFile(
    RESULTS_FILE,
    `${JSON.stringify({ command, sections, startedAt, seconds, machine: host, loadAtEnd, figures, results }, null, 2)}\n`,
  );
  return failed ? 1 : 0;
}

const RESULTS_FILE = resolve(REPO_ROOT, '.bench/results.json');

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`bench failed: ${(e as Error).stack ?? String(e)}\n`);
    process.exit(1);
  },
);
