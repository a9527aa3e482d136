import * as z from 'zod';
import { type InvoiceHeader, type IssuedHeader, isIssued } from '../invoices/ports.ts';
import { MoneySchema } from '../kernel/money.ts';
import type { Tenant } from '../kernel/tenant.ts';
import { readableText, text } from '../kernel/text.ts';
import { type InboundAttachment, type InboundEmail, normalizeEmail } from '../support/domain.ts';
import { type DunningStage, isActive } from './domain.ts';
import { MAX_PROOF_BYTES, type PaymentProof, PROOF_CONTENT_TYPES, type ProofContentType } from './ports.ts';

/**
 * Payment proofs (document 002): a customer whose invoice is unpaid, often suspended for it, sends
 * proof that it paid (the bank's confirmation as a PDF or a picture), and staff decide on it within
 * minutes. Pure rules and the shapes of the requests; the use cases are `use-cases/proofs.ts`.
 */

/** Proofs of one invoice waiting for their document or for review: beyond this, a new one is refused. */
export const MAX_OPEN_PROOFS = 10;

/** A payment is not older than the invoice's issue date by more than this (a proof of another debt). */
export const PAID_ON_WINDOW_DAYS = 90;

/** The first bytes of each accepted document type. */
const SIGNATURES: Record<ProofContentType, readonly number[]> = {
  // `%PDF-`
  'application/pdf': [0x25, 0x50, 0x44, 0x46, 0x2d],
  'image/jpeg': [0xff, 0xd8, 0xff],
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
};

/** How many first bytes of a document are read to tell its type (more than any signature needs). */
export const HEAD_BYTES = 16;

/** Whether a document starting with `head` is of `contentType`. */
export function hasSignatureOf(contentType: ProofContentType, head: Uint8Array): boolean {
  const signature = SIGNATURES[contentType];
  return head.length >= signature.length && signature.every((b, i) => head[i] === b);
}

/** The accepted type a document starting with `head` is, if any (to serve a stored one). */
export function contentTypeOf(head: Uint8Array): ProofContentType | undefined {
  return PROOF_CONTENT_TYPES.find((t) => hasSignatureOf(t, head));
}

const addDays = (date: string, n: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** The earliest payment day a proof of an invoice issued on `issueDate` may name. */
export const earliestPaidOn = (issueDate: string): string => addDays(issueDate, -PAID_ON_WINDOW_DAYS);

/** Proofs that still hold a place among the invoice's open ones. */
export const isOpen = (p: Pick<PaymentProof, 'status'>): boolean =>
  p.status === 'awaiting-document' || p.status === 'pending';

// ----- a proof by e-mail --------------------------------------------------------------------------

/**
 * Mail to the tenant's business address (its seller e-mail, where the suspension notice tells the
 * customer to send a proof) is a proof of payment for dunning; any other is for the support desk.
 */
export function isToBusinessAddress(tenant: Pick<Tenant, 'seller'>, mail: Pick<InboundEmail, 'to'>): boolean {
  const business = tenant.seller?.email;
  return business !== undefined && normalizeEmail(business) === normalizeEmail(mail.to);
}

const isDue = (h: InvoiceHeader): h is IssuedHeader =>
  isIssued(h) && h.status === 'issued' && h.outstanding.amount > 0;

/**
 * The invoice a proof by e-mail proves, of the group's invoices: the oldest issued invoice with
 * something due whose dunning is active (the one that suspends, or will); else the newest issued
 * invoice with something due; none when nothing is due.
 */
export function invoiceToProve(headers: readonly InvoiceHeader[]): IssuedHeader | undefined {
  const due = headers.filter(isDue);
  const dunned = due.filter((h) => h.dunning && isActive(h.dunning.stage as DunningStage));
  const byPeriod = (a: IssuedHeader, b: IssuedHeader) => a.period.localeCompare(b.period);
  if (dunned.length) return [...dunned].sort(byPeriod)[0];
  return [...due].sort(byPeriod).at(-1);
}

const EXTENSION: Record<ProofContentType, string> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
};

/** The document a mail's attachment makes: its name (readable), type and content. */
export interface MailedDocument {
  fileName: string;
  contentType: ProofContentType;
  bytes: Buffer;
}

/**
 * The document of a proof by e-mail: the first attachment of an accepted type (a parameter such
 * as `; name=…` aside) of 1 byte to `MAX_PROOF_BYTES` whose first bytes are of that type; none
 * when no attachment is.
 */
export function proofDocumentOf(attachments: readonly InboundAttachment[]): MailedDocument | undefined {
  for (const a of attachments) {
    const type = a.contentType.split(';')[0]!.trim().toLowerCase();
    const contentType = PROOF_CONTENT_TYPES.find((t) => t === type);
    if (!contentType) continue;
    const bytes = Buffer.from(a.contentBase64, 'base64');
    if (bytes.length < 1 || bytes.length > MAX_PROOF_BYTES) continue;
    if (!hasSignatureOf(contentType, bytes.subarray(0, HEAD_BYTES))) continue;
    return {
      fileName: readableText(a.fileName, 200) || `proof.${EXTENSION[contentType]}`,
      contentType,
      bytes,
    };
  }
  return undefined;
}

/** The bank's reference of a proof by e-mail: the mail's subject (readable, at most 64), else its message id. */
export function emailedReference(mail: Pick<InboundEmail, 'subject' | 'messageId'>): string {
  return readableText(mail.subject, 64) || readableText(`e-mail ${mail.messageId}`, 64);
}

// ----- requests -----------------------------------------------------------------------------------

export const ProofIdSchema = z
  .string()
  .regex(/^[0-9A-Z]{26}$/, 'must be an id (26 upper-case letters and digits)');

export const CreateProofBodySchema = z.strictObject({
  amount: MoneySchema.refine((m) => m.amount > 0, { message: 'must be positive', path: ['amount'] }).describe(
    'what the customer paid, in the invoice currency',
  ),
  paidOn: z.iso
    .date()
    .describe(
      `the day of the payment (YYYY-MM-DD, as the bank shows it): not in the future (tenant calendar), not more than ${PAID_ON_WINDOW_DAYS} days before the invoice's issue date`,
    ),
  bankReference: text({ min: 2, max: 64 }).describe("the bank's reference of the transfer"),
  document: z.strictObject({
    fileName: text({ min: 1, max: 200 }),
    contentType: z.enum(PROOF_CONTENT_TYPES),
    size: z.number().int().min(1).max(MAX_PROOF_BYTES).describe('in bytes'),
  }),
});
export type CreateProofBody = z.infer<typeof CreateProofBodySchema>;

export const ProofDecisionBodySchema = z.discriminatedUnion('decision', [
  z.strictObject({ decision: z.literal('approve'), reason: text({ min: 5, max: 500 }).optional() }),
  /** A rejection always says why: the customer reads it by SMS. */
  z.strictObject({ decision: z.literal('reject'), reason: text({ min: 5, max: 500 }) }),
]);
export type ProofDecisionBody = z.infer<typeof ProofDecisionBodySchema>;

// ----- what callers read --------------------------------------------------------------------------

export interface ProofView {
  proofId: string;
  groupId: string;
  invoiceId: string;
  amount: PaymentProof['amount'];
  paidOn: string;
  bankReference: string;
  document: { fileName: string; contentType: ProofContentType; size: number };
  status: PaymentProof['status'];
  channel: PaymentProof['channel'];
  /** Whether the customer declared amount, day and reference (false: a proof by e-mail). */
  declared: boolean;
  createdAt: string;
  submittedAt?: string;
  decidedAt?: string;
  reason?: string;
  /** The operator's view only: who decided. */
  decidedBy?: string;
}

/** A proof as its reader sees it: the customer's administrator, or the operator's staff (who decided). */
export function proofView(p: PaymentProof, viewer: 'admin' | 'operator'): ProofView {
  return {
    proofId: p.proofId,
    groupId: p.groupId,
    invoiceId: p.invoiceId,
    amount: p.amount,
    paidOn: p.paidOn,
    bankReference: p.bankReference,
    document: {
      fileName: p.document.fileName,
      contentType: p.document.contentType,
      size: p.document.size,
    },
    status: p.status,
    channel: p.channel,
    declared: p.declared !== false,
    createdAt: p.createdAt,
    ...(p.submittedAt ? { submittedAt: p.submittedAt } : {}),
    ...(p.decidedAt ? { decidedAt: p.decidedAt } : {}),
    ...(p.reason ? { reason: p.reason } : {}),
    ...(viewer === 'operator' && p.decidedBy ? { decidedBy: p.decidedBy } : {}),
  };
}
