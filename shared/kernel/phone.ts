import {
  type CountryCode,
  type MetadataJson,
  ParseError,
  type PhoneNumber,
  parsePhoneNumberWithError,
} from 'libphonenumber-js/core';
import { isSupportedCountry, SUPPORTED_COUNTRIES } from './countries.ts';
import { InvalidInput } from './errors.ts';
import { message } from './messages.ts';
import phoneMetadata from './phone-metadata.json' with { type: 'json' };

/**
 * Phone numbers are stored in E.164 (`+38640123456`) and appear in paths as digits only
 * (`38640123456`). Group numbers are mobile subscriptions: a number must be a valid MOBILE number
 * of the tenant's country (a premium or toll-free number is refused). A tenant whose catalog has
 * the policy `fixedLineNumbers` also has fixed-line subscriptions in its groups (`lines:
 * 'mobile-or-fixed'`): its FIXED_LINE numbers are valid too.
 *
 * Whether a number is a fixed line or a mobile is the numbering plan's: the bundled metadata keeps
 * every number type of each country (`infra/build/phone-metadata.ts`), so `getType()` answers from
 * the national ranges of each type (`lineTypeOf`). A country whose plan cannot tell the two apart
 * (`FIXED_LINE_OR_MOBILE`, none of the countries served today) counts as mobile: it can receive an
 * SMS.
 *
 * Parsing uses `libphonenumber-js/core` with the metadata of the supported countries only
 * (`phone-metadata.json`, ~4 KB, instead of the ~130 KB of every country in every bundle): a
 * number of any other country is not a number the platform can serve.
 */
const METADATA = phoneMetadata as unknown as MetadataJson;

/**
 * What a person may type: ASCII digits, an optional leading `+`, and the usual separators. Anything
 * else (letters, an extension, full-width digits, a `tel:` prefix) is refused rather than dropped,
 * so that a typing mistake is never turned into somebody else's number.
 */
const TYPED_NUMBER = /^\+?[0-9 ().-]+$/;
const E164 = /^\+[1-9][0-9]{1,14}$/;

/** The kind of line a number is, by its country's numbering plan. */
export type LineType = 'mobile' | 'fixed-line';

/** Which lines a group may hold: mobiles only, or fixed lines too (the policy `fixedLineNumbers`). */
export type AcceptedLines = 'mobile' | 'mobile-or-fixed';

const typeOf = (parsed: PhoneNumber): LineType | undefined => {
  const type = parsed.getType();
  if (type === 'MOBILE' || type === 'FIXED_LINE_OR_MOBILE') return 'mobile';
  return type === 'FIXED_LINE' ? 'fixed-line' : undefined;
};

const accepted = (parsed: PhoneNumber, lines: AcceptedLines): boolean => {
  const type = typeOf(parsed);
  return type === 'mobile' || (type === 'fixed-line' && lines === 'mobile-or-fixed');
};

/** Parsed with the supported countries' metadata, or why it is not a number of theirs. */
function parse(input: string, defaultCountry?: CountryCode): PhoneNumber | ParseError {
  try {
    return parsePhoneNumberWithError(input, { defaultCountry, extract: false }, METADATA);
  } catch (e) {
    if (e instanceof ParseError) return e;
    throw e;
  }
}

/**
 * The E.164 form of a number typed by a person, in national form (`040 100 001`) or international
 * form (`+386 40 100 001`, `00386 40 100 001`) for the tenant's `country`. Refused, as invalid
 * input naming `field`: anything but digits and separators, a number that is not a valid mobile
 * number, a number of another country.
 */
export function normalizeMsisdn(
  input: string,
  country: string,
  field: string,
  lines: AcceptedLines = 'mobile',
): string {
  if (!isSupportedCountry(country)) {
    throw new Error(`Phone numbers of ${country} are not supported (${SUPPORTED_COUNTRIES.join(', ')} are)`);
  }
  const typed = input.trim();
  if (!TYPED_NUMBER.test(typed) || !/[0-9]/.test(typed)) {
    throw InvalidInput.field(
      field,
      'must be a phone number: digits, an optional leading + and spaces, dashes, dots or parentheses',
    );
  }
  const foreign = () => InvalidInput.field(field, message('field.phone-country', { country }));
  const parsed = parse(typed, country);
  if (parsed instanceof ParseError) {
    // INVALID_COUNTRY: an international number whose calling code is none of the supported countries'.
    throw parsed.message === 'INVALID_COUNTRY'
      ? foreign()
      : InvalidInput.field(field, message('field.phone-invalid'));
  }
  if (!parsed.isValid() || !accepted(parsed, lines)) {
    throw InvalidInput.field(field, message('field.phone-invalid'));
  }
  if (parsed.country !== country) throw foreign();
  return parsed.number;
}

/**
 * The E.164 form of a mobile number of any country the platform serves, typed by a person
 * (national form read as `defaultCountry`'s): where a fixed line's sign-in PIN may go by SMS.
 * Refused as invalid input naming `field`: anything but a valid mobile number of those countries.
 */
export function normalizeServedMobile(input: string, defaultCountry: string, field: string): string {
  const typed = input.trim();
  const invalid = () => InvalidInput.field(field, message('field.mobile-invalid'));
  if (!TYPED_NUMBER.test(typed) || !/[0-9]/.test(typed)) throw invalid();
  const parsed = parse(typed, isSupportedCountry(defaultCountry) ? defaultCountry : undefined);
  if (parsed instanceof ParseError || !parsed.isValid() || typeOf(parsed) !== 'mobile') throw invalid();
  if (!parsed.country || !isSupportedCountry(parsed.country)) throw invalid();
  return parsed.number;
}

/** True when `e164` is exactly an E.164 number and a valid number of `country` of the `lines` accepted. */
export function isNumberOfCountry(e164: string, country: string, lines: AcceptedLines = 'mobile'): boolean {
  if (!E164.test(e164)) return false;
  const parsed = parse(e164);
  return (
    !(parsed instanceof ParseError) &&
    parsed.isValid() &&
    accepted(parsed, lines) &&
    parsed.country === country
  );
}

/**
 * Whether a stored number (E.164) is a mobile or a fixed line, by its country's numbering plan;
 * undefined for anything else (a number outside the served countries, a premium or toll-free one).
 */
export function lineTypeOf(e164: string): LineType | undefined {
  if (!E164.test(e164)) return undefined;
  const parsed = parse(e164);
  return parsed instanceof ParseError || !parsed.isValid() ? undefined : typeOf(parsed);
}

export const toPathForm = (e164: string): string => e164.replace(/^\+/, '');
export const fromPathForm = (digits: string): string => `+${digits}`;
