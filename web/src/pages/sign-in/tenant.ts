/**
 * The operator (tenant) a customer signs in to. On AWS the portal's host names it and the API
 * checks that the two agree; on one machine every tenant shares the host, so the form asks for
 * it (`?tenant=` fills it in) and remembers the last one.
 */
const KEY = 'switchboard.tenant';

export function rememberedTenant(query: URLSearchParams): string {
  return query.get('tenant') ?? localStorage.getItem(KEY) ?? '';
}

export function rememberTenant(tenant: string): void {
  localStorage.setItem(KEY, tenant);
}
