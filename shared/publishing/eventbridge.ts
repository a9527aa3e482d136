import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { config } from '../kernel/config.ts';
import type { EventBus } from './ports.ts';

/** The event-bus port on AWS: PutEvents on the stage's bus, ten at a time. */
let eventBridge: EventBridgeClient | undefined;

export const eventBridgeBus: EventBus = {
  async publish(events) {
    eventBridge ??= new EventBridgeClient({ region: config().AWS_REGION });
    for (let i = 0; i < events.length; i += 10) {
      const batch = events.slice(i, i + 10);
      const out = await eventBridge.send(
        new PutEventsCommand({
          Entries: batch.map((e) => ({
            EventBusName: config().EVENT_BUS_NAME,
            Source: e.source,
            DetailType: e.detailType,
            Detail: e.detail,
          })),
        }),
      );
      // Partial failure: throw so the stream batch is retried (consumers are idempotent on eventId).
      if (out.FailedEntryCount)
        throw new Error(`EventBridge rejected ${out.FailedEntryCount} of ${batch.length} events`);
    }
  },
};
