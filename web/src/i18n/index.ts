/**
 * The portal's texts, kept as data: `i18n/<area>/<language>.json`, one file per area of the portal
 * and language, every language with the same keys (`test/unit/portal-texts.test.ts`). A text is
 * named `<area>.<key>` and may hold `{name}` placeholders. Only the chosen language's files are
 * loaded. What the server says (problem details) comes already in that language: the API client
 * sends it as `Accept-Language`.
 */
import { useEffect, useState } from 'preact/hooks';

export const LANGUAGES = ['sl', 'sq', 'pt', 'hr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const LANGUAGE_NAMES: Record<Language, string> = {
  sl: 'Slovenščina',
  sq: 'Shqip',
  pt: 'Português',
  hr: 'Hrvatski',
  en: 'English',
};
export const isLanguage = (v: unknown): v is Language => (LANGUAGES as readonly unknown[]).includes(v);

type Texts = Record<string, string>;
const files = import.meta.glob<Texts>('./*/*.json', { import: 'default' });

const STORAGE_KEY = 'switchboard.language';
let current: Language = 'en';
let texts: Texts = {};
const listeners = new Set<() => void>();

async function load(language: Language): Promise<Texts> {
  const loaded: Texts = {};
  await Promise.all(
    Object.entries(files)
      .filter(([path]) => path.endsWith(`/${language}.json`))
      .map(async ([path, read]) => {
        const area = path.split('/')[1]!;
        for (const [key, text] of Object.entries(await read())) loaded[`${area}.${key}`] = text;
      }),
  );
  return loaded;
}

/** The language of a first visit: the last one chosen, else the browser's, else English. */
export function initialLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (isLanguage(stored)) return stored;
  for (const tag of navigator.languages ?? []) {
    const primary = tag.split('-')[0]!.toLowerCase();
    if (isLanguage(primary)) return primary;
  }
  return 'en';
}

export async function setLanguage(language: Language): Promise<void> {
  texts = await load(language);
  current = language;
  localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
  for (const l of listeners) l();
}

export const language = (): Language => current;

/** The text of `key` in the current language, its `{placeholders}` filled. */
export function t(key: string, params: Record<string, string | number> = {}): string {
  const text = texts[key];
  if (text === undefined) return key;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : String(params[name]),
  );
}

/** Re-renders the calling component when the language changes; returns the language. */
export function useLanguage(): Language {
  const [, setTick] = useState(0);
  useEffect(() => {
    const l = () => setTick((n) => n + 1);
    listeners.add(l);
    return () => {
      listeners.delete(l);
    };
  }, []);
  return current;
}

/**
 * The conventions to format with where the browser has no data for a language (some builds of
 * Chromium lack Albanian): locales that write numbers and numeric dates the same way
 * (`12,50 €`, `1.12.2026, 19:10`).
 */
const SUBSTITUTES: Partial<Record<Language, { numbers: string; dates: string }>> = {
  sq: { numbers: 'fr', dates: 'de' },
};
const supported = (language: Language) => Intl.DateTimeFormat.supportedLocalesOf([language]).length > 0;

function numberLocale(): string {
  return supported(current) ? current : (SUBSTITUTES[current]?.numbers ?? current);
}

/** Formats an amount in minor units (the API's money) in the current language. */
export function formatMoney(money: { amount: number; currency: string } | null | undefined): string {
  if (!money) return '—';
  const format = new Intl.NumberFormat(numberLocale(), { style: 'currency', currency: money.currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(money.amount / 10 ** digits);
}

/** A date (`2026-12-01`) or an instant, in the current language. */
export function formatDate(iso: string | undefined): string {
  if (!iso) return '—';
  const day = iso.length === 10;
  const date = new Date(day ? `${iso}T12:00:00Z` : iso);
  const substitute = supported(current) ? undefined : SUBSTITUTES[current];
  if (substitute) {
    const numeric: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'numeric', year: 'numeric' };
    return new Intl.DateTimeFormat(
      substitute.dates,
      day ? numeric : { ...numeric, hour: '2-digit', minute: '2-digit' },
    ).format(date);
  }
  return new Intl.DateTimeFormat(
    current,
    day ? { dateStyle: 'medium' } : { dateStyle: 'medium', timeStyle: 'short' },
  ).format(date);
}

export function formatNumber(n: number): string {
  return new Intl.NumberFormat(numberLocale()).format(n);
}
