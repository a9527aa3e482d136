import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';

/**
 * Runs before each test file: a fresh table name per file, so files never see each other's data,
 * and the local runtime's settings. The table itself is created by `useTestTable()`.
 */
process.env.RUNTIME = 'local';
// The local runtime's data folder (signing keys, invoice documents): the tests' own, never the
// developer's `.data`.
process.env.DATA_DIR ??= join(tmpdir(), 'switchboard-test-data');
process.env.DYNAMODB_ENDPOINT = inject('dynamodbEndpoint');
process.env.TABLE_NAME = `test-${randomBytes(6).toString('hex')}`;
process.env.AWS_REGION = 'eu-central-1';
process.env.TENANT_CACHE_SECONDS = '0';
process.env.POWERTOOLS_METRICS_DISABLED = 'true';
process.env.POWERTOOLS_LOG_LEVEL = process.env.TEST_LOG_LEVEL ?? 'SILENT';
process.env.POWERTOOLS_DEV = 'false';
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
