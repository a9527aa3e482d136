import * as z from 'zod';
import { DUNNING_STAGES, type DunningStage } from '#shared/dunning/domain.ts';
import { PROOF_CONTENT_TYPES } from '#shared/dunning/ports.ts';
import { ProofIdSchema } from '#shared/dunning/proofs.ts';
import { GroupIdSchema } from '#shared/groups/domain.ts';
import { MoneySchema } from '#shared/kernel/money.ts';
import { InvoiceIdSchema } from '../invoices/views.ts';

/**
 * The shapes of the dunning routes (`routes/*.ts`): payment proofs, which the group's administrator
 * sends for an invoice and the operator's staff decide, and the operator's list of dunnings.
 *
 * Examples are written for the demo tenant `alpina` (EUR); ids the API generates are placeholders.
 */

export const TAG = 'dunning';

export const InvoiceParams = z.strictObject({ groupId: GroupIdSchema, invoiceId: InvoiceIdSchema });
export const ProofParams = z.strictObject({
  groupId: GroupIdSchema,
  invoiceId: InvoiceIdSchema,
  proofId: ProofIdSchema,
});

export const ProofView = z.object({
  proofId: z.string(),
  groupId: z.string(),
  invoiceId: z.string(),
  amount: MoneySchema,
  paidOn: z.string().describe('YYYY-MM-DD, as the bank shows it'),
  bankReference: z.string(),
  document: z.object({
    fileName: z.string(),
    contentType: z.enum(PROOF_CONTENT_TYPES),
    size: z.number().describe('in bytes'),
  }),
  status: z
    .enum(['awaiting-document', 'pending', 'approved', 'rejected'])
    .describe('awaiting-document → (submitted) pending → approved / rejected'),
  channel: z.enum(['portal', 'email']),
  declared: z
    .boolean()
    .describe(
      "false for a proof by e-mail, which declares nothing: the amount is what the invoice had due when the mail arrived, `paidOn` the day it arrived, `bankReference` the mail's subject; staff check them against the document",
    ),
  createdAt: z.string(),
  submittedAt: z.string().optional(),
  decidedAt: z.string().optional(),
  reason: z.string().optional().describe("the staff's reason (always given for a rejection)"),
  decidedBy: z.string().optional().describe('the operator only: who decided'),
});

export const ProofDetailView = ProofView.extend({
  documentUrl: z
    .string()
    .optional()
    .describe('the operator only, once submitted: the document, for 15 minutes'),
});

export const CreatedProofView = z.object({
  proof: ProofView,
  upload: z
    .object({
      method: z.literal('PUT'),
      url: z.string(),
      headers: z.object({ 'content-type': z.string() }),
      expiresAt: z.string(),
    })
    .describe(
      'PUT the document (exactly `document.size` bytes) to `url` with these headers before `expiresAt`, then submit the proof',
    ),
});

export const DunningSummaryView = z.object({
  invoiceId: z.string(),
  groupId: z.string(),
  number: z.string().describe("the invoice's legal number"),
  stage: z.enum(DUNNING_STAGES),
  since: z.string().describe('when it reached the stage'),
  amountDue: MoneySchema.describe('what was still due at the last change of stage'),
  dueDate: z.string(),
  suspendedNumbers: z.number().describe("how many of the group's numbers it keeps barred"),
});

/** The stages the index lists (`LISTED_STAGES` of `shared/dunning/keys.ts`). */
export const ListedStageSchema = z.enum([
  'scheduled',
  'reminded',
  'suspended',
  'provisional',
  'reactivated',
  'collections',
] as const satisfies readonly DunningStage[]);

export const eur = (amount: number) => ({ amount, currency: 'EUR' });
