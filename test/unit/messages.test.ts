import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { MESSAGE_FILES_DIR, messageFile } from '../../infra/build/message-files.ts';
import { errorToProblem } from '../../shared/handlers/errors.ts';
import { answerLanguage } from '../../shared/handlers/language.ts';
import { issuesFromZod } from '../../shared/handlers/validation.ts';
import { InvalidInput, RuleViolation } from '../../shared/kernel/errors.ts';
import { CATALOG } from '../../shared/kernel/message-catalog.ts';
import { LANGUAGES, message, placeholders, recognise, render } from '../../shared/kernel/messages.ts';
import { formatMoney } from '../../shared/kernel/money.ts';

describe('the message catalog', () => {
  it('is what the message files hold, one per language (regenerate with npm run message-files)', () => {
    for (const language of LANGUAGES) {
      const file = readFileSync(resolve(MESSAGE_FILES_DIR, `${language}.json`), 'utf8');
      expect(file, `shared/kernel/messages/${language}.json`).toBe(messageFile(language));
    }
  });

  it('is not in any handler bundle: the texts are read from the files beside it', () => {
    const runtime = readFileSync(resolve(import.meta.dirname, '../../shared/kernel/messages.ts'), 'utf8');
    expect(runtime).not.toMatch(/^import \{[^}]*CATALOG[^}]*\} from/m);
    expect(runtime).toMatch(/import type \{ MessageCode \} from '\.\/message-catalog\.ts'/);
  });

  it('has every language for every code, each using only the parameters of the English text', () => {
    for (const [code, texts] of Object.entries(CATALOG)) {
      const english = new Set(placeholders(texts.en));
      for (const language of LANGUAGES) {
        const text = (texts as Record<string, string>)[language];
        expect(text, `${code} ${language}`).toBeTruthy();
        for (const p of placeholders(text!)) expect(english.has(p), `${code} ${language} {${p}}`).toBe(true);
        // Every parameter the English text names is said in every language too.
        expect(new Set(placeholders(text!)), `${code} ${language}`).toEqual(english);
      }
    }
  });

  it('no two field templates read the same in English (recognition by text is unambiguous)', () => {
    const field = Object.entries(CATALOG).filter(([c]) => c.startsWith('field.'));
    expect(new Set(field.map(([, t]) => t.en)).size).toBe(field.length);
  });

  it('recognises a field text with its parameters, and refuses phrases as parameters', () => {
    expect(recognise('is not a valid IBAN')).toEqual(message('field.iban'));
    expect(recognise('must be in EUR')).toEqual(message('field.in-currency', { currency: 'EUR' }));
    expect(recognise('must be 3–9 purple letters')).toBeUndefined();
    expect(recognise('must be in the format of a poem')).toBeUndefined();
  });
});

describe('amounts are written as people write them', () => {
  it('in the locale of the reader', () => {
    expect(formatMoney({ amount: 1, currency: 'EUR' }, 'en')).toBe('€0.01');
    expect(formatMoney({ amount: 5_000_000, currency: 'EUR' }, 'sl')).toBe('50.000,00\u00a0€');
    expect(formatMoney({ amount: 5_000, currency: 'EUR' }, 'pt-PT')).toBe('50,00\u00a0€');
  });

  it('in messages, while the machine field stays {amount, currency}', () => {
    const available = { amount: 1, currency: 'EUR' };
    const text = message('money.insufficient-credit', { msisdn: '+38640100000', available });
    expect(render(text)).toBe('Insufficient credit on +38640100000: €0.01 available.');
    expect(render(text, 'hr')).toBe('Nedovoljno kredita na broju +38640100000: dostupno je 0,01\u00a0€.');
    expect(render(text, 'sq')).toContain('0,01');
  });
});

describe('validation messages in plain language', () => {
  const schema = z.strictObject({
    name: z.string().min(2).max(4),
    count: z.number().int().min(1),
    kind: z.enum(['a', 'b']),
    tags: z.array(z.string()).max(1),
    flag: z.boolean().optional(),
  });
  const issues = (value: unknown) => issuesFromZod(schema.safeParse(value).error!, 'body');
  const texts = (value: unknown) => issues(value).map(({ field, message }) => ({ field, message }));

  it('a missing field is required; a wrong type says what is expected', () => {
    expect(texts({ count: 'x', kind: 'a', tags: [], flag: 1 })).toEqual([
      { field: 'body.name', message: 'is required' },
      { field: 'body.count', message: 'must be a number' },
      { field: 'body.flag', message: 'must be true or false' },
    ]);
  });

  it('lengths, bounds, allowed values and unknown fields', () => {
    expect(texts({ name: 'x', count: 0, kind: 'c', tags: ['a', 'b'], extra: 1 })).toEqual([
      { field: 'body.name', message: 'must be at least 2 characters long' },
      { field: 'body.count', message: 'must be at least 1' },
      { field: 'body.kind', message: 'must be one of a, b' },
      { field: 'body.tags', message: 'must list at most 1 items' },
      { field: 'body.extra', message: 'is not a known field' },
    ]);
  });

  it('a schema that writes its own message keeps it', () => {
    const own = z.object({ c: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as EUR') });
    const [issue] = issuesFromZod(own.safeParse({ c: 'x' }).error!, 'body');
    expect(issue).toMatchObject({ field: 'body.c', message: 'must be an ISO 4217 code such as EUR' });
    expect(render(issue!.text!, 'pt')).toBe('tem de ser um código ISO 4217, por exemplo EUR');
  });
});

describe('the language of an answer', () => {
  it('Accept-Language first (by q), then the tenant default, then English', () => {
    expect(answerLanguage('de, pt-PT;q=0.8, sl;q=0.9', { locales: ['hr'] })).toBe('sl');
    expect(answerLanguage('xx', { locales: ['sq-XK'] })).toBe('sq');
    expect(answerLanguage(undefined, { locales: ['de'] })).toBe('en');
    expect(answerLanguage('pt;q=0, hr')).toBe('hr');
    expect(answerLanguage(undefined)).toBe('en');
  });

  it('a text without a translation makes the whole problem English, and says so', () => {
    const coded = errorToProblem(new RuleViolation(message('voucher.invalid'), 'body.code'), '/x', 'c', 'sl');
    expect(coded.language).toBe('sl');
    expect(coded.problem.detail).toBe('Ta koda bona ni veljavna.');
    const plain = errorToProblem(InvalidInput.field('body.x', 'must rhyme with orange'), '/x', 'c', 'sl');
    expect(plain.language).toBe('en');
    expect(plain.problem).toMatchObject({
      title: 'Invalid input',
      errors: [{ field: 'body.x', message: 'must rhyme with orange' }],
    });
  });
});
