import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { ISource } from 'aws-cdk-lib/aws-s3-deployment';
import type { Construct } from 'constructs';
import { hostOf, PortalHosting } from '../constructs/portal-hosting.ts';
import type { StageSettings } from './settings.ts';

export interface PortalStackProps extends StackProps {
  settings: StageSettings;
  /** The HTTP API's endpoint (`https://<api>.execute-api.<region>.amazonaws.com`). */
  apiEndpoint: string;
  /** The documents bucket (payment proofs are uploaded to it from the browser). */
  documents: IBucket;
  /** The portal's files; by default the build of `web/` (`portalSource`). */
  source?: ISource;
}

/**
 * The self-care portal (`web/`) on CloudFront, with the API under the same domain. Stateless, after
 * the data and API stacks it reads from; nothing depends on it.
 */
export class PortalStack extends Stack {
  readonly hosting: PortalHosting;

  constructor(scope: Construct, id: string, props: PortalStackProps) {
    super(scope, id, props);
    // As in the data stack: S3 server access logs under a bucket policy, not the log-delivery ACL.
    this.node.setContext('@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy', true);
    this.hosting = new PortalHosting(this, 'Portal', {
      settings: props.settings,
      apiDomainName: hostOf(props.apiEndpoint),
      documents: props.documents,
      ...(props.source ? { source: props.source } : {}),
    });
    new CfnOutput(this, 'PortalUrl', { value: this.hosting.origin });
    new CfnOutput(this, 'PortalBucketName', { value: this.hosting.bucket.bucketName });
  }
}
