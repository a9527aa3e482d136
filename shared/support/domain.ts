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

export const InboundEmailSchema = z.strictObject({
  messageId: z.string().trim().min(1).max(998),
  from: EmailSchema,
  to: EmailSchema,
  subject: z.string().normalize('NFC').trim().max(998),
  text: z.string().normalize('NFC').max(100_000),
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

export type RejectionReason = 'sender-not-authorised';

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
