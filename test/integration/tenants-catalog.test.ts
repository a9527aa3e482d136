import { describe, expect, it } from 'vitest';
import { createTenant, putCatalog, sampleCatalog } from '../support/fixtures.ts';
import { claims, invoke } from '../support/invoke.ts';
import { useTestTable } from '../support/table.ts';

useTestTable();

const tenantBody = (tenantId: string) => ({
  tenantId,
  name: 'Alpina Mobil d.o.o.',
  country: 'SI',
  locales: ['sl', 'en'],
  currency: 'EUR',
  timeZone: 'Europe/Ljubljana',
  vatRateBasisPoints: 2200,
  invoiceSeriesPrefix: 'ALP-',
});

describe('tenants', () => {
  it('onboards a tenant with version 1 of its catalog and lists it for the platform', async () => {
    const res = await invoke('POST', '/v1/tenants', { claims: claims.platform(), body: tenantBody('t-one') });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ tenantId: 't-one', status: 'active', currency: 'EUR' });
    expect(res.headers.location).toBe('/v1/tenants/t-one');

    const cat = await invoke('GET', '/v1/catalog', { claims: claims.operator('t-one') });
    expect(cat.status).toBe(200);
    expect(cat.body.version).toBe(1);
    expect(cat.body.catalog.plans).toEqual([]);
    expect(cat.body.catalog.policies.noPriceIncreaseForExisting).toBe(true);

    const list = await invoke('GET', '/v1/tenants?limit=200', { claims: claims.platform() });
    expect(list.status).toBe(200);
    expect(list.body.items.map((t: { tenantId: string }) => t.tenantId)).toContain('t-one');
  });

  it('refuses a duplicate tenant id with 409 and keeps the first', async () => {
    await invoke('POST', '/v1/tenants', { claims: claims.platform(), body: tenantBody('t-dup') });
    const again = await invoke('POST', '/v1/tenants', {
      claims: claims.platform(),
      body: { ...tenantBody('t-dup'), name: 'Other name' },
    });
    expect(again.status).toBe(409);
    expect(again.headers['content-type']).toBe('application/problem+json');
    const list = await invoke('GET', '/v1/tenants?limit=200', { claims: claims.platform() });
    const dup = list.body.items.filter((t: { tenantId: string }) => t.tenantId === 't-dup');
    expect(dup).toHaveLength(1);
    expect(dup[0].name).toBe('Alpina Mobil d.o.o.');
  });

  it.each([
    ['timeZone', { timeZone: 'Mars/Olympus' }, 'body.timeZone'],
    ['currency', { currency: 'euro' }, 'body.currency'],
    ['vat as float', { vatRateBasisPoints: 22.5 }, 'body.vatRateBasisPoints'],
    ['unknown field', { colour: 'blue' }, 'body.colour'],
  ])('rejects a bad %s with 400 naming the field', async (_label, patch, field) => {
    const res = await invoke('POST', '/v1/tenants', {
      claims: claims.platform(),
      body: { ...tenantBody('t-bad'), ...patch },
    });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    const list = await invoke('GET', '/v1/tenants?limit=200', { claims: claims.platform() });
    expect(list.body.items.map((t: { tenantId: string }) => t.tenantId)).not.toContain('t-bad');
  });

  it('rejects malformed JSON with 400 on the body', async () => {
    const res = await invoke('POST', '/v1/tenants', { claims: claims.platform(), rawBody: '{"tenantId": ' });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ field: 'body', message: 'is not valid JSON' }]);
  });

  it('only the platform may onboard or list tenants', async () => {
    await createTenant('t-roles');
    const asOperator = await invoke('POST', '/v1/tenants', {
      claims: claims.operator('t-roles'),
      body: tenantBody('t-x'),
    });
    expect(asOperator.status).toBe(403);
    const list = await invoke('GET', '/v1/tenants', { claims: claims.operator('t-roles') });
    expect(list.status).toBe(403);
  });

  it('a token without a valid principal is 401; a token of an unknown tenant is 403', async () => {
    const none = await invoke('GET', '/v1/catalog', {});
    expect(none.status).toBe(401);
    const unknown = await invoke('GET', '/v1/catalog', { claims: claims.operator('no-such-tenant') });
    expect(unknown.status).toBe(403);
  });
});

describe('catalog', () => {
  it('writes a new version on PUT, keeps every version, and serves the current one to every tenant role', async () => {
    await createTenant('c-one');
    const put = await putCatalog('c-one');
    expect(put.version).toBe(2);
    expect(put.catalog.plans.map((p: { code: string }) => p.code)).toEqual(['S', 'L']);
    for (const c of [
      claims.operator('c-one'),
      claims.mediation('c-one'),
      claims.member('c-one', 'g', '38640100001'),
    ]) {
      const got = await invoke('GET', '/v1/catalog', { claims: c });
      expect(got.status).toBe(200);
      expect(got.body.version).toBe(2);
      expect(got.headers.etag).toBe('"2"');
    }
    const versions = await invoke('GET', '/v1/catalog/versions', { claims: claims.operator('c-one') });
    expect(versions.body.items.map((v: { version: number }) => v.version)).toEqual([2, 1]);
  });

  it("never shows one tenant's catalog to another tenant", async () => {
    await createTenant('iso-a');
    await createTenant('iso-b');
    await putCatalog('iso-a');
    const b = await invoke('GET', '/v1/catalog', { claims: claims.operator('iso-b') });
    expect(b.status).toBe(200);
    expect(b.body.catalog.plans).toEqual([]);
    expect(b.body.version).toBe(1);
  });

  it('only the operator writes the catalog', async () => {
    await createTenant('c-roles');
    for (const c of [
      claims.admin('c-roles', 'g', '38640100001'),
      claims.member('c-roles', 'g', '38640100002'),
      claims.mediation('c-roles'),
    ]) {
      const res = await invoke('PUT', '/v1/catalog', { claims: c, body: sampleCatalog() });
      expect(res.status).toBe(403);
    }
    const got = await invoke('GET', '/v1/catalog', { claims: claims.operator('c-roles') });
    expect(got.body.version).toBe(1);
  });

  it('rejects a catalog referencing a missing plan, overlapping ranges, a foreign currency and a duplicate code, naming each field, writing nothing', async () => {
    await createTenant('c-bad');
    const base = sampleCatalog();
    const bad = {
      ...base,
      plans: [...base.plans, { ...base.plans[0]!, name: { en: 'dup' } }],
      addOns: [{ ...base.addOns![0]!, plans: ['S', 'NOPE'] }],
      fees: [{ ...base.fees![0]!, amount: { amount: 100, currency: 'USD' } }],
      numberRanges: [
        { from: '+38640100000', to: '+38640199999' },
        { from: '+38640150000', to: '+38640250000' },
      ],
    };
    const res = await invoke('PUT', '/v1/catalog', { claims: claims.operator('c-bad'), body: bad });
    expect(res.status).toBe(400);
    const fields = res.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'body.plans.2.code',
        'body.addOns.0.plans.1',
        'body.fees.0.amount.currency',
        'body.numberRanges.1',
      ]),
    );
    const got = await invoke('GET', '/v1/catalog', { claims: claims.operator('c-bad') });
    expect(got.body.version).toBe(1);
  });

  it('rejects a number range outside the tenant country', async () => {
    await createTenant('c-range');
    const res = await invoke('PUT', '/v1/catalog', {
      claims: claims.operator('c-range'),
      body: sampleCatalog({ numberRanges: [{ from: '+385911000000', to: '+385911999999' }] }),
    });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain('body.numberRanges.0.from');
  });

  it('rejects money given as a float', async () => {
    await createTenant('c-float');
    const c = sampleCatalog();
    c.plans[0]!.monthlyFee = { amount: 9.99, currency: 'EUR' };
    const res = await invoke('PUT', '/v1/catalog', { claims: claims.operator('c-float'), body: c });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(
      'body.plans.0.monthlyFee.amount',
    );
  });

  it('honours If-Match: a stale version is 409 and changes nothing', async () => {
    await createTenant('c-match');
    await putCatalog('c-match');
    const stale = await invoke('PUT', '/v1/catalog', {
      claims: claims.operator('c-match'),
      headers: { 'if-match': '"1"' },
      body: sampleCatalog({ addOns: [] }),
    });
    expect(stale.status).toBe(409);
    expect(stale.body.currentVersion).toBe(2);
    const fresh = await invoke('PUT', '/v1/catalog', {
      claims: claims.operator('c-match'),
      headers: { 'if-match': '"2"' },
      body: sampleCatalog({ addOns: [] }),
    });
    expect(fresh.status).toBe(200);
    expect(fresh.body.version).toBe(3);
  });

  it('of two concurrent writes from the same version exactly one wins', async () => {
    await createTenant('c-race');
    const results = await Promise.all(
      [1, 2, 3].map(() =>
        invoke('PUT', '/v1/catalog', { claims: claims.operator('c-race'), body: sampleCatalog() }),
      ),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(1);
    expect(statuses.every((s) => s === 200 || s === 409)).toBe(true);
    const versions = await invoke('GET', '/v1/catalog/versions', { claims: claims.operator('c-race') });
    const numbers = versions.body.items.map((v: { version: number }) => v.version);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(numbers.length).toBe(1 + statuses.filter((s) => s === 200).length);
  });

  it('refuses a body over the size cap with 413', async () => {
    await createTenant('c-big');
    const res = await invoke('PUT', '/v1/catalog', {
      claims: claims.operator('c-big'),
      rawBody: JSON.stringify({ plans: [], pad: 'x'.repeat(300 * 1024) }),
    });
    expect(res.status).toBe(413);
  });
});
