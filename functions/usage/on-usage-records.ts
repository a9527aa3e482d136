import * as z from 'zod';
import { queueHandler } from '#shared/handlers/queue-handler.ts';
import { logger } from '#shared/kernel/observability.ts';
import { TenantIdSchema } from '#shared/kernel/tenant.ts';
import { MAX_RECORDS_PER_BATCH } from '#shared/usage/domain.ts';
import type { UsageDeps } from '#shared/usage/ports.ts';
import { ingestUsage } from '#shared/usage/use-cases/ingest-usage.ts';
import { usageDeps } from '#wiring';

/**
 * One message of the usage-records queue: a batch from the network's mediation, as it would POST
 * it (up to 1,000 records, within SQS's 256 KB per message), for one tenant.
 */
export const UsageRecordsMessage = z.object({
  tenantId: TenantIdSchema,
  records: z.array(z.unknown()).min(1).max(MAX_RECORDS_PER_BATCH),
});

/**
 * The usage-records queue → the same use case as `POST /v1/usage-records`. A message is done when
 * every record is rated, recognised as sent before, or rejected and kept; a failure (DynamoDB
 * unavailable, a number whose usage kept changing) fails only that message, which SQS delivers
 * again: what was written is then recognised by its record ids, the rest is rated.
 */
export const onUsageRecords = (deps: UsageDeps) =>
  queueHandler(
    { name: 'ingest-usage-records', schema: UsageRecordsMessage, actor: 'mediation-queue' },
    async (message, actor) => {
      const result = await ingestUsage(deps, actor, message.records);
      logger.info('usage records rated', {
        accepted: result.accepted,
        duplicates: result.duplicates,
        rejected: result.rejected,
      });
      return { accepted: result.accepted, duplicates: result.duplicates, rejected: result.rejected };
    },
  );

export const handler = onUsageRecords(usageDeps);
