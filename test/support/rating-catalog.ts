import { type CatalogInput, CatalogSchema } from '../../shared/catalog/domain.ts';

/**
 * The catalog the rating engine is tested and benchmarked against: a plan with included units
 * and an unlimited one, an extra SIM, a USA pack billed from first use, a Balkan roaming data
 * pack, and domestic, international zone 2, roaming and premium (090) zones.
 */
export const eur = (amount: number) => ({ amount, currency: 'EUR' });
export const name = { en: 'x' };

export const ratingCatalog = CatalogSchema.parse({
  plans: [
    {
      code: 'M',
      name,
      monthlyFee: eur(2000),
      included: { voiceMinutes: 100, sms: 50, dataMb: 1000 },
      tariffModel: 'A',
      rank: 1,
    },
    {
      code: 'UNL',
      name,
      monthlyFee: eur(4000),
      included: { voiceMinutes: null, sms: null, dataMb: null },
      tariffModel: 'A',
      rank: 2,
    },
  ],
  addOns: [
    { code: 'EXTRA-SIM', kind: 'extra-sim', name, monthlyFee: eur(500) },
    {
      code: 'USA',
      kind: 'country-pack',
      name,
      monthlyFee: eur(1500),
      billing: 'from-first-use',
      zone: 'ROAM-US',
      includedDataMb: 1024,
      includedVoiceMinutes: null,
    },
    {
      code: 'BALKAN',
      kind: 'roaming-data',
      name,
      monthlyFee: eur(700),
      zone: 'ROAM-Z2',
      includedDataMb: 500,
    },
  ],
  rateZones: [
    { code: 'DOMESTIC', kind: 'domestic', name, voicePerMinute: eur(9), smsEach: eur(9), dataPerMb: eur(2) },
    {
      code: 'ZONE2',
      kind: 'international',
      name,
      prefixes: ['387', '381', '355'],
      voicePerMinute: eur(49),
      smsEach: eur(15),
      dataPerMb: eur(0),
    },
    {
      code: 'ROAM-Z2',
      kind: 'roaming',
      name,
      countries: ['BA', 'RS', 'AL'],
      voicePerMinute: eur(99),
      smsEach: eur(29),
      dataPerMb: eur(199),
    },
    {
      code: 'ROAM-US',
      kind: 'roaming',
      name,
      countries: ['US'],
      voicePerMinute: eur(199),
      smsEach: eur(49),
      dataPerMb: eur(999),
    },
    {
      code: '090',
      kind: 'premium',
      name,
      prefixes: ['38690'],
      voicePerMinute: eur(150),
      smsEach: eur(100),
      dataPerMb: eur(0),
      donationEach: eur(500),
    },
  ],
} satisfies CatalogInput);

/**
 * The rating catalog as a tenant's catalog for the usage tests and benchmarks: plus a prepaid plan,
 * a credit limit of 10.00 € for tariff model `A` that bars, a warning at 80 %, and a number range.
 */
export const usageCatalog = {
  ...ratingCatalog,
  plans: [
    ...ratingCatalog.plans,
    {
      ...ratingCatalog.plans[0]!,
      code: 'PRE',
      payment: 'prepaid' as const,
      rank: 0,
    },
  ],
  creditLimits: [{ tariffModel: 'A', limit: eur(1000) }],
  numberRanges: [{ from: '+38640100000', to: '+38640199999' }],
  policies: { ...ratingCatalog.policies, barOnCreditLimit: true, spendingWarningPercent: 80 },
};
