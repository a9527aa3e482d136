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
      // Each message is bounded work (a group, a shard to queue, 100 pages of collection, 150
      // numbering transactions): a minute leaves room for a batch of ten 1,000-member groups.
      timeoutSeconds: 60,
      producers:
        'the bill run itself: JSON { kind: "start" | "queue" | "group" | "number" | "collect", tenantId, period, ... }; an operator starting or resuming a run by hand: { kind: "start", tenantId, period, startedBy }',
      // It goes on with the runs it works on (continuations, the shards' groups, the numbering pass,
      // the collection) and keeps the run's direct-debit collection file with the invoice documents.
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
