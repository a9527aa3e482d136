import { electronicFormatIBAN, isValidIBAN } from 'ibantools';
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

/**
 * The operator as the seller on its invoices: legal identity, VAT ID, postal address and the
 * account customers pay to (and direct debits are collected into). Required to issue invoices; a
 * bill run fails every group of a tenant without it, with that reason.
 */
export const SellerSchema = z.strictObject({
  legalName: text({ min: 2, max: 200 }),
  /** With its country prefix, e.g. `SI12345678`. */
  vatId: z
    .string()
    .trim()
    .regex(/^[A-Z]{2}[A-Za-z0-9+*.]{2,13}$/, 'must be a VAT ID with its country prefix'),
  registrationNumber: z.string().trim().min(2).max(20).optional(),
  address: z.strictObject({
    street: text({ min: 2, max: 200 }),
    postalCode: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9][A-Za-z0-9 -]{1,9}$/, 'must be a postal code'),
    city: text({ min: 1, max: 100 }),
    country: CountrySchema,
  }),
  /** Where invoices come from and answers go to. */
  email: z.email(),
  iban: z
    .string()
    .transform((v) => electronicFormatIBAN(v) ?? v)
    .refine((v) => isValidIBAN(v), 'must be a valid IBAN'),
  bic: z
    .string()
    .regex(/^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/, 'must be a BIC of 8 or 11 characters')
    .optional(),
  /** SEPA creditor identifier, to collect invoices by direct debit. */
  creditorId: z
    .string()
    .regex(/^[A-Z]{2}\d{2}[A-Z0-9]{3}[A-Z0-9]{1,28}$/, 'must be a SEPA creditor identifier')
    .optional(),
});
export type SellerSettings = z.infer<typeof SellerSchema>;

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
  /** The operator as the seller on its invoices. */
  seller: SellerSchema.optional(),
});

export type TenantSettings = z.infer<typeof TenantSettingsSchema>;

export interface Tenant extends TenantSettings {
  tenantId: string;
  status: 'active' | 'suspended';
  createdAt: string;
}
