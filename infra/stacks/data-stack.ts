import { CfnOutput, Duration, RemovalPolicy, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import {
  AccountRecovery,
  FeaturePlan,
  Mfa,
  StandardThreatProtectionMode,
  UserPool,
  type UserPoolClient,
} from 'aws-cdk-lib/aws-cognito';
import {
  AttributeType,
  BillingMode,
  ProjectionType,
  StreamViewType,
  Table,
  TableEncryption,
} from 'aws-cdk-lib/aws-dynamodb';
import { EventBus } from 'aws-cdk-lib/aws-events';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import { GSIS, STREAM_VIEW, TABLE_KEYS } from '../../shared/db/table-definition.ts';
import type { StageSettings } from './settings.ts';

export interface DataStackProps extends StackProps {
  settings: StageSettings;
}

/**
 * The stateful stack: everything that holds data we cannot recreate. It changes rarely and is
 * never replaced: the table, the event bus (its name is part of every producer's and rule's
 * configuration) and the user pool (users, their passwords and MFA enrolment cannot be exported
 * and re-imported, so a replaced pool means every user resets). Stateless stacks receive these as
 * constructs (same app), CDK wires the exports.
 */
export class DataStack extends Stack {
  readonly table: Table;
  readonly bus: EventBus;
  readonly payPalSecret: Secret;
  readonly userPool: UserPool;
  readonly userPoolClient: UserPoolClient;

  constructor(scope: Construct, id: string, props: DataStackProps) {
    super(scope, id, props);
    const { settings } = props;

    // Built from shared/db/table-definition.ts, the same description the local runtime uses.
    this.table = new Table(this, 'Table', {
      partitionKey: { name: TABLE_KEYS.partitionKey, type: AttributeType.STRING },
      sortKey: { name: TABLE_KEYS.sortKey, type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true, recoveryPeriodInDays: 35 },
      // AWS managed key (aws/dynamodb), not a customer managed key: the data is encrypted with a key
      // of this account and every use is in CloudTrail, without a key policy to keep in step with
      // every function role, the stream consumer and PITR restores. A customer key pays off when
      // access must be revocable independently of IAM or shared across accounts; neither applies.
      // Switching later is an in-place update (SSESpecification), not a replacement.
      encryption: TableEncryption.AWS_MANAGED,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
      timeToLiveAttribute: TABLE_KEYS.ttlAttribute,
      stream: StreamViewType[STREAM_VIEW],
    });
    for (const gsi of GSIS) {
      this.table.addGlobalSecondaryIndex({
        indexName: gsi.indexName,
        partitionKey: { name: gsi.partitionKey, type: AttributeType.STRING },
        sortKey: { name: gsi.sortKey, type: AttributeType.STRING },
        projectionType: ProjectionType.ALL,
      });
    }

    // Per stage, so that several stages can share an account.
    this.bus = new EventBus(this, 'Bus', { eventBusName: settings.prefix });

    // PayPal's API credentials for card and PayPal top-ups. CDK creates the secret; the operator
    // puts its value once (`{ "baseUrl", "clientId", "clientSecret" }`, e.g. with
    // `aws secretsmanager put-secret-value`). Until then PayPal top-ups answer 503 "not configured".
    this.payPalSecret = new Secret(this, 'PayPalCredentials', {
      secretName: `${settings.prefix}/paypal`,
      description: `PayPal API credentials of Switchboard ${settings.stage} (set by the operator)`,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.payPalSecret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        "PayPal's client secret is issued and rotated in PayPal's developer dashboard, not by AWS: the operator puts the new value into this secret when it rotates it there; a Lambda rotation could not change PayPal's side.",
    });

    // The sign-in flow itself (SMS PIN at every login, first-login password change) is not built
    // yet; the pool's immutable choices are made here: no self sign-up (operators create customers), a plain
    // username (the sign-in flow decides its form, e.g. the phone number per tenant), case-insensitive.
    this.userPool = new UserPool(this, 'UserPool', {
      selfSignUpEnabled: false,
      signInAliases: { username: true },
      signInCaseSensitive: false,
      mfa: Mfa.OPTIONAL,
      mfaSecondFactor: { sms: true, otp: false },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      // Password recovery by e-mail only; any other path needs proof of identity (document 003).
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      // Self-care moves money (transfers, top-ups): compromised-credential and adaptive
      // risk checks are worth the Plus plan's per-user price.
      featurePlan: FeaturePlan.PLUS,
      standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.userPool).acknowledge({
      id: 'AwsSolutions-COG2',
      reason:
        'MFA is a tenant policy, not a pool-wide rule: tenants that require an SMS PIN at every login (document 002) get it from the sign-in flow; machine clients and tenants without the policy must be able to sign in without a second factor, so the pool has MFA OPTIONAL with SMS.',
    });
    const smsRole = this.userPool.node.tryFindChild('smsRole');
    if (smsRole) {
      Validations.of(smsRole).acknowledge({
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason:
          'Role Cognito assumes (with an external id) to send SMS codes: sns:Publish to a phone number has no resource ARN, so it can only be granted on "*".',
      });
    }

    this.userPoolClient = this.userPool.addClient('SelfCareClient', {
      generateSecret: false,
      authFlows: { userSrp: true, custom: true },
      disableOAuth: true,
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      accessTokenValidity: Duration.hours(1),
      idTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(30),
    });

    new CfnOutput(this, 'UserPoolId', { value: this.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: this.userPoolClient.userPoolClientId });
    new CfnOutput(this, 'TableName', { value: this.table.tableName });
    new CfnOutput(this, 'EventBusName', { value: this.bus.eventBusName });
  }
}
