/** What the administrator's forms send as typed. */
import { minorUnits } from '../../ui/components.tsx';

/**
 * An amount typed in major units as the API's money. Text that is no amount is sent as typed, so
 * the server names the field in its problem (the portal does not judge amounts itself).
 */
export function typedMoney(text: string, currency: string): { amount: number; currency: string } {
  const amount = minorUnits(text);
  return { amount: Number.isNaN(amount) ? (text.trim() as unknown as number) : amount, currency };
}
