import { describe, expect, it } from 'vitest';
import { seedDemoTenants } from '../../infra/local/seed.ts';
import { demoTenants } from '../../infra/local/seed-data.ts';
import { claims, invoke } from '../support/invoke.ts';
import { useTestTable } from '../support/table.ts';

useTestTable();

describe('demo seed', () => {
  it('creates the five demo tenants of the brief through the real rules, once', async () => {
    const first = await seedDemoTenants();
    expect(first.sort()).toEqual(['alpina', 'atlantico', 'dardania', 'jadran', 'triglav']);
    expect(await seedDemoTenants()).toEqual([]);

    for (const demo of demoTenants) {
      const res = await invoke('GET', '/v1/catalog', { claims: claims.operator(demo.tenant.tenantId) });
      expect(res.status).toBe(200);
      expect(res.body.version).toBe(2);
      expect(res.body.catalog.plans.length).toBeGreaterThan(0);
    }
    const jadran = await invoke('GET', '/v1/catalog', { claims: claims.operator('jadran') });
    expect(jadran.body.catalog.policies.barOnCreditLimit).toBe(true);
    expect(jadran.body.catalog.creditLimits).toHaveLength(3);
    const dardania = await invoke('GET', '/v1/catalog', { claims: claims.operator('dardania') });
    expect(dardania.body.catalog.policies.businessClubs.enabled).toBe(true);
  });
});
