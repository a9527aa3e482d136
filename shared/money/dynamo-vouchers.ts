import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from '../db/client.ts';
import { getItem, getItems, keyId, queryPage, strip } from '../db/items.ts';
import { isConditionalFailure, runTransaction, untagged } from '../db/transactions.ts';
import { toPathForm } from '../kernel/phone.ts';
import { adminCheck, commit, credit, eventPuts, guardPut, ledgerPut, memberCheck } from './dynamo.ts';
import { topUpKeys, voucherKeys } from './keys.ts';
import type { GuessCounterKeys, VoucherRepository } from './ports.ts';
import type { Voucher, VoucherBatch } from './vouchers.ts';

/**
 * Voucher batches, vouchers (keyed by the hash of their code) and the failed-attempt counters
 * that stop guessing (keys in `keys.ts`, section "Money").
 */

const epoch = (at: Date) => Math.floor(at.getTime() / 1000);

function counterKeys(k: GuessCounterKeys) {
  return {
    number: voucherKeys.numberFailures(k.tenantId, toPathForm(k.msisdn), k.window),
    group: voucherKeys.groupFailures(k.tenantId, k.groupId, k.window),
  };
}

export const dynamoVoucherRepository: VoucherRepository = {
  async issueBatch(tenantId, batch, vouchers) {
    const t = tableName();
    const puts = vouchers.map((v) => ({
      PutRequest: {
        Item: { ...voucherKeys.voucher(tenantId, v.codeHash), entity: 'Voucher', tenantId, ...v },
      },
    }));
    for (let i = 0; i < puts.length; i += 25) {
      let pending: typeof puts = puts.slice(i, i + 25);
      for (let attempt = 0; pending.length; attempt++) {
        if (attempt > 8) throw new Error('BatchWriteItem kept returning unprocessed items');
        if (attempt) await new Promise((r) => setTimeout(r, 20 * 2 ** attempt));
        const out = await db().send(new BatchWriteCommand({ RequestItems: { [t]: pending } }));
        pending = (out.UnprocessedItems?.[t] as typeof puts | undefined) ?? [];
      }
    }
    await commit([
      {
        item: {
          Put: {
            TableName: t,
            Item: {
              ...voucherKeys.batch(tenantId, batch.batchId),
              ...voucherKeys.batchListEntry(tenantId, batch.batchId),
              entity: 'VoucherBatch',
              tenantId,
              ...batch,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
      },
    ]);
  },

  getBatch: (tenantId, batchId) =>
    getItem<VoucherBatch & { tenantId?: string }>(voucherKeys.batch(tenantId, batchId)).then(dropTenant),

  listBatches: (tenantId, limit, cursor) =>
    queryPage<VoucherBatch>(
      { index: 'gsi1', partition: ['gsi1pk', voucherKeys.batchListPartition(tenantId)] },
      limit,
      cursor,
    ).then((page) => ({ ...page, items: page.items.map((b) => dropTenant(b)!) })),

  async redemptionState(k, codeHash) {
    const voucher = voucherKeys.voucher(k.tenantId, codeHash);
    const c = counterKeys(k);
    const items = await getItems([voucher, c.number, c.group]);
    const v = items.get(keyId(voucher));
    return {
      ...(v ? { voucher: strip<Voucher>(v) } : {}),
      failures: {
        number: (items.get(keyId(c.number))?.failures as number | undefined) ?? 0,
        group: (items.get(keyId(c.group))?.failures as number | undefined) ?? 0,
      },
    };
  },

  async recordFailedGuess(k, limits, expiresAt) {
    const c = counterKeys(k);
    const add = (key: { pk: string; sk: string }, max: number) => ({
      Update: {
        TableName: tableName(),
        Key: key,
        UpdateExpression:
          'SET failures = if_not_exists(failures, :zero) + :one, entity = :e, expiresAt = :exp',
        ConditionExpression: 'attribute_not_exists(failures) OR failures < :max',
        ExpressionAttributeValues: {
          ':zero': 0,
          ':one': 1,
          ':max': max,
          ':e': 'VoucherGuessCounter',
          ':exp': epoch(expiresAt),
        },
      },
    });
    try {
      await runTransaction(untagged([add(c.number, limits.perNumber), add(c.group, limits.perGroup)]));
      return true;
    } catch (e) {
      if (isConditionalFailure(e)) return false;
      throw e;
    }
  },

  async redeem(w) {
    const t = tableName();
    await commit([
      guardPut(w.tenantId, w.guard, w.at),
      adminCheck(w.tenantId, w.groupId, w.admin, { requireActive: false }),
      memberCheck(w.tenantId, w.groupId, w.msisdn),
      {
        tag: 'voucher',
        item: {
          Update: {
            TableName: t,
            Key: voucherKeys.voucher(w.tenantId, w.codeHash),
            UpdateExpression:
              'SET #status = :redeemed, redeemedAt = :now, redeemedByOp = :op, redeemedTopUpId = :topUp, redeemedBy = :m',
            ConditionExpression: '#status = :issued AND validUntil >= :today',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: {
              ':redeemed': 'redeemed',
              ':issued': 'issued',
              ':today': w.today,
              ':now': w.at.toISOString(),
              ':op': w.guard.opHash,
              ':topUp': w.topUp.topUpId,
              ':m': w.msisdn,
            },
            ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
          },
        },
      },
      {
        tag: 'batch',
        item: {
          Update: {
            TableName: t,
            Key: voucherKeys.batch(w.tenantId, w.batchId),
            UpdateExpression: 'ADD redeemedCount :one',
            ConditionExpression: 'attribute_exists(pk)',
            ExpressionAttributeValues: { ':one': 1 },
          },
        },
      },
      {
        item: {
          Put: {
            TableName: t,
            Item: {
              ...topUpKeys.topUp(w.tenantId, w.topUp.topUpId),
              entity: 'TopUp',
              tenantId: w.tenantId,
              ...w.topUp,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
      },
      credit(w.tenantId, w.msisdn, w.topUp.amount, w.at),
      ...w.entries.map(ledgerPut),
      ...eventPuts(w.tenantId, w.events, w.at, w.correlationId),
    ]);
  },
};

function dropTenant<T extends object>(item: (T & { tenantId?: string }) | undefined): T | undefined {
  if (!item) return undefined;
  const { tenantId: _t, ...rest } = item;
  return rest as T;
}
