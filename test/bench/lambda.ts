import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Metafile } from 'esbuild';
import { BUNDLE_BUDGET_BYTES, esbuildOptions } from '../../infra/constructs/bundling.ts';
import {
  type Figure,
  kb,
  median,
  ms,
  pool,
  progress,
  REPO_ROOT,
  round,
  runNode,
  type SectionResult,
  table,
} from './support.ts';

/** The aims for every Lambda: printed next to the figures, never asserted. */
export const INIT_AIM_MS = 100;
export const RUNS = 7;

export interface LambdaEntry {
  /** Module path from the repo root without extension, e.g. `functions/catalog/get-catalog`. */
  handler: string;
  /** Why it is a Lambda: the route key, the subscription or the schedule. */
  kind: string;
}

export interface LambdaFigures {
  handler: string;
  kind: string;
  bundleBytes?: number;
  mapBytes?: number;
  /** The three packages (or `project`) that put the most bytes into the bundle. */
  largest?: { name: string; bytes: number }[];
  /** Wall-clock time of the import: the figure the aim is about. */
  initMedianMs?: number;
  initRunsMs?: number[];
  /** CPU time (user + system) of the same imports: less sensitive to other load on the machine. */
  initCpuMedianMs?: number;
  error?: string;
}

/**
 * Every Lambda entry point: one per API route, the outbox publisher, every event subscriber, every
 * scheduled job, every queue consumer and every workflow task (what the CDK stacks make functions of).
 */
export async function lambdaEntries(): Promise<LambdaEntry[]> {
  const { routes } = await import('../../functions/registry.ts');
  const { subscriptions } = await import('../../functions/registry.ts');
  const { schedules } = await import('../../functions/registry.ts');
  const { queues } = await import('../../functions/registry.ts');
  const { workflows } = await import('../../functions/registry.ts');
  const found = new Map<string, string[]>();
  const add = (handler: string, kind: string) => found.set(handler, [...(found.get(handler) ?? []), kind]);
  for (const r of routes) add(r.handler, `${r.method} ${r.path}`);
  add('functions/publishing/publish-outbox', 'table stream');
  for (const s of subscriptions) add(s.handler, `subscription ${s.name}`);
  for (const s of schedules) add(s.handler, `schedule ${s.name}`);
  for (const q of queues) add(q.handler, `queue ${q.name}`);
  for (const w of workflows) for (const t of w.tasks) add(t.handler, `workflow ${w.name} task ${t.name}`);
  return [...found].map(([handler, kinds]) => ({ handler, kind: kinds.join(', ') }));
}

/** Bytes per package in the output (`project` for the repo's own modules). */
function largestInputs(meta: Metafile, outfile: string): { name: string; bytes: number }[] {
  const output = Object.entries(meta.outputs).find(([path]) => resolve(path) === resolve(outfile))?.[1];
  if (!output) return [];
  const byPackage = new Map<string, number>();
  for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
    const name = m ? m[1]! : 'project';
    byPackage.set(name, (byPackage.get(name) ?? 0) + bytesInOutput);
  }
  return [...byPackage]
    .map(([name, bytes]) => ({ name, bytes }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 3);
}

/**
 * Runs in a fresh `node` process: the time to import the bundle (module init: everything at module
 * scope, clients and Powertools objects included). It must not do I/O, so no endpoint is needed.
 */
const INIT_PROBE = `
const url = process.argv[1];
const c0 = process.cpuUsage();
const t0 = performance.now();
const mod = await import(url);
const t1 = performance.now();
const cpu = process.cpuUsage(c0);
if (typeof mod.handler !== 'function') throw new Error('the bundle exports no handler function');
process.stdout.write(JSON.stringify({ wall: t1 - t0, cpu: (cpu.user + cpu.system) / 1000 }));
`;

/** What the function construct puts in every Lambda's environment, plus what Lambda itself sets. */
function lambdaEnv(handler: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    RUNTIME: 'aws',
    TABLE_NAME: 'switchboard-bench',
    EVENT_BUS_NAME: 'switchboard-bench',
    POWERTOOLS_SERVICE_NAME: 'switchboard',
    POWERTOOLS_METRICS_NAMESPACE: 'Switchboard',
    POWERTOOLS_LOG_LEVEL: 'INFO',
    NODE_OPTIONS: '--enable-source-maps',
    CURSOR_SIGNING_KEY: 'bench-cursor-signing-key-0123456789abcdef',
    AWS_REGION: 'eu-central-1',
    AWS_LAMBDA_FUNCTION_NAME: `switchboard-bench-${handler.split('/').pop()}`,
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: '1024',
    AWS_ACCESS_KEY_ID: 'bench',
    AWS_SECRET_ACCESS_KEY: 'bench',
    AWS_SESSION_TOKEN: 'bench',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  };
}

async function measureInit(
  file: string,
  handler: string,
  runs: number,
): Promise<{ wall: number; cpu: number }[]> {
  const url = pathToFileURL(file).href;
  const env = lambdaEnv(handler);
  const samples: { wall: number; cpu: number }[] = [];
  // The bundle was just written, so it is in the page cache: no discarded warm-up run is needed.
  for (let i = 0; i < runs; i++) {
    const run = await runNode(['--input-type=module', '-e', INIT_PROBE, url], env, 30_000);
    let sample: { wall: number; cpu: number } | undefined;
    try {
      sample = JSON.parse(run.stdout) as { wall: number; cpu: number };
    } catch {
      sample = undefined;
    }
    if (run.code !== 0 || !sample || !Number.isFinite(sample.wall)) {
      throw new Error(
        `import failed (exit ${run.code}): ${run.stderr.trim().split('\n').slice(-3).join(' | ')}`,
      );
    }
    samples.push(sample);
  }
  return samples;
}

export async function benchLambda(opts: { runs?: number } = {}): Promise<SectionResult> {
  const runs = opts.runs ?? RUNS;
  const entries = await lambdaEntries();
  const dir = await mkdtemp(join(tmpdir(), 'switchboard-bench-'));
  const results: LambdaFigures[] = entries.map((e) => ({ handler: e.handler, kind: e.kind }));
  try {
    progress(`bundling ${entries.length} Lambda entry points with the project's esbuild options`);
    await pool(entries, 2, async (entry, i) => {
      const result = results[i]!;
      const src = resolve(REPO_ROOT, `${entry.handler}.ts`);
      if (!existsSync(src)) {
        result.error = `${entry.handler}.ts does not exist`;
        return;
      }
      const outdir = join(dir, entry.handler.replaceAll('/', '__'));
      await mkdir(outdir, { recursive: true });
      try {
        const options = esbuildOptions(src, outdir);
        const out = await build({ ...options, logLevel: 'silent' });
        const file = options.outfile!;
        result.bundleBytes = (await stat(file)).size;
        result.mapBytes = (await stat(`${file}.map`)).size;
        result.largest = largestInputs(out.metafile, file);
      } catch (e) {
        result.error = `build failed: ${(e as Error).message.split('\n')[0]}`;
      }
    });

    // Sequential: two child processes at once on a small machine would measure each other.
    for (const [i, entry] of entries.entries()) {
      const result = results[i]!;
      if (result.error) continue;
      progress(`init ${entry.handler} (${runs} fresh processes)`);
      try {
        const file = join(dir, entry.handler.replaceAll('/', '__'), 'index.mjs');
        const samples = await measureInit(file, entry.handler, runs);
        result.initRunsMs = samples.map((v) => round(v.wall, 2));
        result.initMedianMs = round(median(result.initRunsMs), 2);
        result.initCpuMedianMs = round(median(samples.map((v) => v.cpu)), 2);
      } catch (e) {
        result.error = (e as Error).message;
      }
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }

  const overBundle = (r: LambdaFigures) => (r.bundleBytes ?? 0) > BUNDLE_BUDGET_BYTES;
  const overInit = (r: LambdaFigures) => (r.initMedianMs ?? 0) > INIT_AIM_MS;
  const rows = results.map((r) => [
    r.handler,
    r.bundleBytes === undefined ? 'n/a' : `${kb(r.bundleBytes)}${overBundle(r) ? ' !' : ''}`,
    r.mapBytes === undefined ? 'n/a' : kb(r.mapBytes),
    r.initMedianMs === undefined ? 'n/a' : `${ms(r.initMedianMs)}${overInit(r) ? ' !' : ''}`,
    r.initCpuMedianMs === undefined ? 'n/a' : ms(r.initCpuMedianMs),
    r.initRunsMs ? `${ms(Math.min(...r.initRunsMs))} – ${ms(Math.max(...r.initRunsMs))}` : '',
    r.largest?.map((l) => `${l.name} ${kb(l.bytes)}`).join(', ') ?? '',
  ]);
  const lines = table(
    ['entry point', 'index.mjs', '.map', 'init p50', 'cpu p50', `init range (${runs} runs)`, 'largest parts'],
    rows,
    [1, 2, 3, 4],
  );
  const sizes = results.flatMap((r) => (r.bundleBytes === undefined ? [] : [r.bundleBytes]));
  const inits = results.flatMap((r) => (r.initMedianMs === undefined ? [] : [r.initMedianMs]));
  const bundleMisses = results.filter(overBundle);
  const initMisses = results.filter(overInit);
  const names = (list: LambdaFigures[]) => {
    if (list.length === results.length) return 'all';
    const shown = list.slice(0, 8).map((m) => m.handler.split('/').pop());
    return `${shown.join(', ')}${list.length > shown.length ? `, … ${list.length - shown.length} more` : ''}`;
  };
  lines.push('');
  if (sizes.length) {
    lines.push(
      `bundles: ${kb(Math.min(...sizes))} – ${kb(Math.max(...sizes))}, median ${kb(median(sizes))}; ` +
        `init p50: ${ms(Math.min(...inits))} – ${ms(Math.max(...inits))}, median ${ms(median(inits))} ` +
        `(aims: ≤ ${kb(BUNDLE_BUDGET_BYTES)}, ≤ ${INIT_AIM_MS} ms)`,
    );
  }
  lines.push(
    bundleMisses.length
      ? `! bundle over ${kb(BUNDLE_BUDGET_BYTES)}: ${bundleMisses.length} of ${results.length} (${names(bundleMisses)})`
      : `every bundle within ${kb(BUNDLE_BUDGET_BYTES)}`,
    initMisses.length
      ? `! init over ${INIT_AIM_MS} ms: ${initMisses.length} of ${results.length} (${names(initMisses)})`
      : `every init within ${INIT_AIM_MS} ms`,
  );
  for (const r of results.filter((x) => x.error)) lines.push(`not measured: ${r.handler}: ${r.error}`);

  const figures: Figure[] = results.flatMap((r) => [
    ...(r.bundleBytes === undefined
      ? []
      : [
          {
            name: `bundle ${r.handler}`,
            value: r.bundleBytes,
            unit: 'bytes',
            ...(overBundle(r) ? { overAim: `> ${BUNDLE_BUDGET_BYTES} bytes` } : {}),
          },
          { name: `sourcemap ${r.handler}`, value: r.mapBytes ?? 0, unit: 'bytes' },
        ]),
    ...(r.initMedianMs === undefined
      ? []
      : [
          {
            name: `init ${r.handler}`,
            value: r.initMedianMs,
            unit: 'ms',
            ...(overInit(r) ? { overAim: `> ${INIT_AIM_MS} ms` } : {}),
          },
          { name: `init cpu ${r.handler}`, value: r.initCpuMedianMs ?? Number.NaN, unit: 'ms' },
        ]),
  ]);

  return {
    title: 'Lambda bundles and module init',
    method: [
      `esbuild build() with esbuildOptions() from infra/constructs/bundling.ts (minified ESM, node22 target, external source map)`,
      `init = median of ${runs} fresh \`node\` processes timing \`await import(index.mjs)\` with performance.now() (wall; the aim)`,
      `  and process.cpuUsage() (cpu: user + system, less sensitive to other load on a shared machine)`,
      `env as the function construct sets it (RUNTIME=aws, TABLE_NAME, …, NODE_OPTIONS=--enable-source-maps); "!" = over the aim`,
    ],
    lines,
    figures,
    data: results,
  };
}
