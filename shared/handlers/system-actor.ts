import { type Actor, type SystemSubject, systemActor } from '../kernel/actor.ts';
import { NotFound } from '../kernel/errors.ts';
import { cachedTenant } from '../tenants/cached-tenant.ts';

/**
 * The platform acting for one tenant, for the non-HTTP triggers (events, queues, schedules, workflow
 * tasks). The tenant's settings come from the per-container cache; a suspended tenant is passed on
 * as it is (the use case decides what a suspended tenant still gets, e.g. its invoices).
 */
export async function loadSystemActor(
  tenantId: string,
  subject: SystemSubject,
  correlationId: string,
): Promise<Actor> {
  const tenant = await cachedTenant(tenantId);
  if (!tenant) throw new NotFound(`No tenant ${tenantId}.`);
  return systemActor(tenant, subject, correlationId);
}
