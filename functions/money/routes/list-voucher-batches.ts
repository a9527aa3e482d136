import { pageOf, pageQuery, problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { BatchView, TAG } from '../views.ts';

export const listVoucherBatches = defineRoute({
  operationId: 'listVoucherBatches',
  method: 'GET',
  path: '/v1/voucher-batches',
  handler: 'functions/money/list-voucher-batches',
  summary: 'Voucher batches, oldest first',
  tag: TAG,
  access: ['operator'],
  query: pageQuery,
  responses: {
    200: { description: 'A page of batches', schema: pageOf(BatchView) },
    ...problemResponses(400, 401, 403),
  },
});
