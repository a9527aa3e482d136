/**
 * The tenant's catalog as the pages read it: its texts in the current language, its plans by
 * their names (with their codes), the plans on sale as choices, and the currency it bills in.
 */
import { api, type Ok } from '../api/client.ts';
import { formatMoney, language } from '../i18n/index.ts';
import { useApi } from './use-api.ts';

export type Catalog = Ok<'getCatalog'>['catalog'];

/** The catalog in force (its version, its plans, fees and add-ons). */
export const useCatalog = () => useApi(() => api.GET('/v1/catalog'), []);

/**
 * A text the API gives in several languages (`{sq: …, en: …}`): in the current language, else
 * English, else the first it has, else `fallback`.
 */
export function localized(texts: Record<string, string> | undefined, fallback = ''): string {
  if (!texts) return fallback;
  return texts[language()] ?? texts.en ?? Object.values(texts)[0] ?? fallback;
}

/** A plan's name as the pages show it (`Biznes 10 (BIZ10)`); the code alone when the catalog lacks it. */
export function planName(catalog: Catalog | undefined, code: string): string {
  const plan = catalog?.plans.find((p) => p.code === code);
  const name = localized(plan?.name);
  return name && name !== code ? `${name} (${code})` : code;
}

/** The plans on sale, as options of a select: name and monthly fee. */
export function planOptions(catalog: Catalog): { value: string; label: string }[] {
  return catalog.plans
    .filter((p) => p.available)
    .sort((a, b) => a.rank - b.rank)
    .map((p) => ({ value: p.code, label: `${planName(catalog, p.code)} — ${formatMoney(p.monthlyFee)}` }));
}

/** The currency the tenant bills in (its plans' fees are in it). */
export const currencyOf = (catalog: Catalog | undefined): string | undefined =>
  catalog?.plans[0]?.monthlyFee.currency;
