import { DeleteCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from '../db/client.ts';
import { getItem } from '../db/items.ts';
import type { Key } from '../db/keys.ts';
import { isConditionalFailure, runTransaction, TransactionRefused } from '../db/transactions.ts';
import { auditKeys } from '../groups/keys.ts';
import { signInKeys, staffSignInKeys } from './keys.ts';
import {
  type GrantScope,
  type PasswordRecovery,
  type SignInAccount,
  type SignInAttempt,
  SignInChanged,
  type SignInRepository,
  type SignInSession,
  type StaffSignInAccount,
  type StaffSignInAttempt,
  type StaffSignInRepository,
} from './ports.ts';

/**
 * Sign-in's items in the single table (keys in `keys.ts`, section "Sign-in" of docs/data-model.md).
 * Accounts, attempts and recoveries are written under a version condition, so two answers to one
 * attempt or code (or two sends to one number) never both count from the same state. Attempts,
 * grants, sessions and recoveries carry the table's TTL (`expiresAt`, epoch seconds); reads check their own validity, since the TTL
 * removes items only some time after.
 */
const epoch = (iso: string | Date) => Math.floor(new Date(iso).getTime() / 1000);

async function put(Item: Record<string, unknown>, expectedVersion?: number): Promise<void> {
  try {
    await db().send(
      new PutCommand({
        TableName: tableName(),
        Item,
        ...(expectedVersion === undefined
          ? {}
          : expectedVersion === 0
            ? { ConditionExpression: 'attribute_not_exists(pk)' }
            : {
                ConditionExpression: 'version = :v',
                ExpressionAttributeValues: { ':v': expectedVersion },
              }),
      }),
    );
  } catch (e) {
    if (isConditionalFailure(e)) throw new SignInChanged('the sign-in record changed meanwhile');
    throw e;
  }
}

/** A token grant (a number's or a staff member's) until `until`. */
async function grantAt(key: Key, scope: GrantScope, until: Date): Promise<void> {
  await put({
    ...key,
    entity: 'TokenGrant',
    scope,
    validUntil: until.toISOString(),
    expiresAt: epoch(until) + 3600,
  });
}

/** Takes (deletes) the grant at `key` if it is still valid at `now`. */
async function takeGrantAt(key: Key, now: Date): Promise<GrantScope | undefined> {
  try {
    const out = await db().send(
      new DeleteCommand({
        TableName: tableName(),
        Key: key,
        ConditionExpression: 'validUntil > :now',
        ExpressionAttributeValues: { ':now': now.toISOString() },
        ReturnValues: 'ALL_OLD',
      }),
    );
    return out.Attributes?.scope as GrantScope | undefined;
  } catch (e) {
    if (isConditionalFailure(e)) return undefined;
    throw e;
  }
}

/** An attempt, kept an hour past its end (TTL). */
const attemptItem = (key: Key, entity: string, a: { validUntil: string }) => ({
  ...key,
  entity,
  ...a,
  expiresAt: epoch(a.validUntil) + 3600,
});

export const dynamoSignInRepository: SignInRepository = {
  getAccount: (tenantId, msisdn) => getItem<SignInAccount>(signInKeys.account(tenantId, msisdn)),

  putAccount: (next, expectedVersion) =>
    put(
      { ...signInKeys.account(next.tenantId, next.msisdn), entity: 'SignInAccount', ...next },
      expectedVersion,
    ),

  async putAccountAudited(next, expectedVersion, audit) {
    try {
      await runTransaction([
        {
          item: {
            Put: {
              TableName: tableName(),
              Item: { ...signInKeys.account(next.tenantId, next.msisdn), entity: 'SignInAccount', ...next },
              ConditionExpression: 'version = :v',
              ExpressionAttributeValues: { ':v': expectedVersion },
            },
          },
          tag: 'account',
        },
        {
          item: {
            Put: {
              TableName: tableName(),
              Item: {
                ...auditKeys.entry(next.tenantId, audit.groupId, audit.entryId),
                entity: 'AuditEntry',
                tenantId: next.tenantId,
                ...audit,
              },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
        },
      ]);
    } catch (e) {
      if (e instanceof TransactionRefused && e.tag === 'account') {
        throw new SignInChanged('the sign-in account changed meanwhile');
      }
      throw e;
    }
  },

  createAttempt: (a) => put(attemptItem(signInKeys.attempt(a.tenantId, a.attemptId), 'SignInAttempt', a), 0),

  getAttempt: (tenantId, attemptId) => getItem<SignInAttempt>(signInKeys.attempt(tenantId, attemptId)),

  putAttempt: (next, expectedVersion) =>
    put(
      attemptItem(signInKeys.attempt(next.tenantId, next.attemptId), 'SignInAttempt', next),
      expectedVersion,
    ),

  grant: (tenantId, msisdn, scope, until) => grantAt(signInKeys.grant(tenantId, msisdn), scope, until),

  takeGrant: (tenantId, msisdn, now) => takeGrantAt(signInKeys.grant(tenantId, msisdn), now),

  async putSession(tokenDigest, s) {
    await put({
      ...signInKeys.session(s.tenantId, tokenDigest),
      entity: 'SignInSession',
      ...s,
      expiresAt: epoch(s.validUntil),
    });
  },

  getSession: (tenantId, tokenDigest) => getItem<SignInSession>(signInKeys.session(tenantId, tokenDigest)),

  async deleteSession(tenantId, tokenDigest) {
    await db().send(
      new DeleteCommand({ TableName: tableName(), Key: signInKeys.session(tenantId, tokenDigest) }),
    );
  },

  getRecovery: (tenantId, msisdn) => getItem<PasswordRecovery>(signInKeys.recovery(tenantId, msisdn)),

  // Kept while its latest e-mail still counts towards the hourly limit (the code expires before).
  putRecovery: (next, expectedVersion) =>
    put(
      {
        ...signInKeys.recovery(next.tenantId, next.msisdn),
        entity: 'PasswordRecovery',
        ...next,
        expiresAt: epoch(next.issuedAt) + 2 * 3600,
      },
      expectedVersion,
    ),
};

/** The staff's credentials, attempts and grants (keys in `keys.ts` `staffSignInKeys`), written as the numbers' are. */
export const dynamoStaffSignInRepository: StaffSignInRepository = {
  getAccount: (tenantId, staffId) => getItem<StaffSignInAccount>(staffSignInKeys.account(tenantId, staffId)),

  putAccount: (next, expectedVersion) =>
    put(
      { ...staffSignInKeys.account(next.tenantId, next.staffId), entity: 'StaffSignInAccount', ...next },
      expectedVersion,
    ),

  createAttempt: (a) =>
    put(attemptItem(staffSignInKeys.attempt(a.tenantId, a.attemptId), 'StaffSignInAttempt', a), 0),

  getAttempt: (tenantId, attemptId) =>
    getItem<StaffSignInAttempt>(staffSignInKeys.attempt(tenantId, attemptId)),

  putAttempt: (next, expectedVersion) =>
    put(
      attemptItem(staffSignInKeys.attempt(next.tenantId, next.attemptId), 'StaffSignInAttempt', next),
      expectedVersion,
    ),

  grant: (tenantId, staffId, scope, until) => grantAt(staffSignInKeys.grant(tenantId, staffId), scope, until),

  takeGrant: (tenantId, staffId, now) => takeGrantAt(staffSignInKeys.grant(tenantId, staffId), now),
};
