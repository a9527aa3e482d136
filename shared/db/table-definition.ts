/**
 * The single table, described once. CDK (`infra/stacks/data-stack.ts`) and the local runtime
 * (`infra/local/dynamodb.ts`) both build the table from this description, so they cannot drift.
 * Every access pattern that uses these keys is listed in `docs/data-model.md`.
 */
export const TABLE_KEYS = {
  partitionKey: 'pk',
  sortKey: 'sk',
  ttlAttribute: 'expiresAt',
} as const;

export interface GsiDefinition {
  indexName: string;
  partitionKey: string;
  sortKey: string;
}

/** Global secondary indexes; all project every attribute (ALL). */
export const GSIS: readonly GsiDefinition[] = [
  /** Inverted/alternate lookups: tenants list, entity by secondary id. */
  { indexName: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
  /** Second alternate lookup, e.g. a number's current group, unmatched payments. */
  { indexName: 'gsi2', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
] as const;

export const DEFAULT_TABLE_NAME = 'switchboard';

/** Streams carry new images to the outbox publisher. */
export const STREAM_VIEW = 'NEW_IMAGE' as const;
