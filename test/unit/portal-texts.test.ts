/**
 * The portal's texts (`web/src/i18n/<area>/<language>.json`): every area in every language with
 * the same keys, the same placeholders, no empty text; and every text the portal's code names
 * exists.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const WEB = resolve(import.meta.dirname, '../../web/src');
const I18N = join(WEB, 'i18n');
const LANGUAGES = ['sl', 'sq', 'pt', 'hr', 'en'];

const areas = readdirSync(I18N, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const texts = (area: string, language: string): Record<string, string> =>
  JSON.parse(readFileSync(join(I18N, area, `${language}.json`), 'utf8'));
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

describe("the portal's texts", () => {
  it('has areas', () => {
    expect(areas.length).toBeGreaterThan(3);
  });

  for (const area of areas) {
    it(`${area}: every language has the same keys and placeholders, none empty`, () => {
      const en = texts(area, 'en');
      for (const language of LANGUAGES) {
        const other = texts(area, language);
        expect(Object.keys(other).sort(), `${area}/${language}`).toEqual(Object.keys(en).sort());
        for (const [key, text] of Object.entries(other)) {
          expect(text.trim(), `${area}/${language}: ${key}`).not.toBe('');
          expect(placeholders(text), `${area}/${language}: ${key}`).toEqual(placeholders(en[key]!));
        }
      }
    });
  }

  it('holds every text the code names literally', () => {
    const known = new Set(areas.flatMap((a) => Object.keys(texts(a, 'en')).map((k) => `${a}.${k}`)));
    const missing: string[] = [];
    for (const file of sources(WEB)) {
      const code = readFileSync(file, 'utf8');
      for (const m of code.matchAll(/\bt\(\s*'([A-Za-z]+\.[A-Za-z0-9.-]+)'/g))
        if (!known.has(m[1]!)) missing.push(`${relative(WEB, file)}: ${m[1]}`);
      for (const m of code.matchAll(/\bnav: '([A-Za-z]+\.[A-Za-z0-9.-]+)'/g))
        if (!known.has(m[1]!)) missing.push(`${relative(WEB, file)}: ${m[1]}`);
    }
    expect(missing).toEqual([]);
  });
});
