import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { createSwitchboard } from './stacks/switchboard.ts';

/**
 * `cdk synth -c stage=<name>` (default `dev`) `[-c notifyEmailFrom=<verified SES sender>]`
 * `[-c tenantHostDomain=<domain> [-c portalCertificateArn=<ACM certificate of *.domain, us-east-1>]]`. Account and region come from the CLI's environment
 * (CDK_DEFAULT_ACCOUNT/REGION); without credentials the stacks are environment-agnostic.
 */
const app = new App();
const stage = (app.node.tryGetContext('stage') as string | undefined) ?? 'dev';

createSwitchboard(app, {
  stage,
  notifyEmailFrom: app.node.tryGetContext('notifyEmailFrom') as string | undefined,
  tenantHostDomain: app.node.tryGetContext('tenantHostDomain') as string | undefined,
  portalCertificateArn: app.node.tryGetContext('portalCertificateArn') as string | undefined,
  env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
});

// cdk-nag 3 is a policy-validation plugin: a finding that is not acknowledged (with a reason, via
// Validations.of(construct).acknowledge) fails the synth.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));

app.synth();
