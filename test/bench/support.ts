import { execFile, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { cpus, loadavg, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);

/** The repository root (this file is `test/bench/support.ts`). */
export const REPO_ROOT = resolve(import.meta.dirname, '../..');

/** One figure of the report; `results.json` keeps every one of them. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** Set when the figure misses the project's aim (printed, never a failure). */
  overAim?: string;
}

/** What a section hands back: printable lines, figures and anything else worth keeping. */
export interface SectionResult {
  title: string;
  /** How it was measured, in one or two lines. */
  method: string[];
  lines: string[];
  figures: Figure[];
  data?: unknown;
}

export const say = (line = ''): void => {
  process.stdout.write(`${line}\n`);
};

/** Progress goes to stderr so that stdout is the report alone. */
export const progress = (line: string): void => {
  process.stderr.write(`  … ${line}\n`);
};

export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Nearest-rank percentile (p in 0..100) of raw samples. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * s.length));
  return s[Math.min(rank, s.length) - 1]!;
}

/** The 1-minute load average now (compare with `Machine.loadAverage` and the cpu count). */
export const loadNow = (): number => round(loadavg()[0] ?? 0, 2);

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
export const ms = (v: number, digits = 1): string => (Number.isFinite(v) ? `${v.toFixed(digits)} ms` : 'n/a');
export const perSecond = (v: number): string => `${Math.round(v).toLocaleString('en-US')}/s`;
export const round = (v: number, digits = 2): number => Math.round(v * 10 ** digits) / 10 ** digits;

/** A fixed-width text table; columns listed in `right` are right-aligned (numbers). */
export function table(head: string[], rows: string[][], right: number[] = []): string[] {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const cell = (v: string, i: number) => (right.includes(i) ? v.padStart(widths[i]!) : v.padEnd(widths[i]!));
  const line = (r: string[]) => r.map(cell).join('  ').trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  platform: string;
  /** 1-minute load average when the run started: others' work on a shared machine shows here. */
  loadAverage: number;
  gitCommit?: string;
}

export async function machine(): Promise<Machine> {
  const list = cpus();
  const commit = await new Promise<string | undefined>((res) =>
    execFile('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO_ROOT }, (err, out) =>
      res(err ? undefined : out.trim()),
    ),
  );
  return {
    cpus: list.length,
    cpuModel: list[0]?.model.trim() ?? 'unknown',
    memoryGiB: round(totalmem() / 1024 ** 3, 1),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    loadAverage: round(loadavg()[0] ?? 0, 2),
    ...(commit ? { gitCommit: commit } : {}),
  };
}

export interface NodeRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node <args>` with exactly `env` (nothing inherited but what the caller passes). */
export function runNode(args: string[], env: NodeJS.ProcessEnv, timeoutMs = 60_000): Promise<NodeRun> {
  return new Promise((res, rej) => {
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('error', (e) => {
      clearTimeout(timer);
      rej(e);
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      res({ code, stdout, stderr });
    });
  });
}

/** The part of autocannon's options that crosses a process boundary (JSON). */
export interface LoadOptions {
  url: string;
  connections: number;
  /** Seconds; ignored when `amount` is set. */
  duration?: number;
  amount?: number;
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  headers?: Record<string, string>;
  body?: string;
  /** Replaces `[<id>]` anywhere in the request (headers too) with a fresh id per request. */
  idReplacement?: boolean;
  /** Request variants (path, headers, body) taken in turn, round robin over every connection. */
  rotate?: { path: string; headers?: Record<string, string>; body?: string }[];
  timeout?: number;
}

export interface LoadResult {
  requests: number;
  durationSeconds: number;
  /** Mean requests per second over the run. */
  throughput: number;
  latency: { p50: number; p90: number; p99: number; mean: number; max: number };
  status: Record<string, number>;
  non2xx: number;
  errors: number;
  timeouts: number;
}

/**
 * The load generator runs in its own `node` process (autocannon's programmatic API), so that on a
 * small machine it does not share an event loop with the server it measures. Latencies are
 * autocannon's (milliseconds, 1 ms resolution).
 */
const LOAD_SCRIPT = `
const { default: autocannon } = await import(process.env.BENCH_AUTOCANNON);
const { rotate, ...opts } = JSON.parse(process.env.BENCH_LOAD);
if (rotate) {
  let next = 0;
  opts.requests = [{ setupRequest: (req) => ({ ...req, ...rotate[next++ % rotate.length] }) }];
}
const result = await autocannon(opts);
process.stdout.write(JSON.stringify(result));
`;

export async function loadTest(opts: LoadOptions): Promise<LoadResult> {
  const env = {
    PATH: process.env.PATH,
    BENCH_AUTOCANNON: pathToFileURL(require.resolve('autocannon')).href,
    BENCH_LOAD: JSON.stringify({ ...opts, renderProgressBar: false, renderLatencyTable: false }),
  };
  const limit = ((opts.duration ?? 60) + 60) * 1000;
  const run = await runNode(['--input-type=module', '-e', LOAD_SCRIPT], env, limit);
  if (run.code !== 0) throw new Error(`autocannon failed (${run.code}): ${run.stderr.slice(-2000)}`);
  const r = JSON.parse(run.stdout) as {
    requests: { average: number; total: number; sent: number };
    latency: { p50: number; p90: number; p99: number; mean: number; max: number };
    duration: number;
    non2xx: number;
    errors: number;
    timeouts: number;
    statusCodeStats?: Record<string, { count: number }>;
    '1xx': number;
    '2xx': number;
    '3xx': number;
    '4xx': number;
    '5xx': number;
  };
  const status: Record<string, number> = {};
  for (const [code, s] of Object.entries(r.statusCodeStats ?? {})) status[code] = s.count;
  const total = r['1xx'] + r['2xx'] + r['3xx'] + r['4xx'] + r['5xx'];
  return {
    requests: total,
    durationSeconds: r.duration,
    throughput: r.duration > 0 ? total / r.duration : Number.NaN,
    latency: {
      p50: r.latency.p50,
      p90: r.latency.p90,
      p99: r.latency.p99,
      mean: r.latency.mean,
      max: r.latency.max,
    },
    status,
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
  };
}

/** A bounded pool: runs `work` over `items` with at most `concurrency` in flight. */
export async function pool<T, R>(
  items: T[],
  concurrency: number,
  work: (item: T, i: number) => Promise<R>,
): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    for (;;) {
      const i = next++;
      if (i >= items.length) return;
      out[i] = await work(items[i]!, i);
    }
  });
  await Promise.all(lanes);
  return out;
}
