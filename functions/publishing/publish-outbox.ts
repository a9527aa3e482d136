import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import middy from '@middy/core';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { OUTBOX_ENTITY } from '#shared/db/outbox.ts';
import { logger } from '#shared/kernel/observability.ts';
import { type BusEvent, eventBus } from '#shared/publishing/event-bus.ts';

/**
 * Table stream → event bus. Only inserted outbox items are published (the CDK event source
 * filter drops everything else before invocation; the check here keeps local runs identical).
 */
export const publishOutbox = async (event: DynamoDBStreamEvent): Promise<void> => {
  const events: BusEvent[] = [];
  for (const record of event.Records) {
    if (record.eventName !== 'INSERT' || !record.dynamodb?.NewImage) continue;
    const item = unmarshall(record.dynamodb.NewImage as Record<string, AttributeValue>);
    if (item.entity !== OUTBOX_ENTITY) continue;
    events.push({ source: item.source, detailType: item.detailType, detail: item.detail });
  }
  if (events.length === 0) return;
  await eventBus().publish(events);
  logger.info('published outbox events', { count: events.length });
};

export const handler = middy(publishOutbox).use(injectLambdaContext(logger));
