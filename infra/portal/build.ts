/**
 * Builds the portal (`web/`, Vite) into static files. A build is kept per content hash of the
 * portal's sources, so `npm start` builds only after they changed, and several systems started at
 * once (the tests) share one build: each builds into a folder of its own and renames it into
 * place; whoever renames first wins.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const WEB_DIR = resolve(import.meta.dirname, '../../web');
const CACHE_DIR = resolve(import.meta.dirname, '../../node_modules/.cache/switchboard-portal');

function files(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...files(path));
    else out.push(path);
  }
  return out.sort();
}

/**
 * The hash of everything the build reads: the portal's sources and the locked dependencies. Read
 * synchronously (a few hundred small files): CDK asks for the portal asset's hash while it
 * constructs the stacks.
 */
export function portalSourceHash(): string {
  const hash = createHash('sha256');
  for (const path of files(WEB_DIR)) {
    hash.update(relative(WEB_DIR, path));
    hash.update(readFileSync(path));
  }
  hash.update(readFileSync(resolve(WEB_DIR, '../package-lock.json')));
  return hash.digest('hex').slice(0, 16);
}

/** Builds the portal into `outDir` (Vite's own output: `index.html` and `assets/`). */
export async function buildPortalInto(outDir: string): Promise<void> {
  const { build } = await import('vite');
  await build({
    configFile: resolve(WEB_DIR, 'vite.config.ts'),
    root: WEB_DIR,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
}

/** The folder holding the current build of the portal, built first when the sources changed. */
export async function portalBuild(): Promise<{ dir: string; built: boolean }> {
  const dir = join(CACHE_DIR, portalSourceHash());
  if (existsSync(join(dir, 'index.html'))) return { dir, built: false };
  await mkdir(CACHE_DIR, { recursive: true });
  const tmp = `${dir}.tmp-${process.pid}-${Date.now()}`;
  await buildPortalInto(tmp);
  try {
    await rename(tmp, dir);
  } catch {
    // Another process put the same build in place first.
    await rm(tmp, { recursive: true, force: true });
  }
  return { dir, built: true };
}

/**
 * The current build copied into `outDir`, synchronously: CDK's asset bundling (`tryBundle`) cannot
 * wait for a promise, so `portalBuild` runs in a child process (building only when the sources
 * changed since the last build, `npm start`'s included) and its folder is copied here.
 */
export function copyPortalBuildSync(outDir: string): void {
  const script = `const { portalBuild } = await import(${JSON.stringify(pathToFileURL(import.meta.filename).href)});
process.stdout.write('\\n' + (await portalBuild()).dir);`;
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: resolve(WEB_DIR, '..'),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const dir = out.split('\n').pop()!;
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`the portal build gave no index.html in ${dir}`);
  cpSync(dir, outDir, { recursive: true });
}
