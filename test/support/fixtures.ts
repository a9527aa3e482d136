import type { CatalogInput } from '../../shared/catalog/domain.ts';
import { claims, invoke } from './invoke.ts';

const eur = (amount: number) => ({ amount, currency: 'EUR' });

/** A small valid catalog for a Slovenian tenant (EUR, +386 ranges). */
export function sampleCatalog(overrides: Partial<CatalogInput> = {}): CatalogInput {
  return {
    plans: [
      {
        code: 'S',
        name: { sl: 'Paket S', en: 'Plan S' },
        monthlyFee: eur(999),
        included: { voiceMinutes: 300, sms: 300, dataMb: 5_000 },
        tariffModel: 'BIZ1',
        rank: 1,
      },
      {
        code: 'L',
        name: { sl: 'Paket L', en: 'Plan L' },
        monthlyFee: eur(2499),
        included: { voiceMinutes: null, sms: null, dataMb: 50_000 },
        tariffModel: 'BIZ2',
        commitmentMonths: 24,
        monthlyBenefit: eur(500),
        rank: 2,
      },
    ],
    addOns: [
      {
        code: 'BALKAN',
        name: { sl: 'Balkan 500 MB', en: 'Balkan 500 MB' },
        kind: 'roaming-data',
        monthlyFee: eur(500),
        plans: ['S', 'L'],
      },
    ],
    fees: [
      {
        code: 'CONN',
        kind: 'connection',
        name: { sl: 'Priključnina', en: 'Connection fee' },
        explanation: { en: 'One-time fee for connecting a new number.' },
        amount: eur(1500),
      },
    ],
    rateZones: [
      {
        code: 'DOM',
        kind: 'domestic',
        name: { en: 'Domestic' },
        voicePerMinute: eur(5),
        smsEach: eur(5),
        dataPerMb: eur(1),
      },
    ],
    creditLimits: [{ tariffModel: 'BIZ1', limit: eur(5000) }],
    numberRanges: [{ from: '+38640100000', to: '+38640199999' }],
    ...overrides,
  };
}

export async function createTenant(tenantId: string, extra: Record<string, unknown> = {}) {
  const res = await invoke('POST', '/v1/tenants', {
    claims: claims.platform(),
    body: {
      tenantId,
      name: `Operator ${tenantId}`,
      country: 'SI',
      locales: ['sl', 'en'],
      currency: 'EUR',
      timeZone: 'Europe/Ljubljana',
      vatRateBasisPoints: 2200,
      invoiceSeriesPrefix: 'T-',
      ...extra,
    },
  });
  if (res.status !== 201) throw new Error(`tenant ${tenantId}: ${res.status} ${res.raw}`);
  return res.body;
}

export async function putCatalog(tenantId: string, catalog: CatalogInput = sampleCatalog()) {
  const res = await invoke('PUT', '/v1/catalog', { claims: claims.operator(tenantId), body: catalog });
  if (res.status !== 200) throw new Error(`catalog ${tenantId}: ${res.status} ${res.raw}`);
  return res.body;
}
