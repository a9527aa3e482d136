import { join } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { subscriptions } from '../../events/subscriptions.ts';
import { routes } from '../../functions/api/routes.ts';
import { BUNDLE_BUDGET_BYTES, esbuildOptions, REPO_ROOT } from '../../infra/constructs/bundling.ts';

/** Every Lambda handler of the app: one per route, the outbox publisher, one per subscription. */
const handlers = [
  ...new Set([
    ...routes.map((r) => r.handler),
    'functions/events/publish-outbox',
    ...subscriptions.map((s) => s.handler),
  ]),
];

/** Where the bytes of one bundle come from, biggest packages first. */
function breakdown(output: Metafile['outputs'][string]): string {
  const byPackage = new Map<string, number>();
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1] ?? input.split('/')[0]!;
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + bytesInOutput);
  }
  return [...byPackage]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6)
    .map(([pkg, bytes]) => `${pkg} ${Math.round(bytes / 1024)} KB`)
    .join(', ');
}

describe('bundle budget', () => {
  it(`every handler bundles to at most ${BUNDLE_BUDGET_BYTES / 1024} KB`, { timeout: 120_000 }, async () => {
    // One esbuild run for all handlers (no code splitting: each output is what its own build makes).
    const result = await build({
      ...esbuildOptions('unused', '.'),
      outfile: undefined,
      entryPoints: Object.fromEntries(handlers.map((h) => [h, join(REPO_ROOT, `${h}.ts`)])),
      outdir: join(REPO_ROOT, 'cdk.out', 'bundle-budget'),
      outExtension: { '.js': '.mjs' },
      write: false,
    });
    const sizes = handlers.map((h) => {
      const [, output] = Object.entries(result.metafile.outputs).find(([file]) => file.endsWith(`${h}.mjs`))!;
      return { handler: h, bytes: output.bytes, breakdown: breakdown(output) };
    });
    expect(sizes).toHaveLength(handlers.length);
    const over = sizes
      .filter((s) => s.bytes > BUNDLE_BUDGET_BYTES)
      .map((s) => `${s.handler}: ${Math.round(s.bytes / 1024)} KB (${s.breakdown})`);
    expect(over.join('\n')).toBe('');
  });
});
