import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { defineEvent } from '../../events/contract.ts';
import { publishOutbox } from '../../functions/publishing/publish-outbox.ts';
import { localContext } from '../../infra/local/api-event.ts';
import { outboxPut } from '../../shared/db/outbox.ts';
import { streamHandler, type TableChange } from '../../shared/handlers/stream-handler.ts';
import type { BusEvent, EventBus } from '../../shared/publishing/ports.ts';
import { captureLogs } from '../support/logs.ts';

const Pinged = defineEvent({
  detailType: 'TestPinged',
  source: 'switchboard.test',
  version: '1.0',
  schema: z.object({ n: z.number().int() }),
});

let seq = 100;
function record(
  eventName: 'INSERT' | 'MODIFY' | 'REMOVE',
  item: Record<string, unknown>,
  old?: Record<string, unknown>,
): DynamoDBRecord {
  seq++;
  return {
    eventID: `ev-${seq}`,
    eventName,
    eventSource: 'aws:dynamodb',
    dynamodb: {
      SequenceNumber: String(seq),
      Keys: marshall({ pk: item.pk, sk: item.sk }) as never,
      ...(eventName !== 'REMOVE' ? { NewImage: marshall(item) as never } : {}),
      ...(old ? { OldImage: marshall(old) as never } : {}),
      StreamViewType: 'NEW_AND_OLD_IMAGES',
    },
  };
}
const batch = (...records: DynamoDBRecord[]): DynamoDBStreamEvent => ({ Records: records });
const thing = (n: number) => ({ pk: `T#acme#THING#${n}`, sk: 'THING', entity: 'Thing', n });
const ctx = () => localContext('stream-test') as never;

describe('streamHandler', () => {
  it('hands over each change in stream order with its images unmarshalled', async () => {
    const seen: TableChange[] = [];
    const handler = streamHandler({ name: 'test-stream' }, async (change) => {
      seen.push(change);
    });
    const res = await handler(
      batch(
        record('INSERT', thing(1)),
        record('MODIFY', thing(2), thing(1)),
        record('REMOVE', thing(3), thing(3)),
      ),
      ctx(),
    );
    expect(res).toEqual({ batchItemFailures: [] });
    expect(seen.map((c) => c.eventName)).toEqual(['INSERT', 'MODIFY', 'REMOVE']);
    expect(seen[0]).toEqual({ eventName: 'INSERT', newImage: thing(1), oldImage: undefined });
    expect(seen[1]!.oldImage).toEqual(thing(1));
    expect(seen[2]!.newImage).toBeUndefined();
  });

  it('stops at the first failure: that record and every later one are reported, nothing after it runs', async () => {
    const ran: number[] = [];
    const handler = streamHandler({ name: 'test-stream' }, async ({ newImage }) => {
      const n = newImage!.n as number;
      if (n === 2) throw new Error('bus down');
      ran.push(n);
    });
    const records = [1, 2, 3, 4].map((n) => record('INSERT', thing(n)));
    const logs = captureLogs();
    try {
      const res = await handler(batch(...records), ctx());
      expect(res.batchItemFailures.map((f) => f.itemIdentifier)).toEqual(
        records.slice(1).map((r) => r.dynamodb!.SequenceNumber),
      );
      expect(ran).toEqual([1]);
      const [failed] = logs.find('stream record failed');
      expect(failed).toMatchObject({
        level: 'ERROR',
        record_id: records[1]!.eventID,
        sequence_number: records[1]!.dynamodb!.SequenceNumber,
      });
      expect(logs.find('stream batch stopped at its first failure')[0]).toMatchObject({ notAttempted: 2 });
    } finally {
      logs.restore();
    }
  });

  it('throws when the first record fails, so the whole batch is retried', async () => {
    const handler = streamHandler({ name: 'test-stream' }, async () => {
      throw new Error('bus down');
    });
    await expect(
      handler(batch(record('INSERT', thing(1)), record('INSERT', thing(2))), ctx()),
    ).rejects.toThrow(/All records failed/);
  });
});

describe('publish-outbox (a stream handler)', () => {
  const outboxItem = (n: number) =>
    outboxPut(Pinged, 'acme', { n }, new Date('2026-01-01T00:00:00Z')).Put!.Item as Record<string, unknown>;

  it('publishes each inserted outbox item, in order, and nothing else', async () => {
    const published: BusEvent[] = [];
    const bus: EventBus = { publish: async (events) => void published.push(...events) };
    const items = [outboxItem(1), outboxItem(2)];
    const res = await publishOutbox({ bus })(
      batch(
        record('INSERT', items[0]!),
        record('INSERT', thing(9)),
        record('MODIFY', items[0]!, items[0]!),
        record('REMOVE', items[0]!, items[0]!),
        record('INSERT', items[1]!),
      ),
      ctx(),
    );
    expect(res).toEqual({ batchItemFailures: [] });
    expect(published).toEqual(
      items.map((i) => ({ source: 'switchboard.test', detailType: 'TestPinged', detail: i.detail })),
    );
  });

  it('reports the item the bus refused and the ones after it; the ones before are not published again', async () => {
    const published: string[] = [];
    let calls = 0;
    const bus: EventBus = {
      publish: async (events) => {
        if (++calls === 2) throw new Error('EventBridge rejected 1 of 1 events');
        published.push(...events.map((e) => e.detail));
      },
    };
    const items = [outboxItem(1), outboxItem(2), outboxItem(3)];
    const records = items.map((i) => record('INSERT', i));
    const res = await publishOutbox({ bus })(batch(...records), ctx());
    expect(res.batchItemFailures.map((f) => f.itemIdentifier)).toEqual(
      records.slice(1).map((r) => r.dynamodb!.SequenceNumber),
    );
    expect(published).toEqual([items[0]!.detail]);
  });

  it('fails on an outbox item that is not well-formed instead of publishing it', async () => {
    const bus: EventBus = { publish: async () => undefined };
    const { detail: _, ...broken } = outboxItem(1);
    await expect(publishOutbox({ bus })(batch(record('INSERT', broken)), ctx())).rejects.toThrow(
      /All records failed/,
    );
  });
});
