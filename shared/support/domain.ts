import * as z from 'zod';
import type { CausedBy } from '../kernel/actor.ts';
import { text } from '../kernel/text.ts';

/**
 * The support desk (document 003): support requests come from the client area, or by e-mail from
 * an address authorised on the customer record; any other mail is rejected and kept with its
 * reason for the operator, never dropped silently and never answered. Staff work the tenant's
 * queue of open tickets and see a customer's product list only.
 */

export const TICKET_CATEGORIES = ['commercial', 'technical', 'billing'] as const;
export type TicketCategory = (typeof TICKET_CATEGORIES)[number];

export const TICKET_STATUSES = ['open', 'answered', 'closed'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

export type TicketChannel = 'client-area' | 'email';

/** At most this many addresses on one customer record (the billing e-mail counts besides them). */
export const MAX_AUTHORISED_EMAILS = 10;

const EMAIL_RE = /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:]+$/;

/** An e-mail address, trimmed and lower-cased (the form every lookup uses). */
export const EmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .regex(EMAIL_RE, 'must be an e-mail address');

export const normalizeEmail = (address: string): string => address.trim().toLowerCase();

export const NewTicketSchema = z.strictObject({
  subject: text({ max: 200 }),
  body: z.string().normalize('NFC').trim().min(1).max(10_000),
  category: z.enum(TICKET_CATEGORIES),
  product: z
    .string()
    .trim()
    .min(1)
    .max(32)
    .optional()
    .describe("one of the group's numbers (E.164) or plan codes"),
});
export type NewTicket = z.output<typeof NewTicketSchema>;

export const ReplySchema = z.strictObject({
  body: z.string().normalize('NFC').trim().min(1).max(10_000),
});

export const StatusChangeSchema = z.strictObject({
  status: z.enum(['open', 'closed']),
});

export const AuthorisedEmailsSchema = z.strictObject({
  emails: z.array(EmailSchema).max(MAX_AUTHORISED_EMAILS),
});

/** At most this many attachments of one inbound message are handed over. */
export const MAX_INBOUND_ATTACHMENTS = 5;

/**
 * The attachments of one inbound message, decoded, weigh at most this: a payment proof's document
 * (at most 5 MiB, `MAX_PROOF_BYTES` of dunning) with 1 MiB to spare for what else a mail carries
 * (a logo in a signature, a second scan).
 */
export const MAX_INBOUND_ATTACHMENT_BYTES = 6 * 1024 * 1024;

/** The length of the base64 text (padded, RFC 4648) of `bytes` bytes. */
export const base64Length = (bytes: number): number => Math.ceil(bytes / 3) * 4;

/**
 * The largest body `POST /v1/inbound-email` takes: the attachments in base64, plus 1 MiB for the
 * text (100,000 characters, more bytes once UTF-8 and JSON-escaped), the subject and the rest.
 */
export const INBOUND_EMAIL_MAX_BODY_BYTES = base64Length(MAX_INBOUND_ATTACHMENT_BYTES) + 1024 * 1024;

/** Padded base64 of RFC 4648, without line breaks (a simple class: no backtracking on megabytes). */
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const isBase64 = (s: string): boolean => s.length % 4 === 0 && BASE64.test(s);

/** How many bytes a base64 text of `isBase64` decodes to. */
export const decodedLength = (base64: string): number =>
  (base64.length / 4) * 3 - (base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0);

export const InboundAttachmentSchema = z.strictObject({
  fileName: z.string().normalize('NFC').trim().max(255).describe('as the mail names it (may be empty)'),
  contentType: z
    .string()
    .trim()
    .toLowerCase()
    .min(1)
    .max(255)
    .describe('the MIME type the mail declares, e.g. `application/pdf`'),
  contentBase64: z
    .string()
    .max(base64Length(MAX_INBOUND_ATTACHMENT_BYTES))
    .refine(isBase64, 'must be base64 (RFC 4648, padded, without line breaks)')
    .describe('the content, base64 (RFC 4648, padded, without line breaks)'),
});
export type InboundAttachment = z.output<typeof InboundAttachmentSchema>;

export const InboundEmailSchema = z
  .strictObject({
    messageId: z.string().trim().min(1).max(998),
    from: EmailSchema,
    to: EmailSchema,
    subject: z.string().normalize('NFC').trim().max(998),
    text: z.string().normalize('NFC').max(100_000),
    attachments: z
      .array(InboundAttachmentSchema)
      .max(MAX_INBOUND_ATTACHMENTS)
      .optional()
      .describe(
        `at most ${MAX_INBOUND_ATTACHMENTS}, together at most ${MAX_INBOUND_ATTACHMENT_BYTES} bytes decoded; a ticket keeps none of them (the text only), a proof of payment takes its document from them`,
      ),
  })
  .superRefine((mail, ctx) => {
    const total = (mail.attachments ?? []).reduce((sum, a) => sum + decodedLength(a.contentBase64), 0);
    if (total > MAX_INBOUND_ATTACHMENT_BYTES)
      ctx.addIssue({
        code: 'custom',
        path: ['attachments'],
        message: `the attachments must weigh at most ${MAX_INBOUND_ATTACHMENT_BYTES} bytes together (decoded)`,
      });
  });
export type InboundEmail = z.output<typeof InboundEmailSchema>;

export interface TicketMessage {
  /** Who wrote it: the customer (client area or e-mail) or the operator's staff. */
  from: 'customer' | 'operator';
  body: string;
  at: string;
  by: CausedBy | { role: 'email'; subject: string };
}

export interface Ticket {
  ticketId: string;
  /** Absent only for mail from an unknown sender under the policy `ticketEmail: 'any'`. */
  groupId?: string;
  /** The opener's number (client area). */
  msisdn?: string;
  /** The sender (e-mail). */
  email?: string;
  channel: TicketChannel;
  subject: string;
  category?: TicketCategory;
  product?: string;
  status: TicketStatus;
  messages: TicketMessage[];
  /** The inbound message id (e-mail): a resend of it opens nothing new. */
  messageId?: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/**
 * Why a message was rejected: its sender is authorised on no customer record; or, for mail to the
 * business address (a proof of payment, decided by dunning), the sender's group has nothing due,
 * the mail carries no usable document (a PDF, JPEG or PNG whose content is of its declared type),
 * or the invoice already has as many proofs waiting as it may.
 */
export const REJECTION_REASONS = [
  'sender-not-authorised',
  'nothing-due',
  'no-proof-document',
  'too-many-open-proofs',
] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

export interface RejectedMail {
  rejectionId: string;
  messageId: string;
  from: string;
  to: string;
  subject: string;
  reason: RejectionReason;
  receivedAt: string;
}

/** The ticket as a caller reads it (the same for the customer and for staff: no usage, no balance). */
export function ticketView(t: Ticket) {
  return {
    ticketId: t.ticketId,
    ...(t.groupId ? { groupId: t.groupId } : {}),
    ...(t.msisdn ? { msisdn: t.msisdn } : {}),
    ...(t.email ? { email: t.email } : {}),
    channel: t.channel,
    subject: t.subject,
    ...(t.category ? { category: t.category } : {}),
    ...(t.product ? { product: t.product } : {}),
    status: t.status,
    messages: t.messages.map((m) => ({ from: m.from, body: m.body, at: m.at })),
    createdAt: t.createdAt,
    updatedAt: t.updatedAt,
  };
}
export type TicketView = ReturnType<typeof ticketView>;

/**
 * Who may open a ticket by e-mail: a sender authorised on a group's record (the first group found
 * when an address is authorised on several), or anyone when the tenant's policy is `any`.
 */
export function decideSender(
  policy: 'authorised-only' | 'any',
  groups: readonly string[],
): { accept: true; groupId?: string } | { accept: false; reason: RejectionReason } {
  const [groupId] = groups;
  if (groupId) return { accept: true, groupId };
  if (policy === 'any') return { accept: true };
  return { accept: false, reason: 'sender-not-authorised' };
}

/** Whose ticket it is inside its group: the opener's number (digits), or `EMAIL` for mail. */
export const openerOf = (t: Pick<Ticket, 'msisdn'>): string =>
  t.msisdn ? t.msisdn.replace(/^\+/, '') : 'EMAIL';
