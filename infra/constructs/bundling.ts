import { resolve } from 'node:path';
import { type BundlingOptions, LogLevel, OutputFormat, SourceMapMode } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { BuildOptions } from 'esbuild';
import { PDF_FONT_FILES, PDF_FONTS_DIR } from '../../shared/invoices/pdf-fonts.ts';

/** The repository root: handler modules are named relative to it, and esbuild runs from it. */
export const REPO_ROOT = resolve(import.meta.dirname, '../..');

/**
 * How every Lambda of the project is bundled, written once and consumed in two forms:
 * `cdkBundling` for `NodejsFunction` (what `cdk synth` runs) and `esbuildOptions()` for scripts
 * that call esbuild's `build()` directly (the bundle-size/cold-start benchmark). Both forms are
 * derived from `LAMBDA_BUNDLE`, so they cannot drift (`test/infra/bundling.test.ts` checks it).
 *
 * Decision: the AWS SDK is BUNDLED, not taken from the Lambda runtime (CDK's default externalizes
 * `@aws-sdk/*`). Measured on this code (Node 20, same machine, import of the bundle, median of 8):
 * a handler with the SDK bundled initializes in ~60 ms, the same handler loading the SDK from
 * node_modules (as the runtime-provided SDK is loaded) in ~110 ms. Bundling also pins the SDK to the
 * versions in package-lock.json, the ones the integration tests ran against, instead of whatever the
 * runtime ships that week.
 * The price is size, so the bundle leaves out what a Lambda never executes: the credential
 * providers after `fromEnv` in the default chain (SSO, ini files, process, web identity, container
 * and instance metadata, HTTP). Lambda always provides credentials in the environment, the chain
 * stops there, and those providers are only reached through dynamic `import()`; if one ever were,
 * it would resolve to the runtime's copy. That keeps the STS/SSO clients (`@aws-sdk/nested-clients`)
 * out of every bundle (~90 KB minified).
 * Aim: 500 KB per `index.mjs`, reported by `npm run bench` (not asserted in tests).
 */
export const LAMBDA_BUNDLE = {
  /** Lambda `nodejs22.x`. */
  target: 'node22',
  format: 'esm',
  minify: true,
  sourcemap: true,
  /**
   * Stack traces only need the mappings, not the sources: without `sourcesContent` the `.map` file is
   * a fraction of the size, and `--enable-source-maps` parses less at init.
   */
  sourcesContent: false,
  /** Prefer the ES-module build of a dependency: it tree-shakes; the CommonJS one does not. */
  mainFields: ['module', 'main'],
  /** ESM output still meets CommonJS dependencies that call `require()` (e.g. for Node built-ins). */
  banner: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);",
  external: [
    '@aws-sdk/credential-provider-sso',
    '@aws-sdk/credential-provider-ini',
    '@aws-sdk/credential-provider-process',
    '@aws-sdk/credential-provider-web-identity',
    '@aws-sdk/credential-provider-http',
    '@smithy/credential-provider-imds',
  ],
  /**
   * pdfkit's font library needs `brotli` only to read WOFF2 fonts, and the invoice PDF embeds
   * TrueType: the stub keeps ~480 KB of decoder tables out of a PDF-rendering bundle (893 KB →
   * 428 KB measured). Both the package and the one file fontkit imports from it are mapped, since
   * an alias of a package name alone would send `brotli/decompress.js` to `<stub>/decompress.js`.
   * Paths relative to the repository root, where both forms run esbuild.
   */
  alias: {
    brotli: './infra/build/brotli-stub.ts',
    'brotli/decompress.js': './infra/build/brotli-stub.ts',
  },
} as const;

/** The aim for an `index.mjs` (brief: small bundles, fast init); `npm run bench` reports against it, no test asserts it. */
export const BUNDLE_BUDGET_BYTES = 500 * 1024;

/** The folder of the message files, beside `shared/kernel/messages.ts` and beside each `index.mjs`. */
export const MESSAGE_FILES = 'messages';

/**
 * The invoice PDF's fonts (`shared/invoices/pdf-fonts.ts`): copied into `fonts/` beside
 * `index.mjs`, where the renderer looks first, from the installed package.
 */
export const PDF_FONT_SOURCE_DIR = 'node_modules/dejavu-fonts-ttf/ttf';

/**
 * The shell command that gives a bundle its fonts. Only a bundle that contains the renderer gets
 * them (its code names the font file; no other bundle does): the two files are 1.4 MB, and most
 * functions never draw a PDF.
 */
export function pdfFontCopy(inputDir: string, outputDir: string): string {
  const files = Object.values(PDF_FONT_FILES)
    .map((f) => `"${inputDir}/${PDF_FONT_SOURCE_DIR}/${f}"`)
    .join(' ');
  return (
    `if grep -qF "${PDF_FONT_FILES.regular}" "${outputDir}/index.mjs"; then ` +
    `mkdir -p "${outputDir}/${PDF_FONTS_DIR}" && cp ${files} "${outputDir}/${PDF_FONTS_DIR}/"; fi`
  );
}

/** `NodejsFunction` `bundling` props. Produces `index.mjs` (+ `index.mjs.map`) in the asset. */
export const cdkBundling: BundlingOptions = {
  format: OutputFormat.ESM,
  target: LAMBDA_BUNDLE.target,
  minify: LAMBDA_BUNDLE.minify,
  sourceMap: LAMBDA_BUNDLE.sourcemap,
  sourceMapMode: SourceMapMode.DEFAULT,
  sourcesContent: LAMBDA_BUNDLE.sourcesContent,
  mainFields: [...LAMBDA_BUNDLE.mainFields],
  banner: LAMBDA_BUNDLE.banner,
  // Set explicitly: CDK's default would externalize `@aws-sdk/*`; see the decision above.
  externalModules: [...LAMBDA_BUNDLE.external],
  bundleAwsSDK: true,
  esbuildArgs: { '--alias': Object.entries(LAMBDA_BUNDLE.alias).map(([from, to]) => `${from}=${to}`) },
  logLevel: LogLevel.WARNING,
  // The texts of error answers, one JSON file per language, read on demand beside index.mjs
  // (`shared/kernel/messages.ts`): no bundle carries all five languages of every message. Then
  // the invoice PDF's fonts, for the bundles that render it.
  commandHooks: {
    beforeBundling: () => [],
    beforeInstall: () => [],
    afterBundling: (inputDir: string, outputDir: string) => [
      `mkdir -p "${outputDir}/${MESSAGE_FILES}"`,
      `cp "${inputDir}/shared/kernel/${MESSAGE_FILES}"/*.json "${outputDir}/${MESSAGE_FILES}/"`,
      pdfFontCopy(inputDir, outputDir),
    ],
  },
};

/**
 * The same bundle for esbuild's JS API: `build(esbuildOptions(entry, outdir))` writes
 * `<outdir>/index.mjs`, byte-for-byte what CDK puts in the asset (CDK calls the esbuild CLI with the
 * flags `cdkBundling` maps to, from the repo root). `metafile: true` lets a caller report what went
 * into the bundle.
 */
export function esbuildOptions(entry: string, outdir: string): BuildOptions & { metafile: true } {
  return {
    absWorkingDir: REPO_ROOT,
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: LAMBDA_BUNDLE.format,
    target: LAMBDA_BUNDLE.target,
    minify: LAMBDA_BUNDLE.minify,
    sourcemap: LAMBDA_BUNDLE.sourcemap,
    sourcesContent: LAMBDA_BUNDLE.sourcesContent,
    mainFields: [...LAMBDA_BUNDLE.mainFields],
    banner: { js: LAMBDA_BUNDLE.banner },
    external: [...LAMBDA_BUNDLE.external],
    alias: { ...LAMBDA_BUNDLE.alias },
    outfile: resolve(outdir, 'index.mjs'),
    logLevel: 'warning',
    metafile: true,
  };
}
