import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  installedMaxMetadata,
  PHONE_METADATA_FILE,
  phoneMetadataFor,
  supportedPhoneMetadata,
} from '../../infra/build/phone-metadata.ts';
import { SUPPORTED_COUNTRIES } from '../../shared/kernel/countries.ts';

describe('the committed phone metadata', () => {
  const committed = JSON.parse(readFileSync(PHONE_METADATA_FILE, 'utf8'));

  it('is what `npm run phone-metadata` makes from the installed libphonenumber-js', () => {
    expect(committed, 'run `npm run phone-metadata` and commit the result').toEqual(supportedPhoneMetadata());
  });

  it('holds the supported countries and their calling codes, nothing else', () => {
    expect(Object.keys(committed.countries).sort()).toEqual([...SUPPORTED_COUNTRIES].sort());
    expect(committed.country_calling_codes).toEqual({
      '351': ['PT'],
      '355': ['AL'],
      '383': ['XK'],
      '385': ['HR'],
      '386': ['SI'],
    });
    expect(committed.nonGeographic).toEqual({});
    expect(committed.version).toBe(installedMaxMetadata().version);
  });

  it('keeps each country whole, its mobile numbers included', () => {
    const max = installedMaxMetadata();
    for (const country of SUPPORTED_COUNTRIES)
      expect(committed.countries[country]).toEqual(max.countries[country]);
  });
});

describe('phoneMetadataFor', () => {
  const max = installedMaxMetadata();

  it('refuses a country libphonenumber-js does not know', () => {
    expect(() => phoneMetadataFor(max, ['SI', 'QQ'])).toThrow(/no metadata for QQ/);
  });

  it('refuses a country that shares its calling code with an unsupported main country', () => {
    // +44: Great Britain carries the rules that Guernsey's numbers are read with.
    expect(() => phoneMetadataFor(max, ['GG'])).toThrow(/share \+44 with GB/);
    expect(phoneMetadataFor(max, ['GB', 'GG']).country_calling_codes).toEqual({ '44': ['GB', 'GG'] });
  });
});
