import { Conflict, InvalidInput, RuleViolation } from '../../kernel/errors.ts';
import { message } from '../../kernel/messages.ts';
import type { Tenant } from '../../kernel/tenant.ts';
import { type Catalog, type CatalogVersion, catalogIssues, raisedPlans } from '../domain.ts';
import type { CatalogDeps } from '../ports.ts';
import { currentCatalog } from './current-catalog.ts';

/**
 * Replaces the catalog with a new immutable version. Refused (nothing written) when:
 * - a cross-field rule fails (duplicate codes, a reference to a missing plan, overlapping number
 *   ranges, money not in the tenant currency) → InvalidInput naming every field;
 * - `ifMatch` is given and is not the current version, or another write wins the race → Conflict;
 * - a plan that has subscribers is removed, or its price raised while `noPriceIncreaseForExisting`
 *   is on in the catalog in force → RuleViolation naming the plan.
 */
export async function replaceCatalog(
  deps: CatalogDeps,
  tenant: Tenant,
  next: Catalog,
  by: string,
  ifMatch?: number,
): Promise<CatalogVersion> {
  const issues = catalogIssues(next, tenant.currency, tenant.country);
  if (issues.length) throw new InvalidInput(issues);

  const current = await currentCatalog(deps, tenant.tenantId);
  if (ifMatch !== undefined && ifMatch !== current.version) {
    throw new Conflict(message('catalog.version-mismatch', { current: current.version, expected: ifMatch }), {
      currentVersion: current.version,
    });
  }

  const kept = new Set(next.plans.map((p) => p.code));
  for (const removed of current.catalog.plans.filter((p) => !kept.has(p.code))) {
    if (await deps.catalogs.planHasSubscribers(tenant.tenantId, removed.code)) {
      throw new RuleViolation(message('catalog.plan-has-subscribers', { plan: removed.code }), 'body.plans', {
        plan: removed.code,
      });
    }
  }

  if (current.catalog.policies.noPriceIncreaseForExisting) {
    for (const code of raisedPlans(current.catalog, next)) {
      if (await deps.catalogs.planHasSubscribers(tenant.tenantId, code)) {
        const index = next.plans.findIndex((p) => p.code === code);
        throw new RuleViolation(
          message('catalog.price-raise', { plan: code }),
          `body.plans.${index}.monthlyFee.amount`,
          { plan: code },
        );
      }
    }
  }

  const version: CatalogVersion = {
    version: current.version + 1,
    catalog: next,
    createdAt: deps.clock.now().toISOString(),
    createdBy: by,
  };
  await deps.catalogs.save(tenant.tenantId, version);
  return version;
}
