import { QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { InvoiceIssued } from '../../events/invoice-issued.ts';
import { InvoiceVoided } from '../../events/invoice-voided.ts';
import { db, tableName } from '../db/client.ts';
import { getItem, getItems, itemPart, keyId, queryPage, strip } from '../db/items.ts';
import { outboxPut } from '../db/outbox.ts';
import { isConditionalFailure, runTransaction, type Write } from '../db/transactions.ts';
import type { PaymentPurpose } from '../money/ports.ts';
import type { InvoiceLine } from './domain.ts';
import { billRunKeys, invoiceKeys, invoiceNumberKeys, RUN_SHARDS } from './keys.ts';
import {
  type InvoiceHeader,
  type InvoiceRepository,
  NumberingConflict,
  type StoredInvoice,
} from './ports.ts';
import { invoiceIdOf, LINES_PER_CHUNK, parseInvoiceId, type RunGroup, shardOf, sumCounts } from './runs.ts';

/**
 * Invoices, legal numbers and bill runs in the single table (keys in `keys.ts`, section
 * "Invoices and bill runs" of docs/data-model.md).
 */

const headerItem = (h: InvoiceHeader) => ({
  ...invoiceKeys.header(h.tenantId, h.groupId, h.period),
  entity: 'Invoice',
  ...h,
});

const chunksOf = (lines: readonly InvoiceLine[]): InvoiceLine[][] => {
  const out: InvoiceLine[][] = [];
  for (let i = 0; i < lines.length; i += LINES_PER_CHUNK) out.push(lines.slice(i, i + LINES_PER_CHUNK));
  return out;
};

const draftWrites = (draft: StoredInvoice): Write[] => {
  const h = draft.header;
  const chunks = chunksOf(draft.lines);
  return [
    {
      item: {
        Put: {
          TableName: tableName(),
          Item: headerItem({ ...h, chunks: chunks.length, lineCount: draft.lines.length }),
          // A draft may be written again (a retry computes the same); an issued invoice never changes.
          ConditionExpression: 'attribute_not_exists(pk) OR #status = :draft',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':draft': 'draft' },
        },
      },
    },
    ...chunks.map((lines, i) => ({
      item: {
        Put: {
          TableName: tableName(),
          Item: { ...invoiceKeys.lines(h.tenantId, h.groupId, h.period, i), entity: 'InvoiceLines', lines },
        },
      },
    })),
  ];
};

export const dynamoInvoiceRepository: InvoiceRepository = {
  dunningWrite: (tenantId, groupId, period, view) => [
    {
      tag: 'invoice',
      item: {
        Update: {
          TableName: tableName(),
          Key: invoiceKeys.header(tenantId, groupId, period),
          UpdateExpression: 'SET dunning = :view',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: { ':view': view },
        },
      },
    },
  ],
  getHeader: (tenantId, groupId, period) =>
    getItem<InvoiceHeader>(invoiceKeys.header(tenantId, groupId, period)),
  headerRead: (tenantId, groupId, period) =>
    itemPart<InvoiceHeader>(invoiceKeys.header(tenantId, groupId, period)),

  async getInvoice(tenantId, groupId, period) {
    const header = await getItem<InvoiceHeader>(invoiceKeys.header(tenantId, groupId, period));
    if (!header) return undefined;
    const lines: InvoiceLine[] = [];
    let start: Record<string, unknown> | undefined;
    const pk = invoiceKeys.partition(tenantId, groupId);
    do {
      const out = await db().send(
        new QueryCommand({
          TableName: tableName(),
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :l)',
          ExpressionAttributeValues: { ':pk': pk, ':l': invoiceKeys.linesPrefix(period) },
          ConsistentRead: true,
          ExclusiveStartKey: start,
        }),
      );
      for (const item of out.Items ?? []) {
        const chunk = Number(String(item.sk).slice(-4));
        // Chunks beyond the header's count are left from an earlier, longer draft.
        if (chunk < header.chunks) lines.push(...(item.lines as InvoiceLine[]));
      }
      start = out.LastEvaluatedKey;
    } while (start);
    return { header, lines };
  },

  listInvoices: (tenantId, groupId, limit, cursor) =>
    queryPage<InvoiceHeader>(
      {
        partition: ['pk', invoiceKeys.partition(tenantId, groupId)],
        skPrefix: invoiceKeys.headerPrefix,
        newestFirst: true,
      },
      limit,
      cursor,
    ),

  getRun: (tenantId, period) => getItem(billRunKeys.run(tenantId, period)),

  async createRun(run) {
    try {
      await db().send(
        new UpdateCommand({
          TableName: tableName(),
          Key: billRunKeys.run(run.tenantId, run.period),
          UpdateExpression:
            'SET entity = :e, tenantId = :t, runId = :r, period = :p, #status = :s, expected = :zero, issued = :zero, startedAt = :at, startedBy = :by, gsi1pk = :g1, gsi1sk = :g2',
          ConditionExpression: 'attribute_not_exists(pk)',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':e': 'BillRun',
            ':t': run.tenantId,
            ':r': run.runId,
            ':p': run.period,
            ':s': run.status,
            ':zero': 0,
            ':at': run.startedAt,
            ':by': run.startedBy,
            ':g1': billRunKeys.listEntry(run.tenantId, run.period).gsi1pk,
            ':g2': billRunKeys.listEntry(run.tenantId, run.period).gsi1sk,
          },
        }),
      );
      return run;
    } catch (e) {
      if (!isConditionalFailure(e)) throw e;
      return (await getItem(billRunKeys.run(run.tenantId, run.period)))!;
    }
  },

  listRuns: (tenantId, limit, cursor) =>
    queryPage(
      { index: 'gsi1', partition: ['gsi1pk', billRunKeys.listPartition(tenantId)], newestFirst: true },
      limit,
      cursor,
    ),

  async collectPage(run, groupIds, cursorBefore, cursorAfter) {
    const t = tableName();
    const writes: Write[] = groupIds.map((groupId) => ({
      item: {
        Put: {
          TableName: t,
          Item: {
            ...billRunKeys.group(run.tenantId, run.period, shardOf(groupId), groupId),
            entity: 'BillRunGroup',
            groupId,
            status: 'pending',
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    }));
    writes.push({
      item: {
        Update: {
          TableName: t,
          Key: billRunKeys.run(run.tenantId, run.period),
          UpdateExpression: `${cursorAfter ? 'SET collectCursor = :after ' : 'REMOVE collectCursor '}ADD collected :n`,
          ConditionExpression: cursorBefore
            ? '#status = :collecting AND collectCursor = :before'
            : '#status = :collecting AND attribute_not_exists(collectCursor)',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':collecting': 'collecting',
            ':n': groupIds.length,
            ...(cursorAfter ? { ':after': cursorAfter } : {}),
            ...(cursorBefore ? { ':before': cursorBefore } : {}),
          },
        },
      },
    });
    await runTransaction(writes);
  },

  async finishCollecting(run, at) {
    try {
      await db().send(
        new UpdateCommand({
          TableName: tableName(),
          Key: billRunKeys.run(run.tenantId, run.period),
          UpdateExpression:
            'SET #status = :invoicing, expected = if_not_exists(collected, :zero), collectedAt = :at REMOVE collectCursor',
          ConditionExpression: '#status = :collecting',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':invoicing': 'invoicing',
            ':collecting': 'collecting',
            ':zero': 0,
            ':at': at,
          },
        }),
      );
    } catch (e) {
      if (!isConditionalFailure(e)) throw e;
    }
  },

  async advanceRun(run, to, set = {}) {
    const names: Record<string, string> = { '#status': 'status' };
    const values: Record<string, unknown> = { ':to': to, ':from': run.status };
    const sets = ['#status = :to'];
    for (const [k, v] of Object.entries(set)) {
      names[`#${k}`] = k;
      values[`:${k}`] = v;
      sets.push(`#${k} = :${k}`);
    }
    try {
      await db().send(
        new UpdateCommand({
          TableName: tableName(),
          Key: billRunKeys.run(run.tenantId, run.period),
          UpdateExpression: `SET ${sets.join(', ')}`,
          ConditionExpression: '#status = :from',
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
        }),
      );
    } catch (e) {
      if (!isConditionalFailure(e)) throw e;
    }
  },

  listRunGroups: (tenantId, period, shard, limit, cursor) =>
    queryPage<RunGroup>(
      {
        partition: ['pk', billRunKeys.shardPartition(tenantId, period, shard)],
        skPrefix: billRunKeys.groupPrefix,
      },
      limit,
      cursor,
    ),

  getRunGroup: (tenantId, period, groupId) =>
    getItem<RunGroup>(billRunKeys.group(tenantId, period, shardOf(groupId), groupId)),

  listFailures: (tenantId, period, limit, cursor) =>
    queryPage<RunGroup>(
      { index: 'gsi1', partition: ['gsi1pk', billRunKeys.failedPartition(tenantId, period)] },
      limit,
      cursor,
    ),

  async counts(tenantId, period) {
    const keys = Array.from({ length: RUN_SHARDS }, (_, s) => billRunKeys.counter(tenantId, period, s));
    const found = await getItems(keys);
    return sumCounts(
      keys.map((k) => {
        const c = found.get(keyId(k));
        return {
          done: Number(c?.done ?? 0),
          skipped: Number(c?.skipped ?? 0),
          failed: Number(c?.failed ?? 0),
        };
      }),
    );
  },

  async finishGroup(tenantId, period, groupId, outcome, at) {
    const t = tableName();
    const shard = shardOf(groupId);
    const failed = outcome.status === 'failed';
    const reason = outcome.status === 'done' ? undefined : outcome.reason;
    const writes: Write[] = [
      {
        tag: 'group',
        item: {
          Update: {
            TableName: t,
            Key: billRunKeys.group(tenantId, period, shard, groupId),
            UpdateExpression: `SET #status = :s, finishedAt = :at${reason ? ', reason = :r' : ''}${
              failed ? ', gsi1pk = :g1, gsi1sk = :g2' : ''
            }`,
            ConditionExpression: '#status = :pending',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: {
              ':s': outcome.status,
              ':pending': 'pending',
              ':at': at,
              ...(reason ? { ':r': reason } : {}),
              ...(failed
                ? {
                    ':g1': billRunKeys.failedEntry(tenantId, period, groupId).gsi1pk,
                    ':g2': billRunKeys.failedEntry(tenantId, period, groupId).gsi1sk,
                  }
                : {}),
            },
          },
        },
      },
      {
        item: {
          Update: {
            TableName: t,
            Key: billRunKeys.counter(tenantId, period, shard),
            UpdateExpression: 'SET entity = :e ADD #c :one',
            ExpressionAttributeNames: { '#c': outcome.status },
            ExpressionAttributeValues: { ':e': 'BillRunCounter', ':one': 1 },
          },
        },
      },
      ...(outcome.status === 'done' ? draftWrites(outcome.draft) : []),
    ];
    try {
      await runTransaction(writes, ['group']);
      return true;
    } catch (e) {
      if (isConditionalFailure(e)) return false;
      throw e;
    }
  },

  async headersOf(tenantId, period, groupIds) {
    const keys = groupIds.map((g) => invoiceKeys.header(tenantId, g, period));
    const found = await getItems(keys);
    const out = new Map<string, InvoiceHeader>();
    for (const [i, k] of keys.entries()) {
      const item = found.get(keyId(k));
      if (item) out.set(groupIds[i]!, strip<InvoiceHeader>(item));
    }
    return out;
  },

  async recordCollection(run, summary) {
    await db().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: billRunKeys.run(run.tenantId, run.period),
        UpdateExpression: 'SET #c = :c',
        ExpressionAttributeNames: { '#c': 'collection' },
        ExpressionAttributeValues: { ':c': summary },
      }),
    );
  },

  async recordReturn(h, r) {
    await db().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: invoiceKeys.header(h.tenantId, h.groupId, h.period),
        UpdateExpression: 'SET directDebitReturn = :r',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: { ':r': r },
      }),
    );
  },

  async voidInvoice(h, reason, at, correlationId) {
    try {
      await runTransaction([
        {
          item: {
            Update: {
              TableName: tableName(),
              Key: invoiceKeys.header(h.tenantId, h.groupId, h.period),
              UpdateExpression: 'SET #status = :void, voided = :voided, outstanding = :zero',
              // Only an issued invoice nothing was paid on: a paid one is refunded or credited instead.
              ConditionExpression: '#status = :issued AND outstanding.amount = totals.amountDue.amount',
              ExpressionAttributeNames: { '#status': 'status' },
              ExpressionAttributeValues: {
                ':void': 'void',
                ':issued': 'issued',
                ':voided': { reason, at: at.toISOString(), by: 'operator' },
                ':zero': { amount: 0, currency: h.outstanding.currency },
              },
            },
          },
        },
        {
          item: outboxPut(
            InvoiceVoided,
            h.tenantId,
            { invoiceId: h.invoiceId, groupId: h.groupId, number: h.number ?? '', reason },
            at,
            correlationId,
          ),
        },
      ]);
      return true;
    } catch (e) {
      if (isConditionalFailure(e)) return false;
      throw e;
    }
  },

  async lastNumber(tenantId, prefix, year) {
    const c = await getItem<{ last: number }>(invoiceNumberKeys.counter(tenantId, prefix, year));
    return c?.last ?? 0;
  },

  async issue(run, series, issues, at) {
    const t = tableName();
    const { prefix, year, last } = series;
    const issuedAt = at.toISOString();
    const writes: Write[] = [
      {
        item: {
          Update: {
            TableName: t,
            Key: invoiceNumberKeys.counter(run.tenantId, prefix, year),
            UpdateExpression: 'SET entity = :e, #last = :next',
            ConditionExpression: last === 0 ? 'attribute_not_exists(pk)' : '#last = :last',
            ExpressionAttributeNames: { '#last': 'last' },
            ExpressionAttributeValues: {
              ':e': 'InvoiceSeries',
              ':next': last + issues.length,
              ...(last === 0 ? {} : { ':last': last }),
            },
          },
        },
      },
      {
        item: {
          Update: {
            TableName: t,
            Key: billRunKeys.run(run.tenantId, run.period),
            UpdateExpression: 'ADD issued :n',
            ExpressionAttributeValues: { ':n': issues.length },
          },
        },
      },
    ];
    for (const { header: h, number, sequence, writes: joined } of issues) {
      writes.push(
        ...joined,
        {
          item: {
            Update: {
              TableName: t,
              Key: invoiceKeys.header(h.tenantId, h.groupId, h.period),
              UpdateExpression: 'SET #status = :issued, #number = :number, series = :series, issuedAt = :at',
              ConditionExpression: '#status = :draft',
              ExpressionAttributeNames: { '#status': 'status', '#number': 'number' },
              ExpressionAttributeValues: {
                ':issued': 'issued',
                ':draft': 'draft',
                ':number': number,
                ':series': { prefix, year, sequence },
                ':at': issuedAt,
              },
            },
          },
        },
        {
          item: {
            Put: {
              TableName: t,
              Item: {
                ...invoiceNumberKeys.guard(run.tenantId, prefix, year, sequence),
                entity: 'InvoiceNumber',
                number,
                invoiceId: h.invoiceId,
                groupId: h.groupId,
                period: h.period,
              },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
        },
        {
          item: outboxPut(
            InvoiceIssued,
            run.tenantId,
            {
              invoiceId: invoiceIdOf(h.groupId, h.period),
              groupId: h.groupId,
              period: h.period,
              number,
              issueDate: h.issueDate,
              dueDate: h.dueDate,
              gross: h.totals.gross,
              amountDue: h.totals.amountDue,
              paymentReference: h.paymentReference,
              paymentMethod: h.paymentMeans.kind,
            },
            at,
            `bill-run-${run.tenantId}-${run.period}`,
          ),
        },
      );
    }
    try {
      await runTransaction(writes);
    } catch (e) {
      if (isConditionalFailure(e)) throw new NumberingConflict();
      throw e;
    }
  },
};

/**
 * Invoices as a payment purpose of money (`PaymentDeps.purposes`): a payment that quotes an issued
 * invoice's reference pays what is still due on it, in the payment's own transaction; what it pays
 * beyond that becomes the administrator's prepaid credit (money's rule). Fully paid, the invoice is
 * `paid`. A write whose invoice changed since `due` was read is tagged `state` (money decides again).
 */
export const invoicePayments: PaymentPurpose = {
  async due(tenantId, target) {
    const id = parseInvoiceId(target.id);
    if (!id) return undefined;
    const h = await getItem<InvoiceHeader>(invoiceKeys.header(tenantId, id.groupId, id.period));
    if (!h || h.status === 'draft') return undefined;
    return h.status === 'issued' ? h.outstanding : { amount: 0, currency: h.outstanding.currency };
  },

  async settle(s) {
    const id = parseInvoiceId(s.target.id);
    if (!id) throw new Error(`payment reference names no invoice (${s.target.id})`);
    const key = invoiceKeys.header(s.tenantId, id.groupId, id.period);
    const h = await getItem<InvoiceHeader>(key);
    if (!h) throw new Error(`invoice ${s.target.id} of a payment reference is missing`);
    const left = h.outstanding.amount - s.applied.amount;
    return [
      {
        tag: 'state',
        item: {
          Update: {
            TableName: tableName(),
            Key: key,
            UpdateExpression:
              'SET outstanding = :left, #status = :status, payments = list_append(if_not_exists(payments, :none), :payment)',
            ConditionExpression: '#status = :issued AND outstanding.amount = :was',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: {
              ':left': { amount: Math.max(left, 0), currency: h.outstanding.currency },
              ':status': left <= 0 ? 'paid' : 'issued',
              ':issued': 'issued',
              ':was': h.outstanding.amount,
              ':none': [],
              ':payment': [{ paymentId: s.paymentId, amount: s.applied, receivedAt: s.receivedAt }],
            },
          },
        },
      },
    ];
  },
};
