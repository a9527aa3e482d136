import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { config } from '../kernel/config.ts';

let documentClient: DynamoDBDocumentClient | undefined;
let baseClient: DynamoDBClient | undefined;

/** The low-level client (for libraries that marshal themselves, e.g. Powertools idempotency). */
export function dynamoClient(): DynamoDBClient {
  if (!baseClient) {
    const { DYNAMODB_ENDPOINT, AWS_REGION } = config();
    baseClient = new DynamoDBClient({
      region: AWS_REGION,
      ...(DYNAMODB_ENDPOINT
        ? { endpoint: DYNAMODB_ENDPOINT, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }
        : {}),
      maxAttempts: 3,
    });
  }
  return baseClient;
}

/** One DynamoDB document client per process, created on first use. */
export function db(): DynamoDBDocumentClient {
  if (!documentClient) {
    documentClient = DynamoDBDocumentClient.from(dynamoClient(), {
      marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
    });
  }
  return documentClient;
}

export function tableName(): string {
  return config().TABLE_NAME;
}

/** Tests that create their own table call this after changing the environment. */
export function resetDbForTests(): void {
  documentClient = undefined;
  baseClient = undefined;
}
