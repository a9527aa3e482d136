import { streamHandler } from '#shared/handlers/stream-handler.ts';
import type { PublishDeps } from '#shared/publishing/ports.ts';
import { publishOutboxItem } from '#shared/publishing/use-cases/publish-outbox-item.ts';
import { publishDeps } from '#wiring';

/**
 * Table stream → event bus, one event per inserted outbox item, in stream order. A failed put
 * stops the batch there: Lambda retries from that item, and consumers are idempotent on the event id.
 */
export const publishOutbox = (deps: PublishDeps) =>
  streamHandler({ name: 'publish-outbox' }, async (change) => {
    await publishOutboxItem(deps, change);
  });

export const handler = publishOutbox(publishDeps);
