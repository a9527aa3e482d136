import type { RatedRecord } from '../usage/ports.ts';
import type { InvoiceResult } from './domain.ts';

/**
 * An issued invoice as it is stored and rendered: the computed result (`computeInvoice`) with its
 * legal number, the parties and how it is paid. It never changes once issued; the PDF, the UBL
 * e-invoice and the JSON view are all made from this one object, so they always agree.
 */

export interface PostalAddress {
  street: string;
  postalCode: string;
  city: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
}

export interface InvoiceParty {
  legalName: string;
  /** With its country prefix, e.g. `SI12345678`. */
  vatId: string;
  /** The company register number. */
  registrationNumber?: string;
  address: PostalAddress;
  email?: string;
}

/** The operator (the tenant) that issues the invoice, with the account it is paid to. */
export interface Seller extends InvoiceParty {
  /** Electronic format, no spaces. */
  iban: string;
  bic?: string;
  /** SEPA creditor identifier, needed to collect by direct debit. */
  creditorId?: string;
}

export type PaymentMeans =
  | { kind: 'credit-transfer' }
  | {
      kind: 'direct-debit';
      /** The group's IBAN the amount is collected from. */
      debtorIban: string;
      mandateReference: string;
      /** `YYYY-MM-DD`. */
      mandateSignedOn: string;
    };

export type InvoiceStatus = 'issued' | 'paid' | 'void';

export interface InvoiceDocument extends InvoiceResult {
  tenantId: string;
  groupId: string;
  /** Stable id, derived from the group and the period: one invoice per group and period. */
  invoiceId: string;
  /** The legal number: the tenant's series prefix, the year, the sequence (`ALP-2026-000042`). */
  number: string;
  /** Year of the series and position in it (1, 2, …, gapless). */
  series: { prefix: string; year: number; sequence: number };
  seller: Seller;
  buyer: InvoiceParty;
  paymentMeans: PaymentMeans;
  /** Instant the invoice was issued (UTC). `issueDate` is the local date. */
  issuedAt: string;
  /** The bill run that issued it. */
  runId: string;
}

/** The itemized specification: every rated record of the period, per number, in time order. */
export interface ItemizedNumber {
  msisdn: string;
  records: readonly RatedRecord[];
}
