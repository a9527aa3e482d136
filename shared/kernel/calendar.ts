/**
 * Calendar arithmetic in a tenant's time zone. Billing periods, due dates, day limits and the
 * "once every two months" rules are all computed from these, with the instant from the injected
 * clock, never from the process's own time zone.
 */

/** The calendar date of `at` in `timeZone`, as `YYYY-MM-DD`. */
export function localDate(at: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${get('year')}-${get('month')}-${get('day')}`;
}

const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** `date` plus `n` calendar months, the day clamped to the target month's length. */
export function addMonths(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + n;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const day = Math.min(d, daysIn(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The billing period (`YYYY-MM`) that contains `at` in `timeZone`. */
export function billingPeriod(at: Date, timeZone: string): string {
  return localDate(at, timeZone).slice(0, 7);
}
