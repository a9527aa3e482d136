import { InvalidInput } from '../kernel/errors.ts';

/**
 * VAT identification numbers, checked for the tenant's country.
 *
 * - SI (Slovenia): `SI` + 8 digits, first not 0, mod-11 check digit (weights 8…2).
 * - HR (Croatia): `HR` + 11-digit OIB, ISO 7064 MOD 11,10 check digit.
 * - PT (Portugal): `PT` + 9-digit NIF, first not 0, mod-11 check digit (weights 9…2).
 * - XK (Kosovo, outside the EU VAT system): the 9-digit fiscal/VAT number, no prefix.
 * - AL (Albania): the NIPT, a letter, 8 digits and a letter.
 * - Any other EU member state: its VIES prefix (`EL` for Greece) and the country's format.
 * - Any other country: 4–20 letters or digits.
 *
 * Input is forgiving (spaces, dots and dashes are dropped, lower case is raised, the country
 * prefix may be omitted); the stored form is canonical: prefix + body, e.g. `SI50223054`.
 */
export type VatIdResult = { ok: true; value: string } | { ok: false; message: string };

const digits = (s: string): number[] => [...s].map(Number);

/** SI: check = 11 − Σ(dᵢ·(8−i)) mod 11; 10 → 0; 11 is never valid. */
function siCheck(body: string): boolean {
  if (body.startsWith('0')) return false;
  const d = digits(body);
  const sum = d.slice(0, 7).reduce((acc, n, i) => acc + n * (8 - i), 0);
  const check = 11 - (sum % 11);
  if (check === 11) return false;
  return (check === 10 ? 0 : check) === d[7];
}

/** HR: ISO 7064 MOD 11,10 over all 11 digits. */
function hrCheck(body: string): boolean {
  let check = 5;
  for (const n of digits(body)) check = ((((check || 10) * 2) % 11) + n) % 10;
  return check === 1;
}

/** PT: check = (11 − Σ(dᵢ·(9−i)) mod 11) mod 11 mod 10. */
function ptCheck(body: string): boolean {
  if (body.startsWith('0')) return false;
  const d = digits(body);
  const sum = d.slice(0, 8).reduce((acc, n, i) => acc + n * (9 - i), 0);
  const check = ((((11 - sum) % 11) + 11) % 11) % 10;
  return check === d[8];
}

interface Rule {
  /** Prefix of the canonical form ('' for non-EU identifiers). */
  prefix: string;
  body: RegExp;
  /** What the format looks like, for the error message. */
  shape: string;
  check?: (body: string) => boolean;
}

const EU_FORMATS: Record<string, [prefix: string, body: RegExp, shape: string]> = {
  AT: ['AT', /^U\d{8}$/, 'U followed by 8 digits'],
  BE: ['BE', /^[01]\d{9}$/, '10 digits starting with 0 or 1'],
  BG: ['BG', /^\d{9,10}$/, '9 or 10 digits'],
  CY: ['CY', /^\d{8}[A-Z]$/, '8 digits and a letter'],
  CZ: ['CZ', /^\d{8,10}$/, '8 to 10 digits'],
  DE: ['DE', /^\d{9}$/, '9 digits'],
  DK: ['DK', /^\d{8}$/, '8 digits'],
  EE: ['EE', /^\d{9}$/, '9 digits'],
  GR: ['EL', /^\d{9}$/, '9 digits'],
  ES: ['ES', /^[A-Z0-9]\d{7}[A-Z0-9]$/, 'a letter or digit, 7 digits, a letter or digit'],
  FI: ['FI', /^\d{8}$/, '8 digits'],
  FR: ['FR', /^[A-HJ-NP-Z0-9]{2}\d{9}$/, '2 letters or digits and 9 digits'],
  HU: ['HU', /^\d{8}$/, '8 digits'],
  IE: ['IE', /^(\d{7}[A-W][A-I]?|\d[A-Z+*]\d{5}[A-W])$/, '7 digits and 1–2 letters'],
  IT: ['IT', /^\d{11}$/, '11 digits'],
  LT: ['LT', /^(\d{9}|\d{12})$/, '9 or 12 digits'],
  LU: ['LU', /^\d{8}$/, '8 digits'],
  LV: ['LV', /^\d{11}$/, '11 digits'],
  MT: ['MT', /^\d{8}$/, '8 digits'],
  NL: ['NL', /^\d{9}B\d{2}$/, '9 digits, B and 2 digits'],
  PL: ['PL', /^\d{10}$/, '10 digits'],
  RO: ['RO', /^[1-9]\d{1,9}$/, '2 to 10 digits'],
  SE: ['SE', /^\d{10}01$/, '12 digits ending in 01'],
  SK: ['SK', /^\d{10}$/, '10 digits'],
};

const RULES: Record<string, Rule> = {
  SI: { prefix: 'SI', body: /^\d{8}$/, shape: 'SI followed by 8 digits', check: siCheck },
  HR: { prefix: 'HR', body: /^\d{11}$/, shape: 'HR followed by the 11-digit OIB', check: hrCheck },
  PT: { prefix: 'PT', body: /^\d{9}$/, shape: 'PT followed by the 9-digit NIF', check: ptCheck },
  XK: { prefix: '', body: /^\d{9}$/, shape: 'the 9-digit fiscal number' },
  AL: { prefix: '', body: /^[A-M]\d{8}[A-Z]$/, shape: 'the NIPT: a letter, 8 digits and a letter' },
};

function ruleFor(country: string): Rule {
  const specific = RULES[country];
  if (specific) return specific;
  const eu = EU_FORMATS[country];
  if (eu) return { prefix: eu[0], body: eu[1], shape: `${eu[0]} followed by ${eu[2]}` };
  return { prefix: '', body: /^[A-Z0-9]{4,20}$/, shape: '4 to 20 letters or digits' };
}

export function checkVatId(input: string, country: string): VatIdResult {
  const rule = ruleFor(country);
  let compact = input.toUpperCase().replace(/[\s.\-/]/g, '');
  const stripPrefix = rule.prefix || country;
  if (compact.startsWith(stripPrefix) && !rule.body.test(compact)) {
    compact = compact.slice(stripPrefix.length);
  } else if (/^[A-Z]{2}/.test(compact) && rule.prefix && !rule.body.test(compact)) {
    return { ok: false, message: `must be a VAT ID of ${country} (${rule.shape})` };
  }
  if (!rule.body.test(compact)) return { ok: false, message: `must be ${rule.shape}` };
  if (rule.check && !rule.check(compact)) return { ok: false, message: 'has an invalid check digit' };
  return { ok: true, value: `${rule.prefix}${compact}` };
}

/** The canonical VAT ID, or InvalidInput naming `field`. */
export function normalizeVatId(input: string, country: string, field: string): string {
  const result = checkVatId(input, country);
  if (!result.ok) throw InvalidInput.field(field, result.message);
  return result.value;
}
