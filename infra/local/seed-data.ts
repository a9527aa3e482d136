import type { CatalogInput } from '../../shared/catalog/domain.ts';
import type { CreateTenantInput } from '../../shared/tenants/use-cases/create-tenant.ts';

/**
 * The five fictional demo tenants of the brief, one per source document, with invented plans and
 * prices. Every text here is ours. `seedDemoTenants()` (infra/local/seed.ts) writes them through
 * the real use cases when the data folder is empty.
 */
export interface DemoTenant {
  tenant: CreateTenantInput;
  catalog: CatalogInput;
}

const eur = (amount: number) => ({ amount, currency: 'EUR' });
type Texts = Record<string, string>;

function plan(
  code: string,
  name: Texts,
  fee: number,
  included: { voiceMinutes: number | null; sms: number | null; dataMb: number | null },
  tariffModel: string,
  rank: number,
  extra: Partial<CatalogInput['plans'][number]> = {},
): CatalogInput['plans'][number] {
  return { code, name, monthlyFee: eur(fee), included, tariffModel, rank, ...extra };
}

function fee(
  code: string,
  kind: NonNullable<CatalogInput['fees']>[number]['kind'],
  name: Texts,
  explanation: Texts,
  amount: number,
) {
  return { code, kind, name, explanation, amount: eur(amount) };
}

const domestic = (name: Texts) => ({
  code: 'DOMESTIC',
  kind: 'domestic' as const,
  name,
  voicePerMinute: eur(9),
  smsEach: eur(9),
  dataPerMb: eur(2),
});

export const demoTenants: DemoTenant[] = [
  {
    tenant: {
      tenantId: 'alpina',
      name: 'Alpina Mobil d.o.o.',
      country: 'SI',
      locales: ['sl', 'en'],
      currency: 'EUR',
      timeZone: 'Europe/Ljubljana',
      vatRateBasisPoints: 2200,
      invoiceSeriesPrefix: 'ALP-',
      seller: {
        legalName: 'Alpina Mobil d.o.o.',
        vatId: 'SI12345678',
        registrationNumber: '8123456000',
        address: { street: 'Dunajska cesta 101', postalCode: '1000', city: 'Ljubljana', country: 'SI' },
        email: 'racuni@alpina.example',
        iban: 'SI56263300012039086',
        bic: 'HAABSI22',
        creditorId: 'SI02ZZZ12345678',
      },
      policies: { downgradeNeedsNoCommitment: false, noPriceIncreaseForExisting: true },
    },
    catalog: {
      plans: [
        plan(
          'GO-PRE',
          { sl: 'Paket GO predplačniški', en: 'GO prepaid' },
          399,
          { voiceMinutes: 300, sms: 300, dataMb: 2_000 },
          'BIZ-S',
          0,
          { payment: 'prepaid' },
        ),
        plan(
          'GO5',
          { sl: 'Paket GO 5', en: 'GO 5' },
          599,
          { voiceMinutes: null, sms: null, dataMb: 5_000 },
          'BIZ-S',
          1,
        ),
        plan(
          'GO30',
          { sl: 'Paket GO 30', en: 'GO 30' },
          1199,
          { voiceMinutes: null, sms: null, dataMb: 30_000 },
          'BIZ-M',
          2,
        ),
        plan(
          'GO150',
          { sl: 'Paket GO 150', en: 'GO 150' },
          1999,
          { voiceMinutes: null, sms: null, dataMb: 150_000 },
          'BIZ-L',
          3,
        ),
      ],
      fees: [
        fee(
          'SIM',
          'connection',
          { sl: 'Nova številka', en: 'New number' },
          { sl: 'Enkratni strošek nove SIM kartice.', en: 'One-time cost of a new SIM card.' },
          0,
        ),
      ],
      rateZones: [
        domestic({ sl: 'Slovenija', en: 'Slovenia' }),
        {
          code: 'EU',
          kind: 'roaming',
          name: { sl: 'EU gostovanje', en: 'EU roaming' },
          countries: ['AT', 'IT', 'HR', 'DE'],
          voicePerMinute: eur(0),
          smsEach: eur(0),
          dataPerMb: eur(0),
        },
      ],
      numberRanges: [{ from: '+38640100000', to: '+38640199999' }],
      policies: {
        downgradeNeedsNoCommitment: false,
        noPriceIncreaseForExisting: true,
        transfers: { maxPerTransfer: 5_000, maxPerDay: 20_000 },
      },
    },
  },
  {
    tenant: {
      tenantId: 'triglav',
      name: 'Triglav Telekom d.d.',
      country: 'SI',
      locales: ['sl', 'en'],
      currency: 'EUR',
      timeZone: 'Europe/Ljubljana',
      vatRateBasisPoints: 2200,
      invoiceSeriesPrefix: 'TRI-',
      seller: {
        legalName: 'Triglav Telekom d.d.',
        vatId: 'SI87654321',
        registrationNumber: '5014018000',
        address: { street: 'Cigaletova ulica 15', postalCode: '1000', city: 'Ljubljana', country: 'SI' },
        email: 'racuni@triglav.example',
        iban: 'SI56263300012039086',
        bic: 'HAABSI22',
        creditorId: 'SI02ZZZ12345678',
      },
    },
    catalog: {
      plans: [
        plan(
          'VEC',
          { sl: 'VEČ', en: 'MORE' },
          1990,
          { voiceMinutes: 1000, sms: 1000, dataMb: 10_000 },
          'T1',
          1,
        ),
        plan(
          'SE-VEC',
          { sl: 'ŠE VEČ', en: 'EVEN MORE' },
          2990,
          { voiceMinutes: null, sms: null, dataMb: 50_000 },
          'T2',
          2,
          {
            commitmentMonths: 24,
            monthlyBenefit: eur(500),
          },
        ),
        plan(
          'NAJVEC',
          { sl: 'NAJVEČ', en: 'THE MOST' },
          3990,
          { voiceMinutes: null, sms: null, dataMb: null },
          'T3',
          3,
          {
            commitmentMonths: 24,
            monthlyBenefit: eur(800),
          },
        ),
      ],
      addOns: [
        {
          code: 'TV-FILM',
          kind: 'tv',
          name: { sl: 'TV paket Film', en: 'Film TV pack' },
          monthlyFee: eur(990),
        },
        {
          code: 'TV-MIX',
          kind: 'tv',
          name: { sl: 'TV paket Mix (33 programov)', en: 'Mix TV pack (33 channels)' },
          monthlyFee: eur(590),
        },
        {
          code: 'EXTRA-SIM',
          kind: 'extra-sim',
          name: { sl: 'Dodatna SIM kartica', en: 'Extra SIM' },
          monthlyFee: eur(500),
          plans: ['SE-VEC', 'NAJVEC'],
        },
        {
          code: 'USA',
          kind: 'country-pack',
          name: { sl: 'ZDA neomejeno', en: 'USA unlimited' },
          monthlyFee: eur(1500),
          billing: 'from-first-use',
          activationCode: '*133*1#',
          zone: 'ROAM-US',
          includedDataMb: 1024,
        },
        {
          code: 'BALKAN',
          kind: 'roaming-data',
          name: { sl: 'Balkan 500 MB', en: 'Balkans 500 MB' },
          monthlyFee: eur(700),
          zone: 'ROAM-Z2',
          includedDataMb: 500,
        },
        {
          code: 'RECEIVER',
          kind: 'receiver',
          name: { sl: 'Dodatni sprejemnik', en: 'Extra receiver' },
          monthlyFee: eur(300),
        },
      ],
      fees: [
        fee(
          'CLAW-FEE',
          'clawback-monthly-fee',
          { sl: 'Sorazmerni znesek ugodnosti za naročnino', en: 'Pro-rata benefit: monthly fee' },
          {
            sl: 'Ob predčasni prekinitvi vezave vrnete sorazmerni del popusta na mesečno naročnino.',
            en: 'Ending a commitment early repays the unused part of the monthly-fee discount.',
          },
          0,
        ),
        fee(
          'CLAW-EQ',
          'clawback-equipment',
          { sl: 'Sorazmerni znesek ugodnosti za opremo', en: 'Pro-rata benefit: equipment' },
          {
            sl: 'Sorazmerni del subvencije za opremo ob predčasni prekinitvi.',
            en: 'The unused part of the equipment subsidy, when ending early.',
          },
          0,
        ),
        fee(
          'CONN',
          'connection',
          { sl: 'Priključnina', en: 'Connection fee' },
          {
            sl: 'Enkraten strošek priklopa nove številke v omrežje.',
            en: 'One-time cost of connecting a new number to the network.',
          },
          1500,
        ),
        fee(
          'FREEZE',
          'freeze',
          { sl: 'Začasni izklop', en: 'Temporary suspension' },
          { sl: 'Strošek zamrznitve naročniškega razmerja.', en: 'Cost of freezing the subscription.' },
          500,
        ),
        fee(
          'TERM',
          'termination',
          { sl: 'Prekinitev naročniškega razmerja', en: 'Termination' },
          {
            sl: 'Strošek odpovedi paketa ali prenosa številke k drugemu operaterju.',
            en: 'Cost of cancelling or porting the number out.',
          },
          1000,
        ),
        fee(
          'RECONN',
          'reconnection',
          { sl: 'Ponovni vklop po blokadi', en: 'Reconnection after a block' },
          {
            sl: 'Strošek ponovnega vklopa po blokadi zaradi neplačila.',
            en: 'Cost of reconnecting after a non-payment block.',
          },
          1000,
        ),
        fee(
          'HOLDER',
          'change-of-holder',
          { sl: 'Sprememba naročnika', en: 'Change of holder' },
          {
            sl: 'Prenos paketa na drugo osebo; plača prevzemnik.',
            en: 'Transfer to another holder; paid by the new holder.',
          },
          1200,
        ),
        fee(
          'ITEMIZED',
          'itemized-bill',
          { sl: 'Razčlenjen račun', en: 'Itemised bill' },
          {
            sl: 'Podroben seznam vseh opravljenih storitev.',
            en: 'A detailed list of every call, message and data session.',
          },
          150,
        ),
      ],
      rateZones: [
        domestic({ sl: 'Slovenija', en: 'Slovenia' }),
        {
          code: 'INT-Z2',
          kind: 'international',
          name: { sl: 'Mednarodni klici, cona 2', en: 'International calls, zone 2' },
          prefixes: ['387', '381', '355'],
          voicePerMinute: eur(49),
          smsEach: eur(15),
          dataPerMb: eur(0),
        },
        {
          code: 'ROAM-Z2',
          kind: 'roaming',
          name: { sl: 'Gostovanje, cona 2', en: 'Roaming, zone 2' },
          countries: ['BA', 'RS', 'AL', 'ME', 'MK'],
          voicePerMinute: eur(99),
          smsEach: eur(29),
          dataPerMb: eur(199),
        },
        {
          code: 'ROAM-US',
          kind: 'roaming',
          name: { sl: 'Gostovanje ZDA', en: 'Roaming USA' },
          countries: ['US'],
          voicePerMinute: eur(199),
          smsEach: eur(49),
          dataPerMb: eur(999),
        },
        {
          code: 'PREMIUM-090',
          kind: 'premium',
          name: { sl: 'Plačljive številke 090', en: 'Premium numbers 090' },
          prefixes: ['38690'],
          voicePerMinute: eur(150),
          smsEach: eur(100),
          dataPerMb: eur(0),
        },
      ],
      numberRanges: [{ from: '+38641100000', to: '+38641199999' }],
    },
  },
  {
    tenant: {
      tenantId: 'dardania',
      name: 'Dardania Telecom SH.A.',
      country: 'XK',
      locales: ['sq', 'en'],
      currency: 'EUR',
      timeZone: 'Europe/Belgrade',
      vatRateBasisPoints: 1800,
      invoiceSeriesPrefix: 'DRD-',
      seller: {
        legalName: 'Dardania Telecom SH.A.',
        vatId: 'XK810123456',
        registrationNumber: '810123456',
        address: { street: 'Rruga Nëna Terezë 20', postalCode: '10000', city: 'Prishtinë', country: 'XK' },
        email: 'fatura@dardania.example',
        iban: 'XK051212012345678906',
      },
    },
    catalog: {
      plans: [
        plan(
          'BIZ10',
          { sq: 'Biznes 10', en: 'Business 10' },
          1000,
          { voiceMinutes: 500, sms: 500, dataMb: 10_000 },
          'D1',
          1,
          { clubEligible: true },
        ),
        plan(
          'BIZ20',
          { sq: 'Biznes 20', en: 'Business 20' },
          2000,
          { voiceMinutes: null, sms: null, dataMb: 40_000 },
          'D2',
          2,
          { clubEligible: true },
        ),
      ],
      fees: [
        fee(
          'CLUB',
          'club-member',
          { sq: 'Anëtar i ri në klub', en: 'New club member' },
          {
            sq: 'Tarifë simbolike për shtimin e një anëtari në klubin e biznesit.',
            en: 'A small fee for adding a member to the business club.',
          },
          100,
        ),
        fee(
          'RECONN',
          'reconnection',
          { sq: 'Rikyçja e shërbimit', en: 'Reconnection' },
          {
            sq: 'Rikyçja pas pezullimit për mospagesë.',
            en: 'Reconnection after a suspension for non-payment.',
          },
          500,
        ),
      ],
      rateZones: [domestic({ sq: 'Kosova', en: 'Kosovo' })],
      numberRanges: [{ from: '+38349100000', to: '+38349199999' }],
      policies: {
        smsPinAtLogin: true,
        // Fixed lines too (document 002): their PIN goes where customer care registered.
        fixedLineNumbers: true,
        // A demonstration tenant: a dunning day lasts 2 seconds, so an unpaid invoice is reminded
        // after 36 s and suspended after 50 s (`README.md`'s tour).
        dunning: {
          reminderAfterDays: 3,
          suspendAfterDays: 10,
          paymentDueDays: 15,
          collectionsAfterDays: 45,
          provisionalOnProof: true,
          provisionalDays: 2,
          dayLengthSeconds: 2,
        },
        businessClubs: { enabled: true, minMembers: 3 },
      },
    },
  },
  {
    tenant: {
      tenantId: 'atlantico',
      name: 'Atlântico Net, Lda.',
      country: 'PT',
      locales: ['pt', 'en'],
      currency: 'EUR',
      timeZone: 'Europe/Lisbon',
      vatRateBasisPoints: 2300,
      invoiceSeriesPrefix: 'ATL-',
      seller: {
        legalName: 'Atlântico Net, S.A.',
        vatId: 'PT501234567',
        registrationNumber: '501234567',
        address: {
          street: 'Avenida da Liberdade 110',
          postalCode: '1250-146',
          city: 'Lisboa',
          country: 'PT',
        },
        email: 'faturas@atlantico.example',
        iban: 'PT50000201231234567890154',
        bic: 'CGDIPTPL',
        creditorId: 'PT68ZZZ501234567',
      },
    },
    catalog: {
      plans: [
        plan(
          'H0',
          { pt: 'Plano H0', en: 'Plan H0' },
          499,
          { voiceMinutes: 100, sms: 100, dataMb: 2_000 },
          'A1',
          0,
        ),
        plan(
          'H1',
          { pt: 'Plano H1', en: 'Plan H1' },
          999,
          { voiceMinutes: 500, sms: 500, dataMb: 20_000 },
          'A1',
          1,
        ),
        plan(
          'H2',
          { pt: 'Plano H2', en: 'Plan H2' },
          1999,
          { voiceMinutes: null, sms: null, dataMb: 100_000 },
          'A2',
          2,
        ),
      ],
      rateZones: [domestic({ pt: 'Portugal', en: 'Portugal' })],
      numberRanges: [{ from: '+351912000000', to: '+351912099999' }],
      policies: { ticketEmail: 'authorised-only' },
    },
  },
  {
    tenant: {
      tenantId: 'jadran',
      name: 'Jadran Mobil d.o.o.',
      country: 'HR',
      locales: ['hr', 'en'],
      currency: 'EUR',
      timeZone: 'Europe/Zagreb',
      vatRateBasisPoints: 2500,
      invoiceSeriesPrefix: 'JAD-',
      seller: {
        legalName: 'Jadran Telekom d.d.',
        vatId: 'HR12345678903',
        registrationNumber: '080123456',
        address: { street: 'Ulica Ivana Lučića 2', postalCode: '10000', city: 'Zagreb', country: 'HR' },
        email: 'racuni@jadran.example',
        iban: 'HR1210010051863000160',
        bic: 'ZABAHR2X',
        creditorId: 'HR19ZZZ12345678903',
      },
    },
    catalog: {
      plans: [
        plan(
          'POSAO-S',
          { hr: 'Posao S', en: 'Business S' },
          1500,
          { voiceMinutes: 1000, sms: 1000, dataMb: 10_000 },
          'TM-A',
          1,
        ),
        plan(
          'POSAO-M',
          { hr: 'Posao M', en: 'Business M' },
          2500,
          { voiceMinutes: null, sms: null, dataMb: 30_000 },
          'TM-B',
          2,
        ),
        plan(
          'POSAO-L',
          { hr: 'Posao L', en: 'Business L' },
          4000,
          { voiceMinutes: null, sms: null, dataMb: null },
          'TM-C',
          3,
        ),
      ],
      rateZones: [
        domestic({ hr: 'Hrvatska', en: 'Croatia' }),
        {
          code: 'INT',
          kind: 'international',
          name: { hr: 'Međunarodni pozivi', en: 'International calls' },
          prefixes: ['1', '44', '49'],
          voicePerMinute: eur(60),
          smsEach: eur(20),
          dataPerMb: eur(0),
        },
      ],
      creditLimits: [
        { tariffModel: 'TM-A', limit: eur(5_000) },
        { tariffModel: 'TM-B', limit: eur(10_000) },
        { tariffModel: 'TM-C', limit: eur(20_000) },
      ],
      numberRanges: [{ from: '+385911000000', to: '+385911099999' }],
      policies: { barOnCreditLimit: true },
    },
  },
];
