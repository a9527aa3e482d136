import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { config } from '../kernel/config.ts';

export interface BusEvent {
  source: string;
  detailType: string;
  /** JSON text of `{ metadata, data }`. */
  detail: string;
}

/** Port to the event bus: EventBridge on AWS; the local runtime installs its in-process bus. */
export interface EventBus {
  publish(events: BusEvent[]): Promise<void>;
}

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

let installed: EventBus | undefined;

export function eventBus(): EventBus {
  return installed ?? eventBridgeBus;
}

/** Called once by the local runtime's composition root (and by tests). */
export function installEventBus(bus: EventBus | undefined): void {
  installed = bus;
}
