import * as z from 'zod';
import { OUTBOX_ENTITY } from '#shared/db/outbox.ts';
import { streamHandler } from '#shared/handlers/stream-handler.ts';
import { eventBus } from '#shared/publishing/event-bus.ts';

/** An outbox item as `outboxPut` writes it. */
const OutboxItem = z.object({
  entity: z.literal(OUTBOX_ENTITY),
  source: z.string().min(1),
  detailType: z.string().min(1),
  detail: z.string().min(2),
});

/**
 * Table stream → event bus, one event per inserted outbox item, in stream order. Only inserted
 * outbox items are published (the CDK event source filter drops everything else before invocation;
 * the check here keeps local runs identical). A failed put stops the batch there: Lambda retries
 * from that item, and consumers are idempotent on the event id.
 */
export const handler = streamHandler({ name: 'publish-outbox' }, async ({ eventName, newImage }) => {
  if (eventName !== 'INSERT' || newImage?.entity !== OUTBOX_ENTITY) return;
  const item = OutboxItem.parse(newImage);
  await eventBus().publish([{ source: item.source, detailType: item.detailType, detail: item.detail }]);
});
