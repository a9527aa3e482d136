import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { EventBridgeEvent } from 'aws-lambda';
import { parseDetail } from '#events/contract.ts';
import { CreditTransferred } from '#events/credit-transferred.ts';
import { systemClock } from '#shared/clock.ts';
import { dynamoGroupRepository } from '#shared/db/group-repository.ts';
import { dynamoNotificationLog } from '#shared/db/money-repository.ts';
import { cachedTenant } from '#shared/db/tenant-repository.ts';
import { notifier } from '#shared/notify/notifier.ts';
import { logger } from '#shared/observability.ts';
import { notifyCreditTransferred } from '#shared/use-cases/money-notify.ts';

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
