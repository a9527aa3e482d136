import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import type { TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';

/** One item of a DynamoDB transaction (document client form). */
export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** Reasons DynamoDB gives for each item of a cancelled transaction, in request order. */
export function cancellationCodes(error: unknown): (string | undefined)[] {
  if (
    error instanceof TransactionCanceledException ||
    (error as Error)?.name === 'TransactionCanceledException'
  ) {
    return ((error as TransactionCanceledException).CancellationReasons ?? []).map((r) => r.Code);
  }
  return [];
}

/** True when a conditional write (plain or in a transaction) failed its condition. */
export function isConditionalFailure(error: unknown): boolean {
  const name = (error as Error)?.name;
  if (name === 'ConditionalCheckFailedException') return true;
  return cancellationCodes(error).includes('ConditionalCheckFailed');
}

/** Index of the first transaction item whose condition failed, or -1. */
export function failedConditionIndex(error: unknown): number {
  return cancellationCodes(error).indexOf('ConditionalCheckFailed');
}
