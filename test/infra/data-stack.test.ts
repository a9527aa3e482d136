import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { GSIS, STREAM_VIEW, TABLE_KEYS } from '../../shared/db/table-definition.ts';
import { buildSwitchboard } from './support.ts';

let template: Template;

beforeAll(() => {
  template = Template.fromStack(buildSwitchboard().sb.data);
});

describe('the table, built from shared/db/table-definition.ts', () => {
  it('has the string pk/sk keys and every GSI of the definition, projecting ALL', () => {
    const attributes = [
      TABLE_KEYS.partitionKey,
      TABLE_KEYS.sortKey,
      ...GSIS.flatMap((g) => [g.partitionKey, g.sortKey]),
    ].map((AttributeName) => ({ AttributeName, AttributeType: 'S' }));
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      KeySchema: [
        { AttributeName: TABLE_KEYS.partitionKey, KeyType: 'HASH' },
        { AttributeName: TABLE_KEYS.sortKey, KeyType: 'RANGE' },
      ],
      AttributeDefinitions: Match.arrayWith(attributes),
      GlobalSecondaryIndexes: GSIS.map((g) => ({
        IndexName: g.indexName,
        KeySchema: [
          { AttributeName: g.partitionKey, KeyType: 'HASH' },
          { AttributeName: g.sortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      })),
    });
  });

  it('is on-demand, with point-in-time recovery, encryption at rest and deletion protection', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      BillingMode: 'PAY_PER_REQUEST',
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      SSESpecification: { SSEEnabled: true },
      DeletionProtectionEnabled: true,
    });
  });

  it('expires items by the TTL attribute and streams new images to the outbox publisher', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      TimeToLiveSpecification: { AttributeName: TABLE_KEYS.ttlAttribute, Enabled: true },
      StreamSpecification: { StreamViewType: STREAM_VIEW },
    });
  });

  it('survives stack deletion and replacement', () => {
    template.hasResource('AWS::DynamoDB::Table', { DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
  });

  it('is the only table, and its name is left to CloudFormation', () => {
    const tables = Object.values(template.findResources('AWS::DynamoDB::Table'));
    expect(tables).toHaveLength(1);
    expect(tables[0]?.Properties.TableName).toBeUndefined();
  });
});

describe('the event bus', () => {
  it('is named per stage, so stages can share an account', () => {
    template.hasResourceProperties('AWS::Events::EventBus', { Name: 'switchboard-dev' });
    const staging = Template.fromStack(buildSwitchboard({ stage: 'staging' }).sb.data);
    staging.hasResourceProperties('AWS::Events::EventBus', { Name: 'switchboard-staging' });
  });
});

describe('the user pool', () => {
  it("admits no self sign-up, leaves the second factor to the product's PIN, has a strong password policy", () => {
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      MfaConfiguration: 'OFF',
      Policies: {
        PasswordPolicy: {
          MinimumLength: Match.anyValue(),
          RequireLowercase: true,
          RequireUppercase: true,
          RequireNumbers: true,
          RequireSymbols: true,
        },
      },
      AccountRecoverySetting: { RecoveryMechanisms: [{ Name: 'verified_email', Priority: 1 }] },
    });
    const pool = Object.values(template.findResources('AWS::Cognito::UserPool'))[0];
    expect(pool?.Properties.Policies.PasswordPolicy.MinimumLength).toBeGreaterThanOrEqual(12);
  });

  it('enforces threat protection (Plus plan) and is protected from deletion', () => {
    template.hasResource('AWS::Cognito::UserPool', {
      Properties: Match.objectLike({
        UserPoolTier: 'PLUS',
        UserPoolAddOns: { AdvancedSecurityMode: 'ENFORCED' },
        DeletionProtection: 'ACTIVE',
      }),
      DeletionPolicy: 'Retain',
    });
  });

  it('has a self-care client for the sign-in routes: password and refresh only, writing no attribute', () => {
    template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      ClientName: Match.absent(),
      GenerateSecret: false,
      AllowedOAuthFlowsUserPoolClient: false,
      EnableTokenRevocation: true,
      PreventUserExistenceErrors: 'ENABLED',
      ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
      ReadAttributes: ['phone_number'],
      WriteAttributes: [],
    });
    const client = Object.values(template.findResources('AWS::Cognito::UserPoolClient'))[0];
    expect(client?.Properties.ExplicitAuthFlows).not.toContain('ALLOW_CUSTOM_AUTH');
  });

  it('builds the claims in a pre-token-generation trigger that reads the table', () => {
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      LambdaConfig: {
        PreTokenGenerationConfig: { LambdaArn: Match.anyValue(), LambdaVersion: 'V2_0' },
      },
    });
    const fns = template.findResources('AWS::Lambda::Function', {
      Properties: { Description: 'User pool pre-token-generation: claims from the table' },
    });
    expect(Object.keys(fns)).toHaveLength(1);
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      Principal: 'cognito-idp.amazonaws.com',
    });
  });

  it("has the machine principals' scopes on a resource server, and a domain for client credentials", () => {
    template.hasResourceProperties('AWS::Cognito::UserPoolResourceServer', {
      Identifier: 'switchboard',
      Scopes: [
        { ScopeName: 'mediation', ScopeDescription: Match.anyValue() },
        { ScopeName: 'psp', ScopeDescription: Match.anyValue() },
        { ScopeName: 'mail-gateway', ScopeDescription: Match.anyValue() },
      ],
    });
    template.hasResourceProperties('AWS::Cognito::UserPoolDomain', { Domain: 'switchboard-dev' });
  });
});
