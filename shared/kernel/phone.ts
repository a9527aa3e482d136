import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/mobile';
import { InvalidInput } from './errors.ts';

/**
 * Phone numbers are stored in E.164 (`+38640123456`) and appear in paths as digits only
 * (`38640123456`). Group numbers are mobile subscriptions, so validation uses libphonenumber's
 * mobile metadata: a number must be a valid MOBILE number of the tenant's country (a fixed-line or
 * premium number is refused). It is 58 KB smaller than the full metadata in every bundle.
 */
export function normalizeMsisdn(input: string, country: string, field: string): string {
  const parsed = parsePhoneNumberFromString(input.trim(), country as CountryCode);
  if (!parsed?.isValid()) throw InvalidInput.field(field, 'is not a valid phone number');
  if (parsed.country !== country) {
    throw InvalidInput.field(field, `must be a number of the operator's country (${country})`);
  }
  return parsed.number;
}

/** True when the E.164 number is a valid number of `country`. */
export function isNumberOfCountry(e164: string, country: string): boolean {
  const parsed = parsePhoneNumberFromString(e164);
  return !!parsed && parsed.isValid() && parsed.country === country;
}

export const toPathForm = (e164: string): string => e164.replace(/^\+/, '');
export const fromPathForm = (digits: string): string => `+${digits}`;
