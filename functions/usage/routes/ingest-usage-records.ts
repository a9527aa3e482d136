import * as z from 'zod';
import { problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { MAX_RECORDS_PER_BATCH } from '#shared/usage/domain.ts';
import { IngestResultView, TAG } from '../views.ts';

export const ingestUsageRecords = defineRoute({
  operationId: 'ingestUsageRecords',
  method: 'POST',
  path: '/v1/usage-records',
  handler: 'functions/usage/ingest-usage-records',
  summary: 'Report usage records from the network (mediation), up to 1,000 per batch',
  description:
    'Each record is `{ recordId, msisdn, type, counterpart?, startedAt, quantity, visitedCountry? }` (type: voice, sms, data, premium-call, premium-sms, donation; quantity in seconds, messages or bytes). Every record is rated on its own and answered with `accepted` (its line code and charge), `duplicate` (a record id rated before, at any time: nothing is charged again) or `rejected` with its reason (malformed, a number in no group, a closed period, no price in the catalog); rejected records are kept for the operator. A whole batch sent again changes nothing. The record ids make it safe to retry, so no `Idempotency-Key` is needed.',
  tag: TAG,
  access: ['mediation'],
  maxBodyBytes: 1024 * 1024,
  body: z
    .strictObject({
      records: z
        .array(z.unknown())
        .min(1)
        .max(MAX_RECORDS_PER_BATCH)
        .describe('usage records; each is checked on its own'),
    })
    .meta({
      examples: [
        {
          records: [
            {
              recordId: 'MSC1-20261105-000001',
              msisdn: '+38641234567',
              type: 'voice',
              counterpart: '+38640100000',
              startedAt: '2026-12-01T10:00:00Z',
              quantity: 125,
            },
          ],
        },
      ],
    }),
  responses: {
    200: { description: 'The result of every record', schema: IngestResultView },
    ...problemResponses(400, 401, 403, 413),
  },
});
