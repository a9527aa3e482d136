import { IdempotencyConfig, makeIdempotent } from '@aws-lambda-powertools/idempotency';
import type { Context } from 'aws-lambda';
import { config } from '../kernel/config.ts';
import { persistenceStore } from './idempotency.ts';

/** One delivery of a trigger: an event, a queue message, a scheduled run. */
export interface Delivery {
  tenantId: string;
  /** What identifies the delivery across redeliveries: an event id, a business id, a scheduled time. */
  key: string;
}

export interface DeliveryOutcome<R> {
  result: R;
  /** The delivery had been handled before: `run` did not run, `result` is the first one. */
  duplicate: boolean;
}

/**
 * Runs `run` at most once per (tenant, consumer, delivery key), with Powertools idempotency on the
 * single table (the records of `./idempotency.ts`: tenant-prefixed, removed by the TTL). The
 * consumer's name is part of the key, so two consumers of the same event keep separate records.
 * A failure stores nothing and propagates, so the trigger's retry runs again; a duplicate that
 * arrives while the first is still running fails with `IdempotencyAlreadyInProgressError` and is
 * retried later by its trigger.
 */
export function deliveryRunner<R>(consumer: string) {
  type Runner = (call: Delivery & { consumer: string }, ctx: { run: () => Promise<R> }) => Promise<R>;
  let runner: Runner | undefined;
  let idempotencyConfig: IdempotencyConfig | undefined;
  return async (
    delivery: Delivery,
    lambdaContext: Context,
    run: () => Promise<R>,
  ): Promise<DeliveryOutcome<R>> => {
    if (!runner || !idempotencyConfig) {
      idempotencyConfig = new IdempotencyConfig({
        eventKeyJmesPath: '[tenantId, consumer, key]',
        throwOnNoIdempotencyKey: true,
        expiresAfterSeconds: config().IDEMPOTENCY_TTL_SECONDS,
      });
      runner = makeIdempotent(
        async (_call: Delivery & { consumer: string }, ctx: { run: () => Promise<R> }) => ctx.run(),
        { persistenceStore: persistenceStore(), keyPrefix: consumer, config: idempotencyConfig },
      ) as unknown as Runner;
    }
    // In-progress records expire with the invocation's remaining time (a crashed attempt frees the key).
    idempotencyConfig.registerLambdaContext(lambdaContext);
    let ran = false;
    const result = await runner(
      { tenantId: delivery.tenantId, consumer, key: delivery.key },
      {
        run: () => {
          ran = true;
          return run();
        },
      },
    );
    return { result, duplicate: !ran };
  };
}
