/**
 * Writes `shared/kernel/phone-metadata.json`: the phone-number metadata of the supported countries
 * (`shared/kernel/countries.ts`) only, taken from the `metadata.max.json` that the installed
 * `libphonenumber-js` ships. libphonenumber's own generator downloads Google's metadata, which a
 * build here cannot do; filtering the shipped file gives the same data for these countries.
 *
 * What is kept is what `libphonenumber-js/core` reads: the metadata `version`, the calling codes of
 * the supported countries, and each country's entry whole (national patterns, prefixes, formats
 * and every number type, the mobile one included: validation asks for a mobile number). Nothing
 * non-geographic (+800, +870, ...) is kept.
 *
 * `npm run phone-metadata` regenerates the file; `test/unit/phone-metadata.test.ts` fails when the
 * committed file's content differs from what this script makes from the installed package (after
 * an upgrade of libphonenumber-js or a change of the supported countries).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SUPPORTED_COUNTRIES } from '../../shared/kernel/countries.ts';

/** The shape of libphonenumber-js metadata (version 4), as far as this script needs it. */
export interface PhoneMetadataJson {
  version: number;
  country_calling_codes: Record<string, string[]>;
  countries: Record<string, unknown[]>;
  nonGeographic?: Record<string, unknown[]>;
}

export const PHONE_METADATA_FILE = resolve(import.meta.dirname, '../../shared/kernel/phone-metadata.json');

/** Reads `metadata.max.json` of the installed libphonenumber-js. */
export function installedMaxMetadata(): PhoneMetadataJson {
  const require = createRequire(import.meta.url);
  return JSON.parse(readFileSync(require.resolve('libphonenumber-js/metadata.max.json'), 'utf8'));
}

/** The metadata restricted to `countries`; throws when one is missing or would change meaning. */
export function phoneMetadataFor(max: PhoneMetadataJson, countries: readonly string[]): PhoneMetadataJson {
  if (max.version !== 4) throw new Error(`metadata version ${max.version} is not the version 4 this expects`);
  const wanted = new Set(countries);
  const picked: PhoneMetadataJson['countries'] = {};
  for (const country of countries) {
    const entry = max.countries[country];
    if (!entry) throw new Error(`libphonenumber-js has no metadata for ${country}`);
    picked[country] = entry;
  }
  const callingCodes: PhoneMetadataJson['country_calling_codes'] = {};
  for (const [code, all] of Object.entries(max.country_calling_codes)) {
    const kept = all.filter((c) => wanted.has(c));
    if (!kept.length) continue;
    // The first country of a shared calling code carries its formats and parsing rules: dropping it
    // would change how the others' numbers are read.
    if (kept[0] !== all[0]) {
      throw new Error(`${kept.join(', ')} share +${code} with ${all[0]}, which must be supported too`);
    }
    callingCodes[code] = kept;
  }
  return { version: max.version, country_calling_codes: callingCodes, countries: picked, nonGeographic: {} };
}

/** What the committed file holds: the supported countries' part of the installed package's metadata. */
export const supportedPhoneMetadata = (): PhoneMetadataJson =>
  phoneMetadataFor(installedMaxMetadata(), SUPPORTED_COUNTRIES);

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  writeFileSync(PHONE_METADATA_FILE, JSON.stringify(supportedPhoneMetadata()));
  // Laid out as the repository's formatter lays out JSON, so that `biome check` passes on it.
  const biome = createRequire(import.meta.url).resolve('@biomejs/biome/bin/biome');
  execFileSync(process.execPath, [biome, 'format', '--write', PHONE_METADATA_FILE], { stdio: 'ignore' });
  const bytes = readFileSync(PHONE_METADATA_FILE).byteLength;
  process.stdout.write(`wrote ${PHONE_METADATA_FILE} (${SUPPORTED_COUNTRIES.join(', ')}; ${bytes} bytes)\n`);
}
