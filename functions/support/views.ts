import * as z from 'zod';
import { GroupIdSchema } from '#shared/groups/domain.ts';
import { REJECTION_REASONS } from '#shared/support/domain.ts';

/**
 * The shapes shared by the support-desk routes (`routes/*.ts`). Tickets are opened from the
 * client area (admin, member), by e-mail through the mail gateway, and worked by the operator's
 * staff, who see the ticket and never the customer's usage or balances.
 */

export const TAG = 'support';

export const Ulid = z.string().regex(/^[0-9A-Z]{26}$/, 'must be an id (26 upper-case letters and digits)');

export const TicketParams = z.strictObject({ ticketId: Ulid });
export const GroupParams = z.strictObject({ groupId: GroupIdSchema });

export const TicketView = z.object({
  ticketId: z.string(),
  groupId: z.string().optional().describe('absent for mail from a sender of no group (policy `any`)'),
  msisdn: z.string().optional().describe("the opener's number (client area)"),
  email: z.string().optional().describe('the sender (e-mail)'),
  channel: z.enum(['client-area', 'email']),
  subject: z.string(),
  category: z.enum(['commercial', 'technical', 'billing']).optional(),
  product: z.string().optional(),
  status: z.enum(['open', 'answered', 'closed']),
  messages: z.array(z.object({ from: z.enum(['customer', 'operator']), body: z.string(), at: z.string() })),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const AuthorisedEmailsView = z.object({
  groupId: z.string(),
  emails: z.array(z.string()),
  billingEmail: z.string().describe('authorised too'),
});

export const InboundOutcomeView = z.object({
  outcome: z
    .enum(['ticket', 'rejected', 'payment-proof'])
    .describe(
      'a ticket (support address), a proof of payment in the staff queue (business address), or rejected',
    ),
  ticketId: z.string().optional(),
  rejectionId: z.string().optional(),
  proofId: z
    .string()
    .optional()
    .describe("the proof of payment, in the staff's queue (`GET /v1/payment-proofs`)"),
  duplicate: z.boolean().describe('a resend of a message already received: nothing new was written'),
});

export const RejectedMailView = z.object({
  rejectionId: z.string(),
  messageId: z.string(),
  from: z.string(),
  to: z.string(),
  subject: z.string(),
  reason: z
    .enum(REJECTION_REASONS)
    .describe(
      'the sender is authorised on no customer record; mail to the business address: its group has nothing due, it carries no PDF, JPEG or PNG of that content, or the invoice has as many proofs waiting as it may',
    ),
  receivedAt: z.string(),
});
