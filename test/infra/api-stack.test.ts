import type { CfnElement } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../../functions/registry.ts';
import { TABLE_READ_ACTIONS, TABLE_WRITE_ACTIONS } from '../../infra/constructs/project-function.ts';
import { MAX_ROUTES_PER_STACK } from '../../infra/stacks/routes-stack.ts';
import type { Switchboard } from '../../infra/stacks/switchboard.ts';
import { GSIS } from '../../shared/db/table-definition.ts';
import { admitsMachines, type RouteDefinition, routeKey } from '../../shared/handlers/route.ts';
import {
  allTemplates,
  asArray,
  buildSwitchboard,
  type NamedTemplate,
  type Resource,
  resourcesOfType,
  roleOf,
  statementsOfRole,
} from './support.ts';

let sb: Switchboard;
let templates: NamedTemplate[];
let api: Template;
/** `{ 'Fn::ImportValue': ... }` of the data stack's export of `value`. */
let importOf: (value: unknown) => unknown;
let dataIds: { table: string; pool: string; client: string };

interface RouteResource {
  route: RouteDefinition;
  // biome-ignore lint/suspicious/noExplicitAny: CloudFormation JSON, navigated freely by the assertions.
  props: Record<string, any>;
  t: NamedTemplate;
}
let routeResources: Map<string, RouteResource>;

beforeAll(() => {
  ({ sb } = buildSwitchboard());
  templates = allTemplates(sb);
  api = Template.fromStack(sb.api);
  const data = Template.fromStack(sb.data);
  const outputs = data.toJSON().Outputs as Record<string, { Value: unknown; Export: { Name: string } }>;
  importOf = (value) => {
    const output = Object.values(outputs).find(
      (o) => o.Export && JSON.stringify(o.Value) === JSON.stringify(value),
    );
    if (!output) throw new Error(`the data stack exports no ${JSON.stringify(value)}`);
    return { 'Fn::ImportValue': output.Export.Name };
  };
  const only = (type: string) => Object.keys(data.findResources(type))[0]!;
  dataIds = {
    table: only('AWS::DynamoDB::Table'),
    pool: only('AWS::Cognito::UserPool'),
    client: only('AWS::Cognito::UserPoolClient'),
  };

  routeResources = new Map();
  for (const t of templates) {
    for (const [, r] of resourcesOfType(t, 'AWS::ApiGatewayV2::Route')) {
      const key = r.Properties.RouteKey as string;
      expect(routeResources.has(key), `route ${key} defined twice`).toBe(false);
      const route = routes.find((x) => routeKey(x) === key);
      if (!route) throw new Error(`${key} is in the template but not in functions/registry.ts`);
      routeResources.set(key, { route, props: r.Properties, t });
    }
  }
});

/** The function a route integrates with, found through its integration in the same template. */
function functionOf(rr: RouteResource): [string, Resource] {
  const integrationId = (rr.props.Target as { 'Fn::Join': [string, [string, { Ref: string }]] })[
    'Fn::Join'
  ][1][1].Ref;
  const integration = rr.t.resources[integrationId]!;
  expect(integration.Properties).toMatchObject({ IntegrationType: 'AWS_PROXY', PayloadFormatVersion: '2.0' });
  const fnId = (integration.Properties.IntegrationUri as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
  return [fnId, rr.t.resources[fnId]!];
}

describe('the JWT authorizer', () => {
  it("trusts the Cognito pool's issuer and the app client as audience", () => {
    api.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
      JwtConfiguration: {
        // ProviderName is `cognito-idp.<region>.amazonaws.com/<poolId>`.
        Issuer: {
          'Fn::Join': ['', ['https://', importOf({ 'Fn::GetAtt': [dataIds.pool, 'ProviderName'] })]],
        },
        Audience: [importOf({ Ref: dataIds.client })],
      },
    });
  });
});

describe('the routes', () => {
  it('are exactly the routes of functions/registry.ts, each once, each with its own function', () => {
    expect([...routeResources.keys()].sort()).toEqual(routes.map(routeKey).sort());
    const functions = new Set([...routeResources.values()].map((rr) => `${rr.t.name}/${functionOf(rr)[0]}`));
    expect(functions.size).toBe(routes.length);
    for (const rr of routeResources.values())
      expect(functionOf(rr)[1].Properties.Description).toBe(routeKey(rr.route));
  });

  it('public routes have no authorizer', () => {
    const publicRoutes = [...routeResources.values()].filter((rr) => rr.route.access === 'public');
    expect(publicRoutes.map((rr) => routeKey(rr.route))).toContain('GET /health');
    for (const rr of publicRoutes) {
      expect(rr.props.AuthorizationType ?? 'NONE', routeKey(rr.route)).toBe('NONE');
      expect(rr.props.AuthorizerId, routeKey(rr.route)).toBeUndefined();
    }
  });

  it('routes that admit partner machines have no gateway authorizer: their functions verify against the pool', () => {
    const machineRoutes = [...routeResources.values()].filter((rr) => admitsMachines(rr.route));
    expect(machineRoutes.map((rr) => routeKey(rr.route))).toEqual(
      expect.arrayContaining(['POST /v1/usage-records', 'POST /v1/payments', 'POST /v1/inbound-email']),
    );
    for (const rr of machineRoutes) {
      expect(rr.props.AuthorizationType ?? 'NONE', routeKey(rr.route)).toBe('NONE');
      expect(rr.props.AuthorizerId, routeKey(rr.route)).toBeUndefined();
      expect(functionOf(rr)[1].Properties.Environment.Variables, routeKey(rr.route)).toMatchObject({
        TOKEN_ISSUER: expect.anything(),
        USER_POOL_CLIENT_ID: expect.anything(),
      });
    }
  });

  it('every other route requires the JWT authorizer of the parent stack', () => {
    const authorizerId = Object.keys(api.findResources('AWS::ApiGatewayV2::Authorizer'))[0]!;
    const protectedRoutes = [...routeResources.values()].filter(
      (rr) => rr.route.access !== 'public' && !admitsMachines(rr.route),
    );
    expect(protectedRoutes.map((rr) => routeKey(rr.route))).toContain('POST /v1/tenants');
    for (const rr of protectedRoutes) {
      expect(rr.props.AuthorizationType, routeKey(rr.route)).toBe('JWT');
      // In the nested stack the authorizer is a parameter; the parent passes the authorizer's id.
      const parameter = (rr.props.AuthorizerId as { Ref: string }).Ref;
      const nested = rr.t.stack;
      const nestedResourceId = sb.api.getLogicalId(nested.nestedStackResource as CfnElement);
      const passed = (
        api.toJSON().Resources[nestedResourceId].Properties.Parameters as Record<string, unknown>
      )[parameter];
      expect(passed, routeKey(rr.route)).toEqual({ Ref: authorizerId });
    }
  });

  it('are grouped in one nested stack per tag', () => {
    const tags = new Set(routes.map((r) => r.tag));
    expect([...sb.api.routeStacks.keys()].sort()).toEqual([...tags].sort());
    for (const rr of routeResources.values()) expect(rr.t.stack).toBe(sb.api.routeStacks.get(rr.route.tag));
  });
});

describe('every function', () => {
  it('is arm64 on nodejs22.x with active tracing, 1024 MB, its own log group with retention and the project environment', () => {
    const functions = templates.flatMap((t) =>
      resourcesOfType(t, 'AWS::Lambda::Function').map(([id, fn]) => ({ t, id, fn })),
    );
    expect(functions.length).toBeGreaterThanOrEqual(routes.length + 1);
    for (const { t, id, fn } of functions) {
      const p = fn.Properties;
      expect({
        id,
        arch: p.Architectures,
        runtime: p.Runtime,
        tracing: p.TracingConfig,
        memory: p.MemorySize,
      }).toEqual({
        id,
        arch: ['arm64'],
        runtime: 'nodejs22.x',
        tracing: { Mode: 'Active' },
        memory: 1024,
      });
      const logGroup = t.resources[(p.LoggingConfig.LogGroup as { Ref: string }).Ref]!;
      expect(logGroup.Type).toBe('AWS::Logs::LogGroup');
      expect(logGroup.Properties.RetentionInDays, id).toBeGreaterThan(0);
      const environment = [
        'EVENT_BUS_NAME',
        'NODE_OPTIONS',
        'POWERTOOLS_LOG_LEVEL',
        'POWERTOOLS_METRICS_NAMESPACE',
        'POWERTOOLS_SERVICE_NAME',
        'RUNTIME',
        'TABLE_NAME',
        'CURSOR_SIGNING_KEY',
      ];
      // Only notifiers add their sender; nothing else leaks into a function's environment.
      // NOTIFY_EMAIL_FROM is per stage; PAYPAL_SECRET_ARN is only where a route declares PayPal (checked in IAM below);
      // the user pool only where sign-in talks to it (test/infra/auth.test.ts), its issuer only where
      // a route admitting machines verifies its tokens (above); the invoice bucket,
      // the invoicing queue and the dunning state machine only where a function declares it uses them
      // (test/infra/invoices.test.ts, test/infra/workflows.test.ts).
      const keys = Object.keys(p.Environment.Variables).filter(
        (k) =>
          ![
            'NOTIFY_EMAIL_FROM',
            'PAYPAL_SECRET_ARN',
            'USER_POOL_ID',
            'USER_POOL_CLIENT_ID',
            'TENANT_HOST_DOMAIN',
            'TOKEN_ISSUER',
            'INVOICE_BUCKET',
            'INVOICING_QUEUE_URL',
            'DUNNING_STATE_MACHINE_ARN',
          ].includes(k),
      );
      expect(keys.sort(), id).toEqual(environment.sort());
      expect(p.Environment.Variables).toMatchObject({ RUNTIME: 'aws', NODE_OPTIONS: '--enable-source-maps' });
      // The data stack's own function (the user pool's trigger) refers to the table directly.
      const local = t.stack === sb.data;
      expect(p.Environment.Variables.TABLE_NAME).toEqual(
        local ? { Ref: dataIds.table } : importOf({ Ref: dataIds.table }),
      );
      // The cursor secret is a reference to the stage's secret, never a value in the template.
      expect(p.Environment.Variables.CURSOR_SIGNING_KEY).toBe(
        '{{resolve:secretsmanager:switchboard-dev/cursor-signing-key:SecretString:::}}',
      );
      // Its role carries no managed policy (AWSLambdaBasicExecutionRole would allow logs on every group).
      expect(t.resources[roleOf(fn)]!.Properties.ManagedPolicyArns, id).toBeUndefined();
    }
  });
});

describe('IAM', () => {
  it('grants DynamoDB only on the table ARN and its named indexes (no "*", no Scan), writes on the table only', () => {
    const read = new Set<string>(TABLE_READ_ACTIONS);
    const write = new Set<string>(TABLE_WRITE_ACTIONS);
    const stream = new Set(['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator']);
    let checked = 0;
    for (const t of templates) {
      // The data stack's own function (the user pool's trigger) refers to the table directly.
      const ref = (value: unknown) => (t.stack === sb.data ? value : importOf(value));
      const tableArn = ref({ 'Fn::GetAtt': [dataIds.table, 'Arn'] });
      const streamArn = ref({ 'Fn::GetAtt': [dataIds.table, 'StreamArn'] });
      const indexArns = GSIS.map((g) => ({ 'Fn::Join': ['', [tableArn, `/index/${g.indexName}`]] }));
      const statements = [
        ...resourcesOfType(t, 'AWS::IAM::Policy').flatMap(([, p]) => p.Properties.PolicyDocument.Statement),
        ...resourcesOfType(t, 'AWS::IAM::Role').flatMap(([, r]) =>
          (r.Properties.Policies ?? []).flatMap(
            (p: { PolicyDocument: { Statement: unknown[] } }) => p.PolicyDocument.Statement,
          ),
        ),
      ] as { Action: string | string[]; Resource: unknown }[];
      for (const s of statements) {
        const resources = asArray(s.Resource).map((r) => JSON.stringify(r));
        for (const action of asArray(s.Action).filter((a) => a.startsWith('dynamodb:'))) {
          checked++;
          const where = `${t.name}: ${action} on ${resources.join(', ')}`;
          // ListStreams has no resource-level permission (CDK's stream grant puts it on "*", merged with
          // X-Ray's "*" statement); it lists stream ARNs and reads no data.
          if (action === 'dynamodb:ListStreams') continue;
          const allowed = read.has(action)
            ? [tableArn, ...indexArns]
            : write.has(action)
              ? [tableArn]
              : stream.has(action)
                ? [streamArn]
                : [];
          expect(allowed.length, `${where}: action not allowed at all`).toBeGreaterThan(0);
          for (const r of resources)
            expect(
              allowed.map((a) => JSON.stringify(a)),
              where,
            ).toContain(r);
        }
      }
    }
    expect(checked).toBeGreaterThan(routes.length);
  });

  it('GET functions can read the table and its indexes but not write; the others can write', () => {
    for (const rr of routeResources.values()) {
      const [, fn] = functionOf(rr);
      const actions = statementsOfRole(rr.t, roleOf(fn)).flatMap((s) => asArray(s.Action));
      const key = routeKey(rr.route);
      expect(actions, key).toEqual(expect.arrayContaining([...TABLE_READ_ACTIONS]));
      if (rr.route.method === 'GET') {
        for (const a of TABLE_WRITE_ACTIONS) expect(actions, key).not.toContain(a);
      } else {
        expect(actions, key).toEqual(expect.arrayContaining([...TABLE_WRITE_ACTIONS]));
      }
      expect(actions, key).not.toContain('events:PutEvents');
    }
  });

  it("only the routes that declare PayPal get the stage's PayPal secret: its ARN and read access to it alone", () => {
    const secretArn = importOf({
      Ref: Object.keys(Template.fromStack(sb.data).findResources('AWS::SecretsManager::Secret'))[0]!,
    });
    let withSecret = 0;
    for (const rr of routeResources.values()) {
      const [, fn] = functionOf(rr);
      const env = fn.Properties.Environment?.Variables ?? {};
      const statements = statementsOfRole(rr.t, roleOf(fn));
      const secretReads = statements.filter((s) =>
        asArray(s.Action).includes('secretsmanager:GetSecretValue'),
      );
      const key = routeKey(rr.route);
      if (rr.route.secrets?.includes('paypal')) {
        withSecret++;
        expect(JSON.stringify(env.PAYPAL_SECRET_ARN), key).toBe(JSON.stringify(secretArn));
        expect(
          secretReads.map((s) => JSON.stringify(s.Resource)),
          key,
        ).toEqual([JSON.stringify(secretArn)]);
      } else {
        expect(env.PAYPAL_SECRET_ARN, key).toBeUndefined();
        expect(secretReads, key).toEqual([]);
      }
    }
    expect(withSecret).toBe(1);
  });
});

describe('the default stage', () => {
  it('auto-deploys, throttles and writes a JSON access log without request paths (they hold phone numbers)', () => {
    api.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: Match.anyValue(), ThrottlingBurstLimit: Match.anyValue() },
      AccessLogSettings: { DestinationArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('AccessLogs'), 'Arn'] } },
    });
    const stage = Object.values(api.findResources('AWS::ApiGatewayV2::Stage'))[0]!;
    const format = JSON.parse(stage.Properties.AccessLogSettings.Format) as Record<string, string>;
    expect(format).toMatchObject({
      requestId: '$context.requestId',
      routeKey: '$context.routeKey',
      status: '$context.status',
    });
    expect(Object.values(format).join(' ')).not.toMatch(/\$context\.path/);
  });
});

describe('alarms', () => {
  it('watch the share of 5xx responses of the HTTP API', () => {
    api.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Threshold: Match.anyValue(),
      Metrics: Match.arrayWith([
        Match.objectLike({
          MetricStat: Match.objectLike({
            Metric: Match.objectLike({ Namespace: 'AWS/ApiGateway', MetricName: '5xx' }),
            Stat: 'Sum',
          }),
        }),
      ]),
    });
  });
});

describe("CloudFormation's 500-resource limit", () => {
  it('no template of the app is near it', () => {
    for (const t of templates) expect(Object.keys(t.resources).length, t.name).toBeLessThan(400);
  });

  const bulkRoutes = (n: number): RouteDefinition[] =>
    Array.from({ length: n }, (_, i) => ({
      operationId: `bulkOperation${i}`,
      method: 'POST',
      path: `/v1/bulk/${i}/{id}`,
      handler: 'functions/system/get-health',
      summary: 'bulk',
      tag: 'bulk',
      access: ['operator'],
      responses: {},
    }));

  it(`a tag with ${MAX_ROUTES_PER_STACK} routes still fits one nested stack`, () => {
    const { sb: bulk } = buildSwitchboard({
      stage: 'bulk',
      routes: bulkRoutes(MAX_ROUTES_PER_STACK),
      subscriptions: [],
    });
    const nested = Template.fromStack(bulk.api.routeStacks.get('bulk')!);
    const count = Object.keys(nested.toJSON().Resources).length;
    expect(count).toBeGreaterThan(MAX_ROUTES_PER_STACK * 6);
    expect(count).toBeLessThan(500);
    expect(Object.keys(Template.fromStack(bulk.api).toJSON().Resources).length).toBeLessThan(50);
  });

  it('a tag with more routes is refused at synth, naming the tag', () => {
    expect(() =>
      buildSwitchboard({ stage: 'bulk', routes: bulkRoutes(MAX_ROUTES_PER_STACK + 1), subscriptions: [] }),
    ).toThrow(/tag "bulk" has 61 routes/);
  });
});
