import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import { AttributeType, Table } from 'aws-cdk-lib/aws-dynamodb';
import { EventBus } from 'aws-cdk-lib/aws-events';
import { OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import {
  cdkBundling,
  esbuildOptions,
  LAMBDA_BUNDLE,
  PDF_FONT_SOURCE_DIR,
  pdfFontCopy,
  REPO_ROOT,
} from '../../infra/constructs/bundling.ts';
import { ProjectFunction } from '../../infra/constructs/project-function.ts';
import { stageSettings } from '../../infra/stacks/settings.ts';
import { PDF_FONT_FILES, PDF_FONTS_DIR } from '../../shared/invoices/pdf-fonts.ts';

const tmp = mkdtempSync(join(tmpdir(), 'switchboard-bundling-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the two forms of the bundling options', () => {
  it('say the same thing', () => {
    const js = esbuildOptions('functions/system/get-health.ts', tmp);
    expect(cdkBundling).toMatchObject({
      format: OutputFormat.ESM,
      target: js.target,
      minify: js.minify,
      sourceMap: js.sourcemap,
      sourcesContent: js.sourcesContent,
      mainFields: js.mainFields,
      banner: (js.banner as { js: string }).js,
      externalModules: js.external,
      bundleAwsSDK: true,
    });
    expect(js).toMatchObject({ platform: 'node', format: 'esm', target: 'node22', bundle: true });
    expect(LAMBDA_BUNDLE.external.every((m) => !m.includes('*') && /credential-provider/.test(m))).toBe(true);
  });

  it('alias brotli (and the one file of it fontkit imports) to the stub, in both forms', () => {
    const js = esbuildOptions('functions/system/get-health.ts', tmp);
    expect(js.alias).toEqual({
      brotli: './infra/build/brotli-stub.ts',
      'brotli/decompress.js': './infra/build/brotli-stub.ts',
    });
    expect(cdkBundling.esbuildArgs).toEqual({
      '--alias': Object.entries(js.alias!).map(([from, to]) => `${from}=${to}`),
    });
    for (const to of Object.values(js.alias!)) expect(existsSync(join(REPO_ROOT, to))).toBe(true);
  });
});

describe('esbuild with these options', () => {
  it('resolves the package.json "imports" aliases, bundles the SDK and leaves out the unused credential providers', async () => {
    const result = await build({
      ...esbuildOptions('unused', join(tmp, 'probe')),
      entryPoints: undefined,
      stdin: {
        contents: [
          "import { config } from '#shared/kernel/config.ts';",
          "import { defineEvent } from '#events/contract.ts';",
          "import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';",
          'export const handler = async () => [config, defineEvent, await new DynamoDBClient({}).send(new GetItemCommand({ TableName: "t", Key: {} }))];',
        ].join('\n'),
        resolveDir: REPO_ROOT,
        sourcefile: 'probe.ts',
        loader: 'ts',
      },
    });
    const [, output] = Object.entries(result.metafile.outputs).find(([file]) => file.endsWith('index.mjs'))!;
    const inputs = Object.keys(output.inputs);
    expect(inputs).toContain('shared/kernel/config.ts');
    expect(inputs).toContain('events/contract.ts');
    expect(inputs.some((i) => i.includes('node_modules/@aws-sdk/client-dynamodb/'))).toBe(true);
    expect(inputs.some((i) => i.includes('node_modules/@aws-sdk/nested-clients/'))).toBe(false);
    expect(inputs.some((i) => i.includes('credential-provider-ini'))).toBe(false);
    const code = readFileSync(join(tmp, 'probe', 'index.mjs'), 'utf8');
    expect(code.startsWith(LAMBDA_BUNDLE.banner)).toBe(true);
    expect(code).toMatch(/export\s*\{[^}]*as handler\s*\}/);
    expect(code).toMatch(/\/\/# sourceMappingURL=index\.mjs\.map\s*$/);
  });

  it('produce byte for byte the index.mjs that NodejsFunction puts in the asset', {
    timeout: 120_000,
  }, async () => {
    const outdir = join(tmp, 'cdk.out');
    const app = new App({ outdir });
    const stack = new Stack(app, 'BundlingParity');
    const table = new Table(stack, 'Table', { partitionKey: { name: 'pk', type: AttributeType.STRING } });
    const bus = new EventBus(stack, 'Bus');
    new ProjectFunction(stack, 'Health', {
      handler: 'functions/system/get-health',
      table,
      bus,
      tableAccess: 'none',
      settings: stageSettings('dev'),
    });
    app.synth();
    const asset = readdirSync(outdir).find((d) => d.startsWith('asset.'))!;
    const fromCdk = readFileSync(join(outdir, asset, 'index.mjs'), 'utf8');

    await build(esbuildOptions(join(REPO_ROOT, 'functions/system/get-health.ts'), join(tmp, 'direct')));
    const direct = readFileSync(join(tmp, 'direct', 'index.mjs'), 'utf8');
    expect(fromCdk.length).toBeGreaterThan(1000);
    expect(direct === fromCdk, 'esbuildOptions() and cdkBundling produce different bundles').toBe(true);
  });
});

describe('the files beside index.mjs', () => {
  it('are the message files, for every bundle, then the PDF fonts', () => {
    const commands = cdkBundling.commandHooks!.afterBundling('/repo', '/asset');
    expect(commands).toEqual([
      'mkdir -p "/asset/messages"',
      'cp "/repo/shared/kernel/messages"/*.json "/asset/messages/"',
      pdfFontCopy('/repo', '/asset'),
    ]);
    const languages = readdirSync(join(REPO_ROOT, 'shared/kernel/messages')).sort();
    expect(languages).toEqual(['en.json', 'hr.json', 'pt.json', 'sl.json', 'sq.json']);
  });
});

describe('the PDF fonts', () => {
  const bundleIn = (name: string, code: string) => {
    const dir = join(tmp, name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'index.mjs'), code);
    execFileSync('bash', ['-c', pdfFontCopy(REPO_ROOT, dir)], { cwd: REPO_ROOT });
    return dir;
  };

  it('are copied into fonts/ beside a bundle that renders a PDF, from the installed package', () => {
    const dir = bundleIn(
      'with-pdf',
      `const f={regular:"${PDF_FONT_FILES.regular}",bold:"${PDF_FONT_FILES.bold}"};`,
    );
    for (const file of Object.values(PDF_FONT_FILES)) {
      const copied = readFileSync(join(dir, PDF_FONTS_DIR, file));
      expect(copied.equals(readFileSync(join(REPO_ROOT, PDF_FONT_SOURCE_DIR, file))), file).toBe(true);
    }
  });

  it('are not copied beside any other bundle', () => {
    const dir = bundleIn('without-pdf', 'export const handler = async () => ({ statusCode: 200 });');
    expect(existsSync(join(dir, PDF_FONTS_DIR))).toBe(false);
  });
});
