/**
 * The one place money is written for people (notifications, error messages), in the reader's
 * locale: `€12.50` in English, `12,50 €` in Slovenian. Exponent 2 for every currency we serve.
 * Apart from `money.ts` (which re-exports it) so that the message catalog, which error texts
 * use, does not depend on the money schemas, which raise errors.
 */
export function formatMoney(m: { amount: number; currency: string }, locale = 'en'): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: m.currency }).format(m.amount / 100);
}
