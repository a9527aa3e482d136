import type { TestProject } from 'vitest/node';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
// Every DynamoDB Local of the run (this one, and those of the systems the end-to-end tests start,
// which inherit the environment) compiles with the JVM's quick tier only: none lives long enough
// for the optimizing compiler to earn back its CPU, which on two cores the tests themselves need.
process.env.JAVA_TOOL_OPTIONS ??= '-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC';

import { startDynamoDbLocal } from '../../infra/local/dynamodb.ts';

/** One DynamoDB Local (in memory) for the whole run; each test file makes its own table. */
export default async function setup(project: TestProject) {
  const ddb = await startDynamoDbLocal();
  project.provide('dynamodbEndpoint', ddb.endpoint);
  return async () => {
    await ddb.stop();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    dynamodbEndpoint: string;
  }
}
