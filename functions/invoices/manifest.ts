import { InvoiceIssued } from '#events/invoice-issued.ts';
import type { AreaManifest } from '../manifest.ts';
import { routes } from './routes.ts';

export const manifest: AreaManifest = {
  area: 'invoices',
  routes,
  subscriptions: [
    {
      name: 'notify-invoice-issued',
      handler: 'functions/invoices/on-invoice-issued',
      events: [InvoiceIssued],
      sends: ['sms', 'email'],
    },
  ],
  queues: [
    {
      name: 'invoicing',
      handler: 'functions/invoices/on-invoicing',
      batchSize: 10,
      maxReceiveCount: 5,
      producers:
        'the bill run: JSON { kind: "group", tenantId, period, groupId } per group of the run, then { kind: "number", tenantId, period } for its numbering pass; an operator starting or resuming a run by hand: { kind: "start", tenantId, period, startedBy }',
      // It queues the groups of a run it starts by hand and, after a run's last group, its numbering
      // pass; it keeps the run's direct-debit collection file with the invoice documents.
      uses: ['invoicing-queue', 'invoice-files'],
    },
  ],
  schedules: [
    {
      name: 'start-bill-run',
      cron: '0 0 1 * *',
      perTenantTimeZone: true,
      handler: 'functions/invoices/start-bill-runs',
      uses: ['invoicing-queue'],
    },
  ],
};
