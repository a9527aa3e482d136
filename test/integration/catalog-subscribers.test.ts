import { describe, expect, it } from 'vitest';
import { claims, invoke } from '../support/invoke.ts';
import { useTestTable } from '../support/table.ts';
import { FIXTURE_CATALOG, registerGroup, setUpTenant } from './groups-fixture.ts';

useTestTable();

/** The catalog rules that depend on who subscribes: the operator's promises of document 000. */
const withFee = (code: string, amount: number, policies?: Record<string, unknown>) => ({
  ...FIXTURE_CATALOG,
  plans: FIXTURE_CATALOG.plans.map((p) =>
    p.code === code ? { ...p, monthlyFee: { amount, currency: 'EUR' } } : p,
  ),
  ...(policies ? { policies } : {}),
});

async function currentVersion(tenantId: string): Promise<number> {
  return (await invoke('GET', '/v1/catalog', { claims: claims.operator(tenantId) })).body.version;
}

describe('catalog changes against existing subscribers', () => {
  it('refuses to raise the price of a plan that has subscribers, naming the field, and changes nothing', async () => {
    await setUpTenant('cs-raise');
    await registerGroup('cs-raise'); // the admin subscribes to BIZ-L
    const before = await currentVersion('cs-raise');
    const index = FIXTURE_CATALOG.plans.findIndex((p) => p.code === 'BIZ-L');

    const raised = await invoke('PUT', '/v1/catalog', {
      claims: claims.operator('cs-raise'),
      body: withFee('BIZ-L', 3990),
    });
    expect(raised.status).toBe(422);
    expect(raised.body.errors).toEqual([
      { field: `body.plans.${index}.monthlyFee.amount`, message: expect.stringContaining('BIZ-L') },
    ]);
    expect(await currentVersion('cs-raise')).toBe(before);

    // a plan nobody subscribes to may be raised; a subscribed one may be lowered (improvements reach everyone)
    const other = await invoke('PUT', '/v1/catalog', {
      claims: claims.operator('cs-raise'),
      body: withFee('BIZ-S', 1290),
    });
    expect(other.status).toBe(200);
    const lowered = await invoke('PUT', '/v1/catalog', {
      claims: claims.operator('cs-raise'),
      body: withFee('BIZ-L', 2490),
    });
    expect(lowered.status).toBe(200);
    expect(await currentVersion('cs-raise')).toBe(before + 2);
  });

  it('allows the raise once the tenant has switched the policy off', async () => {
    await setUpTenant('cs-policy');
    await registerGroup('cs-policy');
    const off = { noPriceIncreaseForExisting: false };
    const switched = await invoke('PUT', '/v1/catalog', {
      claims: claims.operator('cs-policy'),
      body: withFee('BIZ-L', 2990, off),
    });
    expect(switched.status).toBe(200);
    const raised = await invoke('PUT', '/v1/catalog', {
      claims: claims.operator('cs-policy'),
      body: withFee('BIZ-L', 3990, off),
    });
    expect(raised.status).toBe(200);
    expect(
      raised.body.catalog.plans.find((p: { code: string }) => p.code === 'BIZ-L').monthlyFee.amount,
    ).toBe(3990);
  });

  it('refuses to remove a plan that has subscribers', async () => {
    await setUpTenant('cs-remove');
    await registerGroup('cs-remove');
    const without = {
      ...FIXTURE_CATALOG,
      plans: FIXTURE_CATALOG.plans.filter((p) => p.code !== 'BIZ-L'),
      addOns: [],
    };
    const res = await invoke('PUT', '/v1/catalog', { claims: claims.operator('cs-remove'), body: without });
    expect(res.status).toBe(422);
    expect(res.body.plan).toBe('BIZ-L');
  });
});
