import fc from 'fast-check';
// The package's full mobile metadata, as the platform used before: the reference the supported
// countries' metadata must agree with. Only this test imports it; no bundle does.
import {
  type CountryCode,
  parsePhoneNumberFromString as parseWithAllCountries,
} from 'libphonenumber-js/mobile';
import { describe, expect, it } from 'vitest';
import { CatalogSchema, catalogIssues } from '../../shared/catalog/domain.ts';
import { SUPPORTED_COUNTRIES, type SupportedCountry } from '../../shared/kernel/countries.ts';
import { InvalidInput } from '../../shared/kernel/errors.ts';
import {
  isNumberOfCountry,
  lineTypeOf,
  normalizeMsisdn,
  normalizeServedMobile,
} from '../../shared/kernel/phone.ts';
import { TenantSettingsSchema } from '../../shared/kernel/tenant.ts';

/** One mobile number per supported country: as typed nationally, and its E.164 form. */
const MOBILE: Record<SupportedCountry, { national: string; e164: string }> = {
  SI: { national: '040 100 001', e164: '+38640100001' },
  XK: { national: '044 123 456', e164: '+38344123456' },
  PT: { national: '912 345 678', e164: '+351912345678' },
  HR: { national: '091 234 5678', e164: '+385912345678' },
  AL: { national: '069 123 4567', e164: '+355691234567' },
};

function refusal(fn: () => unknown): InvalidInput {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(InvalidInput);
    return e as InvalidInput;
  }
  throw new Error('expected the input to be refused');
}

describe('supported countries', () => {
  it('are the demo tenants’ countries and Albania', () => {
    expect([...SUPPORTED_COUNTRIES].sort()).toEqual(['AL', 'HR', 'PT', 'SI', 'XK']);
  });

  const settings = (country: string) => ({
    name: 'Operator',
    country,
    locales: ['en'],
    currency: 'EUR',
    timeZone: 'Europe/Ljubljana',
    vatRateBasisPoints: 2200,
    invoiceSeriesPrefix: 'OP-',
  });

  it.each(SUPPORTED_COUNTRIES)('a tenant may be in %s', (country) => {
    expect(TenantSettingsSchema.safeParse(settings(country)).success).toBe(true);
  });

  it.each(['DE', 'si', 'XX', ''])('a tenant in %j is refused, naming the field', (country) => {
    const r = TenantSettingsSchema.safeParse(settings(country));
    expect(r.success).toBe(false);
    expect(r.error?.issues).toEqual([
      expect.objectContaining({ path: ['country'], message: expect.stringContaining('SI, XK, PT, HR, AL') }),
    ]);
  });
});

describe('normalizeMsisdn', () => {
  it.each(SUPPORTED_COUNTRIES)(
    'a mobile number of %s, national or international, becomes E.164',
    (country) => {
      const { national, e164 } = MOBILE[country];
      expect(normalizeMsisdn(national, country, 'f')).toBe(e164);
      expect(normalizeMsisdn(e164, country, 'f')).toBe(e164);
      expect(normalizeMsisdn(` ${e164.replace('+', '00')} `, country, 'f')).toBe(e164);
    },
  );

  it('accepts the usual separators', () => {
    expect(normalizeMsisdn('+386 (40) 100-001', 'SI', 'f')).toBe('+38640100001');
    expect(normalizeMsisdn('040.100.001', 'SI', 'f')).toBe('+38640100001');
  });

  it('refuses a fixed-line number (group numbers are mobile subscriptions)', () => {
    const e = refusal(() => normalizeMsisdn('+386 1 234 56 78', 'SI', 'body.msisdn'));
    expect(e.issues).toEqual([{ field: 'body.msisdn', message: 'is not a valid phone number' }]);
  });

  it('refuses a number of another supported country', () => {
    const e = refusal(() => normalizeMsisdn(MOBILE.HR.e164, 'SI', 'body.msisdn'));
    expect(e.issues).toEqual([
      { field: 'body.msisdn', message: "must be a number of the operator's country (SI)" },
    ]);
  });

  it.each([
    ['Germany', '+49 151 23456789'],
    ['Austria', '+43 664 1234567'],
    ['a non-geographic code', '+800 1234 5678'],
  ])('refuses a number of %s (not a supported country)', (_name, input) => {
    const e = refusal(() => normalizeMsisdn(input, 'SI', 'body.msisdn'));
    expect(e.issues).toEqual([
      { field: 'body.msisdn', message: "must be a number of the operator's country (SI)" },
    ]);
  });

  it.each([
    ['trailing junk', '38640100001x'],
    ['trailing letters after a formatted number', '+386 40 100 001abc'],
    ['full-width digits', '３８６４０１００００１'],
    ['full-width digits after a +', '+３８６４０１００００１'],
    ['an extension', '+38640100001 ext. 5'],
    ['a tel: URI', 'tel:+38640100001'],
    ['a plus in the middle', '386+40100001'],
    ['separators only', ' - '],
    ['an empty string', ''],
  ])('refuses %s as invalid input naming the field', (_name, input) => {
    const e = refusal(() => normalizeMsisdn(input, 'SI', 'body.number.msisdn'));
    expect(e.issues).toHaveLength(1);
    expect(e.issues[0]!.field).toBe('body.number.msisdn');
  });

  it('refuses what is too short to be a number', () => {
    expect(refusal(() => normalizeMsisdn('12', 'SI', 'f')).issues[0]!.field).toBe('f');
  });

  it('a tenant country without phone metadata is a fault of ours, not of the input', () => {
    expect(() => normalizeMsisdn('0151 23456789', 'DE', 'f')).toThrow(/not supported/);
  });
});

describe('isNumberOfCountry', () => {
  it.each(SUPPORTED_COUNTRIES)(
    'a mobile number of %s is one of its numbers, of no other country',
    (country) => {
      const { e164 } = MOBILE[country];
      for (const other of SUPPORTED_COUNTRIES) expect(isNumberOfCountry(e164, other)).toBe(other === country);
    },
  );

  it.each([
    ['a fixed-line number', '+38612345678'],
    ['digits without +', '38640100001'],
    ['trailing junk', '+38640100001x'],
    ['full-width digits', '+３８６４０１００００１'],
    ['spaces', '+386 40 100 001'],
    ['a number of an unsupported country', '+4915123456789'],
  ])('%s is not', (_name, e164) => {
    expect(isNumberOfCountry(e164, 'SI')).toBe(false);
  });
});

describe('catalog number ranges', () => {
  it.each(SUPPORTED_COUNTRIES)(
    'a range of mobile numbers of %s is accepted for a tenant there',
    (country) => {
      const { e164 } = MOBILE[country];
      const to = `${e164.slice(0, -3)}999`;
      const catalog = CatalogSchema.parse({ plans: [], numberRanges: [{ from: e164, to }] });
      expect(catalogIssues(catalog, 'EUR', country)).toEqual([]);
      const elsewhere = country === 'SI' ? 'HR' : 'SI';
      expect(catalogIssues(catalog, 'EUR', elsewhere).map((i) => i.field)).toEqual([
        'body.numberRanges.0.from',
        'body.numberRanges.0.to',
      ]);
    },
  );
});

/**
 * The supported countries' metadata decides exactly as the package's mobile metadata for every
 * country did: the same numbers are valid mobile numbers of the same country, with the same E.164.
 */
describe('the same decisions as with the metadata of every country', () => {
  const CALLING_CODE: Record<SupportedCountry, string> = {
    SI: '386',
    XK: '383',
    PT: '351',
    HR: '385',
    AL: '355',
  };

  const before = (input: string, country: string): string | undefined => {
    const parsed = parseWithAllCountries(input, country as CountryCode);
    return parsed?.isValid() && parsed.country === country ? parsed.number : undefined;
  };
  const now = (input: string, country: string): string | undefined => {
    try {
      return normalizeMsisdn(input, country, 'f');
    } catch (e) {
      if (e instanceof InvalidInput) return undefined;
      throw e;
    }
  };

  it.each(SUPPORTED_COUNTRIES)('for numbers typed in %s', (country) => {
    // Near the country's mobile numbers (their first digits kept, the rest random, a digit more or
    // less), typed nationally or internationally: many are valid, many are not.
    const code = CALLING_CODE[country];
    const nsn = MOBILE[country].e164.slice(1 + code.length);
    const typed = fc
      .tuple(
        fc.constantFrom('', '0', '00', '+', `+${code}`, `00${code}`, `0${code}`, '+385'),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: -1, max: 1 }),
        fc.string({
          unit: fc.constantFrom(...'0123456789'),
          minLength: nsn.length + 1,
          maxLength: nsn.length + 1,
        }),
      )
      .map(
        ([lead, kept, delta, random]) =>
          lead + nsn.slice(0, kept) + random.slice(0, nsn.length - kept + delta),
      );
    let valid = 0;
    fc.assert(
      fc.property(typed, (input) => {
        const expected = before(input, country);
        if (expected) valid++;
        expect(now(input, country)).toBe(expected);
        if (expected) expect(isNumberOfCountry(expected, country)).toBe(true);
      }),
      { numRuns: 3000 },
    );
    expect(valid).toBeGreaterThan(100);
  });
});

describe('fixed lines', () => {
  /** One fixed-line number per supported country, by its numbering plan. */
  const FIXED: Record<SupportedCountry, string> = {
    SI: '+38612345678',
    XK: '+38328123456',
    PT: '+351212345678',
    HR: '+38512345678',
    AL: '+35542345678',
  };

  it('tells a fixed line from a mobile by the numbering plan', () => {
    for (const country of SUPPORTED_COUNTRIES) {
      expect(lineTypeOf(FIXED[country]), country).toBe('fixed-line');
      expect(lineTypeOf(MOBILE[country].e164), country).toBe('mobile');
    }
    expect(lineTypeOf('+3869012345')).toBeUndefined();
    expect(lineTypeOf('+4915123456789')).toBeUndefined();
  });

  it('are group numbers only where the lines accepted include them', () => {
    for (const country of SUPPORTED_COUNTRIES) {
      expect(isNumberOfCountry(FIXED[country], country), country).toBe(false);
      expect(isNumberOfCountry(FIXED[country], country, 'mobile-or-fixed'), country).toBe(true);
      expect(normalizeMsisdn(FIXED[country], country, 'f', 'mobile-or-fixed')).toBe(FIXED[country]);
    }
    expect(refusal(() => normalizeMsisdn('01 234 56 78', 'SI', 'f')).issues[0]!.field).toBe('f');
    expect(normalizeMsisdn('01 234 56 78', 'SI', 'f', 'mobile-or-fixed')).toBe('+38612345678');
  });

  it('a PIN destination by SMS is a mobile of any served country, never a fixed line', () => {
    expect(normalizeServedMobile('040 100 001', 'SI', 'body.to')).toBe('+38640100001');
    expect(normalizeServedMobile(MOBILE.XK.e164, 'SI', 'body.to')).toBe(MOBILE.XK.e164);
    for (const bad of [FIXED.SI, '+4915123456789', 'abc', '12']) {
      expect(refusal(() => normalizeServedMobile(bad, 'SI', 'body.to')).issues[0]!.field).toBe('body.to');
    }
  });
});
