import type * as z from 'zod';
import { type EventContract, envelope } from '../../events/contract.ts';
import { newId } from '../kernel/ids.ts';
import { tableName } from './client.ts';
import { outboxKeys } from './keys.ts';
import type { TransactItem } from './transactions.ts';

/** Outbox items are kept a week (TTL) after the stream has carried them to the bus. */
const OUTBOX_RETENTION_SECONDS = 7 * 24 * 3600;

export const OUTBOX_ENTITY = 'OutboxEvent';

/**
 * Transactional outbox: a domain event is written as an item in the same DynamoDB transaction
 * as the state change it describes, so there is no state change without its event and no event
 * without its change. The table stream carries it to the event bus (`functions/publishing/publish-outbox.ts`).
 * The detail is built by the contract's `envelope`: stamped with the contract version, and refused
 * when `data` breaks the schema or carries a field the contract does not declare.
 */
export function outboxPut<S extends z.ZodType>(
  contract: EventContract<S>,
  tenantId: string,
  data: z.input<S>,
  at: Date,
  correlationId?: string,
): TransactItem {
  const eventId = newId();
  const detail = envelope(contract, data, {
    eventId,
    tenantId,
    occurredAt: at.toISOString(),
    ...(correlationId ? { correlationId } : {}),
  });
  return {
    Put: {
      TableName: tableName(),
      Item: {
        ...outboxKeys.event(tenantId, eventId),
        entity: OUTBOX_ENTITY,
        source: contract.source,
        detailType: contract.detailType,
        detail: JSON.stringify(detail),
        expiresAt: Math.floor(at.getTime() / 1000) + OUTBOX_RETENTION_SECONDS,
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  };
}

/** An event to be written to the outbox in a command's transaction. */
export interface DomainEvent {
  contract: EventContract;
  data: unknown;
}
