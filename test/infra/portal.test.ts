import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { AssetStaging, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment } from 'aws-cdk-lib/aws-s3-deployment';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  API_PATHS,
  portalSource,
  UPLOAD_PREFLIGHT_SECONDS,
  VIEWER_HOST_FUNCTION,
} from '../../infra/constructs/portal-hosting.ts';
import {
  CACHE_CONTROL,
  contentSecurityPolicy,
  HSTS_SECONDS,
  PORTAL_HEADERS,
} from '../../infra/portal/headers.ts';
import { stageSettings } from '../../infra/stacks/settings.ts';
import type { Switchboard } from '../../infra/stacks/switchboard.ts';
import { buildSwitchboard, type Resource, testApp } from './support.ts';

let sb: Switchboard;
let portal: Template;
let resources: Record<string, Resource>;
/** The data stack's export of `attribute` of its documents bucket, as the portal stack imports it. */
let importOfDocuments: (attribute: string) => unknown;
// biome-ignore lint/suspicious/noExplicitAny: CloudFormation JSON, navigated freely by the assertions.
let config: Record<string, any>;
let distributionId: string;

const only = (type: string): [string, Resource] => {
  const found = Object.entries(resources).filter(([, r]) => r.Type === type);
  expect(found, type).toHaveLength(1);
  return found[0]!;
};

beforeAll(() => {
  ({ sb } = buildSwitchboard({ tenantHostDomain: 'portal.example' }));
  portal = Template.fromStack(sb.portal);
  resources = (portal.toJSON() as { Resources: Record<string, Resource> }).Resources;
  const dataOutputs = Template.fromStack(sb.data).toJSON().Outputs as Record<
    string,
    { Value: unknown; Export?: { Name: string } }
  >;
  const documentsId = Stack.of(sb.data).getLogicalId(sb.data.invoiceFiles.node.defaultChild as never);
  importOfDocuments = (attribute) => {
    const value = attribute === 'Ref' ? { Ref: documentsId } : { 'Fn::GetAtt': [documentsId, attribute] };
    const output = Object.values(dataOutputs).find(
      (o) => o.Export && JSON.stringify(o.Value) === JSON.stringify(value),
    );
    if (!output) throw new Error(`the data stack exports no ${JSON.stringify(value)}`);
    return { 'Fn::ImportValue': output.Export!.Name };
  };
  const [id, distribution] = only('AWS::CloudFront::Distribution');
  distributionId = id;
  config = distribution.Properties.DistributionConfig;
});

describe('the portal bucket', () => {
  it('is private: public access blocked, no ACLs, SSE-S3, server access logs', () => {
    const site = resources[sb.portal.getLogicalId(sb.portal.hosting.bucket.node.defaultChild as never)]!;
    expect(site.Properties).toMatchObject({
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
      },
      LoggingConfiguration: { LogFilePrefix: 'site/' },
    });
    expect(site.Properties.WebsiteConfiguration).toBeUndefined();
  });

  it('lets only CloudFront read it, for this distribution (origin access control), and only over TLS', () => {
    const siteId = sb.portal.getLogicalId(sb.portal.hosting.bucket.node.defaultChild as never);
    const policy = Object.values(resources).find(
      (r) => r.Type === 'AWS::S3::BucketPolicy' && r.Properties.Bucket.Ref === siteId,
    )!;
    const statements = policy.Properties.PolicyDocument.Statement as Record<string, unknown>[];
    const allows = statements.filter((s) => s.Effect === 'Allow');
    expect(allows).toHaveLength(1);
    expect(allows[0]).toMatchObject({
      Action: 's3:GetObject',
      Principal: { Service: 'cloudfront.amazonaws.com' },
      Condition: {
        StringEquals: {
          'AWS:SourceArn': {
            'Fn::Join': [
              '',
              [
                'arn:',
                { Ref: 'AWS::Partition' },
                ':cloudfront::',
                { Ref: 'AWS::AccountId' },
                ':distribution/',
                { Ref: distributionId },
              ],
            ],
          },
        },
      },
    });
    expect(statements.filter((s) => s.Effect === 'Deny')).toEqual([
      expect.objectContaining({ Action: 's3:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
    ]);
    const [oacId, oac] = only('AWS::CloudFront::OriginAccessControl');
    expect(oac.Properties.OriginAccessControlConfig).toMatchObject({
      OriginAccessControlOriginType: 's3',
      SigningBehavior: 'always',
      SigningProtocol: 'sigv4',
    });
    const s3Origin = config.Origins.find((o: { S3OriginConfig?: unknown }) => o.S3OriginConfig);
    expect(s3Origin).toMatchObject({
      DomainName: { 'Fn::GetAtt': [siteId, 'RegionalDomainName'] },
      OriginAccessControlId: { 'Fn::GetAtt': [oacId, 'Id'] },
      S3OriginConfig: { OriginAccessIdentity: '' },
    });
  });
});

describe('the distribution', () => {
  it('serves index.html at the root, over HTTPS only, HTTP/2 and 3, logging to the log bucket', () => {
    const logsId = sb.portal.getLogicalId(sb.portal.hosting.logs.node.defaultChild as never);
    expect(config).toMatchObject({
      DefaultRootObject: 'index.html',
      HttpVersion: 'http2and3',
      Enabled: true,
      Logging: { Bucket: { 'Fn::GetAtt': [logsId, 'RegionalDomainName'] }, Prefix: 'cdn/' },
    });
    expect(config.DefaultCacheBehavior.ViewerProtocolPolicy).toBe('redirect-to-https');
    for (const b of config.CacheBehaviors)
      expect(['redirect-to-https', 'https-only']).toContain(b.ViewerProtocolPolicy);
  });

  it('sends /v1/*, /health and /openapi.json to the HTTP API: uncached, every viewer header but Host, every method', () => {
    const apiOrigin = config.Origins.find((o: { CustomOriginConfig?: unknown }) => o.CustomOriginConfig);
    expect(apiOrigin.CustomOriginConfig).toEqual({
      OriginProtocolPolicy: 'https-only',
      OriginSSLProtocols: ['TLSv1.2'],
    });
    // The host of the API stack's endpoint URL.
    expect(JSON.stringify(apiOrigin.DomainName)).toMatch(
      /"Fn::Select":\[2,\{"Fn::Split":\["\/",\{"Fn::ImportValue":"Switchboard-dev-Api:ExportsOutputFnGetAttHttpApi[^"]*ApiEndpoint/,
    );
    const api = config.CacheBehaviors.filter(
      (b: { TargetOriginId: string }) => b.TargetOriginId === apiOrigin.Id,
    );
    expect(api.map((b: { PathPattern: string }) => b.PathPattern).sort()).toEqual([...API_PATHS].sort());
    for (const b of api) {
      expect(b).toMatchObject({
        AllowedMethods: ['GET', 'HEAD', 'OPTIONS', 'PUT', 'PATCH', 'POST', 'DELETE'],
        CachePolicyId: '4135ea2d-6df8-44a3-9df3-4b5a84be39ad', // Managed-CachingDisabled
        OriginRequestPolicyId: 'b689b0a8-53d0-40ab-baf2-68738e2966ac', // Managed-AllViewerExceptHostHeader
        ViewerProtocolPolicy: 'https-only',
      });
      // The viewer's host (the tenant of a sign-in) goes on as X-Forwarded-Host.
      const [functionId] = only('AWS::CloudFront::Function');
      expect(b.FunctionAssociations).toEqual([
        { EventType: 'viewer-request', FunctionARN: { 'Fn::GetAtt': [functionId, 'FunctionARN'] } },
      ]);
    }
  });

  it("passes the viewer's host to the API as X-Forwarded-Host, replacing one the viewer sent", () => {
    const run = (headers: Record<string, { value: string }>) =>
      runInNewContext(`${VIEWER_HOST_FUNCTION}; handler(event)`, { event: { request: { headers } } }).headers;
    expect(
      run({
        host: { value: 'dardania.portal.example' },
        'x-forwarded-host': { value: 'alpina.portal.example' },
      }),
    ).toEqual({
      host: { value: 'dardania.portal.example' },
      'x-forwarded-host': { value: 'dardania.portal.example' },
    });
    expect(run({ 'x-forwarded-host': { value: 'alpina.portal.example' } })).toEqual({});
    const [, fn] = only('AWS::CloudFront::Function');
    expect(fn.Properties).toMatchObject({
      FunctionCode: VIEWER_HOST_FUNCTION,
      FunctionConfig: { Runtime: 'cloudfront-js-2.0' },
    });
  });

  it("takes only a us-east-1 certificate, and only with the tenants' host domain", () => {
    const arn = 'arn:aws:acm:us-east-1:123456789012:certificate/0b2c7c4e-8f1a-4d3e-9c55-1e2f3a4b5c6d';
    expect(() => stageSettings('dev', { portalCertificateArn: arn })).toThrow(/needs tenantHostDomain/);
    expect(() =>
      stageSettings('dev', {
        tenantHostDomain: 'portal.example',
        portalCertificateArn: arn.replace('us-east-1', 'eu-central-1'),
      }),
    ).toThrow(/no ACM certificate of us-east-1/);
    expect(
      stageSettings('dev', { tenantHostDomain: 'portal.example', portalCertificateArn: arn })
        .portalCertificateArn,
    ).toBe(arn);
  });

  it("answers on the tenants' hosts with TLS 1.2 at least when the stage has their certificate", () => {
    expect(config.Aliases).toBeUndefined();
    const arn = 'arn:aws:acm:us-east-1:123456789012:certificate/0b2c7c4e-8f1a-4d3e-9c55-1e2f3a4b5c6d';
    const { sb: withHosts } = buildSwitchboard({
      tenantHostDomain: 'portal.example',
      portalCertificateArn: arn,
    });
    const [distribution] = Object.values(
      (Template.fromStack(withHosts.portal).toJSON() as { Resources: Record<string, Resource> }).Resources,
    ).filter((r) => r.Type === 'AWS::CloudFront::Distribution');
    expect(distribution!.Properties.DistributionConfig).toMatchObject({
      Aliases: ['*.portal.example'],
      ViewerCertificate: {
        AcmCertificateArn: arn,
        MinimumProtocolVersion: 'TLSv1.2_2021',
        SslSupportMethod: 'sni-only',
      },
    });
  });

  it('serves the files from the bucket, cached (assets/* for a year by their own Cache-Control)', () => {
    const s3Origin = config.Origins.find((o: { S3OriginConfig?: unknown }) => o.S3OriginConfig);
    const assets = config.CacheBehaviors.find((b: { PathPattern: string }) => b.PathPattern === '/assets/*');
    for (const b of [config.DefaultCacheBehavior, assets]) {
      expect(b).toMatchObject({
        TargetOriginId: s3Origin.Id,
        AllowedMethods: ['GET', 'HEAD'],
        CachePolicyId: '658327ea-f89d-4fab-a63d-7e88639e58f6', // Managed-CachingOptimized
        Compress: true,
      });
      expect(b.OriginRequestPolicyId).toBeUndefined();
    }
  });

  it('puts the security headers of infra/portal/headers.ts on every answer, pages and API alike', () => {
    const [policyId, policy] = only('AWS::CloudFront::ResponseHeadersPolicy');
    for (const b of [config.DefaultCacheBehavior, ...config.CacheBehaviors]) {
      expect(b.ResponseHeadersPolicyId).toEqual({ Ref: policyId });
    }
    const headers = policy.Properties.ResponseHeadersPolicyConfig;
    // The CSP lets the page PUT payment proofs to the documents bucket's regional host.
    const marker = 'https://documents.invalid';
    const [before, after] = contentSecurityPolicy([marker]).split(marker);
    expect(headers.SecurityHeadersConfig.ContentSecurityPolicy).toEqual({
      ContentSecurityPolicy: {
        'Fn::Join': ['', [`${before}https://`, importOfDocuments('RegionalDomainName'), after]],
      },
      Override: true,
    });
    expect(headers.SecurityHeadersConfig).toMatchObject({
      StrictTransportSecurity: {
        AccessControlMaxAgeSec: HSTS_SECONDS,
        IncludeSubdomains: true,
        Preload: true,
        Override: true,
      },
      ContentTypeOptions: { Override: true },
      FrameOptions: { FrameOption: PORTAL_HEADERS['x-frame-options'], Override: true },
      ReferrerPolicy: { ReferrerPolicy: PORTAL_HEADERS['referrer-policy'], Override: true },
    });
    expect(PORTAL_HEADERS['x-content-type-options']).toBe('nosniff');
    expect(headers.CustomHeadersConfig.Items).toEqual([
      { Header: 'Permissions-Policy', Value: PORTAL_HEADERS['permissions-policy'], Override: true },
    ]);
  });
});

describe('the deployment of the built files', () => {
  it('puts the hashed assets first (immutable, never pruned), then index.html (no-cache, invalidated)', () => {
    const deployments = Object.entries(resources).filter(([, r]) => r.Type === 'Custom::CDKBucketDeployment');
    expect(deployments).toHaveLength(2);
    const [assetsId, assets] = deployments.find(([, r]) => r.Properties.Exclude?.[0] === 'index.html')!;
    const [, index] = deployments.find(([, r]) => r.Properties.Include?.[0] === 'index.html')!;
    expect(assets.Properties).toMatchObject({
      Prune: false,
      SystemMetadata: { 'cache-control': CACHE_CONTROL.assets },
      OutputObjectKeys: false,
    });
    expect(index.Properties).toMatchObject({
      Exclude: ['*'],
      Include: ['index.html'],
      SystemMetadata: { 'cache-control': CACHE_CONTROL.index },
      DistributionId: { Ref: distributionId },
      DistributionPaths: ['/', '/index.html'],
      OutputObjectKeys: false,
    });
    // Pruned, but only among what it deploys (index.html): the assets stay.
    expect(index.Properties.Prune).toBe(true);
    // One asset, one build.
    expect(index.Properties.SourceObjectKeys).toEqual(assets.Properties.SourceObjectKeys);
    expect(
      portal.toJSON().Resources[Object.keys(resources).find((k) => resources[k] === index)!].DependsOn,
    ).toContain(assetsId);
  });

  it('builds the portal at synth time without Docker: the asset holds index.html and its assets', () => {
    const app = testApp({ 'aws:cdk:bundling-stacks': ['**'] });
    const stack = new Stack(app, 'PortalBuild');
    new BucketDeployment(stack, 'Deploy', {
      sources: [portalSource()],
      destinationBucket: new Bucket(stack, 'Site'),
    });
    const staging = stack.node
      .findAll()
      .find(
        (c): c is AssetStaging =>
          c instanceof AssetStaging && existsSync(join(c.absoluteStagedPath, 'index.html')),
      );
    expect(staging, 'no staged asset holds index.html').toBeDefined();
    const files = readdirSync(join(staging!.absoluteStagedPath, 'assets'));
    expect(files.some((f) => f.endsWith('.js'))).toBe(true);
    expect(files.some((f) => f.endsWith('.css'))).toBe(true);
  }, 60_000);
});

describe("the documents bucket's CORS", () => {
  it("lets the portal's origin (and the tenants' hosts) PUT and GET with the signed headers", () => {
    const [, cors] = only('Custom::DocumentsBucketCors');
    const create = cors.Properties.Create as { 'Fn::Join': [string, unknown[]] };
    // AwsCustomResource renders its call as a JSON string joined with the tokens.
    const rendered = JSON.stringify(create);
    expect(rendered).toContain('"service\\":\\"S3\\",\\"action\\":\\"putBucketCors\\"');
    expect(rendered).toContain(JSON.stringify(importOfDocuments('Ref')));
    expect(rendered).toContain(JSON.stringify({ 'Fn::GetAtt': [distributionId, 'DomainName'] }));
    expect(rendered).toContain('https://*.portal.example');
    expect(rendered).toContain(
      JSON.stringify(
        `"AllowedMethods":["PUT","GET"],"AllowedHeaders":["content-type","content-length"],"MaxAgeSeconds":${UPLOAD_PREFLIGHT_SECONDS}`,
      ).slice(1, -1),
    );
    expect(JSON.stringify(cors.Properties.Delete)).toContain('deleteBucketCors');
    expect(cors.Properties.Update).toEqual(cors.Properties.Create);
  });

  it('is set with s3:PutBucketCORS on that bucket alone', () => {
    const policies = Object.values(resources).filter((r) => r.Type === 'AWS::IAM::Policy');
    const statements = policies.flatMap(
      (p) => p.Properties.PolicyDocument.Statement as { Action: string | string[]; Resource: unknown }[],
    );
    const cors = statements.filter((s) => [s.Action].flat().includes('s3:PutBucketCORS'));
    expect(cors).toEqual([
      expect.objectContaining({ Action: 's3:PutBucketCORS', Resource: importOfDocuments('Arn') }),
    ]);
  });

  it('is not declared on the bucket by the data stack (the portal stack owns the rule)', () => {
    const data = Template.fromStack(sb.data);
    for (const bucket of Object.values(data.findResources('AWS::S3::Bucket'))) {
      expect(bucket.Properties?.CorsConfiguration).toBeUndefined();
    }
  });
});
