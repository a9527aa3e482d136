import * as z from 'zod';

/**
 * Free text that reaches people: member labels on the admin's screens, transfer notes sent by
 * SMS, company names and addresses on invoices, voucher batch labels, payment references on
 * statements, catalog texts. One schema for all of them, so every such field reads the same way:
 *
 * - normalised to Unicode NFC (a decomposed `é` is stored as the one character `é`), then
 *   trimmed; lengths count UTF-16 code units of the normalised text;
 * - refused when it holds a control character (C0, DEL, C1: NUL, escape, line breaks, tabs), a
 *   line or paragraph separator, a bidirectional formatting character (the marks, embeddings,
 *   overrides such as U+202E and isolates, which make text read differently from what is
 *   stored) or a lone surrogate (not text at all; it cannot be sent by SMS or e-mail).
 */

/** Characters a reader cannot see or that reorder the text around them. */
const UNREADABLE = /[\p{Cc}\u2028\u2029\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export interface TextOptions {
  /** Longest accepted text, after normalisation and trimming. */
  max: number;
  /** Shortest accepted text (default 1: an empty or blank text is refused). */
  min?: number;
}

export function text({ max, min = 1 }: TextOptions) {
  return z
    .string()
    .refine((s) => !LONE_SURROGATE.test(s), {
      message: 'must be valid Unicode text (it holds a lone surrogate)',
      abort: true,
    })
    .normalize('NFC')
    .trim()
    .refine((s) => !UNREADABLE.test(s), {
      message: 'must not contain control characters, line breaks or bidirectional formatting characters',
      abort: true,
    })
    .min(min)
    .max(max);
}

/**
 * Text that came from outside a form (a mail's subject, an attachment's name) made readable for
 * the places free text goes: NFC, every unreadable character and lone surrogate replaced by a
 * space, runs of spaces collapsed, trimmed and cut to `max` code units without splitting a
 * character.
 */
export function readableText(input: string, max: number): string {
  const readable = input
    .normalize('NFC')
    .replace(new RegExp(LONE_SURROGATE.source, 'g'), ' ')
    .replace(new RegExp(UNREADABLE.source, 'gu'), ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  if (readable.length <= max) return readable;
  const cut = /[\uD800-\uDBFF]/.test(readable[max - 1] ?? '') ? max - 1 : max;
  return readable.slice(0, cut).trimEnd();
}
