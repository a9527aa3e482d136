import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { StaffMemberChanged } from '../../events/staff-member-changed.ts';
import { db, tableName } from '../db/client.ts';
import { getItem, strip } from '../db/items.ts';
import { outboxPut } from '../db/outbox.ts';
import { decodeCursor, encodeCursor } from '../db/pagination.ts';
import { runTransaction, TransactionRefused } from '../db/transactions.ts';
import { Conflict } from '../kernel/errors.ts';
import { message } from '../kernel/messages.ts';
import { staffKeys } from './keys.ts';
import type { StaffMember, StaffRepository } from './ports.ts';

/**
 * The staff registry in the single table (keys in `keys.ts`, section "Tenants" of
 * docs/data-model.md). Every change writes its `StaffMemberChanged` in the same transaction, so
 * sign-in never misses one.
 */
export const dynamoStaffRepository: StaffRepository = {
  get: (tenantId, staffId) => getItem<StaffMember>(staffKeys.member(tenantId, staffId)),

  async byEmail(tenantId, email) {
    const claim = await getItem<{ staffId: string }>(staffKeys.email(tenantId, email));
    return claim ? getItem<StaffMember>(staffKeys.member(tenantId, claim.staffId)) : undefined;
  },

  async list(tenantId, limit, cursor) {
    const partition = staffKeys.partition(tenantId);
    const out = await db().send(
      new QueryCommand({
        TableName: tableName(),
        KeyConditionExpression: 'pk = :p AND begins_with(sk, :s)',
        ExpressionAttributeValues: { ':p': partition, ':s': 'STAFF#' },
        Limit: limit,
        ExclusiveStartKey: decodeCursor(cursor, { pk: partition }),
      }),
    );
    return {
      items: (out.Items ?? []).map((i) => strip<StaffMember>(i)),
      nextCursor: encodeCursor(out.LastEvaluatedKey),
    };
  },

  async add(member) {
    try {
      await runTransaction([
        {
          item: {
            Put: {
              TableName: tableName(),
              Item: {
                ...staffKeys.email(member.tenantId, member.email),
                entity: 'StaffEmail',
                tenantId: member.tenantId,
                staffId: member.staffId,
              },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
          tag: 'email',
        },
        {
          item: {
            Put: {
              TableName: tableName(),
              Item: {
                ...staffKeys.member(member.tenantId, member.staffId),
                entity: 'StaffMember',
                ...member,
              },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
          tag: 'member',
        },
        {
          item: outboxPut(
            StaffMemberChanged,
            member.tenantId,
            { staffId: member.staffId, change: 'added' },
            new Date(member.createdAt),
          ),
        },
      ]);
    } catch (e) {
      if (e instanceof TransactionRefused && e.tag === 'email')
        throw new Conflict(message('staff.email-taken'));
      throw e;
    }
  },

  async disable(tenantId, staffId, at, by) {
    try {
      await runTransaction([
        {
          item: {
            Update: {
              TableName: tableName(),
              Key: staffKeys.member(tenantId, staffId),
              UpdateExpression: 'SET #status = :disabled, disabledAt = :at, disabledBy = :by',
              ConditionExpression: '#status = :active',
              ExpressionAttributeNames: { '#status': 'status' },
              ExpressionAttributeValues: {
                ':disabled': 'disabled',
                ':active': 'active',
                ':at': at,
                ':by': by,
              },
            },
          },
          tag: 'member',
        },
        {
          item: outboxPut(StaffMemberChanged, tenantId, { staffId, change: 'disabled' }, new Date(at)),
        },
      ]);
      return true;
    } catch (e) {
      if (e instanceof TransactionRefused && e.tag === 'member') return false;
      throw e;
    }
  },
};
