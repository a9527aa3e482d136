import * as z from 'zod';
import { problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { BatchView, TAG, Ulid } from '../views.ts';

const BatchParams = z.strictObject({ batchId: Ulid });

export const getVoucherBatch = defineRoute({
  operationId: 'getVoucherBatch',
  method: 'GET',
  path: '/v1/voucher-batches/{batchId}',
  handler: 'functions/money/get-voucher-batch',
  summary: 'A voucher batch with its redeemed count',
  tag: TAG,
  access: ['operator'],
  params: BatchParams,
  responses: {
    200: { description: 'The batch', schema: BatchView },
    ...problemResponses(400, 401, 403, 404),
  },
});
