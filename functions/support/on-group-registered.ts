import { GroupRegistered } from '#events/group-registered.ts';
import { eventHandler } from '#shared/handlers/event-handler.ts';
import { logger } from '#shared/kernel/observability.ts';
import type { SupportDeps } from '#shared/support/ports.ts';
import { indexBillingEmail } from '#shared/support/use-cases/authorised-emails.ts';
import { supportDeps } from '#wiring';

/** A group registered → its billing e-mail indexed as an authorised sender. */
export const onGroupRegistered = (deps: Pick<SupportDeps, 'support' | 'groups' | 'clock'>) =>
  eventHandler(
    { name: 'index-billing-email-registered', event: GroupRegistered, actor: 'notifier' },
    async (event) => {
      const outcome = await indexBillingEmail(deps, event.metadata.tenantId, event.data.groupId);
      logger.info('billing e-mail indexed', { outcome });
    },
  );

export const handler = onGroupRegistered(supportDeps);
