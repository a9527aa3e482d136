import type { Catalog } from '../../catalog/domain.ts';
import { feeCharge } from '../../groups/charges.ts';
import { parseInvoiceId } from '../../invoices/runs.ts';
import { NotFound, RuleViolation } from '../../kernel/errors.ts';
import {
  type ActiveStage,
  checkBeforeStep,
  checkProvisional,
  checkSettlement,
  type DunningPolicy,
  type DunningStage,
  type InvoiceFacts,
  isActive,
  isSuspended,
  provisionalUntil,
  suspensionTargets,
  timelineOf,
  wakeAt,
} from '../domain.ts';
import { OutcomeArrived } from '../dynamo.ts';
import type { Dunning, DunningDeps } from '../ports.ts';

/**
 * The tasks of the dunning workflow (`infra/constructs/dunning-workflow.ts`). Each reads the
 * dunning and the invoice afresh, decides with the rules of `domain.ts` and writes at most one
 * stage change (`DunningRepository.changeStage`): run again, by a retry or a restart, a task
 * finds its change made and answers as it did. Every answer is small: the state machine keeps it.
 */

export interface TaskInput {
  tenantId: string;
  invoiceId: string;
  correlationId?: string;
}

async function invoiceOf(deps: DunningDeps, tenantId: string, invoiceId: string) {
  const id = parseInvoiceId(invoiceId);
  if (!id) throw new NotFound(`invoice ${invoiceId} does not exist`);
  const header = await deps.invoices.getHeader(tenantId, id.groupId, id.period);
  if (!header || header.status === 'draft' || !header.number || !header.issuedAt)
    throw new NotFound(`invoice ${invoiceId} is not issued`);
  return header;
}

async function facts(
  deps: DunningDeps,
  input: TaskInput,
): Promise<{ dunning: Dunning; invoice: InvoiceFacts }> {
  const [dunning, header] = await Promise.all([
    deps.dunnings.get(input.tenantId, input.invoiceId),
    invoiceOf(deps, input.tenantId, input.invoiceId),
  ]);
  if (!dunning) throw new NotFound(`invoice ${input.invoiceId} has no dunning`);
  const status = header.status === 'draft' ? 'issued' : header.status;
  return { dunning, invoice: { status, outstanding: header.outstanding } };
}

async function catalogOf(deps: DunningDeps, tenantId: string): Promise<Catalog> {
  const current = await deps.catalogs.current(tenantId);
  if (!current) throw new NotFound(`tenant ${tenantId} has no catalog`);
  return current.catalog;
}

const policyOf = async (deps: DunningDeps, tenantId: string): Promise<DunningPolicy> =>
  (await catalogOf(deps, tenantId)).policies.dunning;

/** A stage change from `before`, clearing the outcome and the token the step consumed. */
function moved(
  before: Dunning,
  stage: DunningStage,
  at: Date,
  cause: string,
  set: Partial<Dunning> = {},
): Dunning {
  return {
    ...before,
    ...set,
    stage,
    since: at.toISOString(),
    outcome: undefined,
    taskToken: undefined,
    failure: undefined,
    history: [...before.history, { stage, at: at.toISOString(), cause }],
  };
}

/** The active stage the workflow resumes in, and when its next step is due. */
export interface OpenOutput {
  stage: DunningStage;
  wakeAt?: string;
}

function resumeAt(d: Dunning, now: Date): OpenOutput {
  if (d.stage === 'scheduled') return { stage: d.stage, wakeAt: wakeAt(now, d.timeline.remindAt) };
  if (d.stage === 'reminded') return { stage: d.stage, wakeAt: wakeAt(now, d.timeline.suspendAt) };
  return { stage: d.stage };
}

/**
 * Opens the invoice's dunning, timed from the tenant's policy in force, or reads the one opened
 * before (a restart, a duplicate start): the workflow resumes at its stage.
 */
export async function openDunning(deps: DunningDeps, input: TaskInput): Promise<OpenOutput> {
  const now = deps.clock.now();
  const existing = await deps.dunnings.get(input.tenantId, input.invoiceId);
  if (existing) return resumeAt(existing, now);
  const [header, catalog, tenant] = await Promise.all([
    invoiceOf(deps, input.tenantId, input.invoiceId),
    catalogOf(deps, input.tenantId),
    deps.tenant(input.tenantId),
  ]);
  if (!tenant) throw new NotFound(`tenant ${input.tenantId} does not exist`);
  const at = now.toISOString();
  const timeline = timelineOf(
    { issueDate: header.issueDate, dueDate: header.dueDate, issuedAt: header.issuedAt! },
    catalog.policies.dunning,
    tenant.timeZone,
  );
  const opened = await deps.dunnings.open({
    tenantId: input.tenantId,
    invoiceId: input.invoiceId,
    groupId: header.groupId,
    period: header.period,
    number: header.number!,
    amountDue: header.outstanding,
    paymentReference: header.paymentReference,
    dueDate: header.dueDate,
    stage: 'scheduled',
    since: at,
    timeline,
    history: [{ stage: 'scheduled', at, cause: 'issued' }],
    version: 1,
    createdAt: at,
  });
  return resumeAt(opened, now);
}

export type CheckOutput = { next: 'end' } | { next: 'wait'; wakeAt: string } | { next: 'act' };

/**
 * Before the reminder (`step: 'remind'`) or the suspension (`step: 'suspend'`): paid, voided or
 * a proof accepted ends the dunning (recorded); too early waits; otherwise the step goes ahead.
 */
export async function checkStep(
  deps: DunningDeps,
  input: TaskInput & { step: 'remind' | 'suspend' },
): Promise<CheckOutput> {
  const now = deps.clock.now();
  const { dunning, invoice } = await facts(deps, input);
  const expected: ActiveStage = input.step === 'remind' ? 'scheduled' : 'reminded';
  if (!isActive(dunning.stage)) return { next: 'end' };
  if (dunning.stage !== expected) return { next: 'act' };
  const at = input.step === 'remind' ? dunning.timeline.remindAt : dunning.timeline.suspendAt;
  const result = checkBeforeStep(invoice, dunning.outcome, now, at);
  if (result.next !== 'end') return result;
  const cause = result.stage === 'closed' ? 'voided' : result.stage === 'paid' ? 'paid' : 'proof-approved';
  await deps.dunnings.changeStage({
    before: dunning,
    after: { ...moved(dunning, result.stage, now, cause), amountDue: invoice.outstanding },
    cause,
    correlationId: input.correlationId,
    at: now,
  });
  return { next: 'end' };
}

/** The reminder: the stage `reminded` (its event sends the SMS and the e-mail). */
export async function sendReminder(deps: DunningDeps, input: TaskInput): Promise<{ wakeAt: string }> {
  const now = deps.clock.now();
  const { dunning, invoice } = await facts(deps, input);
  if (dunning.stage === 'scheduled') {
    await deps.dunnings.changeStage({
      before: dunning,
      after: { ...moved(dunning, 'reminded', now, 'due'), amountDue: invoice.outstanding },
      cause: 'due',
      correlationId: input.correlationId,
      at: now,
    });
  }
  return { wakeAt: wakeAt(now, dunning.timeline.suspendAt) };
}

/** Every active number of the group, admin first. */
async function groupNumbers(deps: DunningDeps, tenantId: string, groupId: string): Promise<string[]> {
  const numbers: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await deps.groups.listMembers(tenantId, groupId, 100, cursor);
    numbers.push(...page.items.filter((m) => m.status === 'active').map((m) => m.msisdn));
    cursor = page.nextCursor;
  } while (cursor);
  return numbers;
}

/**
 * Suspends outgoing services (all the group's numbers, or the debtor's, per policy): after the
 * grace period, or again when a provisional reactivation is reverted. The event bars them on the
 * network and sends the customer the amount due by SMS, with how to send a proof.
 */
export async function suspend(
  deps: DunningDeps,
  input: TaskInput & { cause: 'grace-over' | 'proof-rejected' | 'lapsed' },
): Promise<Record<string, never>> {
  const now = deps.clock.now();
  const { dunning, invoice } = await facts(deps, input);
  if (dunning.stage !== 'reminded' && dunning.stage !== 'provisional') return {};
  const group = await deps.groups.getGroup(input.tenantId, dunning.groupId);
  if (!group) throw new NotFound(`group ${dunning.groupId} does not exist`);
  const policy = await policyOf(deps, input.tenantId);
  const msisdns = suspensionTargets(
    policy.suspend,
    group.adminMsisdn,
    await groupNumbers(deps, input.tenantId, dunning.groupId),
  );
  await deps.dunnings.changeStage({
    before: dunning,
    after: {
      ...moved(dunning, 'suspended', now, input.cause, { provisionalUntil: undefined }),
      amountDue: invoice.outstanding,
      suspended: { msisdns, at: now.toISOString(), scope: policy.suspend },
    },
    network: { action: 'suspend', msisdns },
    cause: input.cause,
    correlationId: input.correlationId,
    at: now,
  });
  return {};
}

export type SettlementOutput =
  | { next: 'reactivate'; cause: 'paid' | 'proof-approved' }
  | { next: 'provisional' }
  | { next: 'close' }
  | { next: 'collections' }
  | { next: 'await'; timeoutSeconds: number };

/** While suspended: what the recorded outcome (or the invoice) says, or how long to wait. */
export async function checkSuspended(deps: DunningDeps, input: TaskInput): Promise<SettlementOutput> {
  const now = deps.clock.now();
  const { dunning, invoice } = await facts(deps, input);
  if (dunning.stage === 'provisional') return { next: 'provisional' };
  if (dunning.stage !== 'suspended' && dunning.stage !== 'collections') return { next: 'close' };
  const policy = await policyOf(deps, input.tenantId);
  const result = checkSettlement(
    invoice,
    dunning.outcome,
    now,
    dunning.timeline,
    policy,
    dunning.stage === 'collections',
  );
  return result.next === 'provisional' ? { next: 'provisional' } : result;
}

/**
 * The wait for a payment or a proof: keeps the workflow's task token on the dunning, where the
 * waker (`wake-dunning.ts`) finds it. An outcome recorded before it fails the task with
 * `DunningOutcomeArrived`, which the workflow catches to read the outcome instead of waiting.
 */
export async function awaitOutcome(
  deps: DunningDeps,
  input: TaskInput & { taskToken: string },
): Promise<Record<string, never>> {
  const dunning = await deps.dunnings.get(input.tenantId, input.invoiceId);
  if (!dunning) throw new NotFound(`invoice ${input.invoiceId} has no dunning`);
  if (dunning.outcome) throw new OutcomeArrived();
  await deps.dunnings.keepToken(dunning, input.taskToken, deps.clock.now());
  return {};
}

/**
 * Restores outgoing services after a suspension (paid, or a proof accepted), or confirms a
 * provisional reactivation, and puts the catalog's reconnection fee on the group's next invoice.
 */
export async function reactivate(
  deps: DunningDeps,
  input: TaskInput & { cause: 'paid' | 'proof-approved' },
): Promise<Record<string, never>> {
  const now = deps.clock.now();
  const { dunning, invoice } = await facts(deps, input);
  if (dunning.stage !== 'suspended' && dunning.stage !== 'provisional' && dunning.stage !== 'collections')
    return {};
  const [catalog, tenant] = await Promise.all([catalogOf(deps, input.tenantId), deps.tenant(input.tenantId)]);
  if (!tenant) throw new NotFound(`tenant ${input.tenantId} does not exist`);
  const msisdns = dunning.suspended?.msisdns ?? [];
  const charge = feeCharge(catalog, 'reconnection', 'reconnection', {
    chargeId: `reconnection-${dunning.invoiceId}-${dunning.version}`,
    groupId: dunning.groupId,
    msisdn: msisdns[0] ?? (await deps.groups.getGroup(input.tenantId, dunning.groupId))?.adminMsisdn ?? '',
    at: now,
    timeZone: tenant.timeZone,
  });
  await deps.dunnings.changeStage({
    before: dunning,
    after: {
      ...moved(dunning, 'reactivated', now, input.cause, { provisionalUntil: undefined }),
      amountDue: invoice.outstanding,
      suspended: undefined,
    },
    // A provisional reactivation already restored the numbers.
    ...(dunning.stage !== 'provisional' ? { network: { action: 'restore' as const, msisdns } } : {}),
    ...(charge ? { charge } : {}),
    cause: input.cause,
    correlationId: input.correlationId,
    at: now,
  });
  return {};
}

/** Restores service on a proof not yet reviewed (tenant policy), until the policy's window lapses. */
export async function reactivateProvisionally(
  deps: DunningDeps,
  input: TaskInput,
): Promise<Record<string, never>> {
  const now = deps.clock.now();
  const { dunning, invoice } = await facts(deps, input);
  if (dunning.stage !== 'suspended') return {};
  const policy = await policyOf(deps, input.tenantId);
  if (!policy.provisionalOnProof) throw new RuleViolation('the tenant does not reactivate on a proof alone');
  await deps.dunnings.changeStage({
    before: dunning,
    after: {
      ...moved(dunning, 'provisional', now, 'proof-submitted', {
        provisionalUntil: provisionalUntil(now, policy),
      }),
      amountDue: invoice.outstanding,
    },
    network: { action: 'restore', msisdns: dunning.suspended?.msisdns ?? [] },
    cause: 'proof-submitted',
    correlationId: input.correlationId,
    at: now,
  });
  return {};
}

export type ProvisionalOutput =
  | { next: 'confirm'; cause: 'paid' | 'proof-approved' }
  | { next: 'revert'; cause: 'proof-rejected' | 'lapsed' }
  | { next: 'close' }
  | { next: 'await'; timeoutSeconds: number };

/** During a provisional reactivation: confirmed, reverted, or how long to wait. */
export async function checkProvisionalStage(deps: DunningDeps, input: TaskInput): Promise<ProvisionalOutput> {
  const now = deps.clock.now();
  const { dunning, invoice } = await facts(deps, input);
  if (dunning.stage !== 'provisional') return { next: 'close' };
  return checkProvisional(invoice, dunning.outcome, now, dunning.provisionalUntil ?? now.toISOString());
}

/** The final deadline passed: the debt goes to collections; the numbers stay barred. The staff are told. */
export async function handToCollections(deps: DunningDeps, input: TaskInput): Promise<Record<string, never>> {
  const now = deps.clock.now();
  const { dunning, invoice } = await facts(deps, input);
  if (dunning.stage !== 'suspended') return {};
  await deps.dunnings.changeStage({
    before: dunning,
    after: { ...moved(dunning, 'collections', now, 'deadline'), amountDue: invoice.outstanding },
    cause: 'deadline',
    correlationId: input.correlationId,
    at: now,
  });
  return {};
}

/** The invoice was voided: the dunning ends, and barred numbers are restored (no fee). */
export async function closeDunning(deps: DunningDeps, input: TaskInput): Promise<Record<string, never>> {
  const now = deps.clock.now();
  const { dunning, invoice } = await facts(deps, input);
  if (!isActive(dunning.stage)) return {};
  const msisdns = isSuspended(dunning.stage) ? (dunning.suspended?.msisdns ?? []) : [];
  await deps.dunnings.changeStage({
    before: dunning,
    after: {
      ...moved(dunning, 'closed', now, 'voided'),
      amountDue: invoice.outstanding,
      suspended: undefined,
    },
    ...(msisdns.length ? { network: { action: 'restore' as const, msisdns } } : {}),
    cause: 'voided',
    correlationId: input.correlationId,
    at: now,
  });
  return {};
}

/**
 * A task failed for good: the failure is kept on the dunning (its stage unchanged, so the operator
 * sees where it stopped) and the execution fails, which raises the workflow's alarm.
 */
export async function recordFailure(
  deps: DunningDeps,
  input: TaskInput & { error?: string; cause?: string },
): Promise<Record<string, never>> {
  const dunning = await deps.dunnings.get(input.tenantId, input.invoiceId);
  if (!dunning) return {};
  await deps.dunnings.recordFailure(dunning, {
    state: dunning.stage,
    error: input.error ?? 'unknown',
    cause: (input.cause ?? '').slice(0, 1000),
    at: deps.clock.now().toISOString(),
  });
  return {};
}
