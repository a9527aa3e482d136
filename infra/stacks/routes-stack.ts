import { NestedStack, type NestedStackProps, Validations } from 'aws-cdk-lib';
import {
  HttpMethod,
  HttpRoute,
  HttpRouteKey,
  type IHttpApi,
  type IHttpRouteAuthorizer,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { IUserPool, IUserPoolClient } from 'aws-cdk-lib/aws-cognito';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IEventBus } from 'aws-cdk-lib/aws-events';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import { admitsMachines, type RouteDefinition, routeKey } from '../../shared/handlers/route.ts';
import { ProjectFunction } from '../constructs/project-function.ts';
import { grantSends, wildcardReasonOf } from '../constructs/sends.ts';
import { grantUses } from '../constructs/uses.ts';
import type { StageSettings } from './settings.ts';

/**
 * CloudFormation allows 500 resources per template. A route costs 7: function, role, role policy,
 * log group, integration, route, invoke permission. A nested stack per route tag keeps every
 * template far from the limit as the API grows (the parent holds one resource per tag), and this
 * cap stops a tag long before it reaches it: 60 × 7 = 420, plus the nested stack's parameters.
 * A tag past the cap is split into two tags in its route module; `test/infra/api-stack.test.ts`
 * proves that a tag at the cap synthesizes under the limit.
 */
export const MAX_ROUTES_PER_STACK = 60;

export interface RoutesStackProps extends NestedStackProps {
  tag: string;
  routes: readonly RouteDefinition[];
  httpApi: IHttpApi;
  authorizer: IHttpRouteAuthorizer;
  table: ITable;
  bus: IEventBus;
  /** PayPal's credentials, readable by the routes that declare `secrets: ['paypal']`. */
  payPalSecret: ISecret;
  /**
   * The user pool the sign-in routes (tag `auth`) talk to, password recovery and the machine
   * clients' routes manage, and whose tokens the routes admitting partner machines verify.
   */
  userPool?: IUserPool;
  userPoolClient?: IUserPoolClient;
  /** The invoice documents bucket, for the routes that declare `uses: ['invoice-files']`. */
  invoiceFiles?: IBucket;
  settings: StageSettings;
}

/** One function and one HttpApi route per route definition of one tag. */
export class RoutesStack extends NestedStack {
  /** Functions by operationId. */
  readonly functions = new Map<string, ProjectFunction>();

  constructor(scope: Construct, id: string, props: RoutesStackProps) {
    super(scope, id, props);
    if (props.routes.length > MAX_ROUTES_PER_STACK) {
      throw new Error(
        `tag "${props.tag}" has ${props.routes.length} routes; at most ${MAX_ROUTES_PER_STACK} fit one nested stack under CloudFormation's 500-resource limit: split the tag`,
      );
    }
    for (const route of props.routes) {
      const name = pascal(route.operationId);
      const fn = new ProjectFunction(this, name, {
        handler: route.handler,
        description: routeKey(route),
        table: props.table,
        bus: props.bus,
        tableAccess: route.method === 'GET' ? 'read' : 'readwrite',
        settings: props.settings,
        ...(route.secrets?.includes('paypal')
          ? { environment: { PAYPAL_SECRET_ARN: props.payPalSecret.secretArn } }
          : {}),
        ...wildcardReasonOf(route.sends),
      });
      if (route.secrets?.includes('paypal')) props.payPalSecret.grantRead(fn);
      // The API has no queue consumers of its own: a route that declares a queue fails the synth here.
      grantUses(
        fn,
        routeKey(route),
        route.uses,
        props.invoiceFiles ? { invoiceFiles: props.invoiceFiles } : {},
      );
      // The PIN by SMS, the recovery code by e-mail: the channels the route declares, nothing more.
      grantSends(fn, routeKey(route), route.sends, props.settings);
      // Sign-in talks to the user pool through its public client API (no IAM action needed)...
      if (route.tag === 'auth' && props.userPool && props.userPoolClient) {
        fn.addEnvironment('USER_POOL_ID', props.userPool.userPoolId);
        fn.addEnvironment('USER_POOL_CLIENT_ID', props.userPoolClient.userPoolClientId);
        if (props.settings.tenantHostDomain)
          fn.addEnvironment('TENANT_HOST_DOMAIN', props.settings.tenantHostDomain);
      }
      // ...except password recovery, which sets the password and signs the user out as an admin of the pool.
      if (route.setsPasswords) {
        if (!props.userPool)
          throw new Error(`${routeKey(route)} sets passwords but the stack has no user pool`);
        props.userPool.grant(fn, 'cognito-idp:AdminSetUserPassword', 'cognito-idp:AdminUserGlobalSignOut');
      }
      // Customer care's password reset gives the subscriber new credentials, as provisioning does.
      if (route.provisionsUsers) {
        if (!props.userPool)
          throw new Error(`${routeKey(route)} provisions users but the stack has no user pool`);
        props.userPool.grant(
          fn,
          'cognito-idp:AdminCreateUser',
          'cognito-idp:AdminSetUserPassword',
          'cognito-idp:AdminEnableUser',
          'cognito-idp:AdminUserGlobalSignOut',
        );
      }
      // The machine clients' routes make and delete app clients of the pool, nothing else of it.
      if (route.managesMachineClients) {
        if (!props.userPool)
          throw new Error(`${routeKey(route)} manages machine clients but the stack has no user pool`);
        fn.addEnvironment('USER_POOL_ID', props.userPool.userPoolId);
        props.userPool.grant(fn, 'cognito-idp:CreateUserPoolClient', 'cognito-idp:DeleteUserPoolClient');
      }
      // A route that admits partner machines verifies its tokens in its handler (`pool-token.ts`):
      // the JWT authorizer's audience list cannot name the machines' app clients, made at run time.
      const machines = admitsMachines(route);
      if (machines) {
        if (!props.userPool || !props.userPoolClient)
          throw new Error(`${routeKey(route)} admits machines but the stack has no user pool`);
        fn.addEnvironment('TOKEN_ISSUER', `https://${props.userPool.userPoolProviderName}`);
        fn.addEnvironment('USER_POOL_CLIENT_ID', props.userPoolClient.userPoolClientId);
      }
      this.functions.set(route.operationId, fn);
      const httpRoute = new HttpRoute(this, `${name}Route`, {
        httpApi: props.httpApi,
        routeKey: HttpRouteKey.with(route.path, HttpMethod[route.method]),
        integration: new HttpLambdaIntegration(`${name}Integration`, fn),
        ...(route.access === 'public' || machines ? {} : { authorizer: props.authorizer }),
      });
      if (machines) {
        Validations.of(httpRoute).acknowledge({
          id: 'AwsSolutions-APIG4',
          reason: `${routeKey(route)} admits partner machines, whose app clients are made at run time and cannot be in the JWT authorizer's audience list: its handler verifies every token against the stage's user pool (signature, issuer, expiry; an ID token's audience, an access token's client in the registry and its scope) before anything else runs.`,
        });
      }
      if (route.access === 'public') {
        Validations.of(httpRoute).acknowledge({
          id: 'AwsSolutions-APIG4',
          reason: `${routeKey(route)} is public by its contract (access: 'public' in functions/registry): it serves anonymous callers (health, the OpenAPI document, public quotes, sign-in) and reads no tenant data without its own check.`,
        });
      }
    }
  }
}

/** `getCatalog` → `GetCatalog`; kebab tags too: `dunning-runs` → `DunningRuns`. */
export function pascal(name: string): string {
  return name
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
}
