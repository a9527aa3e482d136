import { RemovalPolicy } from 'aws-cdk-lib';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';

/** What differs between deployments of the same app (`cdk synth -c stage=<name>`). */
export interface StageSettings {
  /** `dev`, `staging`, `prod`, a developer's own name... */
  stage: string;
  /** Prefix of the few physical names we set (the event bus): `switchboard-<stage>`. */
  prefix: string;
  /** Production keeps its logs when a stack is deleted; other stages clean up after themselves. */
  production: boolean;
  /** Retention of every Lambda log group and of the API access log. */
  logRetention: RetentionDays;
  /** Log groups of stateless stacks: retained in production, destroyed elsewhere. */
  logRemovalPolicy: RemovalPolicy;
  /** `POWERTOOLS_LOG_LEVEL` of every function. */
  logLevel: 'DEBUG' | 'INFO' | 'WARN' | 'ERROR';
  /** Default-stage throttling of the HTTP API (requests per second / burst), account-wide per stage. */
  throttle: { rateLimit: number; burstLimit: number };
  /** Sender of e-mail notifications, a verified SES identity (`-c notifyEmailFrom=...`); none: no e-mail. */
  notifyEmailFrom?: string;
  /**
   * Name of the Secrets Manager secret that seals pagination cursors (`<prefix>/cursor-signing-key`).
   * Provisioned once per stage before the first deployment (docs/architecture.md, "Pagination").
   */
  cursorSigningSecret: string;
  /**
   * The domain under which each tenant's self-care host is `<tenant>.<domain>` (`-c tenantHostDomain=...`):
   * the tenant of a sign-in request. None: sign-in refuses every request (it cannot tell the tenant).
   */
  tenantHostDomain?: string;
  /**
   * The ACM certificate (in us-east-1) of `*.<tenantHostDomain>` (`-c portalCertificateArn=...`): the
   * portal's distribution then answers on every tenant's host, with TLS 1.2 at least. None: it
   * answers on its cloudfront.net name only.
   */
  portalCertificateArn?: string;
}

const STAGE_NAME = /^[a-z][a-z0-9-]{1,19}$/;

export function stageSettings(
  stage: string,
  options: { notifyEmailFrom?: string; tenantHostDomain?: string; portalCertificateArn?: string } = {},
): StageSettings {
  if (options.portalCertificateArn && !options.tenantHostDomain) {
    throw new Error("portalCertificateArn needs tenantHostDomain: the certificate is that domain's");
  }
  if (
    options.portalCertificateArn &&
    !/^arn:aws[a-z-]*:acm:us-east-1:\d{12}:certificate\//.test(options.portalCertificateArn)
  ) {
    throw new Error(
      `portalCertificateArn "${options.portalCertificateArn}" is no ACM certificate of us-east-1`,
    );
  }
  if (options.notifyEmailFrom !== undefined && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(options.notifyEmailFrom)) {
    throw new Error(`notifyEmailFrom "${options.notifyEmailFrom}" is not an e-mail address`);
  }
  if (!STAGE_NAME.test(stage)) {
    throw new Error(`stage "${stage}" must be 2-20 characters of a-z, 0-9 and '-', starting with a letter`);
  }
  const production = stage === 'prod';
  return {
    stage,
    prefix: `switchboard-${stage}`,
    production,
    cursorSigningSecret: `switchboard-${stage}/cursor-signing-key`,
    logRetention: production ? RetentionDays.THREE_MONTHS : RetentionDays.ONE_MONTH,
    logRemovalPolicy: production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    logLevel: production ? 'INFO' : 'DEBUG',
    throttle: production ? { rateLimit: 500, burstLimit: 1000 } : { rateLimit: 50, burstLimit: 100 },
    ...(options.notifyEmailFrom ? { notifyEmailFrom: options.notifyEmailFrom } : {}),
    ...(options.tenantHostDomain ? { tenantHostDomain: options.tenantHostDomain } : {}),
    ...(options.portalCertificateArn ? { portalCertificateArn: options.portalCertificateArn } : {}),
  };
}
