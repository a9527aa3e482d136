import { DunningOutcomeRecorded } from '#events/dunning-outcome-recorded.ts';
import { DunningStageChanged } from '#events/dunning-stage-changed.ts';
import { InvoiceIssued } from '#events/invoice-issued.ts';
import { InvoiceVoided } from '#events/invoice-voided.ts';
import { PaymentProofDecided } from '#events/payment-proof-decided.ts';
import { PaymentReceived } from '#events/payment-received.ts';
import type { AreaManifest } from '../manifest.ts';
import { routes } from './routes.ts';

/** The dunning workflow's tasks, by the name its construct (`infra/constructs/dunning-workflow.ts`) uses. */
export const DUNNING_TASKS = [
  'open',
  'check-step',
  'remind',
  'suspend',
  'check-suspended',
  'await',
  'reactivate',
  'reactivate-provisionally',
  'check-provisional',
  'collections',
  'close',
  'record-failure',
] as const;
export type DunningTask = (typeof DUNNING_TASKS)[number];

export const manifest: AreaManifest = {
  area: 'dunning',
  routes,
  subscriptions: [
    {
      name: 'start-dunning',
      handler: 'functions/dunning/start-dunning',
      events: [InvoiceIssued],
      uses: ['dunning-workflow'],
    },
    {
      name: 'wake-dunning-on-payment',
      handler: 'functions/dunning/wake-on-payment',
      events: [PaymentReceived],
      uses: ['dunning-workflow'],
    },
    {
      name: 'wake-dunning-on-void',
      handler: 'functions/dunning/wake-on-void',
      events: [InvoiceVoided],
      uses: ['dunning-workflow'],
    },
    {
      name: 'wake-dunning-on-outcome',
      handler: 'functions/dunning/wake-on-outcome',
      events: [DunningOutcomeRecorded],
      uses: ['dunning-workflow'],
    },
    {
      name: 'notify-dunning',
      handler: 'functions/dunning/notify-dunning',
      events: [DunningStageChanged],
      sends: ['sms', 'email'],
    },
    {
      name: 'notify-proof-decided',
      handler: 'functions/dunning/notify-proof-decided',
      events: [PaymentProofDecided],
      sends: ['sms'],
    },
  ],
  workflows: [
    {
      name: 'dunning',
      tasks: DUNNING_TASKS.map((name) => ({ name, handler: `functions/dunning/tasks/${name}` })),
    },
  ],
};
