import type { Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../../functions/registry.ts';
import type { Switchboard } from '../../infra/stacks/switchboard.ts';
import {
  allTemplates,
  asArray,
  buildSwitchboard,
  type NamedTemplate,
  resourcesOfType,
  roleOf,
  statementsOfRole,
} from './support.ts';

/**
 * The invoices area on AWS: the invoice documents bucket, and the bucket and the invoicing queue
 * in the environment and the IAM of exactly the functions that declare `uses`.
 */
let sb: Switchboard;
let data: Template;
let templates: NamedTemplate[];
let ids: { bucket: string; logs: string; queue: string };

beforeAll(() => {
  ({ sb } = buildSwitchboard());
  data = Template.fromStack(sb.data);
  templates = allTemplates(sb);
  ids = {
    bucket: sb.data.getLogicalId(sb.data.invoiceFiles.node.defaultChild as never),
    logs: sb.data.getLogicalId(sb.data.accessLogs.node.defaultChild as never),
    queue: sb.events.getLogicalId(
      sb.events.queueConsumers.get('invoicing')!.queue.node.defaultChild as never,
    ),
  };
});

/** `value` of stack `from` as template `t` sees it: itself in that stack, else the import of its export. */
function refIn(t: NamedTemplate, from: Stack, value: unknown): unknown {
  if (t.stack === from) return value;
  const outputs = Template.fromStack(from).toJSON().Outputs as Record<
    string,
    { Value: unknown; Export?: { Name: string } }
  >;
  // CDK's own export of the reference, not an output the stack exports by name for other consumers.
  const out = Object.values(outputs).find(
    (o) =>
      o.Export?.Name.startsWith(`${from.stackName}:ExportsOutput`) &&
      JSON.stringify(o.Value) === JSON.stringify(value),
  );
  return out ? { 'Fn::ImportValue': out.Export!.Name } : value;
}

interface FunctionUse {
  t: NamedTemplate;
  id: string;
  description: string;
  env: Record<string, unknown>;
  statements: ReturnType<typeof statementsOfRole>;
}

/** The functions of the routes that declare `uses: ['proof-files']`, by their description. */
const proofRoutes = () =>
  routes.filter((r) => r.uses?.includes('proof-files')).map((r) => `${r.method} ${r.path}`);

function everyFunction(): FunctionUse[] {
  return templates.flatMap((t) =>
    resourcesOfType(t, 'AWS::Lambda::Function').map(([id, fn]) => ({
      t,
      id,
      description: fn.Properties.Description as string,
      env: (fn.Properties.Environment?.Variables ?? {}) as Record<string, unknown>,
      statements: statementsOfRole(t, roleOf(fn)),
    })),
  );
}

describe('the invoice documents bucket', () => {
  it('is encrypted (SSE-S3), blocks every kind of public access, has no ACLs and is versioned', () => {
    data.hasResourceProperties('AWS::S3::Bucket', {
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
      },
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
      VersioningConfiguration: { Status: 'Enabled' },
      LoggingConfiguration: { DestinationBucketName: { Ref: ids.logs }, LogFilePrefix: 'invoice-files/' },
      LifecycleConfiguration: {
        Rules: [Match.objectLike({ NoncurrentVersionExpiration: { NoncurrentDays: 90 }, Status: 'Enabled' })],
      },
    });
  });

  it('refuses every request without TLS; its access logs are delivered under a bucket policy for its own logs only', () => {
    for (const bucket of [ids.bucket, ids.logs]) {
      data.hasResourceProperties('AWS::S3::BucketPolicy', {
        Bucket: { Ref: bucket },
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({
              Effect: 'Deny',
              Action: 's3:*',
              Principal: { AWS: '*' },
              Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            }),
          ]),
        },
      });
    }
    data.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: ids.logs },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Allow',
            Action: 's3:PutObject',
            Principal: { Service: 'logging.s3.amazonaws.com' },
            Condition: Match.objectLike({
              ArnLike: { 'aws:SourceArn': { 'Fn::GetAtt': [ids.bucket, 'Arn'] } },
            }),
          }),
        ]),
      },
    });
    // No bucket of the app uses ACLs.
    expect(JSON.stringify(data.findResources('AWS::S3::Bucket'))).not.toContain('AccessControl');
  });

  it('is retained with its documents when a production stack is deleted; other stages clean up', () => {
    expect(data.findResources('AWS::S3::Bucket')[ids.bucket]).toMatchObject({
      DeletionPolicy: 'Delete',
      UpdateReplacePolicy: 'Delete',
    });
    const prod = buildSwitchboard({ stage: 'prod' }).sb.data;
    const prodBuckets = Template.fromStack(prod).findResources('AWS::S3::Bucket');
    expect(Object.keys(prodBuckets)).toHaveLength(2);
    for (const bucket of Object.values(prodBuckets)) {
      expect(bucket).toMatchObject({ DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
    }
  });
});

describe('functions that use the invoice bucket', () => {
  it('are exactly those that declare it: the invoice PDF and direct-debit file routes and the invoicing worker; its name in the environment, get and put on its objects only', () => {
    const declared = routes.filter((r) => r.uses?.includes('invoice-files')).map((r) => r.operationId);
    expect(declared).toEqual(['getInvoicePdf', 'getDirectDebitFile']);
    const users = everyFunction().filter(
      (f) => 'INVOICE_BUCKET' in f.env && !proofRoutes().includes(f.description),
    );
    expect(users.map((f) => f.description).sort()).toEqual([
      'GET /v1/bill-runs/{runId}/direct-debit',
      'GET /v1/groups/{groupId}/invoices/{invoiceId}/pdf',
      'Queue consumer invoicing',
    ]);
    for (const user of users) {
      expect(user.env.INVOICE_BUCKET, user.description).toEqual(refIn(user.t, sb.data, { Ref: ids.bucket }));
      const s3 = user.statements.filter((s) => asArray(s.Action).some((a) => a.startsWith('s3:')));
      expect(s3, user.description).toEqual([
        {
          Effect: 'Allow',
          Action: ['s3:GetObject', 's3:PutObject'],
          Resource: {
            'Fn::Join': ['', [refIn(user.t, sb.data, { 'Fn::GetAtt': [ids.bucket, 'Arn'] }), '/*']],
          },
        },
      ]);
    }
  });

  it('the payment-proof routes that declare proof-files (and the inbound mail, which puts the document of a proof by e-mail): its name in the environment, get and put under proofs/ only', () => {
    const declared = routes.filter((r) => r.uses?.includes('proof-files')).map((r) => r.operationId);
    expect(declared).toEqual([
      'createPaymentProof',
      'getPaymentProof',
      'submitPaymentProof',
      'receiveInboundEmail',
    ]);
    const users = everyFunction().filter((f) => proofRoutes().includes(f.description));
    expect(users.map((f) => f.description).sort()).toEqual([...proofRoutes()].sort());
    for (const user of users) {
      expect(user.env.INVOICE_BUCKET, user.description).toEqual(refIn(user.t, sb.data, { Ref: ids.bucket }));
      const s3 = user.statements.filter((s) => asArray(s.Action).some((a) => a.startsWith('s3:')));
      expect(s3, user.description).toEqual([
        {
          Effect: 'Allow',
          Action: ['s3:GetObject', 's3:PutObject'],
          Resource: {
            'Fn::Join': ['', [refIn(user.t, sb.data, { 'Fn::GetAtt': [ids.bucket, 'Arn'] }), '/proofs/*']],
          },
        },
      ]);
    }
  });

  it('no other function holds any S3 action', () => {
    for (const f of everyFunction()) {
      if ('INVOICE_BUCKET' in f.env) continue;
      const actions = f.statements.flatMap((s) => asArray(s.Action));
      expect(
        actions.filter((a) => a.startsWith('s3:')),
        f.description,
      ).toEqual([]);
    }
  });
});

describe('functions that send to the invoicing queue', () => {
  it('are the bill run’s start (its schedule’s function) and the queue’s own consumer (a start by hand, the numbering pass)', () => {
    const senders = everyFunction().filter((f) => 'INVOICING_QUEUE_URL' in f.env);
    expect(senders.map((f) => f.description).sort()).toEqual([
      'Queue consumer invoicing',
      'Scheduled job start-bill-run (0 0 1 * *, tenant time zone)',
    ]);
    for (const f of senders) {
      expect(f.env.INVOICING_QUEUE_URL, f.description).toEqual(refIn(f.t, sb.events, { Ref: ids.queue }));
      const sends = f.statements.filter((s) => asArray(s.Action).includes('sqs:SendMessage'));
      // The consumer function also holds the event source's receive/delete on the same queue.
      expect(
        sends.map((s) => s.Resource),
        f.description,
      ).toContainEqual(refIn(f.t, sb.events, { 'Fn::GetAtt': [ids.queue, 'Arn'] }));
      for (const s of sends) {
        expect(
          [
            JSON.stringify(refIn(f.t, sb.events, { 'Fn::GetAtt': [ids.queue, 'Arn'] })),
            // Async-invoke failures of a schedule's function go to the schedules' DLQ.
            JSON.stringify({
              'Fn::GetAtt': [
                sb.schedules.getLogicalId(sb.schedules.deadLetters.node.defaultChild as never),
                'Arn',
              ],
            }),
          ],
          f.description,
        ).toContain(JSON.stringify(s.Resource));
      }
    }
  });

  it('no other function may send to it', () => {
    const arn = JSON.stringify({ 'Fn::GetAtt': [ids.queue, 'Arn'] });
    for (const f of everyFunction()) {
      if ('INVOICING_QUEUE_URL' in f.env) continue;
      const sendsThere = f.statements.some(
        (s) =>
          asArray(s.Action).includes('sqs:SendMessage') &&
          (JSON.stringify(s.Resource) === arn || JSON.stringify(s.Resource).includes('InvoicingQueue')),
      );
      expect(sendsThere, f.description).toBe(false);
    }
  });
});

describe('a function that declares a resource the deployment lacks', () => {
  it('fails the synth, naming it', () => {
    expect(() => buildSwitchboard({ stage: 'noqueue', queues: [] })).toThrow(
      /schedule "start-bill-run" uses invoicing-queue but the deployment has no queue consumer "invoicing"/,
    );
  });
});
