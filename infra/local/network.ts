import type { Context } from 'aws-lambda';
import { NumberBarred } from '../../events/number-barred.ts';
import { NumberUnbarred } from '../../events/number-unbarred.ts';
import type { Subscription } from '../../functions/manifest.ts';
import { type BusDelivery, eventHandler } from '../../shared/handlers/event-handler.ts';
import { localNetwork } from '../../shared/usage/local-network.ts';

/**
 * The operator's network, as `npm start` runs it: on AWS the operator's provisioning system
 * consumes `NumberBarred` and `NumberUnbarred` from the bus; locally these subscriptions hand them
 * to the local network adapter, which records each command (`npm run cli -- network`).
 */
const bar = eventHandler(
  { name: 'local-network-bar', event: NumberBarred, actor: 'spending-control' },
  async (event) =>
    localNetwork.apply({
      tenantId: event.metadata.tenantId,
      msisdn: event.data.msisdn,
      action: 'bar-outgoing',
      reason: event.data.reason,
      eventId: event.metadata.eventId,
      at: event.metadata.occurredAt,
    }),
);

const restore = eventHandler(
  { name: 'local-network-restore', event: NumberUnbarred, actor: 'spending-control' },
  async (event) =>
    localNetwork.apply({
      tenantId: event.metadata.tenantId,
      msisdn: event.data.msisdn,
      action: 'restore-outgoing',
      reason: event.data.cause,
      eventId: event.metadata.eventId,
      at: event.metadata.occurredAt,
    }),
);

export const handler = (event: BusDelivery, context: Context) =>
  event['detail-type'] === NumberBarred.detailType ? bar(event, context) : restore(event, context);

export const networkSubscriptions: Subscription[] = [
  { name: 'local-network', handler: 'infra/local/network', events: [NumberBarred, NumberUnbarred] },
];
