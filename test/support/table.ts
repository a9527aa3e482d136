import { beforeAll } from 'vitest';
import { ensureTable } from '../../infra/local/dynamodb.ts';

/** Creates this test file's table in the shared DynamoDB Local. Call at the top of a test file. */
export function useTestTable(): void {
  beforeAll(async () => {
    await ensureTable(process.env.DYNAMODB_ENDPOINT!, process.env.TABLE_NAME!);
  });
}
