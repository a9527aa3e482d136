/**
 * Writes the texts of the message catalog (`shared/kernel/message-catalog.ts`, the typed source
 * where every code has every language) as one JSON file per language in
 * `shared/kernel/messages/`. The handlers read only those files, and only the language an answer
 * needs, when it needs it: no bundle carries the five languages of every message. CDK copies the
 * folder next to each function's `index.mjs`. `npm run message-files` after changing the catalog;
 * `test/unit/messages.test.ts` fails while the files differ from it.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CATALOG } from '../../shared/kernel/message-catalog.ts';
import { LANGUAGES } from '../../shared/kernel/messages.ts';

export const MESSAGE_FILES_DIR = resolve(import.meta.dirname, '../../shared/kernel/messages');

/** The JSON text of one language's file: code → template, codes sorted. */
export function messageFile(language: (typeof LANGUAGES)[number]): string {
  const codes = Object.keys(CATALOG).sort() as (keyof typeof CATALOG)[];
  return `${JSON.stringify(Object.fromEntries(codes.map((c) => [c, CATALOG[c][language]])), null, 2)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const language of LANGUAGES)
    writeFileSync(resolve(MESSAGE_FILES_DIR, `${language}.json`), messageFile(language));
  console.log(`wrote ${LANGUAGES.length} message files to ${MESSAGE_FILES_DIR}`);
}
