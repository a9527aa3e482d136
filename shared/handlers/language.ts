import { isLanguage, type Language } from '../kernel/messages.ts';
import type { Tenant } from '../kernel/tenant.ts';

/**
 * The language of an answer: the first language of `Accept-Language` (by q-value, then order)
 * that the product is written in; otherwise the tenant's default (its first `locales` entry);
 * otherwise English (public routes, and tokens refused before their tenant is known).
 */
export function answerLanguage(
  acceptLanguage: string | undefined,
  tenant?: Pick<Tenant, 'locales'>,
): Language {
  return fromAcceptLanguage(acceptLanguage) ?? tenantLanguage(tenant) ?? 'en';
}

const primary = (tag: string) => tag.trim().split('-')[0]!.toLowerCase();

function fromAcceptLanguage(header: string | undefined): Language | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(',')
    .map((part, order) => {
      const [tag = '', ...params] = part.split(';');
      const q = params.map((p) => /^\s*q\s*=\s*([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { tag: primary(tag), q: q === undefined ? 1 : Number(q), order };
    })
    .filter((r) => r.tag && r.tag !== '*' && Number.isFinite(r.q) && r.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order);
  return ranked.map((r) => r.tag).find(isLanguage);
}

function tenantLanguage(tenant: Pick<Tenant, 'locales'> | undefined): Language | undefined {
  const first = tenant?.locales[0];
  if (!first) return undefined;
  const tag = primary(first);
  return isLanguage(tag) ? tag : undefined;
}
