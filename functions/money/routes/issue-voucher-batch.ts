import * as z from 'zod';
import { locationHeader, problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { IssueBatchSchema } from '#shared/money/vouchers.ts';
import { BatchView, eur, TAG } from '../views.ts';

// ----- vouchers ----------------------------------------------------------------------------------

export const issueVoucherBatch = defineRoute({
  operationId: 'issueVoucherBatch',
  method: 'POST',
  path: '/v1/voucher-batches',
  handler: 'functions/money/issue-voucher-batch',
  summary: 'Issue a batch of single-use voucher codes',
  description:
    'The codes are in this response only: they are stored as hashes and can never be read again. Not replayable (no Idempotency-Key): a lost response means issuing a new batch.',
  tag: TAG,
  access: ['operator'],
  body: IssueBatchSchema.meta({
    examples: [{ value: eur(1000), count: 100, validUntil: '2035-12-31', label: 'Kiosk chain, Q1' }],
  }),
  responses: {
    201: {
      description: 'The batch and its codes (shown once)',
      schema: BatchView.extend({ codes: z.array(z.string()) }),
      headers: locationHeader('the batch'),
    },
    ...problemResponses(400, 401, 403),
  },
});
