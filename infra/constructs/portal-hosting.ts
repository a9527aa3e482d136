import {
  BOOTSTRAP_QUALIFIER_CONTEXT,
  type CfnElement,
  DefaultStackSynthesizer,
  DockerImage,
  Duration,
  Fn,
  RemovalPolicy,
  Stack,
  Token,
  Validations,
} from 'aws-cdk-lib';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  Function as EdgeFunction,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  type HeadersFrameOption,
  type HeadersReferrerPolicy,
  HttpVersion,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  OriginSslPolicy,
  PriceClass,
  ResponseHeadersPolicy,
  SecurityPolicyProtocol,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  type IBucket,
  ObjectOwnership,
} from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, CacheControl, type ISource, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { AwsCustomResource, AwsCustomResourcePolicy, PhysicalResourceId } from 'aws-cdk-lib/custom-resources';
import { Construct } from 'constructs';
import { copyPortalBuildSync, portalSourceHash, WEB_DIR } from '../portal/build.ts';
import { CACHE_CONTROL, contentSecurityPolicy, HSTS_SECONDS, PORTAL_HEADERS } from '../portal/headers.ts';
import type { StageSettings } from '../stacks/settings.ts';

/** The paths CloudFront sends to the API rather than to the portal's bucket: every API route. */
export const API_PATHS = ['/v1/*', '/health', '/openapi.json'] as const;

/**
 * The CloudFront Function of the API's behaviours (viewer request): the host the viewer asked for,
 * which names the tenant of a sign-in, as `X-Forwarded-Host` (the origin request carries the API's
 * own host). A value the viewer sent itself is replaced.
 */
export const VIEWER_HOST_FUNCTION = `function handler(event) {
  var request = event.request;
  var host = request.headers.host;
  if (host) request.headers['x-forwarded-host'] = { value: host.value };
  else delete request.headers['x-forwarded-host'];
  return request;
}`;

/** How long a browser may reuse the documents bucket's answer to a preflight (seconds). */
export const UPLOAD_PREFLIGHT_SECONDS = 3000;

export interface PortalHostingProps {
  settings: StageSettings;
  /** The HTTP API's host name (`<api>.execute-api.<region>.amazonaws.com`). */
  apiDomainName: string;
  /** The documents bucket: the browser puts payment proofs there through presigned URLs. */
  documents: IBucket;
  /** The portal's files; by default the build of `web/`, made at synth time (`portalSource`). */
  source?: ISource;
}

/**
 * The portal's files as a CDK asset, built at synth time without Docker: the local bundling step
 * copies the current Vite build of `web/` (`portalBuild`, cached per source hash, shared with
 * `npm start`) into the asset folder. The asset's hash is that source hash, so the files are
 * uploaded again exactly when the portal changed. Where bundling is skipped (`cdk synth` of other
 * stacks, the infra tests) nothing is built.
 */
export function portalSource(): ISource {
  return Source.asset(WEB_DIR, {
    assetHash: portalSourceHash(),
    bundling: {
      // Never used: the local build below always succeeds or throws.
      image: DockerImage.fromRegistry('none'),
      local: {
        tryBundle(outDir) {
          copyPortalBuildSync(outDir);
          return true;
        },
      },
    },
  });
}

/**
 * The portal on AWS: its built files in a private bucket, served by CloudFront through origin
 * access control, with the API under the same domain (`/v1/*`, `/health`, `/openapi.json` go to
 * the HTTP API, uncached), the security headers of `infra/portal/headers.ts` on every answer, and
 * the documents bucket told to accept the browser's uploads of payment proofs from the portal.
 */
export class PortalHosting extends Construct {
  readonly bucket: Bucket;
  readonly logs: Bucket;
  readonly distribution: Distribution;
  readonly headers: ResponseHeadersPolicy;
  /** `https://<distribution domain>`: where the portal runs (CORS of the documents bucket). */
  readonly origin: string;
  /** Sets the documents bucket's CORS rule (the portal's uploads of payment proofs). */
  readonly documentsCors: AwsCustomResource;

  constructor(scope: Construct, id: string, props: PortalHostingProps) {
    super(scope, id);
    const { settings } = props;
    const removalPolicy = settings.production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;

    // One log bucket: S3 server access logs of the portal bucket (`site/`, delivered under a bucket
    // policy) and CloudFront's standard logs (`cdn/`). CloudFront's standard logs are the one
    // delivery a distribution can make to a bucket of the stack's own region (logging v2 is set up
    // in us-east-1), and they are written under ACLs: unlike the other buckets, this one keeps ACLs
    // enabled (object writer), for CloudFront's log delivery; public access stays blocked.
    this.logs = new Bucket(this, 'Logs', {
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.OBJECT_WRITER,
      enforceSSL: true,
      lifecycleRules: [{ expiration: Duration.days(settings.production ? 365 : 30) }],
      removalPolicy,
    });

    // The built files: private (no public access, no ACLs, TLS only, SSE-S3), read by CloudFront
    // alone (origin access control: the bucket policy allows cloudfront.amazonaws.com for this
    // distribution only). Not versioned: everything in it is rebuilt from the repository at each
    // deployment, and the hashed files of earlier builds stay (see the deployments below).
    this.bucket = new Bucket(this, 'Site', {
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      enforceSSL: true,
      serverAccessLogsBucket: this.logs,
      serverAccessLogsPrefix: 'site/',
      lifecycleRules: [{ abortIncompleteMultipartUploadAfter: Duration.days(1) }],
      // Deleting a non-production stack needs the bucket emptied first, as the data stack's.
      removalPolicy,
    });

    // The documents bucket's regional host: the presigned upload URLs the API hands out
    // (shared/dunning/s3-proofs.ts) are virtual-hosted URLs of it, which the CSP lets the page fetch.
    const uploadOrigin = `https://${props.documents.bucketRegionalDomainName}`;
    this.headers = new ResponseHeadersPolicy(this, 'Headers', {
      comment: `Switchboard ${settings.stage}: the portal's security headers (infra/portal/headers.ts)`,
      securityHeadersBehavior: {
        contentSecurityPolicy: {
          contentSecurityPolicy: contentSecurityPolicy([uploadOrigin]),
          override: true,
        },
        strictTransportSecurity: {
          accessControlMaxAge: Duration.seconds(HSTS_SECONDS),
          includeSubdomains: true,
          preload: true,
          override: true,
        },
        contentTypeOptions: { override: true },
        frameOptions: {
          frameOption: PORTAL_HEADERS['x-frame-options'] as HeadersFrameOption,
          override: true,
        },
        referrerPolicy: {
          referrerPolicy: PORTAL_HEADERS['referrer-policy'] as HeadersReferrerPolicy,
          override: true,
        },
      },
      customHeadersBehavior: {
        customHeaders: [
          { header: 'Permissions-Policy', value: PORTAL_HEADERS['permissions-policy'], override: true },
        ],
      },
    });

    const site = S3BucketOrigin.withOriginAccessControl(this.bucket);
    const files = {
      origin: site,
      viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
      cachePolicy: CachePolicy.CACHING_OPTIMIZED,
      responseHeadersPolicy: this.headers,
      compress: true,
    };
    // The API under the portal's own domain: the page calls `/v1/...` on its origin (CSP 'self', no
    // CORS). Nothing is cached; every viewer header but Host (API Gateway answers only to its own)
    // goes through, the bearer token included; HTTPS to the origin with TLS 1.2 only. The host the
    // viewer asked for (`<tenant>.<domain>`, the tenant of a sign-in) goes on as `X-Forwarded-Host`.
    const viewerHost = new EdgeFunction(this, 'ViewerHost', {
      comment: 'Passes the host the viewer asked for to the API as X-Forwarded-Host',
      runtime: FunctionRuntime.JS_2_0,
      code: FunctionCode.fromInline(VIEWER_HOST_FUNCTION),
    });
    const apiBehavior = {
      functionAssociations: [{ function: viewerHost, eventType: FunctionEventType.VIEWER_REQUEST }],
      origin: new HttpOrigin(props.apiDomainName, {
        protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
        originSslProtocols: [OriginSslPolicy.TLS_V1_2],
      }),
      viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
      allowedMethods: AllowedMethods.ALLOW_ALL,
      cachePolicy: CachePolicy.CACHING_DISABLED,
      originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
      responseHeadersPolicy: this.headers,
      compress: true,
    };

    this.distribution = new Distribution(this, 'Distribution', {
      comment: `Switchboard ${settings.stage}: the self-care portal and its API`,
      defaultBehavior: files,
      additionalBehaviors: {
        // Content-hashed names: cached at the edge and in the browser for a year.
        '/assets/*': files,
        ...Object.fromEntries(API_PATHS.map((path) => [path, apiBehavior])),
      },
      defaultRootObject: 'index.html',
      // Every tenant's host (`<tenant>.<domain>`), when the stage has their certificate.
      ...(settings.portalCertificateArn && settings.tenantHostDomain
        ? {
            domainNames: [`*.${settings.tenantHostDomain}`],
            certificate: Certificate.fromCertificateArn(this, 'Certificate', settings.portalCertificateArn),
            minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021,
          }
        : {}),
      httpVersion: HttpVersion.HTTP2_AND_3,
      // North America and Europe: the tenants' customers are in Europe (roaming customers still reach
      // the nearest edge of these).
      priceClass: PriceClass.PRICE_CLASS_100,
      enableIpv6: true,
      enableLogging: true,
      logBucket: this.logs,
      logFilePrefix: 'cdn/',
    });
    this.origin = `https://${this.distribution.distributionDomainName}`;

    Validations.of(this.distribution).acknowledge(
      {
        id: 'AwsSolutions-CFR1',
        reason:
          "No geographic restriction: the portal serves the tenants' business customers wherever they are, and a customer roaming abroad (a telecom's customer travels) must still reach its self-care.",
      },
      {
        id: 'AwsSolutions-CFR2',
        reason:
          "No AWS WAF web ACL in this template: a CloudFront web ACL is created in us-east-1 (a stack of its own there) and attached by its ARN. Abuse of the API is bounded by the HTTP API's stage throttling and the sign-in's own limits (PIN sends, attempts); the pages are static files.",
      },
    );
    if (!settings.portalCertificateArn)
      Validations.of(this.distribution).acknowledge({
        id: 'AwsSolutions-CFR4',
        reason:
          "This stage has no certificate of the tenants' hosts (portalCertificateArn): the distribution is served on its cloudfront.net name with CloudFront's default certificate, whose TLS policy CloudFront sets; a minimum protocol version applies only with a custom certificate. HTTP is redirected (pages) or refused (API), HSTS is sent, and CloudFront speaks TLS 1.2 only to the API.",
      });

    // The built files. Two deployments of the one asset (built once): the hashed assets first,
    // never pruned, so a browser still holding the previous index.html finds the files it names;
    // then index.html, not cached, with the distribution's copy invalidated.
    const source = props.source ?? portalSource();
    const deploymentLogs = new LogGroup(this, 'DeploymentLogs', {
      retention: settings.logRetention,
      removalPolicy: settings.logRemovalPolicy,
    });
    const deployment = {
      sources: [source],
      destinationBucket: this.bucket,
      memoryLimit: 512,
      logGroup: deploymentLogs,
      // The build has many files (a chunk per page, a file per area and language): their keys
      // would overflow the custom resource's answer, and nothing reads them.
      outputObjectKeys: false,
    };
    const assets = new BucketDeployment(this, 'DeployAssets', {
      ...deployment,
      exclude: ['index.html'],
      prune: false,
      cacheControl: [CacheControl.fromString(CACHE_CONTROL.assets)],
    });
    const index = new BucketDeployment(this, 'DeployIndex', {
      ...deployment,
      exclude: ['*'],
      include: ['index.html'],
      cacheControl: [CacheControl.fromString(CACHE_CONTROL.index)],
      distribution: this.distribution,
      distributionPaths: ['/', '/index.html'],
    });
    index.node.addDependency(assets);
    this.acknowledgeDeploymentProvider();

    // Payment proofs go from the browser straight to the documents bucket (a presigned PUT), a
    // cross-origin request: the bucket must allow the portal's origin. The data stack owns the
    // bucket but cannot name the distribution, which is made later in a stack that depends on it
    // (naming it there would be a cycle), so the rule is set from here once the distribution
    // exists: one S3 PutBucketCors call (a CloudFormation custom resource), deleted with this stack.
    // The data stack declares no CORS on the bucket, so its own updates leave this rule alone.
    // With a tenant host domain, the tenants' hosts (`https://*.<domain>`) are allowed too: that is
    // where the portal runs once it is served under them.
    const allowedOrigins = [
      this.origin,
      ...(settings.tenantHostDomain ? [`https://*.${settings.tenantHostDomain}`] : []),
    ];
    const putCors = {
      service: 'S3',
      action: 'putBucketCors',
      parameters: {
        Bucket: props.documents.bucketName,
        CORSConfiguration: {
          CORSRules: [
            {
              AllowedOrigins: allowedOrigins,
              AllowedMethods: ['PUT', 'GET'],
              AllowedHeaders: ['content-type', 'content-length'],
              MaxAgeSeconds: UPLOAD_PREFLIGHT_SECONDS,
            },
          ],
        },
      },
      physicalResourceId: PhysicalResourceId.of(`${props.documents.bucketName}-portal-cors`),
    };
    this.documentsCors = new AwsCustomResource(this, 'DocumentsCors', {
      resourceType: 'Custom::DocumentsBucketCors',
      onCreate: putCors,
      onUpdate: putCors,
      onDelete: {
        service: 'S3',
        action: 'deleteBucketCors',
        parameters: { Bucket: props.documents.bucketName },
      },
      // PutBucketCors and DeleteBucketCors are both authorized by s3:PutBucketCORS.
      policy: AwsCustomResourcePolicy.fromStatements([
        new PolicyStatement({ actions: ['s3:PutBucketCORS'], resources: [props.documents.bucketArn] }),
      ]),
      installLatestAwsSdk: false,
      logGroup: new LogGroup(this, 'DocumentsCorsLogs', {
        retention: settings.logRetention,
        removalPolicy: settings.logRemovalPolicy,
      }),
    });
    this.acknowledgeCustomResourceProvider();
  }

  /** CDK's BucketDeployment provider: one Lambda per stack, shared by both deployments. */
  private acknowledgeDeploymentProvider(): void {
    const stack = Stack.of(this);
    const provider = stack.node.children.find((c) => c.node.id.startsWith('Custom::CDKBucketDeployment'));
    if (!provider) throw new Error('no BucketDeployment provider in the portal stack');
    const site = stack.getLogicalId(this.bucket.node.defaultChild as CfnElement);
    const cdk = "CDK's BucketDeployment provider (the Lambda that copies the built portal into its bucket)";
    Validations.of(provider).acknowledge(
      {
        id: 'AwsSolutions-L1',
        reason: `${cdk}: its Python runtime is the one aws-cdk-lib ships its handler for (it runs the AWS CLI from a layer), upgraded with aws-cdk-lib, not chosen by this template.`,
      },
      {
        id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
        reason: `${cdk} writes its logs with the managed basic execution policy (CloudWatch Logs only); the role is CDK's, made for this one function.`,
      },
      ...['s3:GetBucket*', 's3:GetObject*', 's3:List*', 's3:Abort*', 's3:DeleteObject*'].map((action) => ({
        id: `AwsSolutions-IAM5[Action::${action}]`,
        reason: `${cdk}: CDK's read grant on the asset bucket and read-write grant on the portal bucket, which it syncs (aws s3 sync with --delete needs to list, read and delete objects); no other bucket.`,
      })),
      {
        id: `AwsSolutions-IAM5[Resource::${assetObjectsArn(stack)}]`,
        reason: `${cdk} reads the portal's asset zip from the CDK bootstrap asset bucket, whose object names are content hashes.`,
      },
      {
        id: `AwsSolutions-IAM5[Resource::<${site}.Arn>/*]`,
        reason: `${cdk} writes the built files into the portal bucket: their names come from the build (content hashes).`,
      },
      {
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason: `${cdk} invalidates index.html in the distribution after a deployment: cloudfront:CreateInvalidation and GetInvalidation, which CDK grants on "*".`,
      },
    );
  }

  /** CDK's AwsCustomResource provider: one Lambda per stack. */
  private acknowledgeCustomResourceProvider(): void {
    const provider = Stack.of(this).node.tryFindChild(
      `AWS${AwsCustomResource.PROVIDER_FUNCTION_UUID.replace(/-/g, '')}`,
    );
    if (!provider) throw new Error('no AwsCustomResource provider in the portal stack');
    Validations.of(provider).acknowledge({
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      reason:
        "CDK's AwsCustomResource provider (the one SDK call that sets the documents bucket's CORS rule) writes its logs with the managed basic execution policy (CloudWatch Logs only); its other grant is s3:PutBucketCORS on that bucket alone.",
    });
  }
}

/**
 * The objects of the CDK bootstrap asset bucket as cdk-nag names them: pseudo parameters where the
 * stack's environment is not known at synth time, the values where it is.
 */
function assetObjectsArn(stack: Stack): string {
  const known = (value: string, pseudo: string) => (Token.isUnresolved(value) ? `<${pseudo}>` : value);
  const qualifier =
    (stack.node.tryGetContext(BOOTSTRAP_QUALIFIER_CONTEXT) as string | undefined) ??
    DefaultStackSynthesizer.DEFAULT_QUALIFIER;
  return `arn:${known(stack.partition, 'AWS::Partition')}:s3:::cdk-${qualifier}-assets-${known(stack.account, 'AWS::AccountId')}-${known(stack.region, 'AWS::Region')}/*`;
}

/** The API's host name from its endpoint URL (`https://<host>`), for an HTTP origin. */
export const hostOf = (endpoint: string): string => Fn.select(2, Fn.split('/', endpoint));
