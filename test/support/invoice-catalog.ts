import { type CatalogInput, CatalogSchema } from '../../shared/catalog/domain.ts';

/**
 * A catalog with one of every kind of line an invoice can carry: plans (postpaid and prepaid),
 * monthly and from-first-use add-ons, every fee kind the invoice explains, and rate zones
 * (domestic, international zone 2, roaming zone 2, the USA, 090 premium and donations).
 */

const eur = (amount: number) => ({ amount, currency: 'EUR' });
const five = (en: string) => ({ en, sl: `${en} (sl)`, sq: `${en} (sq)`, pt: `${en} (pt)`, hr: `${en} (hr)` });

export const invoiceCatalogInput: CatalogInput = {
  plans: [
    {
      code: 'M',
      name: five('Plan M'),
      monthlyFee: eur(2000),
      included: { voiceMinutes: 100, sms: 50, dataMb: 1000 },
      tariffModel: 'A',
      rank: 1,
    },
    {
      code: 'L',
      name: five('Plan L'),
      monthlyFee: eur(3100),
      included: { voiceMinutes: null, sms: null, dataMb: null },
      tariffModel: 'A',
      rank: 2,
    },
    {
      code: 'PRE',
      name: five('Prepaid'),
      monthlyFee: eur(0),
      included: { voiceMinutes: 0, sms: 0, dataMb: 0 },
      tariffModel: 'A',
      rank: 0,
      payment: 'prepaid',
    },
  ],
  addOns: [
    { code: 'EXTRA-SIM', kind: 'extra-sim', name: five('Extra SIM'), monthlyFee: eur(500) },
    { code: 'HBO', kind: 'tv', name: five('HBO pack'), monthlyFee: eur(930) },
    {
      code: 'USA',
      kind: 'country-pack',
      name: five('USA unlimited'),
      monthlyFee: eur(1500),
      billing: 'from-first-use',
      zone: 'ROAM-US',
      includedDataMb: 1024,
    },
  ],
  fees: [
    {
      code: 'CONN',
      kind: 'connection',
      name: five('Connection'),
      explanation: five('Connecting the number to the network.'),
      amount: eur(1999),
    },
    {
      code: 'RECONN',
      kind: 'reconnection',
      name: five('Reconnection'),
      explanation: five('Services restored after a block for non-payment.'),
      amount: eur(1000),
    },
    {
      code: 'HOLDER',
      kind: 'change-of-holder',
      name: five('Change of holder'),
      explanation: five('The subscription passed to a new holder, who pays this fee.'),
      amount: eur(500),
    },
    {
      code: 'CLAW-MF',
      kind: 'clawback-monthly-fee',
      name: five('Clawback'),
      explanation: five('The commitment ended early; the discount for the remaining months is charged back.'),
      amount: eur(0),
    },
    {
      code: 'CLUB',
      kind: 'club-member',
      name: five('Business club'),
      explanation: { en: 'The number joined the group’s business club.' },
      amount: eur(300),
    },
    {
      code: 'ITEMIZED',
      kind: 'itemized-bill',
      name: five('Itemized bill'),
      explanation: five('A list of every call, message and data session of the month.'),
      amount: eur(150),
    },
  ],
  rateZones: [
    {
      code: 'DOMESTIC',
      kind: 'domestic',
      name: five('Slovenia'),
      voicePerMinute: eur(9),
      smsEach: eur(9),
      dataPerMb: eur(2),
    },
    {
      code: 'ZONE2',
      kind: 'international',
      name: five('Zone 2'),
      prefixes: ['387'],
      voicePerMinute: eur(49),
      smsEach: eur(15),
      dataPerMb: eur(0),
    },
    {
      code: 'ROAM-Z2',
      kind: 'roaming',
      name: five('Roaming zone 2'),
      countries: ['RS'],
      voicePerMinute: eur(99),
      smsEach: eur(20),
      dataPerMb: eur(50),
    },
    {
      code: 'ROAM-US',
      kind: 'roaming',
      name: five('USA'),
      countries: ['US'],
      voicePerMinute: eur(199),
      smsEach: eur(40),
      dataPerMb: eur(100),
    },
    {
      code: '090',
      kind: 'premium',
      name: five('090'),
      prefixes: ['38690'],
      voicePerMinute: eur(99),
      smsEach: eur(99),
      dataPerMb: eur(0),
      donationEach: eur(100),
    },
  ],
};
export const invoiceCatalog = CatalogSchema.parse(invoiceCatalogInput);
