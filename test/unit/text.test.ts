import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { text } from '../../shared/kernel/text.ts';

const schema = text({ max: 80 });
const UNREADABLE = /[\p{Cc}\u2028\u2029\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
const wellFormed = (s: string) =>
  !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);

describe('the free-text schema', () => {
  it('accepts only well-formed, readable text, and gives it back in NFC, trimmed', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 100 }), (input) => {
        const out = schema.safeParse(input);
        if (!out.success) return;
        expect(wellFormed(out.data)).toBe(true);
        expect(UNREADABLE.test(out.data)).toBe(false);
        expect(out.data).toBe(out.data.normalize('NFC'));
        expect(out.data).toBe(out.data.trim());
        expect(out.data.length).toBeGreaterThanOrEqual(1);
        expect(out.data.length).toBeLessThanOrEqual(80);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses every control and bidirectional formatting character inside the text', () => {
    const bad = [
      ...Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i)),
      ...Array.from({ length: 0x21 }, (_, i) => String.fromCharCode(0x7f + i)),
      '\u061C',
      '\u200E',
      '\u200F',
      '\u202A',
      '\u202B',
      '\u202C',
      '\u202D',
      '\u202E',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
      '\u2028',
      '\u2029',
      '\uD800',
      '\uDFFF',
    ];
    for (const c of bad) expect(schema.safeParse(`a${c}b`).success, JSON.stringify(c)).toBe(false);
    // Line breaks and tabs at either end are trimmed away like spaces, not stored.
    expect(schema.parse('\tAna Novak\r\n')).toBe('Ana Novak');
  });

  it('keeps every letter, mark and symbol people write', () => {
    for (const s of ['Đurđa Šćepanović', 'Arbër Çela', 'João Conceição', 'שלום', 'مرحبا', '李雷', 'Zoë 😀']) {
      expect(schema.parse(s)).toBe(s);
    }
    expect(schema.parse('Zoe\u0308')).toBe('Zoë');
  });
});
