/**
 * The countries the platform serves: a tenant (operator) is in one of them, and its numbers are
 * numbers of that country. The phone metadata bundled with every Lambda holds these countries
 * only (`shared/kernel/phone-metadata.json`, made by `npm run phone-metadata`); adding a country
 * here means regenerating that file, and a unit test fails until it is done.
 *
 * ISO 3166-1 alpha-2 codes (Kosovo: `XK`, the code its telecom regulator and libphonenumber use).
 */
export const SUPPORTED_COUNTRIES = ['SI', 'XK', 'PT', 'HR', 'AL'] as const;

export type SupportedCountry = (typeof SUPPORTED_COUNTRIES)[number];

export const isSupportedCountry = (country: string): country is SupportedCountry =>
  (SUPPORTED_COUNTRIES as readonly string[]).includes(country);
