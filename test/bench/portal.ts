/**
 * The portal: what the first visit downloads, and how soon the group page of a 1,000-member group
 * is usable.
 *
 * Bundle: the portal built into a temporary folder (Vite, as `npm start` and the CDK asset build
 * it), served with the headers of `npm start`, and `#/sign-in` opened in Chromium in each
 * language: every response of the page's origin (index.html and each script, style sheet and text
 * file it loads) counted raw and gzipped (node:zlib, level 6). The total of every file of the build
 * is given beside it.
 *
 * Group page: `npm start` on a temporary data folder; a group registered at `dardania` and 999
 * members added through the API (the administrator's token from the CLI); the session the sign-in
 * page would keep put into sessionStorage; `#/group` opened in a fresh browser context (empty
 * cache) five times. In each run the page itself notes, from navigation start, when the members
 * table first shows 50 rows, and when a click on its "more" button (sent by Playwright as soon as
 * the button is actionable, which includes Playwright's own checks and round trip) has been
 * answered (the button disabled while the next page loads); and when every figure of the first 50
 * rows (balance and spending: two requests per row, six at a time) has arrived.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { type Figure, median, ms, progress, REPO_ROOT, round, type SectionResult, table } from './support.ts';

export const PORTAL_BENCH = {
  /** The aim for the first load of the sign-in page, gzipped. */
  firstLoadAimBytes: 200 * 1024,
  languages: ['sl', 'sq', 'pt', 'hr', 'en'],
  members: 1000,
  /** Members added at once through the API. */
  addConcurrency: 4,
  runs: 5,
  /** The rows that count as "the table is there" (one page of the members list). */
  rows: 50,
};

const TENANT = 'dardania';
const gzipped = (body: Buffer) => gzipSync(body, { level: 6 }).byteLength;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

// ----- bundle size ---------------------------------------------------------------------------

interface LoadedFile {
  path: string;
  raw: number;
  gzip: number;
}

/** Serves a build folder as `npm start` does (`infra/local/portal-files.ts`), nothing else. */
async function serveBuild(dir: string): Promise<{ server: Server; base: string }> {
  const { portalFiles } = await import('../../infra/local/portal-files.ts');
  const files = portalFiles(dir);
  const server = createServer((req, res) => {
    void files.get(new URL(req.url ?? '/', 'http://x').pathname).then((answer) => {
      if (!answer) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(answer.statusCode, answer.headers as Record<string, string>);
      res.end(Buffer.from(answer.body as string, 'base64'));
    });
  });
  await new Promise<void>((res) => server.listen(0, '127.0.0.1', () => res()));
  const address = server.address();
  if (!address || typeof address !== 'object') throw new Error('the build server has no address');
  return { server, base: `http://127.0.0.1:${address.port}` };
}

/** Every file of the page's origin the sign-in page loads in `language`, with its sizes. */
async function firstLoad(browser: Browser, base: string, language: string): Promise<LoadedFile[]> {
  const { newContext } = await import('../e2e/portal/browser.ts');
  const context = await newContext(browser, language);
  try {
    const page = await context.newPage();
    const loaded: Promise<LoadedFile | undefined>[] = [];
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (url.origin !== base || response.status() !== 200) return;
      loaded.push(
        response.body().then(
          (body) => ({ path: url.pathname, raw: body.byteLength, gzip: gzipped(body) }),
          () => undefined,
        ),
      );
    });
    await page.goto(`${base}/#/sign-in`, { waitUntil: 'networkidle' });
    await page.locator('form input[type=password]').waitFor();
    return (await Promise.all(loaded)).filter((f): f is LoadedFile => f !== undefined);
  } finally {
    await context.close();
  }
}

async function buildFiles(dir: string): Promise<LoadedFile[]> {
  const out: LoadedFile[] = [];
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const body = await readFile(path);
    out.push({ path: `/${relative(dir, path)}`, raw: body.byteLength, gzip: gzipped(body) });
  }
  return out;
}

const sum = (files: LoadedFile[], key: 'raw' | 'gzip') => files.reduce((n, f) => n + f[key], 0);

async function bundleSize(browser: Browser): Promise<{ lines: string[]; figures: Figure[] }> {
  const { buildPortalInto } = await import('../../infra/portal/build.ts');
  const dir = await mkdtemp(join(tmpdir(), 'switchboard-bench-portal-'));
  try {
    progress('portal: building web/ into a temporary folder');
    const t0 = performance.now();
    await buildPortalInto(dir);
    const buildMs = performance.now() - t0;
    const all = await buildFiles(dir);
    const { server, base } = await serveBuild(dir);
    try {
      const loads: { language: string; files: LoadedFile[] }[] = [];
      for (const language of PORTAL_BENCH.languages) {
        progress(`portal: first load of #/sign-in in ${language}`);
        loads.push({ language, files: await firstLoad(browser, base, language) });
      }
      const aim = PORTAL_BENCH.firstLoadAimBytes;
      const largest = loads.reduce((a, b) => (sum(b.files, 'gzip') > sum(a.files, 'gzip') ? b : a));
      const lines = table(
        ['first load of #/sign-in', 'files', 'raw', 'gzip', `aim ≤ ${kb(aim)} gzip`],
        [
          ...loads.map((l) => [
            `language ${l.language}`,
            String(l.files.length),
            kb(sum(l.files, 'raw')),
            kb(sum(l.files, 'gzip')),
            sum(l.files, 'gzip') <= aim ? 'met' : 'MISSED',
          ]),
          ['every file of the build', String(all.length), kb(sum(all, 'raw')), kb(sum(all, 'gzip')), ''],
        ],
        [1, 2, 3],
      );
      lines.push(
        '',
        `files of the first load (${largest.language}, the largest), gzipped:`,
        ...table(
          ['file', 'raw', 'gzip'],
          [...largest.files].sort((a, b) => b.gzip - a.gzip).map((f) => [f.path, kb(f.raw), kb(f.gzip)]),
          [1, 2],
        ).map((l) => `  ${l}`),
        '',
        `build: ${all.length} files in ${ms(buildMs, 0)} (vite build of web/)`,
      );
      const firstLoadGzip = sum(largest.files, 'gzip');
      const figures: Figure[] = [
        {
          name: 'portal first load of #/sign-in, gzipped (largest language)',
          value: round(firstLoadGzip / 1024, 1),
          unit: 'KB',
          ...(firstLoadGzip > aim ? { overAim: `aim ≤ ${kb(aim)}` } : {}),
        },
        { name: 'portal first load of #/sign-in, files', value: largest.files.length, unit: 'files' },
        { name: 'portal build, every file gzipped', value: round(sum(all, 'gzip') / 1024, 1), unit: 'KB' },
        { name: 'portal build, every file raw', value: round(sum(all, 'raw') / 1024, 1), unit: 'KB' },
      ];
      return { lines, figures };
    } finally {
      server.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// ----- the group page of a 1,000-member group --------------------------------------------------

interface System {
  base: string;
  dataDir: string;
  cli(args: string[]): Promise<string>;
  stop(): Promise<void>;
}

async function startPortalSystem(): Promise<System> {
  const { freePort } = await import('../../infra/local/dynamodb.ts');
  const local = await import('../e2e/local-system.ts');
  const dataDir = await mkdtemp(join(tmpdir(), 'switchboard-bench-portal-data-'));
  const port = await freePort();
  progress(`portal: npm start on ${dataDir}, port ${port}`);
  const running = await local.startSystem(dataDir, port, 180_000);
  return {
    base: `http://127.0.0.1:${port}`,
    dataDir,
    async cli(args) {
      const { stdout } = await local.run('npm', ['run', '--silent', 'cli', '--', ...args], {
        cwd: REPO_ROOT,
        env: local.userEnv(dataDir, 0),
        maxBuffer: 64 * 1024 * 1024,
      });
      return stdout.trim();
    },
    async stop() {
      local.ctrlC(running);
      const stopped = await Promise.race([
        running.exited.then(() => true),
        new Promise<boolean>((res) => setTimeout(() => res(false), 20_000)),
      ]);
      if (!stopped) await local.killAllStarted();
      await local.killJavaOn(dataDir);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

async function call(
  sys: System,
  method: string,
  path: string,
  token: string,
  body?: unknown,
  // biome-ignore lint/suspicious/noExplicitAny: the bench reads a few fields of JSON answers
): Promise<any> {
  const res = await fetch(`${sys.base}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(method === 'POST' ? { 'idempotency-key': `bench-${randomBytes(12).toString('hex')}` } : {}),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    signal: AbortSignal.timeout(60_000),
  });
  const text = await res.text();
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${text.slice(0, 600)}`);
  return text ? JSON.parse(text) : undefined;
}

const lastLine = (out: string) => out.split('\n').pop()!;

interface BigGroup {
  groupId: string;
  /** Digits. */
  admin: string;
  token: string;
  seedMs: number;
}

async function registerBigGroup(sys: System): Promise<BigGroup> {
  const operator = lastLine(await sys.cli(['token', '--role', 'operator', '--tenant', TENANT]));
  const registered = await call(sys, 'POST', '/v1/groups', operator, {
    company: {
      legalName: 'Bench Shpërndarja SH.P.K.',
      registrationNumber: `K8${randomBytes(4).toString('hex').toUpperCase()}`,
      vatId: '330123456',
      address: { street: 'Rruga Nënë Tereza 10', postalCode: '10000', city: 'Prishtinë' },
    },
    legalRepresentative: {
      name: 'Besa Krasniqi',
      idDocument: { type: 'id-card', number: 'KS1234567', reference: 'dms:kyc/bench/0001' },
    },
    iban: 'XK05 1212 0123 4567 8906',
    billingEmail: 'fatura@bench-shperndarja.example',
    language: 'sq',
    admin: { number: { kind: 'new' }, plan: 'BIZ20', label: 'Besa (administratore)' },
  });
  const groupId = registered.group.groupId as string;
  const admin = (registered.admin.msisdn as string).replace(/^\+/, '');
  const token = lastLine(
    await sys.cli(['token', '--role', 'admin', '--tenant', TENANT, '--group', groupId, '--msisdn', admin]),
  );
  const toAdd = PORTAL_BENCH.members - 1;
  progress(
    `portal: adding ${toAdd} members to ${groupId} through the API, ${PORTAL_BENCH.addConcurrency} at once`,
  );
  const t0 = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < toAdd) {
      const i = next++;
      await call(sys, 'POST', `/v1/groups/${groupId}/members`, token, {
        number: { kind: 'new' },
        plan: i % 3 === 0 ? 'BIZ20' : 'BIZ10',
        label: `Punonjës ${i + 1}`,
      });
      if ((i + 1) % 100 === 0) progress(`portal: ${i + 1} members added`);
    }
  };
  await Promise.all(Array.from({ length: PORTAL_BENCH.addConcurrency }, worker));
  const seedMs = performance.now() - t0;
  const group = await call(sys, 'GET', `/v1/groups/${groupId}`, token);
  if (group.memberCount !== PORTAL_BENCH.members) {
    throw new Error(`group ${groupId} has ${group.memberCount} members, expected ${PORTAL_BENCH.members}`);
  }
  return { groupId, admin, token, seedMs };
}

/**
 * Waits until the members' provisioning (a user and an initial password by SMS for each) has
 * settled, so that it does not run beside the measurement: until the tenant's newest outbox
 * message has stayed the same for 10 s.
 */
async function waitForProvisioning(sys: System): Promise<number> {
  const t0 = performance.now();
  let newest = '';
  let since = performance.now();
  while (performance.now() - since < 10_000) {
    const line = (await sys.cli(['outbox', '--tenant', TENANT, '--limit', '1'])).split('\n')[0] ?? '';
    if (line !== newest) {
      newest = line;
      since = performance.now();
    }
    await new Promise((r) => setTimeout(r, 2000));
  }
  return performance.now() - t0 - 10_000;
}

interface Run {
  rowsMs: number;
  answeredMs: number;
  inputToAnswerMs: number;
  figuresMs: number;
}

/** What the bench reads in the page. */
interface InPage {
  document: { querySelectorAll(selector: string): { length: number } };
  __bench: Record<string, number>;
}

/** Marks the page keeps for the bench, each `performance.now()` (from navigation start). */
const PAGE_MARKS = `(() => {
  const marks = (window.__bench = {});
  const rows = ${PORTAL_BENCH.rows};
  const more = () => document.querySelector('table')?.closest('section')?.querySelector('button.secondary');
  document.addEventListener('click', (e) => { if (e.target === more()) marks.clickAt ??= e.timeStamp; }, true);
  const check = () => {
    const trs = document.querySelectorAll('table tbody tr');
    const now = performance.now();
    if (marks.rowsAt === undefined && trs.length >= rows) marks.rowsAt = now;
    if (marks.clickAt !== undefined && marks.answeredAt === undefined && (more()?.disabled || trs.length > rows)) marks.answeredAt = now;
    if (marks.figuresAt === undefined && trs.length >= rows) {
      const first = [...trs].slice(0, rows);
      if (first.every((tr) => ![...tr.querySelectorAll('td')].some((td) => td.textContent === '…'))) marks.figuresAt = now;
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
})();`;

async function groupPageRun(browser: Browser, sys: System, group: BigGroup): Promise<Run> {
  const { newContext } = await import('../e2e/portal/browser.ts');
  const context = await newContext(browser, 'sq');
  try {
    const session = {
      token: group.token,
      tenant: TENANT,
      role: 'admin',
      groupId: group.groupId,
      msisdn: group.admin,
      expiresAt: Date.now() + 3_600_000,
    };
    await context.addInitScript(
      `try { sessionStorage.setItem('switchboard.session', ${JSON.stringify(JSON.stringify(session))}); } catch {}`,
    );
    await context.addInitScript(PAGE_MARKS);
    const page = await context.newPage();
    await page.goto(`${sys.base}/#/group`);
    // Clicked as soon as Playwright finds the button actionable (visible, stable, enabled): it
    // comes with the first page of members.
    await page.locator('section:has(table) button.secondary').click({ timeout: 60_000 });
    // These run in the page, which allows no string evaluation (its CSP): functions, typed by hand
    // (this project's TypeScript has DOM types only in web/).
    await page.waitForFunction(
      () => {
        const marks = (globalThis as unknown as InPage).__bench;
        return marks.answeredAt !== undefined && marks.figuresAt !== undefined;
      },
      undefined,
      { timeout: 120_000 },
    );
    const marks = await page.evaluate(() => (globalThis as unknown as InPage).__bench);
    return {
      rowsMs: marks.rowsAt!,
      answeredMs: marks.answeredAt!,
      inputToAnswerMs: marks.answeredAt! - marks.clickAt!,
      figuresMs: marks.figuresAt!,
    };
  } finally {
    await context.close();
  }
}

async function groupPage(browser: Browser): Promise<{ lines: string[]; figures: Figure[] }> {
  const sys = await startPortalSystem();
  try {
    const group = await registerBigGroup(sys);
    progress('portal: waiting for the members to be provisioned (users, initial passwords)');
    const settleMs = await waitForProvisioning(sys);
    // One visit first: the server's handler modules load, DynamoDB Local warms up.
    progress('portal: a warm-up visit of #/group');
    await groupPageRun(browser, sys, group);
    const runs: Run[] = [];
    for (let i = 0; i < PORTAL_BENCH.runs; i++) {
      progress(`portal: #/group, run ${i + 1} of ${PORTAL_BENCH.runs}`);
      runs.push(await groupPageRun(browser, sys, group));
    }
    const med = (key: keyof Run) => median(runs.map((r) => r[key]));
    const row = (label: string, r: Run) => [
      label,
      ms(r.rowsMs, 0),
      ms(r.answeredMs, 0),
      ms(r.inputToAnswerMs, 0),
      ms(r.figuresMs, 0),
    ];
    const lines = table(
      [
        `#/group, ${PORTAL_BENCH.members} members`,
        `${PORTAL_BENCH.rows} rows shown`,
        'click answered',
        'click → answer',
        'figures of 50 rows',
      ],
      [
        ...runs.map((r, i) => row(`run ${i + 1}`, r)),
        row('median', {
          rowsMs: med('rowsMs'),
          answeredMs: med('answeredMs'),
          inputToAnswerMs: med('inputToAnswerMs'),
          figuresMs: med('figuresMs'),
        }),
      ],
      [1, 2, 3, 4],
    );
    lines.push(
      '',
      `group ${group.groupId} at ${TENANT}: ${PORTAL_BENCH.members} members (${PORTAL_BENCH.members - 1} added through the API in ${ms(group.seedMs, 0)}, ` +
        `${PORTAL_BENCH.addConcurrency} at once; provisioning settled ${ms(settleMs, 0)} later); times from navigation start, fresh context each run, after one warm-up visit`,
    );
    const figures: Figure[] = [
      {
        name: `portal #/group (${PORTAL_BENCH.members} members): ${PORTAL_BENCH.rows} rows shown, median`,
        value: round(med('rowsMs'), 0),
        unit: 'ms',
      },
      {
        name: `portal #/group (${PORTAL_BENCH.members} members): interactive (click answered), median`,
        value: round(med('answeredMs'), 0),
        unit: 'ms',
      },
      {
        name: 'portal #/group: click to answer, median',
        value: round(med('inputToAnswerMs'), 0),
        unit: 'ms',
      },
      {
        name: `portal #/group: figures of ${PORTAL_BENCH.rows} rows loaded, median`,
        value: round(med('figuresMs'), 0),
        unit: 'ms',
      },
      {
        name: 'portal bench: 999 members added through the API',
        value: round(group.seedMs / 1000, 1),
        unit: 's',
      },
    ];
    return { lines, figures };
  } finally {
    await sys.stop();
  }
}

export async function benchPortal(): Promise<SectionResult> {
  const { launchBrowser } = await import('../e2e/portal/browser.ts');
  const browser = await launchBrowser();
  try {
    const bundle = await bundleSize(browser);
    const group = await groupPage(browser);
    return {
      title: 'Portal (test/bench/portal.ts)',
      method: [
        'bundle: web/ built into a temporary folder, #/sign-in opened in Chromium in each language; every response of the',
        'page origin counted raw and gzipped (node:zlib level 6); group page: npm start, a dardania group of 1,000 members',
        'made through the API, #/group opened 5 times in a fresh context (times from navigation start, marked by the page)',
      ],
      lines: [...bundle.lines, '', ...group.lines],
      figures: [...bundle.figures, ...group.figures],
    };
  } finally {
    await browser.close();
  }
}
