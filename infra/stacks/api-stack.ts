import { CfnOutput, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { HttpApi, HttpStage, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { Alarm, ComparisonOperator, MathExpression, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import type { IUserPool, IUserPoolClient } from 'aws-cdk-lib/aws-cognito';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IEventBus } from 'aws-cdk-lib/aws-events';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import type { RouteDefinition } from '../../shared/handlers/route.ts';
import { pascal, RoutesStack } from './routes-stack.ts';
import type { StageSettings } from './settings.ts';

export interface ApiStackProps extends StackProps {
  settings: StageSettings;
  table: ITable;
  bus: IEventBus;
  payPalSecret: ISecret;
  userPool: IUserPool;
  userPoolClient: IUserPoolClient;
  /** The invoice documents bucket (routes that declare `uses: ['invoice-files']`). */
  invoiceFiles?: IBucket;
  /** Every route of the API (`functions/registry.ts`). */
  routes: readonly RouteDefinition[];
}

/**
 * The stateless HTTP API: the HttpApi, its JWT authorizer on the Cognito pool, the default stage
 * (access log, throttling), the 5xx alarm, and one nested stack of functions and routes per route
 * tag (`routes-stack.ts` explains the 500-resource arithmetic).
 */
export class ApiStack extends Stack {
  readonly httpApi: HttpApi;
  readonly authorizer: HttpJwtAuthorizer;
  /** Nested stacks by route tag. */
  readonly routeStacks = new Map<string, RoutesStack>();

  constructor(scope: Construct, id: string, props: ApiStackProps) {
    super(scope, id, props);
    const { settings } = props;

    this.httpApi = new HttpApi(this, 'HttpApi', {
      apiName: `${settings.prefix}-api`,
      description: `Switchboard API (${settings.stage})`,
      createDefaultStage: false,
    });

    // Access log in JSON. The route key (`GET /v1/groups/{groupId}/members/{msisdn}`) is logged, not
    // the path: paths carry phone numbers, which stay out of logs.
    const accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: settings.logRetention,
      removalPolicy: settings.logRemovalPolicy,
    });
    new HttpStage(this, 'DefaultStage', {
      httpApi: this.httpApi,
      stageName: '$default',
      autoDeploy: true,
      throttle: settings.throttle,
      accessLogSettings: {
        destination: new LogGroupLogDestination(accessLogs),
        format: AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            time: '$context.requestTime',
            ip: '$context.identity.sourceIp',
            userAgent: '$context.identity.userAgent',
            routeKey: '$context.routeKey',
            status: '$context.status',
            protocol: '$context.protocol',
            responseLength: '$context.responseLength',
            latency: '$context.responseLatency',
            integrationLatency: '$context.integrationLatency',
            integrationStatus: '$context.integrationStatus',
            integrationError: '$context.integrationErrorMessage',
            authorizerError: '$context.authorizer.error',
            sub: '$context.authorizer.claims.sub',
          }),
        ),
      },
    });

    // Cognito ID tokens carry the app client id in `aud`, access tokens in `client_id`; the HTTP API
    // JWT authorizer checks either against this fixed list: the self-care client, whose ID tokens
    // people send. Partner machines sign in with app clients the operators make at run time, so the
    // routes that admit them have no authorizer here and verify their tokens in the handler
    // (`shared/handlers/pool-token.ts`, `routes-stack.ts`); which use a token may have, and whose a
    // machine's client is, the handlers decide (`principal.ts`).
    this.authorizer = new HttpJwtAuthorizer('CognitoJwt', `https://${props.userPool.userPoolProviderName}`, {
      jwtAudience: [props.userPoolClient.userPoolClientId],
      identitySource: ['$request.header.Authorization'],
    });

    const byTag = new Map<string, RouteDefinition[]>();
    for (const route of props.routes) byTag.set(route.tag, [...(byTag.get(route.tag) ?? []), route]);
    for (const [tag, routes] of byTag) {
      this.routeStacks.set(
        tag,
        new RoutesStack(this, `Routes${pascal(tag)}`, {
          description: `Switchboard API routes tagged "${tag}" (${settings.stage})`,
          tag,
          routes,
          httpApi: this.httpApi,
          authorizer: this.authorizer,
          table: props.table,
          bus: props.bus,
          payPalSecret: props.payPalSecret,
          userPool: props.userPool,
          userPoolClient: props.userPoolClient,
          ...(props.invoiceFiles ? { invoiceFiles: props.invoiceFiles } : {}),
          settings,
        }),
      );
    }

    // Server errors as a share of traffic: at least 5 % of requests in 2 of 3 five-minute periods,
    // and only once there are 20 requests in a period, so that one failure at night does not page.
    new Alarm(this, 'Api5xxAlarm', {
      alarmDescription: `More than 5 % of API requests failed with 5xx (${settings.stage})`,
      metric: new MathExpression({
        expression: 'IF(requests >= 20, 100 * errors / requests, 0)',
        usingMetrics: {
          errors: this.httpApi.metricServerError({ period: Duration.minutes(5), statistic: 'Sum' }),
          requests: this.httpApi.metricCount({ period: Duration.minutes(5), statistic: 'Sum' }),
        },
        period: Duration.minutes(5),
        label: '5xx %',
      }),
      threshold: 5,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: 3,
      datapointsToAlarm: 2,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });

    new CfnOutput(this, 'ApiUrl', { value: this.httpApi.apiEndpoint });
  }
}
