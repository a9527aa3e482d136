import type { Context } from 'aws-lambda';
import { DunningStageChanged } from '../../events/dunning-stage-changed.ts';
import { NumberBarred } from '../../events/number-barred.ts';
import { NumberUnbarred } from '../../events/number-unbarred.ts';
import type { Subscription } from '../../functions/manifest.ts';
import { type BusDelivery, eventHandler } from '../../shared/handlers/event-handler.ts';
import { localNetwork } from '../../shared/usage/local-network.ts';

/**
 * The operator's network, as `npm start` runs it: on AWS the operator's provisioning system
 * consumes `NumberBarred` and `NumberUnbarred` (spending control) and the `network` part of
 * `DunningStageChanged` (suspension for non-payment and reactivation) from the bus; locally these
 * subscriptions hand them to the local network adapter, which records each command
 * (`npm run cli -- network`).
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

const dunning = eventHandler(
  { name: 'local-network-dunning', event: DunningStageChanged, actor: 'workflow' },
  async (event) => {
    const network = event.data.network;
    if (!network) return;
    for (const msisdn of network.msisdns) {
      await localNetwork.apply({
        tenantId: event.metadata.tenantId,
        msisdn,
        action: network.action === 'suspend' ? 'bar-outgoing' : 'restore-outgoing',
        reason: `non-payment:${event.data.cause}`,
        // One command per number of the event: each applied once however often it is delivered.
        eventId: `${event.metadata.eventId}-${msisdn.replace(/\D/g, '')}`,
        at: event.metadata.occurredAt,
      });
    }
  },
);

export const handler = (event: BusDelivery, context: Context) => {
  switch (event['detail-type']) {
    case NumberBarred.detailType:
      return bar(event, context);
    case DunningStageChanged.detailType:
      return dunning(event, context);
    default:
      return restore(event, context);
  }
};

export const networkSubscriptions: Subscription[] = [
  {
    name: 'local-network',
    handler: 'infra/local/network',
    events: [NumberBarred, NumberUnbarred, DunningStageChanged],
  },
];
