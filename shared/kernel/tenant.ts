import * as z from 'zod';
import { SUPPORTED_COUNTRIES } from './countries.ts';
import { CurrencySchema } from './money.ts';
import { text } from './text.ts';

export const TenantIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{1,39}$/, 'must be 2–40 lower-case letters, digits or dashes');

export const LocaleSchema = z
  .string()
  .regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'must be a language tag such as sl or pt-PT');

export const TimeZoneSchema = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, 'must be an IANA time zone such as Europe/Ljubljana');

export const CountrySchema = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 country code');

/** The country a tenant operates in: one the platform serves (`countries.ts`), so its numbers can be checked. */
export const TenantCountrySchema = z.enum(SUPPORTED_COUNTRIES, {
  error: `must be one of the supported countries (${SUPPORTED_COUNTRIES.join(', ')})`,
});

/** The settings an operator is onboarded with. Policies live in the (versioned) catalog. */
export const TenantSettingsSchema = z.strictObject({
  name: text({ min: 2, max: 120 }),
  country: TenantCountrySchema,
  /** The first locale is the default for notifications and invoices. */
  locales: z.array(LocaleSchema).min(1).max(10),
  currency: CurrencySchema,
  timeZone: TimeZoneSchema,
  /** VAT in basis points: 22 % = 2200. */
  vatRateBasisPoints: z.number().int().min(0).max(10_000),
  /** Prefix of the invoice number series, e.g. `ALP-`. */
  invoiceSeriesPrefix: z
    .string()
    .regex(/^[A-Z0-9]{1,8}-?$/, 'must be 1–8 upper-case letters or digits, optionally ending in -'),
});

export type TenantSettings = z.infer<typeof TenantSettingsSchema>;

export interface Tenant extends TenantSettings {
  tenantId: string;
  status: 'active' | 'suspended';
  createdAt: string;
}
