import { scheduledHandler } from '#shared/handlers/scheduled-handler.ts';
import type { InvoiceDeps } from '#shared/invoices/ports.ts';
import { periodToInvoice } from '#shared/invoices/runs.ts';
import { startBillRun } from '#shared/invoices/use-cases/start-bill-run.ts';
import { localDate } from '#shared/kernel/calendar.ts';
import { logger } from '#shared/kernel/observability.ts';
import { invoiceDeps } from '#wiring';

/**
 * 00:00 on the 1st in the tenant's time zone: the bill run of the month that just ended starts
 * (a second delivery of the schedule resumes the same run; nothing is invoiced twice).
 */
export const startBillRuns = (deps: InvoiceDeps) =>
  scheduledHandler({ name: 'start-bill-run', actor: 'scheduler' }, async (run, actor) => {
    const period = periodToInvoice(localDate(new Date(run.scheduledTime), actor.tenant.timeZone));
    const started = await startBillRun(deps, actor, period, `schedule ${run.schedule}`);
    logger.info('bill run started', { period, status: started.status, expected: started.expected });
    return { period, status: started.status };
  });

export const handler = startBillRuns(invoiceDeps);
