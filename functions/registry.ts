import { manifest as auth } from './auth/manifest.ts';
import { manifest as catalog } from './catalog/manifest.ts';
import { manifest as creditLimits } from './credit-limits/manifest.ts';
import { manifest as dunning } from './dunning/manifest.ts';
import { manifest as groups } from './groups/manifest.ts';
import { manifest as invoices } from './invoices/manifest.ts';
import type {
  AreaManifest,
  QueueConsumerEntry,
  Schedule,
  StreamConsumer,
  Subscription,
  WorkflowEntry,
} from './manifest.ts';
import { manifest as money } from './money/manifest.ts';
import { manifest as publishing } from './publishing/manifest.ts';
import { manifest as support } from './support/manifest.ts';
import { manifest as system } from './system/manifest.ts';
import { manifest as tenants } from './tenants/manifest.ts';
import { manifest as usage } from './usage/manifest.ts';

/**
 * Every area's manifest. The CDK stacks and the local runtime build every function from these
 * lists (routes → HttpApi routes and the local router, the OpenAPI document and the isolation
 * test; subscriptions → EventBridge rules and the local bus; schedules → EventBridge Scheduler and
 * the local scheduler; streams → the table's event source mapping and the local stream poller;
 * queues → an SQS queue, its DLQ and its consumer function, and the local queues; workflows →
 * a Step Functions state machine and its task functions, and the local runner).
 * A new area adds its manifest here.
 */
export const manifests: readonly AreaManifest[] = [
  system,
  tenants,
  catalog,
  groups,
  money,
  creditLimits,
  usage,
  invoices,
  dunning,
  support,
  auth,
  publishing,
];

export const routes = manifests.flatMap((m) => m.routes);
export const subscriptions: Subscription[] = manifests.flatMap((m) => m.subscriptions ?? []);
export const schedules: Schedule[] = manifests.flatMap((m) => m.schedules ?? []);
export const streams: StreamConsumer[] = manifests.flatMap((m) => m.streams ?? []);
export const queues: QueueConsumerEntry[] = manifests.flatMap((m) => m.queues ?? []);
export const workflows: WorkflowEntry[] = manifests.flatMap((m) => m.workflows ?? []);

/** The one stream consumer the events stack and the local poller run. */
export const outboxPublisher: StreamConsumer = streams.find((s) => s.name === 'publish-outbox')!;
