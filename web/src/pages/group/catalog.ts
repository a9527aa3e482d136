/**
 * What the administrator's pages read of the tenant's catalog: its plans (with their names in the
 * current language where the catalog gives them) and add-ons, and the currency the tenant bills in.
 */
import { api, type Ok } from '../../api/client.ts';
import { formatMoney, language } from '../../i18n/index.ts';
import { useApi } from '../../ui/use-api.ts';

export type Catalog = Ok<'getCatalog'>['catalog'];
export type Plan = Catalog['plans'][number];

export const useCatalog = () => useApi(() => api.GET('/v1/catalog'), []);

/** A catalog text in the current language, else English, else the first it has, else `fallback`. */
export function localized(texts: Record<string, string> | undefined, fallback = ''): string {
  if (!texts) return fallback;
  return texts[language()] ?? texts.en ?? Object.values(texts)[0] ?? fallback;
}

/** A plan's name as the page shows it (`Biznes 10 (BIZ10)`); the code alone when the catalog lacks it. */
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
