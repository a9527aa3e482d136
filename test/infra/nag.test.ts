import { type App, type PolicyViolation, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { defineEvent } from '../../events/contract.ts';
import { createSwitchboard } from '../../infra/stacks/switchboard.ts';
import { testApp } from './support.ts';

/**
 * cdk-nag 3 runs as a policy-validation plugin during `cdk synth` (infra/app.ts) and fails it on
 * any finding that is not acknowledged. Here the same pack walks the same app in-process.
 */
let app: App;

beforeAll(() => {
  // As `cdk synth` synthesizes it, CDK's own template check included.
  app = testApp({}, { builtinValidation: true });
  // The real deployment...
  createSwitchboard(app, { stage: 'dev' });
  // ...and one with a subscriber, a queue consumer and a schedule that uses the invoice bucket, so
  // that those paths are checked whatever the registry lists.
  const Probe = defineEvent({
    detailType: 'ProbeHappened',
    source: 'switchboard.probe',
    version: '1.0',
    schema: z.object({}),
  });
  // (The probe also serves the portal on the tenants' hosts, with their certificate.)
  createSwitchboard(app, {
    stage: 'probe',
    notifyEmailFrom: 'billing@example.com',
    tenantHostDomain: 'portal.example',
    portalCertificateArn:
      'arn:aws:acm:us-east-1:123456789012:certificate/0b2c7c4e-8f1a-4d3e-9c55-1e2f3a4b5c6d',
    subscriptions: [
      {
        name: 'probe',
        handler: 'functions/publishing/publish-outbox',
        events: [Probe],
        sends: ['sms', 'email'],
      },
    ],
    queues: [{ name: 'probe-queue', handler: 'test/support/queue-consumer', maxConcurrency: 2 }],
    schedules: [
      {
        name: 'probe-schedule',
        cron: '0 * * * *',
        perTenantTimeZone: false,
        handler: 'functions/usage/lift-period-bars',
        uses: ['invoice-files'],
      },
    ],
  });
  // As `cdk synth` runs the pack: after CDK has prepared the app (cross-stack references are
  // imports of exports by then, and findings name them so).
  app.synth();
});

interface Acknowledgement {
  path: string;
  id: string;
  reason: string;
}

function acknowledgements(scope: IConstruct): Acknowledgement[] {
  return scope.node.findAll().flatMap((c) =>
    c.node.metadata
      .filter((m) => m.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((m) =>
        Object.entries(m.data as Record<string, string>).map(([id, reason]) => ({
          path: c.node.path,
          id: id.replace(/^annotation::/i, ''),
          reason,
        })),
      ),
  );
}

const describeViolations = (violations: PolicyViolation[]) =>
  violations
    .map(
      (v) =>
        `${v.severity} ${v.ruleName}: ${v.description}\n  ${v.violatingResources.map((r) => r.constructPath).join('\n  ')}`,
    )
    .join('\n');

describe('AwsSolutions checks', () => {
  it('find nothing that is not acknowledged (errors or warnings: either fails cdk synth)', () => {
    const report = new AwsSolutionsChecks().validateScope(app);
    expect(describeViolations(report.violations)).toBe('');
    expect(report.success).toBe(true);
  });

  it('every acknowledgement gives a reason', () => {
    const acks = acknowledgements(app);
    expect(acks.length).toBeGreaterThan(0);
    for (const ack of acks) {
      expect(ack.id, ack.path).toMatch(/^AwsSolutions-[A-Z]+\d+(\[.+\])?$/);
      // A sentence, not a placeholder.
      expect(ack.reason.trim().length, `${ack.path} ${ack.id}`).toBeGreaterThanOrEqual(40);
    }
  });

  it('every acknowledgement silences a finding that is really there (no stale suppressions)', () => {
    const pack = new AwsSolutionsChecks();
    // The same checks with every acknowledgement ignored.
    Object.defineProperty(pack, 'isAcknowledged', { value: () => false });
    const findings = pack.validateScope(app).violations;
    expect(findings.length).toBeGreaterThan(0);
    for (const ack of acknowledgements(app)) {
      const silenced = findings.some(
        (v) =>
          v.ruleName === ack.id &&
          v.violatingResources.some(
            (r) => r.constructPath === ack.path || (r.constructPath ?? '').startsWith(`${ack.path}/`),
          ),
      );
      expect(silenced, `${ack.id} on ${ack.path} silences nothing`).toBe(true);
    }
  });
});
