import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The fonts of the invoice PDF: DejaVu Sans, which has every letter of the five languages (č ć đ
 * š ž ë ç ã õ), embedded as subsets. PDF's built-in Helvetica has no č, ć or đ.
 *
 * A Lambda bundle carries the two files in `fonts/` beside `index.mjs` (the bundling copies
 * `PDF_FONT_FILES` there); run from the sources, they come from the installed `dejavu-fonts-ttf`
 * package. Apart from the renderer so that the bundling configuration can name the files without
 * loading pdfkit.
 */
export const PDF_FONTS_DIR = 'fonts';

export const PDF_FONT_FILES = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' } as const;

export type PdfFont = keyof typeof PDF_FONT_FILES;

/** Where the package keeps its TrueType files, relative to its `package.json`. */
const PACKAGE_TTF_DIR = 'ttf';

/** The path of a font file: `fonts/` beside the running module first, else the installed package. */
export function pdfFontPath(font: PdfFont, moduleDir: string = import.meta.dirname): string {
  const file = PDF_FONT_FILES[font];
  const beside = join(moduleDir, PDF_FONTS_DIR, file);
  if (existsSync(beside)) return beside;
  let packageJson: string;
  try {
    packageJson = createRequire(join(moduleDir, 'index.js')).resolve('dejavu-fonts-ttf/package.json');
  } catch {
    throw new Error(`font ${file} is neither in ${dirname(beside)} nor in an installed dejavu-fonts-ttf`);
  }
  return join(dirname(packageJson), PACKAGE_TTF_DIR, file);
}
