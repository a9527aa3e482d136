import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { InvalidInput } from '../errors.ts';

/**
 * Phone numbers are stored in E.164 (`+38640123456`) and appear in paths as digits only
 * (`38640123456`). Validation uses libphonenumber's full metadata (number types and ranges).
 */
export function normalizeMsisdn(input: string, country: string, field: string): string {
  const parsed = parsePhoneNumberFromString(input.trim(), country as CountryCode);
  if (!parsed || !parsed.isValid()) throw InvalidInput.field(field, 'is not a valid phone number');
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
