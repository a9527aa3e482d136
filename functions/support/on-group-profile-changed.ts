import { GroupProfileChanged } from '#events/group-profile-changed.ts';
import { eventHandler } from '#shared/handlers/event-handler.ts';
import { logger } from '#shared/kernel/observability.ts';
import type { SupportDeps } from '#shared/support/ports.ts';
import { indexBillingEmail } from '#shared/support/use-cases/authorised-emails.ts';
import { supportDeps } from '#wiring';

/** A group's profile changed (its billing e-mail, perhaps) → its billing e-mail indexed as an authorised sender. */
export const onGroupProfile = (deps: Pick<SupportDeps, 'support' | 'groups' | 'clock'>) =>
  eventHandler(
    { name: 'index-billing-email-changed', event: GroupProfileChanged, actor: 'notifier' },
    async (event) => {
      const outcome = await indexBillingEmail(deps, event.metadata.tenantId, event.data.groupId);
      logger.info('billing e-mail indexed', { outcome });
    },
  );

export const handler = onGroupProfile(supportDeps);
