import * as z from 'zod';
import { GroupIdSchema } from '#shared/groups/domain.ts';
import { queueHandler } from '#shared/handlers/queue-handler.ts';
import { RUN_SHARDS } from '#shared/invoices/keys.ts';
import type { InvoiceDeps } from '#shared/invoices/ports.ts';
import { collectDirectDebits } from '#shared/invoices/use-cases/collect-direct-debits.ts';
import { invoiceGroup } from '#shared/invoices/use-cases/invoice-group.ts';
import { numberInvoices } from '#shared/invoices/use-cases/number-invoices.ts';
import { queueShard, startBillRun } from '#shared/invoices/use-cases/start-bill-run.ts';
import { logger } from '#shared/kernel/observability.ts';
import { TenantIdSchema } from '#shared/kernel/tenant.ts';
import { invoiceDeps } from '#wiring';
import { PeriodSchema } from './views.ts';

/**
 * The invoicing queue's messages: start (or resume) a tenant's run for a period (by hand: the
 * operator, `npm run cli -- bill-run`), one group of a run to invoice, or the run's numbering pass
 * (queued once every group has its outcome).
 */
export const InvoicingMessageSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('start'),
    tenantId: TenantIdSchema,
    period: PeriodSchema,
    startedBy: z.string().min(1).max(120),
  }),
  z.object({
    kind: z.literal('group'),
    tenantId: TenantIdSchema,
    period: PeriodSchema,
    groupId: GroupIdSchema,
  }),
  z.object({ kind: z.literal('number'), tenantId: TenantIdSchema, period: PeriodSchema }),
  z.object({ kind: z.literal('collect'), tenantId: TenantIdSchema, period: PeriodSchema }),
  z.object({
    kind: z.literal('queue'),
    tenantId: TenantIdSchema,
    period: PeriodSchema,
    shard: z
      .number()
      .int()
      .min(0)
      .max(RUN_SHARDS - 1),
  }),
]);

/**
 * The bill run's workers. A group message computes and stores that group's draft (or its failure
 * with the reason); the numbering message issues the drafts with their legal numbers. Both are
 * safe to receive again: a group with an outcome is passed over, an issued invoice keeps its number.
 */
export const onInvoicing = (deps: InvoiceDeps) =>
  queueHandler(
    { name: 'invoicing', schema: InvoicingMessageSchema, actor: 'bill-run' },
    async (message, actor) => {
      if (message.kind === 'start') {
        const run = await startBillRun(deps, actor, message.period, message.startedBy);
        return { period: message.period, status: run.status };
      }
      if (message.kind === 'group') {
        const outcome = await invoiceGroup(deps, actor, message.period, message.groupId);
        return { groupId: message.groupId, outcome };
      }
      if (message.kind === 'queue') {
        return { shard: message.shard, queued: await queueShard(deps, actor, message.period, message.shard) };
      }
      if (message.kind === 'collect') {
        const summary = await collectDirectDebits(deps, actor, message.period);
        logger.info('bill run collected', { period: message.period, summary });
        return summary ?? { collected: 'not yet' };
      }
      const result = await numberInvoices(deps, actor, message.period);
      logger.info('bill run numbered', { period: message.period, issued: result.issued });
      return result;
    },
  );

export const handler = onInvoicing(invoiceDeps);
