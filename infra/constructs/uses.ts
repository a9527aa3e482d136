import { type CfnElement, Stack, Validations } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import type { IStateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import type { StageResource } from '../../functions/manifest.ts';

/** The registry queue behind each queue resource. */
export const QUEUE_OF = { 'invoicing-queue': 'invoicing' } as const satisfies Partial<
  Record<StageResource, string>
>;

/** The stage resources a stack can hand to its functions; absent: not in this deployment. */
export interface StageResources {
  invoiceFiles?: IBucket;
  /** Queues of the registry's queue consumers, by entry name. */
  queues?: ReadonlyMap<string, IQueue>;
  /** The dunning state machine. */
  dunningWorkflow?: IStateMachine;
}

/**
 * `bucket`'s ARN as `fn`'s stack uses it, and the name cdk-nag gives it in a finding. From another
 * stack it is the import of the bucket stack's export, asked for here rather than left to CDK: CDK
 * turns a cross-stack reference into that same import only when it prepares the app for synthesis,
 * after the acknowledgements are written, and cdk-nag (run at synth) then names the export.
 */
function bucketArnFor(fn: IFunction, bucket: IBucket): { value: string; nagName?: string } {
  const owner = Stack.of(bucket);
  const child = bucket.node.defaultChild as CfnElement | undefined;
  if (!child) return { value: bucket.bucketArn };
  if (owner === Stack.of(fn))
    return { value: bucket.bucketArn, nagName: `<${owner.getLogicalId(child)}.Arn>` };
  const value = owner.exportValue(bucket.bucketArn);
  const imported = owner.resolve(value) as { 'Fn::ImportValue': string };
  return { value, nagName: imported['Fn::ImportValue'] };
}

/** The function construct's `addEnvironment`, which `IFunction` does not have. */
type FunctionWithEnvironment = IFunction & { addEnvironment(key: string, value: string): unknown };

/**
 * Gives `fn` what its declaration `uses` (`functions/manifest.ts` `StageResource`): the resource's
 * address in its environment and only the actions it needs, on that resource only. Throws, naming
 * `who`, when a declared resource is not part of the deployment, so a function never starts
 * without what it needs.
 */
export function grantUses(
  fn: FunctionWithEnvironment,
  who: string,
  uses: readonly StageResource[] | undefined,
  resources: StageResources,
): void {
  for (const use of new Set(uses ?? [])) {
    switch (use) {
      case 'invoice-files': {
        const bucket = resources.invoiceFiles;
        if (!bucket) throw new Error(`${who} uses invoice-files but the deployment has no invoice bucket`);
        fn.addEnvironment('INVOICE_BUCKET', bucket.bucketName);
        // A document is read back, or rendered once and put: never listed, deleted or overwritten by
        // another path (keys start with the tenant, `shared/invoices/files.ts`).
        const arn = bucketArnFor(fn, bucket);
        fn.addToRolePolicy(
          new PolicyStatement({ actions: ['s3:GetObject', 's3:PutObject'], resources: [`${arn.value}/*`] }),
        );
        if (fn.role && arn.nagName) {
          Validations.of(fn.role).acknowledge({
            id: `AwsSolutions-IAM5[Resource::${arn.nagName}/*]`,
            reason:
              "Invoice documents are keyed <tenant>/<group>/<invoice>.pdf, made at run time: the grant is s3:GetObject and s3:PutObject on this one bucket's objects, no listing, no deletion, no other bucket.",
          });
        }
        break;
      }
      case 'invoicing-queue': {
        const queue = resources.queues?.get(QUEUE_OF[use]);
        if (!queue)
          throw new Error(`${who} uses ${use} but the deployment has no queue consumer "${QUEUE_OF[use]}"`);
        fn.addEnvironment('INVOICING_QUEUE_URL', queue.queueUrl);
        // SendMessageBatch is authorized by sqs:SendMessage. The queue is SSE-SQS: no key to grant.
        fn.addToRolePolicy(
          new PolicyStatement({ actions: ['sqs:SendMessage'], resources: [queue.queueArn] }),
        );
        break;
      }
      case 'proof-files': {
        const bucket = resources.invoiceFiles;
        if (!bucket) throw new Error(`${who} uses proof-files but the deployment has no documents bucket`);
        fn.addEnvironment('INVOICE_BUCKET', bucket.bucketName);
        // The client uploads through a URL this function presigns (s3:PutObject), and the function
        // looks at what arrived and lets staff download it (s3:GetObject): under proofs/ only.
        const arn = bucketArnFor(fn, bucket);
        fn.addToRolePolicy(
          new PolicyStatement({
            actions: ['s3:GetObject', 's3:PutObject'],
            resources: [`${arn.value}/proofs/*`],
          }),
        );
        if (fn.role && arn.nagName) {
          Validations.of(fn.role).acknowledge({
            id: `AwsSolutions-IAM5[Resource::${arn.nagName}/proofs/*]`,
            reason:
              'Payment-proof documents are keyed proofs/<tenant>/<group>/<proof>, made at run time: s3:GetObject and s3:PutObject on that prefix of this one bucket, no listing, no deletion.',
          });
        }
        break;
      }
      case 'dunning-workflow': {
        const machine = resources.dunningWorkflow;
        if (!machine)
          throw new Error(`${who} uses dunning-workflow but the deployment has no dunning state machine`);
        fn.addEnvironment('DUNNING_STATE_MACHINE_ARN', machine.stateMachineArn);
        // Start an invoice's execution, and complete the wait whose token the dunning keeps.
        fn.addToRolePolicy(
          new PolicyStatement({ actions: ['states:StartExecution'], resources: [machine.stateMachineArn] }),
        );
        machine.grantTaskResponse(fn);
        break;
      }
      default: {
        const never: never = use;
        throw new Error(`${who} uses an unknown resource "${String(never)}"`);
      }
    }
  }
}
