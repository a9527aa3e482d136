import * as z from 'zod';
import { problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { text } from '#shared/kernel/text.ts';
import { InvoiceParams, TAG } from '../views.ts';

export const VoidBody = z
  .strictObject({ reason: text({ min: 5, max: 500 }) })
  .meta({ examples: [{ reason: 'Issued to the wrong legal entity; reissued under the right one.' }] });

export const VoidedView = z.object({
  invoiceId: z.string(),
  number: z.string().describe('kept: the series has no gap'),
  status: z.literal('void'),
  reason: z.string(),
});

export const voidInvoice = defineRoute({
  operationId: 'voidInvoice',
  method: 'POST',
  path: '/v1/groups/{groupId}/invoices/{invoiceId}/void',
  handler: 'functions/invoices/void-invoice',
  summary: 'Void an issued invoice, keeping its number and the reason',
  description:
    'The operator voids an issued invoice nothing was paid on: it keeps its legal number (no gap in the series) and the reason; nothing is due on it any more. The same reason again answers the same; a paid or already voided invoice is 409.',
  tag: TAG,
  access: ['operator', 'admin', 'member'],
  allowed: ['operator'],
  params: InvoiceParams,
  body: VoidBody,
  responses: {
    200: { description: 'Voided', schema: VoidedView },
    ...problemResponses(400, 401, 403, 404, 409),
  },
});
