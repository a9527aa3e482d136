import type { Context, EventBridgeEvent } from 'aws-lambda';
import type * as z from 'zod';
import { type EventContract, type EventDetail, parseDetail } from '../../events/contract.ts';
import type { Actor, SystemSubject } from '../kernel/actor.ts';
import { logger } from '../kernel/observability.ts';
import { deliveryRunner } from './delivery-idempotency.ts';
import {
  countMetric,
  failures,
  observed,
  useOperationDimension,
  wellFormedCorrelationId,
} from './middleware.ts';
import { loadSystemActor } from './system-actor.ts';

export type BusDelivery = EventBridgeEvent<string, unknown>;

/** One consumer of one domain event (an entry of `functions/registry.ts`). */
export interface EventConsumer<S extends z.ZodType> {
  /**
   * The subscription's name: the metrics' operation dimension and part of every idempotency key,
   * so it must not change once deployed.
   */
  name: string;
  event: EventContract<S>;
  /** Who the platform acts as when it handles the event. */
  actor: SystemSubject;
}

export type EventImpl<S extends z.ZodType, R> = (
  event: EventDetail<z.output<S>>,
  actor: Actor,
  delivery: BusDelivery,
) => Promise<R>;

/** The metadata of a detail as it arrived, before any validation: for log keys only. */
function rawMetadata(event: BusDelivery): Record<string, unknown> {
  const metadata = (event.detail as { metadata?: unknown } | undefined)?.metadata;
  return metadata && typeof metadata === 'object' ? (metadata as Record<string, unknown>) : {};
}

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

/**
 * The correlation id the producing command wrote into the event, else the domain event's id: every
 * line and every event that follows from this one carries it.
 */
function correlationIdOf(event: BusDelivery): string {
  const m = rawMetadata(event);
  return wellFormedCorrelationId(m.correlationId) ?? wellFormedCorrelationId(m.eventId) ?? event.id;
}

/**
 * Builds the Lambda handler of an EventBridge subscriber: the detail parsed with the event's
 * contract, log keys (correlation id, tenant id, event id, detail-type), metrics, a system actor of
 * the event's tenant, and idempotency on the domain event id per consumer: a redelivery (EventBridge
 * retries, or the outbox publisher putting the same event on the bus again) runs `impl` once.
 * Any failure (an invalid detail included) is logged and thrown: Lambda retries the event and then
 * sends it to the dead-letter queue. Nothing is swallowed.
 */
export function eventHandler<S extends z.ZodType, R = unknown>(
  consumer: EventConsumer<S>,
  impl: EventImpl<S, R>,
) {
  useOperationDimension(consumer.name);
  const once = deliveryRunner<R>(consumer.name);

  const core = async (event: BusDelivery, context: Context): Promise<R> => {
    if (event['detail-type'] !== consumer.event.detailType || event.source !== consumer.event.source) {
      throw new Error(
        `${consumer.name} takes ${consumer.event.source} ${consumer.event.detailType}, not ${event.source} ${event['detail-type']}`,
      );
    }
    const detail = parseDetail(consumer.event, event.detail);
    const { tenantId, eventId } = detail.metadata;
    const outcome = await once({ tenantId, key: eventId }, context, async () =>
      impl(detail, await loadSystemActor(tenantId, consumer.actor, correlationIdOf(event)), event),
    );
    if (outcome.duplicate) logger.info('event already handled: not handled again');
    countMetric(outcome.duplicate ? 'EventDuplicate' : 'EventHandled');
    return outcome.result;
  };

  const handler = observed(core, (event) => {
    const m = rawMetadata(event);
    return {
      correlation_id: correlationIdOf(event),
      tenant_id: str(m.tenantId),
      event_id: str(m.eventId),
      delivery_id: event.id,
      detail_type: event['detail-type'],
    };
  }).use(failures<BusDelivery, R>('EventFailed', 'event handling failed'));
  // The name travels with the handler, so a test can check it against `functions/registry.ts`.
  return Object.assign(handler, { consumer: consumer.name });
}
