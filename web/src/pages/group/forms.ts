/** What the administrator's forms send as typed. */
import { useRef } from 'preact/hooks';
import { idempotencyKey } from '../../api/client.ts';
import { minorUnits } from '../../ui/components.tsx';

/**
 * An amount typed in major units as the API's money. Text that is no amount is sent as typed, so
 * the server names the field in its problem (the portal does not judge amounts itself).
 */
export function typedMoney(text: string, currency: string): { amount: number; currency: string } {
  const amount = minorUnits(text);
  return { amount: Number.isNaN(amount) ? (text.trim() as unknown as number) : amount, currency };
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
