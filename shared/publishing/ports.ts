/** One event as it goes onto the bus. */
export interface BusEvent {
  source: string;
  detailType: string;
  /** JSON text of `{ metadata, data }`. */
  detail: string;
}

/** Port to the event bus: EventBridge on AWS (`eventbridge.ts`), the in-process bus locally. */
export interface EventBus {
  publish(events: BusEvent[]): Promise<void>;
}

export interface PublishDeps {
  bus: EventBus;
}
