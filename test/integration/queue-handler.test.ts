import type { SQSRecord } from 'aws-lambda';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import * as z from 'zod';
import { localContext } from '../../infra/local/api-event.ts';
import { queueHandler } from '../../shared/handlers/queue-handler.ts';
import type { Actor } from '../../shared/kernel/actor.ts';
import { newId } from '../../shared/kernel/ids.ts';
import { logger } from '../../shared/kernel/observability.ts';
import { createTenant } from '../support/fixtures.ts';
import { captureLogs } from '../support/logs.ts';
import { sqs, sqsRecord } from '../support/sqs.ts';
import { useTestTable } from '../support/table.ts';

useTestTable();

const T = 'queue-factory';

/** A usage record as network mediation sends it (a stand-in schema). */
const UsageRecord = z.strictObject({
  tenantId: z.string(),
  recordId: z.string().min(1),
  msisdn: z.string(),
  units: z.number().int().positive(),
});
type UsageRecord = z.infer<typeof UsageRecord>;

const usage = (units: number, recordId = newId()): UsageRecord => ({
  tenantId: T,
  recordId,
  msisdn: '+38640100001',
  units,
});
const ctx = () => localContext('queue-test') as never;
const failedIds = (res: { batchItemFailures: { itemIdentifier: string }[] }) =>
  res.batchItemFailures.map((f) => f.itemIdentifier);

function fakeUseCase() {
  return vi.fn(async (m: UsageRecord, actor: Actor, _record?: SQSRecord) => {
    logger.info('rating usage', { units: m.units });
    return { rated: m.recordId, by: actor.principal.subject };
  });
}

beforeAll(async () => {
  await createTenant(T);
});

describe('queueHandler', () => {
  it('reports an invalid record alone; the others are handled', async () => {
    const useCase = fakeUseCase();
    const handler = queueHandler(
      {
        name: 'test-rate-usage',
        schema: UsageRecord,
        actor: 'mediation-queue',
        idempotencyKey: (m) => m.recordId,
      },
      useCase,
    );
    const good1 = sqsRecord(usage(10));
    const invalid = sqsRecord({ ...usage(11), units: -1 });
    const notJson = sqsRecord('{not json');
    const good2 = sqsRecord(usage(12));
    const logs = captureLogs();
    try {
      const res = await handler(sqs(good1, invalid, notJson, good2), ctx());
      expect(failedIds(res)).toEqual([invalid.messageId, notJson.messageId]);
      expect(useCase.mock.calls.map(([m]) => m.units)).toEqual([10, 12]);
      const refused = logs.find('queue message refused');
      expect(refused.map((l) => l.message_id)).toEqual([invalid.messageId, notJson.messageId]);
      expect(refused[0]).toMatchObject({ level: 'WARN', tenant_id: T, errors: [{ field: 'body.units' }] });
    } finally {
      logs.restore();
    }
  });

  it('reports a record whose use case fails; the records after it still run', async () => {
    const useCase = vi.fn(async (m: UsageRecord) => {
      if (m.units === 21) throw new Error('rating table unavailable');
      return 'ok';
    });
    const handler = queueHandler(
      { name: 'test-rate-usage', schema: UsageRecord, actor: 'mediation-queue' },
      useCase,
    );
    const records = [20, 21, 22].map((u) => sqsRecord(usage(u)));
    const res = await handler(sqs(...records), ctx());
    expect(failedIds(res)).toEqual([records[1]!.messageId]);
    expect(useCase).toHaveBeenCalledTimes(3);
    // The failed record comes back; now it succeeds.
    useCase.mockResolvedValue('ok');
    expect(failedIds(await handler(sqs(records[1]!), ctx()))).toEqual([]);
  });

  it('throws when every record of the batch fails', async () => {
    const handler = queueHandler(
      { name: 'test-rate-usage', schema: UsageRecord, actor: 'mediation-queue' },
      async () => {
        throw new Error('down');
      },
    );
    await expect(handler(sqs(sqsRecord(usage(30)), sqsRecord('x')), ctx())).rejects.toThrow(
      /All records failed/,
    );
  });

  it('handles a business id once, whichever message carries it', async () => {
    const useCase = fakeUseCase();
    const handler = queueHandler(
      {
        name: 'test-rate-usage',
        schema: UsageRecord,
        actor: 'mediation-queue',
        idempotencyKey: (m) => m.recordId,
      },
      useCase,
    );
    const recordId = newId();
    // Mediation sends the same usage record twice (two messages), and SQS delivers one of them twice.
    const first = sqsRecord(usage(40, recordId));
    const again = sqsRecord(usage(40, recordId));
    expect(failedIds(await handler(sqs(first, again), ctx()))).toEqual([]);
    expect(failedIds(await handler(sqs(first), ctx()))).toEqual([]);
    expect(useCase).toHaveBeenCalledTimes(1);
  });

  it('without a business id, recognises a redelivery by its message id', async () => {
    const useCase = fakeUseCase();
    const handler = queueHandler({ name: 'test-fan-out', schema: UsageRecord, actor: 'bill-run' }, useCase);
    const message = sqsRecord(usage(50));
    await handler(sqs(message), ctx());
    await handler(sqs(message), ctx());
    await handler(sqs(sqsRecord(usage(50))), ctx()); // another message with the same content
    expect(useCase).toHaveBeenCalledTimes(2);
    expect(useCase.mock.calls[0]![1]).toMatchObject({
      principal: { role: 'system', subject: 'bill-run', tenantId: T },
      correlationId: message.messageId,
    });
  });

  it('puts each record’s correlation id, tenant id and message id on its own lines', async () => {
    const handler = queueHandler(
      { name: 'test-rate-usage', schema: UsageRecord, actor: 'mediation-queue' },
      fakeUseCase(),
    );
    const a = sqsRecord(usage(60), { correlationId: 'corr-a' });
    const b = sqsRecord(usage(61), { correlationId: 'corr-b' });
    const logs = captureLogs();
    try {
      await handler(sqs(a, b), ctx());
      logger.info('after the batch');
      const lines = logs.find('rating usage');
      expect(lines).toEqual([
        expect.objectContaining({
          units: 60,
          correlation_id: 'corr-a',
          tenant_id: T,
          message_id: a.messageId,
        }),
        expect.objectContaining({
          units: 61,
          correlation_id: 'corr-b',
          tenant_id: T,
          message_id: b.messageId,
        }),
      ]);
      expect(logs.find('after the batch')[0]).not.toHaveProperty('message_id');
      expect(logs.find('after the batch')[0]).not.toHaveProperty('correlation_id');
    } finally {
      logs.restore();
    }
  });
});
