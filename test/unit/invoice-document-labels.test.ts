import { describe, expect, it } from 'vitest';
import {
  countedWord,
  DOCUMENT_LABEL_KEYS,
  DOCUMENT_LABELS,
  DOCUMENT_LOCALE,
  documentLabel,
  UNIT_LABELS,
  USAGE_TYPE_LABELS,
} from '../../shared/invoices/document-labels.ts';
import type { LineUnit } from '../../shared/invoices/domain.ts';
import { LANGUAGES, placeholders } from '../../shared/kernel/messages.ts';
import { USAGE_TYPES } from '../../shared/rating/domain.ts';

describe('the labels of the invoice document', () => {
  it('has every label in every language, with exactly the English placeholders', () => {
    expect(Object.keys(DOCUMENT_LABELS).sort()).toEqual([...DOCUMENT_LABEL_KEYS].sort());
    for (const key of DOCUMENT_LABEL_KEYS) {
      expect(Object.keys(DOCUMENT_LABELS[key]).sort(), key).toEqual([...LANGUAGES].sort());
      for (const language of LANGUAGES) {
        const text = DOCUMENT_LABELS[key][language];
        expect(text.trim().length, `${language} ${key}`).toBeGreaterThan(0);
        expect(placeholders(text).sort(), `${language} ${key}`).toEqual(
          placeholders(DOCUMENT_LABELS[key].en).sort(),
        );
      }
    }
  });

  it('is written in each language, not copied from English (apart from codes such as IBAN)', () => {
    const same = (key: (typeof DOCUMENT_LABEL_KEYS)[number]) =>
      LANGUAGES.filter((l) => l !== 'en' && DOCUMENT_LABELS[key][l] === DOCUMENT_LABELS[key].en);
    const international = DOCUMENT_LABEL_KEYS.filter((k) => /^[A-Z]+$/.test(DOCUMENT_LABELS[k].en));
    for (const key of DOCUMENT_LABEL_KEYS.filter((k) => !international.includes(k)))
      expect(same(key).length, `${key} is English in ${same(key).join(', ')}`).toBeLessThan(2);
  });

  it('fills placeholders and leaves an unknown one as written', () => {
    expect(documentLabel('page', 'hr', { page: '2', pages: '7' })).toBe('Stranica 2 od 7');
    expect(documentLabel('page', 'en', { page: '2' })).toBe('Page 2 of {pages}');
  });

  it('has every unit and usage type in every language, in every plural form the language uses', () => {
    const units = Object.keys(UNIT_LABELS) as LineUnit[];
    expect(units.sort()).toEqual(['day', 'item', 'mb', 'message', 'minute', 'month']);
    for (const unit of units)
      for (const language of LANGUAGES) {
        const word = UNIT_LABELS[unit][language];
        if (typeof word === 'string') {
          expect(word.length, `${language} ${unit}`).toBeGreaterThan(0);
          continue;
        }
        const categories = new Intl.PluralRules(DOCUMENT_LOCALE[language]).resolvedOptions().pluralCategories;
        for (const category of categories)
          expect(word[category], `${language} ${unit} ${category}`).toBeTruthy();
      }
    for (const type of USAGE_TYPES)
      for (const language of LANGUAGES) expect(USAGE_TYPE_LABELS[type][language].length).toBeGreaterThan(0);
  });

  it('chooses the form the number asks for', () => {
    const day = UNIT_LABELS.day;
    expect([1, 2, 3, 5].map((n) => countedWord(day.sl, n, 'sl'))).toEqual(['dan', 'dneva', 'dni', 'dni']);
    expect([1, 3, 5, 21].map((n) => countedWord(day.hr, n, 'hr'))).toEqual(['dan', 'dana', 'dana', 'dan']);
    expect([1, 7].map((n) => countedWord(UNIT_LABELS.month.en, n, 'en'))).toEqual(['month', 'months']);
    expect(countedWord(UNIT_LABELS.minute.pt, 2.5, 'pt')).toBe('min');
  });
});
