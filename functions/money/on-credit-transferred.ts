import { CreditTransferred } from '#events/credit-transferred.ts';
import { dynamoGroupRepository } from '#shared/groups/dynamo.ts';
import { eventHandler } from '#shared/handlers/event-handler.ts';
import { systemClock } from '#shared/kernel/clock.ts';
import { logger } from '#shared/kernel/observability.ts';
import { dynamoNotificationLog } from '#shared/money/dynamo.ts';
import { notifyCreditTransferred } from '#shared/money/use-cases/notify-credit-transferred.ts';
import { notifier } from '#shared/notifications/notifier.ts';
import { cachedTenant } from '#shared/tenants/cached-tenant.ts';

const deps = {
  groups: dynamoGroupRepository,
  tenant: (tenantId: string) => cachedTenant(tenantId),
  notifier,
  sent: dynamoNotificationLog,
  clock: systemClock,
};

/** `CreditTransferred` → an SMS to the member, in the group's language (once per event). */
export const handler = eventHandler(
  { name: 'notify-credit-transferred', event: CreditTransferred, actor: 'notifier' },
  async (event) => {
    const outcome = await notifyCreditTransferred(deps, event);
    logger.info('credit transfer notified', { outcome });
  },
);
