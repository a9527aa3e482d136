import { readFileSync } from 'node:fs';
import type { MessageCode } from './message-catalog.ts';
import { formatMoney } from './money-format.ts';

export type { MessageCode } from './message-catalog.ts';

/** The languages every text the product shows is written in; English is the fallback. */
export const LANGUAGES = ['en', 'sl', 'sq', 'pt', 'hr'] as const;
export type Language = (typeof LANGUAGES)[number];

export const isLanguage = (tag: string): tag is Language => (LANGUAGES as readonly string[]).includes(tag);

/** Money as a parameter: minor units and currency (the shape of `Money`). */
interface Amount {
  amount: number;
  currency: string;
}

/** A parameter of a message: text as it is, a number, or money (written in the reader's locale). */
export type MessageParam = string | number | Amount;

/** A text the caller reads: a stable code and its parameters, rendered in the reader's language. */
export interface Message {
  readonly code: MessageCode;
  readonly params: Readonly<Record<string, MessageParam>>;
}

export const message = (code: MessageCode, params: Record<string, MessageParam> = {}): Message => ({
  code,
  params,
});

const isMoney = (p: MessageParam): p is Amount => typeof p === 'object' && p !== null && 'currency' in p;

/** The regional form of each language our operators write in (`pt` alone would be Brazil's). */
const MONEY_LOCALE: Record<Language, string> = {
  en: 'en',
  sl: 'sl-SI',
  sq: 'sq-XK',
  pt: 'pt-PT',
  hr: 'hr-HR',
};

function formatParam(p: MessageParam, language: Language): string {
  if (isMoney(p)) return formatMoney(p, MONEY_LOCALE[language]);
  return String(p);
}

/** `{name}` placeholders of a template, in order. */
export const placeholders = (template: string): string[] =>
  [...template.matchAll(/\{([a-zA-Z]+)\}/g)].map((m) => m[1]!);

const loaded = new Map<Language, Readonly<Record<string, string>>>();

/**
 * The templates of one language, read on first use from `messages/<language>.json` beside this
 * module (in a Lambda bundle: beside `index.mjs`), written from the catalog by
 * `infra/build/message-files.ts`. A container reads a language once, and only if it answers in it.
 */
function templatesOf(language: Language): Readonly<Record<string, string>> {
  let texts = loaded.get(language);
  if (!texts) {
    texts = JSON.parse(
      readFileSync(new URL(`./messages/${language}.json`, import.meta.url), 'utf8'),
    ) as Record<string, string>;
    loaded.set(language, texts);
  }
  return texts;
}

/** The message in `language` (every code has every language: the catalog's type says so). */
export function render(msg: Message, language: Language = 'en'): string {
  const template = templatesOf(language)[msg.code] ?? msg.code;
  return template.replace(/\{([a-zA-Z]+)\}/g, (whole, name: string) => {
    const p = msg.params[name];
    return p === undefined ? whole : formatParam(p, language);
  });
}

/** A recognised parameter is a word, or a list of words (`sl, en`): never a phrase. */
const PARAM = '([^\\s,]+(?:, [^\\s,]+)*)';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Field texts written in English where no code can travel with them (the custom messages of zod
 * schemas, checks that return a sentence): the catalog's `field.*` templates recognise them, with
 * their parameters, so they are translated like coded ones. `undefined` when no template matches.
 */
let fieldTemplates: { code: MessageCode; names: string[]; pattern: RegExp }[] | undefined;

const buildFieldTemplates = () =>
  (Object.entries(templatesOf('en')) as [MessageCode, string][])
    .filter(([code]) => code.startsWith('field.'))
    .map(([code, en]) => {
      const names = placeholders(en);
      const source = en
        .split(/\{[a-zA-Z]+\}/)
        .map(escapeRegExp)
        .join(PARAM);
      return { code, names, pattern: new RegExp(`^${source}$`) };
    })
    // Templates without parameters first: an exact text never loses to a pattern.
    .sort((a, b) => a.names.length - b.names.length);

export function recognise(text: string): Message | undefined {
  fieldTemplates ??= buildFieldTemplates();
  for (const t of fieldTemplates) {
    const m = t.pattern.exec(text);
    if (m) return message(t.code, Object.fromEntries(t.names.map((n, i) => [n, m[i + 1]!])));
  }
  return undefined;
}
