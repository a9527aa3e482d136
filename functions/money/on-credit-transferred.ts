import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { EventBridgeEvent } from 'aws-lambda';
import { parseDetail } from '#events/contract.ts';
import { CreditTransferred } from '#events/credit-transferred.ts';
import { dynamoGroupRepository } from '#shared/groups/dynamo.ts';
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
export const onCreditTransferred = async (event: EventBridgeEvent<string, unknown>): Promise<void> => {
  const detail = parseDetail(CreditTransferred, event.detail);
  const outcome = await notifyCreditTransferred(deps, detail);
  logger.info('credit transfer notified', { eventId: detail.metadata.eventId, outcome });
};

export const handler = middy(onCreditTransferred).use(injectLambdaContext(logger));
