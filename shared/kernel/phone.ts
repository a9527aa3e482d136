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
 * of the tenant's country (a fixed-line or premium number is refused).
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

const isMobile = (parsed: PhoneNumber): boolean => {
  const type = parsed.getType();
  return type === 'MOBILE' || type === 'FIXED_LINE_OR_MOBILE';
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
export function normalizeMsisdn(input: string, country: string, field: string): string {
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
  if (!parsed.isValid() || !isMobile(parsed)) throw InvalidInput.field(field, message('field.phone-invalid'));
  if (parsed.country !== country) throw foreign();
  return parsed.number;
}

/** True when `e164` is exactly an E.164 number and a valid mobile number of `country`. */
export function isNumberOfCountry(e164: string, country: string): boolean {
  if (!E164.test(e164)) return false;
  const parsed = parse(e164);
  return (
    !(parsed instanceof ParseError) && parsed.isValid() && isMobile(parsed) && parsed.country === country
  );
}

export const toPathForm = (e164: string): string => e164.replace(/^\+/, '');
export const fromPathForm = (digits: string): string => `+${digits}`;
