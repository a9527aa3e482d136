import type * as z from 'zod';
import type { EventContract } from '#events/contract.ts';
import type { ProvisionDeps } from '#shared/auth/ports.ts';
import { provisionNumber } from '#shared/auth/use-cases/provision-number.ts';
import { eventHandler } from '#shared/handlers/event-handler.ts';
import { logger } from '#shared/kernel/observability.ts';

/**
 * The subscribers of the group events that change who may sign in: each hands the numbers its
 * event names to `provisionNumber`, which reads the present state (so delivery order and
 * redeliveries do not matter).
 */
export function provisionOn<S extends z.ZodType>(
  subscriber: { name: string; event: EventContract<S>; numbers: (data: z.output<S>) => string[] },
  deps: ProvisionDeps,
) {
  return eventHandler(
    { name: subscriber.name, event: subscriber.event, actor: 'notifier' },
    async (event) => {
      for (const msisdn of subscriber.numbers(event.data)) {
        const outcome = await provisionNumber(deps, event.metadata.tenantId, msisdn);
        logger.info('sign-in provisioned', { outcome });
      }
    },
  );
}
