import type { Clock } from '../kernel/clock.ts';
import { logger } from '../kernel/observability.ts';
import type { DeliveryClaim, NotificationMessage, Notifier } from './message.ts';

/**
 * Every notification the product sends (credit transfers, invoices, dunning, sign-in PINs) goes out
 * through `deliverOnce`: at least once, and once only but for the instant of a crash.
 *
 * Events arrive at least once, so each message has a delivery id (the event id, with a suffix when
 * one event sends more than one message) and a delivery record under it:
 *
 * 1. claim: `sending`, held by this attempt until a deadline (the lease);
 * 2. send (the send is abandoned when the lease runs out, so no attempt sends after it);
 * 3. `sent`; a failed send gives the claim up instead, so the redelivery sends at once.
 *
 * A redelivery that finds `sent` does nothing; one that finds `sending` within the lease fails
 * with `DeliveryInProgress`, so the event is delivered again later; one that finds the lease run
 * out (the attempt died between claim and send) sends again. Only a crash between the send and
 * step 3 sends twice; a notifier that records the delivery in the same write as the message (the
 * local outbox) closes even that gap.
 */

export type ClaimOutcome =
  | { state: 'claimed'; claim: DeliveryClaim }
  | { state: 'sent' }
  | { state: 'sending'; leaseUntil: Date };

/** Port to the delivery records (DynamoDB: `./dynamo.ts`). */
export interface DeliveryLog {
  /** Claims the delivery until `leaseUntil`, unless it was sent or another attempt's lease still runs at `now`. */
  claim(tenantId: string, deliveryId: string, now: Date, leaseUntil: Date): Promise<ClaimOutcome>;
  /** Marks the delivery sent; false when another attempt took it over meanwhile. */
  markSent(claim: DeliveryClaim, at: Date, messageId: string): Promise<boolean>;
  /** Gives the claim up after a failed send, so that a redelivery sends at once. */
  release(claim: DeliveryClaim): Promise<void>;
}

/**
 * How long a claim holds: well past any send (an SMS or e-mail API call takes a fraction of a
 * second), and short, because a delivery interrupted by a crash waits this long to be sent again.
 */
export const DELIVERY_LEASE_SECONDS = 10;

/** Another attempt is sending this message: deliver the event again later (it is then sent, or its lease has run out). */
export class DeliveryInProgress extends Error {
  override readonly name = 'DeliveryInProgress';
  constructor(
    readonly deliveryId: string,
    readonly leaseUntil: Date,
  ) {
    super(`Notification ${deliveryId} is being sent by another attempt until ${leaseUntil.toISOString()}`);
  }
}

export interface DeliveryDeps {
  log: DeliveryLog;
  notifier: Notifier;
  clock: Clock;
  leaseSeconds?: number;
}

/** Sends `message` unless the delivery `deliveryId` was already sent (see above). */
export async function deliverOnce(
  deps: DeliveryDeps,
  deliveryId: string,
  message: NotificationMessage,
): Promise<'sent' | 'already-sent'> {
  const leaseMs = (deps.leaseSeconds ?? DELIVERY_LEASE_SECONDS) * 1000;
  const now = deps.clock.now();
  const outcome = await deps.log.claim(message.tenantId, deliveryId, now, new Date(now.getTime() + leaseMs));
  if (outcome.state === 'sent') return 'already-sent';
  if (outcome.state === 'sending') throw new DeliveryInProgress(deliveryId, outcome.leaseUntil);

  const { claim } = outcome;
  let sent: Awaited<ReturnType<Notifier['send']>>;
  try {
    sent = await deps.notifier.send(message, { delivery: claim, signal: AbortSignal.timeout(leaseMs) });
  } catch (error) {
    await deps.log.release(claim).catch((e: unknown) => {
      logger.warn('notification claim not released', { deliveryId, error: e as Error });
    });
    throw error;
  }
  if (!sent.recorded && !(await deps.log.markSent(claim, deps.clock.now(), sent.messageId))) {
    logger.warn('notification sent after another attempt took it over', { deliveryId });
  }
  return 'sent';
}
