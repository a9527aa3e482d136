import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { cdkBundling, esbuildOptions, REPO_ROOT } from '../../infra/constructs/bundling.ts';
import { PDF_FONT_FILES, PDF_FONTS_DIR, pdfFontPath } from '../../shared/invoices/pdf-fonts.ts';
import { sampleInvoiceDocument, sampleItemized } from '../support/invoice-document.ts';

/**
 * A Lambda bundle that renders the invoice PDF, built as CDK builds it and run by plain Node from a
 * folder outside the repository: no node_modules to fall back on, so the fonts can only come from
 * the `fonts/` folder the bundling hook copies, and pdfkit's Helvetica must never be asked for
 * (a bundle cannot load it).
 */

const tmp = mkdtempSync(join(tmpdir(), 'switchboard-pdf-bundle-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('a PDF-rendering Lambda bundle', () => {
  it('renders the sample invoice from its own folder, with the fonts copied beside it', {
    timeout: 60_000,
  }, async () => {
    const out = join(tmp, 'asset');
    const result = await build({
      ...esbuildOptions('unused', out),
      entryPoints: undefined,
      stdin: {
        contents: [
          "import { renderInvoicePdf } from '#shared/invoices/pdf.ts';",
          'export const handler = async ({ document, itemized }) =>',
          "  (await renderInvoicePdf(document, { itemized })).toString('base64');",
        ].join('\n'),
        resolveDir: REPO_ROOT,
        sourcefile: 'render-invoice-pdf.ts',
        loader: 'ts',
      },
    });
    const inputs = Object.keys(Object.values(result.metafile.outputs).find((o) => o.entryPoint)!.inputs);
    expect(inputs.some((i) => i.includes('node_modules/pdfkit/'))).toBe(true);
    expect(inputs).toContain('infra/build/brotli-stub.ts');
    expect(inputs.some((i) => i.includes('node_modules/brotli/'))).toBe(false);

    // The hooks exactly as CDK runs them after esbuild, each with bash from the repository root.
    for (const command of cdkBundling.commandHooks!.afterBundling(REPO_ROOT, out))
      execFileSync('bash', ['-c', command], { cwd: REPO_ROOT });
    for (const file of Object.values(PDF_FONT_FILES))
      expect(existsSync(join(out, PDF_FONTS_DIR, file))).toBe(true);

    const input = join(tmp, 'event.json');
    writeFileSync(input, JSON.stringify({ document: sampleInvoiceDocument(), itemized: sampleItemized() }));
    const pdfFile = join(tmp, 'invoice.pdf');
    const script = [
      "import { readFileSync, writeFileSync } from 'node:fs';",
      `const { handler } = await import(${JSON.stringify(join(out, 'index.mjs'))});`,
      `const event = JSON.parse(readFileSync(${JSON.stringify(input)}, 'utf8'));`,
      `writeFileSync(${JSON.stringify(pdfFile)}, Buffer.from(await handler(event), 'base64'));`,
    ].join('\n');
    execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: tmp, stdio: 'pipe' });

    const pdf = readFileSync(pdfFile);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = execFileSync('pdftotext', [pdfFile, '-'], { encoding: 'utf8' });
    expect(text).toContain(sampleInvoiceDocument().buyer.legalName);

    const size = statSync(join(out, 'index.mjs')).size;
    console.info(`PDF-rendering bundle: index.mjs ${(size / 1024).toFixed(0)} KB`);
  });
});

describe('the font files', () => {
  it('are taken from fonts/ beside the running module when it is there, else from the installed package', () => {
    const module = join(tmp, 'module');
    mkdirSync(join(module, PDF_FONTS_DIR), { recursive: true });
    writeFileSync(join(module, PDF_FONTS_DIR, PDF_FONT_FILES.bold), 'copied');
    expect(pdfFontPath('bold', module)).toBe(join(module, PDF_FONTS_DIR, PDF_FONT_FILES.bold));
    expect(() => pdfFontPath('regular', module)).toThrow(
      /neither in .*fonts nor in an installed dejavu-fonts-ttf/,
    );
    const installed = pdfFontPath('regular', join(REPO_ROOT, 'shared/invoices'));
    expect(installed).toMatch(/node_modules\/dejavu-fonts-ttf\/ttf\/DejaVuSans\.ttf$/);
    expect(statSync(installed).size).toBeGreaterThan(100_000);
  });
});
