/** What forms send and show: amounts as typed, amounts and dates for editing, one idempotency key per action. */
import { useRef } from 'preact/hooks';
import { idempotencyKey } from '../api/client.ts';
import { minorUnits } from './components.tsx';

type Money = { amount: number; currency: string };

/**
 * An amount typed in major units as the API's money. Text that is no amount is sent as typed, so
 * the server names the field in its problem (the portal does not judge amounts itself).
 */
export function typedMoney(text: string, currency: string): Money {
  const amount = minorUnits(text);
  return { amount: Number.isNaN(amount) ? (text.trim() as unknown as number) : amount, currency };
}

/** The API's money in major units as a form shows it for editing (`4720` EUR → `47.20`). */
export function majorUnits(money: Money): string {
  const digits =
    new Intl.NumberFormat('en', { style: 'currency', currency: money.currency }).resolvedOptions()
      .maximumFractionDigits ?? 2;
  return (money.amount / 10 ** digits).toFixed(digits);
}

/** A day in the browser's calendar as a date input holds it (`2025-07-14`): today, or `days` from today. */
export function dayFromToday(days = 0): string {
  const day = new Date();
  day.setDate(day.getDate() + days);
  return day.toLocaleDateString('en-CA');
}

/**
 * The idempotency key of one user action: the same while the user retries the same request (a
 * lost answer never does it twice), a new one for a changed request (the server refuses a key
 * used for another request) and after a success (doing it again is a new action).
 */
export function useIdempotencyKey(): { keyFor: (request: unknown) => string; succeeded: () => void } {
  const last = useRef<{ request: string; key: string }>(undefined);
  return {
    keyFor: (request) => {
      const text = JSON.stringify(request);
      if (last.current?.request !== text) last.current = { request: text, key: idempotencyKey() };
      return last.current.key;
    },
    succeeded: () => {
      last.current = undefined;
    },
  };
}
