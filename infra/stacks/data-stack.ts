import { CfnOutput, Duration, RemovalPolicy, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import {
  AccountRecovery,
  ClientAttributes,
  FeaturePlan,
  LambdaVersion,
  Mfa,
  ResourceServerScope,
  StandardThreatProtectionMode,
  UserPool,
  type UserPoolClient,
  UserPoolOperation,
  type UserPoolResourceServer,
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
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import { PRE_TOKEN_GENERATION_HANDLER } from '../../functions/auth/manifest.ts';
import { GSIS, STREAM_VIEW, TABLE_KEYS } from '../../shared/db/table-definition.ts';
import { API_RESOURCE_SERVER, MACHINE_ROLES } from '../../shared/kernel/actor.ts';
import { ProjectFunction } from '../constructs/project-function.ts';
import type { StageSettings } from './settings.ts';

export interface DataStackProps extends StackProps {
  settings: StageSettings;
}

/**
 * The stateful stack: everything that holds data we cannot recreate. It changes rarely and is
 * never replaced: the table, the event bus (its name is part of every producer's and rule's
 * configuration) and the user pool (users, their passwords and MFA enrolment cannot be exported
 * and re-imported, so a replaced pool means every user resets), and the invoice documents as the
 * customers received them. Stateless stacks receive these as constructs (same app), CDK wires the
 * exports.
 */
export class DataStack extends Stack {
  readonly table: Table;
  readonly bus: EventBus;
  readonly payPalSecret: Secret;
  readonly userPool: UserPool;
  readonly userPoolClient: UserPoolClient;
  /** Scopes of the machine principals' client-credentials tokens (`switchboard/<role>`). */
  readonly resourceServer: UserPoolResourceServer;
  readonly preTokenGeneration: ProjectFunction;
  /** The rendered invoice documents (PDF), `<tenant>/<group>/<invoiceId>.pdf`. */
  readonly invoiceFiles: Bucket;
  /** S3 server access logs of the invoice bucket. */
  readonly accessLogs: Bucket;

  constructor(scope: Construct, id: string, props: DataStackProps) {
    super(scope, id, props);
    // S3 delivers server access logs under a bucket policy for its logging service, not the
    // log-delivery ACL CDK otherwise sets (ACLs stay disabled on every bucket). Set before any bucket.
    this.node.setContext('@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy', true);
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

    // Self-care sign-in (docs/architecture.md, "Sign-in"): one pool for every tenant, usernames
    // `<tenant>#<digits>` (one number can be a customer of two tenants), no self sign-up (members are
    // provisioned from the group events), the initial password must be changed at the first sign-in.
    // The PIN is ours, not the pool's SMS MFA: the rules of the product (6 digits, 5 minutes, 5 wrong,
    // 5 per hour, no SMS after a port-in, our notifier in the subscriber's language) hold in our code.
    this.userPool = new UserPool(this, 'UserPool', {
      selfSignUpEnabled: false,
      signInAliases: { username: true },
      signInCaseSensitive: false,
      mfa: Mfa.OFF,
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
        "The second factor is the product's own SMS PIN (functions/auth, under the tenant policy smsPinAtLogin and always at the first sign-in), enforced in our code: the pool's SMS MFA could not keep the product's PIN rules. Tokens carry claims only under a grant that sign-in writes after the PIN (the pre-token-generation trigger), so the pool's password alone gives no usable token.",
    });

    // The claims of every ID token from the table (tenant_id, role, group_id, msisdn), never from
    // user attributes; no grant, no token. V2 events (Plus plan) and V1 answers alike.
    this.preTokenGeneration = new ProjectFunction(this, 'PreTokenGeneration', {
      handler: PRE_TOKEN_GENERATION_HANDLER,
      description: 'User pool pre-token-generation: claims from the table',
      table: this.table,
      bus: this.bus,
      // It takes (deletes) the one-time grant the sign-in wrote; it reads the rest.
      tableAccess: 'readwrite',
      settings,
    });
    this.userPool.addTrigger(
      UserPoolOperation.PRE_TOKEN_GENERATION_CONFIG,
      this.preTokenGeneration,
      LambdaVersion.V2_0,
    );

    // Machine principals (network mediation, bank/PSP, the mail gateway) use OAuth client
    // credentials: one app client per machine, made by the tenant's operator
    // (`POST /v1/machine-clients`), allowed only its role's scope; the registry says its tenant.
    const machineScopes = MACHINE_ROLES.map(
      (role) => new ResourceServerScope({ scopeName: role, scopeDescription: `The ${role} principal` }),
    );
    this.resourceServer = this.userPool.addResourceServer('Api', {
      identifier: API_RESOURCE_SERVER,
      userPoolResourceServerName: `${settings.prefix}-api`,
      scopes: machineScopes,
    });
    this.userPool.addDomain('TokenDomain', { cognitoDomain: { domainPrefix: settings.prefix } });

    // The self-care client: only our sign-in routes talk to it (USER_PASSWORD_AUTH from the Lambda,
    // refresh tokens); it reads the phone number and writes no attribute at all, so nothing a user
    // can write ever reaches a token (the claims come from the table anyway).
    this.userPoolClient = this.userPool.addClient('SelfCareClient', {
      generateSecret: false,
      authFlows: { userPassword: true },
      disableOAuth: true,
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      readAttributes: new ClientAttributes().withStandardAttributes({ phoneNumber: true }),
      writeAttributes: new ClientAttributes(),
      accessTokenValidity: Duration.hours(1),
      idTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(30),
      authSessionValidity: Duration.minutes(15),
    });

    // Invoice documents. An issued invoice never changes and its PDF is rendered from it once, on
    // the first read, then served from here: the table stays the source of truth, and this bucket
    // keeps the document as the customer first received it. Private (no public access, no ACLs,
    // TLS only), SSE-S3 (for the same reasons as the table's AWS managed key: an account key, every
    // use in CloudTrail, no key policy to keep in step with the function roles), versioned so an
    // overwrite or a delete can be undone; older versions are kept 90 days. Functions get
    // s3:GetObject/s3:PutObject on it only when they declare `uses: ['invoice-files']`.
    const removalPolicy = settings.production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;
    this.accessLogs = new Bucket(this, 'AccessLogs', {
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      enforceSSL: true,
      lifecycleRules: [{ expiration: Duration.days(settings.production ? 365 : 30) }],
      removalPolicy,
    });
    this.invoiceFiles = new Bucket(this, 'InvoiceFiles', {
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      enforceSSL: true,
      versioned: true,
      serverAccessLogsBucket: this.accessLogs,
      serverAccessLogsPrefix: 'invoice-files/',
      lifecycleRules: [
        {
          noncurrentVersionExpiration: Duration.days(90),
          abortIncompleteMultipartUploadAfter: Duration.days(1),
        },
      ],
      // Production keeps its documents when the stack is deleted; other stages clean up (deleting
      // such a stage's data stack needs its bucket emptied first: CloudFormation removes only empty buckets).
      removalPolicy,
    });

    new CfnOutput(this, 'InvoiceBucketName', { value: this.invoiceFiles.bucketName });
    new CfnOutput(this, 'UserPoolId', { value: this.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: this.userPoolClient.userPoolClientId });
    new CfnOutput(this, 'TableName', { value: this.table.tableName });
    new CfnOutput(this, 'EventBusName', { value: this.bus.eventBusName });
  }
}
