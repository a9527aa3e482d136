import * as z from 'zod';
import { OUTBOX_ENTITY } from '../../db/outbox.ts';
import type { PublishDeps } from '../ports.ts';

/** An outbox item as `outboxPut` writes it. */
const OutboxItem = z.object({
  entity: z.literal(OUTBOX_ENTITY),
  source: z.string().min(1),
  detailType: z.string().min(1),
  detail: z.string().min(2),
});

/**
 * Publishes one change of the table if it is an inserted outbox item (anything else is not an
 * event: the CDK event source filter drops it before invocation, the check here keeps local runs
 * identical). A malformed outbox item fails instead of being published. Consumers are idempotent
 * on the event id, so publishing an item twice is harmless.
 */
export async function publishOutboxItem(
  deps: PublishDeps,
  change: { eventName: string; newImage?: Record<string, unknown> },
): Promise<'published' | 'not-an-event'> {
  if (change.eventName !== 'INSERT' || change.newImage?.entity !== OUTBOX_ENTITY) return 'not-an-event';
  const item = OutboxItem.parse(change.newImage);
  await deps.bus.publish([{ source: item.source, detailType: item.detailType, detail: item.detail }]);
  return 'published';
}
