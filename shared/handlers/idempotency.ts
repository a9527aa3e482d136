import { createHash } from 'node:crypto';
import {
  IdempotencyAlreadyInProgressError,
  IdempotencyConfig,
  IdempotencyValidationError,
  makeIdempotent,
} from '@aws-lambda-powertools/idempotency';
import { DynamoDBPersistenceLayer } from '@aws-lambda-powertools/idempotency/dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { Context } from 'aws-lambda';
import { dynamoClient, tableName } from '../db/client.ts';
import { tenantPrefix } from '../db/keys.ts';
import { TABLE_KEYS } from '../db/table-definition.ts';
import { config } from '../kernel/config.ts';
import { DomainError, RuleViolation } from '../kernel/errors.ts';
import { message } from '../kernel/messages.ts';

/**
 * Another request with this Idempotency-Key is still running, or was interrupted and its record
 * has not expired yet (that takes at most the function's timeout). Not a conflict of state: the
 * same request, sent again a moment later, gets the first one's answer.
 */
export class RequestInProgress extends DomainError {
  readonly kind = 'request-in-progress';
}

/** The original request normally answers well within a second. */
const RETRY_AFTER_SECONDS = 1;

/** What identifies one operation: hashed into the key (tenant, route, client key). */
export interface IdempotentCall {
  tenantId: string;
  operationId: string;
  key: string;
  /** Compared on replay: the same key with another request is refused. */
  request: { params: unknown; query: unknown; body: unknown };
  /**
   * Who used the key (role, subject, the principal's group and number, the path's group). A key
   * belongs to its first user: anyone else is refused, and never gets the stored response.
   */
  owner: { role: string; subject: string; groupId?: string; msisdn?: string; pathGroupId?: string };
}

/** What is stored: the response, and a digest of who it belongs to. */
interface Stored<R> {
  owner: string;
  result: R;
}

const ownerDigest = (call: IdempotentCall): string => {
  const o = call.owner;
  const parts = [call.tenantId, o.role, o.subject, o.groupId ?? '', o.msisdn ?? '', o.pathGroupId ?? ''];
  return createHash('sha256').update(parts.join('\u0000')).digest('hex');
};

/**
 * Powertools idempotency on the single table. Records live at
 * `pk = T#<tenant>#IDEM#<hash(tenant, route, key)>`, `sk = IDEMPOTENCY`: one partition per
 * operation (no hot partition), tenant-prefixed like every key, removed by the table TTL.
 */
class SingleTablePersistence extends DynamoDBPersistenceLayer {
  protected override getKey(idempotencyKey: string) {
    return marshall({ [TABLE_KEYS.partitionKey]: idempotencyKey, [TABLE_KEYS.sortKey]: 'IDEMPOTENCY' });
  }
  protected override getHashedIdempotencyKey(
    data: Parameters<DynamoDBPersistenceLayer['getHashedIdempotencyKey']>[0],
  ): string {
    const tenantId = (data as { tenantId?: unknown } | null)?.tenantId;
    return `${tenantPrefix(String(tenantId))}#IDEM#${super.getHashedIdempotencyKey(data)}`;
  }
}

/**
 * One persistence layer per operation: Powertools configures a layer's key prefix on every call,
 * so layers shared between operations running concurrently in one process (the local server)
 * would read and delete each other's records.
 */
export function persistenceStore(): SingleTablePersistence {
  return new SingleTablePersistence({
    tableName: tableName(),
    keyAttr: TABLE_KEYS.partitionKey,
    expiryAttr: TABLE_KEYS.ttlAttribute,
    awsSdkV3Client: dynamoClient(),
  });
}

/**
 * Runs `fn` at most once per (tenant, route, Idempotency-Key): a retry by the same principal gets
 * the first result; the same key from another principal → 422 (whatever its request), the same
 * key with a different request → 422; a concurrent duplicate still in flight → 409
 * `request-in-progress` with `Retry-After`. A failure (domain error or crash) stores nothing, so
 * the client may retry it.
 */
export function idempotentRunner<R>(operationId: string) {
  type Runner = (call: IdempotentCall, ctx: { run: () => Promise<R> }) => Promise<Stored<R>>;
  let runner: Runner | undefined;
  let idempotencyConfig: IdempotencyConfig | undefined;
  return async (call: IdempotentCall, lambdaContext: Context, run: () => Promise<R>): Promise<R> => {
    if (!runner || !idempotencyConfig) {
      idempotencyConfig = new IdempotencyConfig({
        eventKeyJmesPath: '[tenantId, operationId, key]',
        payloadValidationJmesPath: 'request',
        throwOnNoIdempotencyKey: true,
        expiresAfterSeconds: config().IDEMPOTENCY_TTL_SECONDS,
      });
      runner = makeIdempotent(
        async (call: IdempotentCall, ctx: { run: () => Promise<R> }): Promise<Stored<R>> => ({
          owner: ownerDigest(call),
          result: await ctx.run(),
        }),
        {
          persistenceStore: persistenceStore(),
          keyPrefix: operationId,
          config: idempotencyConfig,
        },
      ) as unknown as Runner;
    }
    // In-progress records expire with the invocation's remaining time (a crashed attempt frees the key).
    idempotencyConfig.registerLambdaContext(lambdaContext);
    let stored: Stored<R>;
    try {
      stored = await runner(call, { run });
    } catch (e) {
      if (e instanceof IdempotencyValidationError) {
        throw new RuleViolation(message('idempotency.key-reused'), 'header.idempotency-key');
      }
      if (e instanceof IdempotencyAlreadyInProgressError) {
        throw new RequestInProgress(message('idempotency.in-progress'), {
          retryAfterSeconds: RETRY_AFTER_SECONDS,
        });
      }
      throw e;
    }
    if (stored?.owner !== ownerDigest(call)) {
      throw new RuleViolation(message('idempotency.key-of-another'), 'header.idempotency-key');
    }
    return stored.result;
  };
}
