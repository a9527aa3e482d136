import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Duration, SecretValue, Validations } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IEventBus } from 'aws-cdk-lib/aws-events';
import { Effect, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, type NodejsFunctionProps } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { GSIS } from '../../shared/db/table-definition.ts';
import type { StageSettings } from '../stacks/settings.ts';
import { cdkBundling, REPO_ROOT } from './bundling.ts';
import { FUNCTION_TIMEOUT_SECONDS } from './function-timeouts.ts';

/**
 * DynamoDB actions per access level. No `Scan` at any level: no request path may scan the table
 * (house style rule 6), and IAM is where that rule is enforced. `ConditionCheckItem` only exists
 * inside `TransactWriteItems`, so it belongs to writers.
 */
export const TABLE_READ_ACTIONS = ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query'] as const;
export const TABLE_WRITE_ACTIONS = [
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
  'dynamodb:ConditionCheckItem',
] as const;

export type TableAccess = 'read' | 'readwrite' | 'none';

export interface ProjectFunctionProps {
  /** Handler module from the repo root, without extension: `functions/catalog/get-catalog`. */
  handler: string;
  /** The single table. Its name is always in the environment (configuration requires it). */
  table: ITable;
  /** The domain event bus. Its name is always in the environment. */
  bus: IEventBus;
  /** Exactly this access to the table and its indexes is granted, nothing more. */
  tableAccess: TableAccess;
  /** Grants `events:PutEvents` on the bus. */
  publishEvents?: boolean;
  settings: StageSettings;
  description?: string;
  /** Default `FUNCTION_TIMEOUT_SECONDS.default` (10 s): API handlers answer well within API Gateway's 30 s integration limit. */
  timeout?: Duration;
  /** Default 1024 MB (more memory is also more CPU: faster init and JSON work). */
  memorySize?: number;
  /** `POWERTOOLS_SERVICE_NAME`; default `switchboard`. */
  serviceName?: string;
  /** Extra environment, merged over the defaults. */
  environment?: Record<string, string>;
  /**
   * Why this function holds other actions on "*" than X-Ray's (an event source's grant, say). The
   * role's one acknowledgement of `AwsSolutions-IAM5[Resource::*]` must explain every such action.
   */
  otherWildcardActions?: string;
  /** Anything else `NodejsFunction` takes (async invoke destinations, reserved concurrency...). */
  functionProps?: Omit<
    NodejsFunctionProps,
    | 'entry'
    | 'handler'
    | 'runtime'
    | 'architecture'
    | 'bundling'
    | 'environment'
    | 'role'
    | 'logGroup'
    | 'tracing'
  >;
}

/**
 * THE function construct (house style rule 9): every Lambda of the project is one of these.
 * ARM64, Node.js 22, the project bundle (`bundling.ts`), its own log group with retention, X-Ray
 * active, source maps on, and a role that holds only what the props ask for: no managed policies,
 * logs only to its own log group, table actions only on the table and its named indexes.
 */
export class ProjectFunction extends NodejsFunction {
  constructor(scope: Construct, id: string, props: ProjectFunctionProps) {
    const entry = entryOf(props.handler);
    const logGroup = new LogGroup(scope, `${id}Logs`, {
      retention: props.settings.logRetention,
      removalPolicy: props.settings.logRemovalPolicy,
    });
    // An explicit role instead of the default one, which carries the AWSLambdaBasicExecutionRole
    // managed policy (logs:* on every log group of the account).
    const role = new Role(scope, `${id}Role`, {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `${props.handler} (${props.settings.stage})`,
    });

    super(scope, id, {
      ...props.functionProps,
      entry,
      handler: 'handler',
      description: props.description ?? props.handler,
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 1024,
      timeout: props.timeout ?? Duration.seconds(FUNCTION_TIMEOUT_SECONDS.default),
      tracing: Tracing.ACTIVE,
      logGroup,
      role,
      projectRoot: REPO_ROOT,
      depsLockFilePath: resolve(REPO_ROOT, 'package-lock.json'),
      bundling: cdkBundling,
      environment: {
        RUNTIME: 'aws',
        TABLE_NAME: props.table.tableName,
        EVENT_BUS_NAME: props.bus.eventBusName,
        POWERTOOLS_SERVICE_NAME: props.serviceName ?? 'switchboard',
        POWERTOOLS_METRICS_NAMESPACE: 'Switchboard',
        POWERTOOLS_LOG_LEVEL: props.settings.logLevel,
        NODE_OPTIONS: '--enable-source-maps',
        // A dynamic reference, resolved by CloudFormation at deployment: the secret is in no template.
        CURSOR_SIGNING_KEY: SecretValue.secretsManager(props.settings.cursorSigningSecret).unsafeUnwrap(),
        ...props.environment,
      },
    });

    logGroup.grantWrite(role);
    grantTable(role, props.table, props.tableAccess);
    if (props.publishEvents) props.bus.grantPutEventsTo(role);

    Validations.of(this).acknowledge({
      id: 'AwsSolutions-L1',
      reason:
        'Node.js 22 is the runtime fixed by the architecture: the bundle targets node22 and the local runtime and tests run the same major. Moving to a newer runtime is a deliberate upgrade of Runtime and LAMBDA_BUNDLE.target together, not a lint fix.',
    });
    Validations.of(role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: [
        'X-Ray tracing (active on every function): xray:PutTraceSegments and xray:PutTelemetryRecords have no resource-level permissions, so CDK grants them on "*".',
        props.otherWildcardActions,
      ]
        .filter(Boolean)
        .join(' '),
    });
  }
}

/** `functions/catalog/get-catalog` → `<repo>/functions/catalog/get-catalog.ts`, which must exist. */
export function entryOf(handler: string): string {
  if (!/^[a-z0-9-]+(\/[a-z0-9-]+)+$/.test(handler)) {
    throw new Error(`handler "${handler}" must be a module path from the repo root without extension`);
  }
  const entry = resolve(REPO_ROOT, `${handler}.ts`);
  if (!existsSync(entry)) throw new Error(`handler module ${handler}.ts does not exist (entry ${entry})`);
  return entry;
}

function grantTable(role: Role, table: ITable, access: TableAccess): void {
  if (access === 'none') return;
  const indexes = GSIS.map((gsi) => `${table.tableArn}/index/${gsi.indexName}`);
  role.addToPrincipalPolicy(
    new PolicyStatement({
      effect: Effect.ALLOW,
      actions: [...TABLE_READ_ACTIONS],
      resources: [table.tableArn, ...indexes],
    }),
  );
  if (access === 'readwrite') {
    role.addToPrincipalPolicy(
      new PolicyStatement({
        effect: Effect.ALLOW,
        actions: [...TABLE_WRITE_ACTIONS],
        resources: [table.tableArn],
      }),
    );
  }
}
