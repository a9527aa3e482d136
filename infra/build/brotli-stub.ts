/**
 * Stands in for the `brotli` package in Lambda bundles (`infra/constructs/bundling.ts`, `alias`).
 * pdfkit's font library calls it only to unpack a WOFF2 font; the invoice PDF embeds TrueType
 * fonts, so reaching this is a bug, said plainly.
 */
export default function decompress(): never {
  throw new Error('WOFF2 fonts cannot be read in this bundle: embed a TrueType font instead');
}
