/**
 * The API's codes (statuses, stages, kinds) in words of the current language, how they read at a
 * glance, and units counted as people count them.
 */
import { formatNumber, t } from '../i18n/index.ts';

/** A code in words: the text `<prefix>.<code>` (`desk.runStatus.completed`), else the code itself (one the portal does not know yet). */
export function codeText(prefix: string, code: string): string {
  const key = `${prefix}.${code}`;
  const text = t(key);
  return text === key ? code : text;
}

export type Tone = 'ok' | 'warn' | 'bad';

/** A dunning stage: suspended or in collections is bad, ended well is ok, under way is a warning. */
export function stageTone(stage: string): Tone {
  if (stage === 'suspended' || stage === 'collections') return 'bad';
  if (['paid', 'proof-accepted', 'reactivated', 'closed'].includes(stage)) return 'ok';
  return 'warn';
}

/** A support request: answered is ok, open waits, closed is plain. */
export const ticketTone = (status: string): Tone | undefined =>
  status === 'answered' ? 'ok' : status === 'open' ? 'warn' : undefined;

/** What is decided (a payment proof, a credit-limit request): approved is ok, rejected is bad, else it waits. */
export const decisionTone = (status: string): Tone =>
  status === 'approved' ? 'ok' : status === 'rejected' ? 'bad' : 'warn';

/**
 * An allowance's amount as people count it, rounded: minutes of seconds, megabytes of bytes,
 * messages as they are. Each page says it with its own texts (`{n} min`).
 */
export function countedUnits(
  unit: 'seconds' | 'messages' | 'bytes',
  value: number,
): { unit: 'minutes' | 'megabytes' | 'messages'; n: string } {
  if (unit === 'seconds') return { unit: 'minutes', n: formatNumber(Math.round(value / 60)) };
  if (unit === 'bytes') return { unit: 'megabytes', n: formatNumber(Math.round(value / 1_048_576)) };
  return { unit: 'messages', n: formatNumber(value) };
}
