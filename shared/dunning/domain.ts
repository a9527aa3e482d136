import { createHash } from 'node:crypto';
import type { Policies } from '../catalog/domain.ts';
import { startOfLocalDay } from '../kernel/calendar.ts';

/**
 * Dunning of an unpaid invoice (document 002): after its due date a reminder, after the grace
 * period the suspension of outgoing services, then a wait for the payment or a proof of payment,
 * which restores service (a reconnection fee on the next invoice); still unpaid at the final
 * deadline, the debt goes to collections. Pure rules: the state machine (`infra/constructs/
 * dunning-workflow.ts`) moves through them, its tasks (`use-cases/tasks.ts`) apply them.
 *
 * Stages, as the invoice and the group show them:
 * - `scheduled`: issued, not yet due (or due, before the reminder);
 * - `reminded`: the reminder went out;
 * - `suspended`: outgoing services of the group's numbers (or the debtor's) are barred;
 * - `provisional`: service restored on a proof that is not yet confirmed (tenant policy);
 * - final: `paid` (settled before any suspension), `proof-accepted` (staff accepted a proof before
 *   any suspension), `reactivated` (service restored after a suspension, by payment or an accepted
 *   proof), `collections` (the final deadline passed), `closed` (the invoice was voided).
 */
export const DUNNING_STAGES = [
  'scheduled',
  'reminded',
  'suspended',
  'provisional',
  'paid',
  'proof-accepted',
  'reactivated',
  'collections',
  'closed',
] as const;
export type DunningStage = (typeof DUNNING_STAGES)[number];

/**
 * Stages a workflow is still running in. In `collections` it still waits: a payment then restores
 * service, as it would have before.
 */
export const ACTIVE_STAGES = ['scheduled', 'reminded', 'suspended', 'provisional', 'collections'] as const;
export type ActiveStage = (typeof ACTIVE_STAGES)[number];
export const isActive = (stage: DunningStage): stage is ActiveStage =>
  (ACTIVE_STAGES as readonly string[]).includes(stage);

/** Stages in which the numbers are barred for non-payment. */
export const isSuspended = (stage: DunningStage): boolean => stage === 'suspended' || stage === 'collections';

/**
 * Whether `outcome` ends the wait of a dunning in `stage`, and so is recorded: a payment in full,
 * a void or an accepted proof in any active stage; a submitted proof only while suspended where
 * the tenant reactivates on a proof; a rejected proof only while provisionally reactivated.
 */
export function isDecisive(
  stage: DunningStage,
  outcome: OutcomeKind,
  policy: Pick<DunningPolicy, 'provisionalOnProof'>,
): boolean {
  if (!isActive(stage)) return false;
  switch (outcome) {
    case 'paid':
    case 'voided':
    case 'proof-approved':
      return true;
    case 'proof-submitted':
      return stage === 'suspended' && policy.provisionalOnProof;
    case 'proof-rejected':
      return stage === 'provisional';
  }
}

/**
 * What ends a wait, as recorded on the dunning (the workflow reads it back; a task token only wakes
 * it): the invoice paid in full, a proof accepted by staff, a proof submitted (where the tenant
 * restores service provisionally), a proof rejected (during a provisional reactivation), the
 * invoice voided.
 */
export type OutcomeKind = 'paid' | 'proof-approved' | 'proof-submitted' | 'proof-rejected' | 'voided';

export interface Outcome {
  kind: OutcomeKind;
  at: string;
  proofId?: string;
  reason?: string;
}

/** A later outcome replaces the recorded one only when it says more: paid or voided end everything. */
const RANK: Record<OutcomeKind, number> = {
  'proof-submitted': 1,
  'proof-rejected': 1,
  'proof-approved': 2,
  paid: 3,
  voided: 3,
};

/** The outcome to keep when `next` arrives over `current`; undefined: keep `current` as it is. */
export function mergeOutcome(current: Outcome | undefined, next: Outcome): Outcome | undefined {
  if (!current) return next;
  if (current.kind === next.kind && current.proofId === next.proofId) return undefined;
  // A decision on a proof replaces its submission; otherwise the stronger outcome wins.
  if (RANK[next.kind] > RANK[current.kind]) return next;
  if (next.kind === 'proof-rejected' && current.kind === 'proof-submitted') return next;
  if (next.kind === 'proof-submitted' && current.kind === 'proof-rejected') return next;
  return undefined;
}

export type DunningPolicy = Policies['dunning'];

/** The instants of a dunning, fixed when it opens (so a restart resumes, never re-times, it). */
export interface Timeline {
  /** The reminder goes out (due date + `reminderAfterDays`). */
  remindAt: string;
  /** Outgoing services are suspended (due date + `suspendAfterDays`). */
  suspendAt: string;
  /** Still unpaid: the debt goes to collections (due date + `collectionsAfterDays`). */
  collectionsAt: string;
  /** The length of a dunning day, for the provisional window. */
  dayLengthSeconds: number;
}

/** Calendar days from `from` to `to` (`YYYY-MM-DD`). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

const addDays = (date: string, n: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** Steps on calendar days happen at this local hour: nobody gets a suspension SMS at midnight. */
const LOCAL_STEP_HOUR = 9;

/**
 * The dunning's instants. In calendar days (the default day length) each step is at 09:00 in the
 * tenant's time zone on its day; with a shorter day (a demonstration tenant) the days count from
 * the moment the invoice was issued.
 */
export function timelineOf(
  invoice: { issueDate: string; dueDate: string; issuedAt: string },
  policy: DunningPolicy,
  timeZone: string,
): Timeline {
  const day = policy.dayLengthSeconds;
  const at = (daysAfterDue: number): string => {
    const date = addDays(invoice.dueDate, daysAfterDue);
    if (day >= 86_400)
      return new Date(startOfLocalDay(date, timeZone).getTime() + LOCAL_STEP_HOUR * 3_600_000).toISOString();
    const offset = daysBetween(invoice.issueDate, date);
    return new Date(Date.parse(invoice.issuedAt) + offset * day * 1000).toISOString();
  };
  return {
    remindAt: at(policy.reminderAfterDays),
    suspendAt: at(policy.suspendAfterDays),
    collectionsAt: at(policy.collectionsAfterDays),
    dayLengthSeconds: day,
  };
}

/** When a provisional reactivation made at `at` lapses without a payment or staff approval. */
export function provisionalUntil(at: Date, policy: DunningPolicy): string {
  return new Date(at.getTime() + policy.provisionalDays * policy.dayLengthSeconds * 1000).toISOString();
}

/**
 * The longest single wait. A workflow waiting longer re-checks and waits again: a long deadline
 * then never depends on one timer (the local runner's timers hold at most 24.8 days).
 */
export const MAX_WAIT_SECONDS = 7 * 86_400;

/** Until when to sleep before looking again at a step due at `target`. */
export function wakeAt(now: Date, target: string): string {
  return new Date(Math.min(Date.parse(target), now.getTime() + MAX_WAIT_SECONDS * 1000)).toISOString();
}

/** How long a wait for a payment or proof may last before it looks again, at least one second. */
export function waitSeconds(now: Date, deadline: string): number {
  const left = Math.ceil((Date.parse(deadline) - now.getTime()) / 1000);
  return Math.max(1, Math.min(left, MAX_WAIT_SECONDS));
}

/** What the invoice says now, for the checks. */
export interface InvoiceFacts {
  status: 'issued' | 'paid' | 'void';
  outstanding: { amount: number; currency: string };
}

export type CheckResult =
  | { next: 'end'; stage: 'paid' | 'proof-accepted' | 'closed' }
  | { next: 'wait'; wakeAt: string }
  | { next: 'act' };

/**
 * Before the reminder or the suspension: settled (paid, voided, a proof accepted) ends the dunning;
 * not yet time waits; otherwise act.
 */
export function checkBeforeStep(
  invoice: InvoiceFacts,
  outcome: Outcome | undefined,
  now: Date,
  stepAt: string,
): CheckResult {
  if (invoice.status === 'void' || outcome?.kind === 'voided') return { next: 'end', stage: 'closed' };
  if (invoice.status === 'paid' || invoice.outstanding.amount <= 0 || outcome?.kind === 'paid')
    return { next: 'end', stage: 'paid' };
  if (outcome?.kind === 'proof-approved') return { next: 'end', stage: 'proof-accepted' };
  if (now.getTime() < Date.parse(stepAt)) return { next: 'wait', wakeAt: wakeAt(now, stepAt) };
  return { next: 'act' };
}

export type SettlementResult =
  | { next: 'reactivate'; cause: 'paid' | 'proof-approved' }
  | { next: 'provisional'; proofId?: string }
  | { next: 'close' }
  | { next: 'collections' }
  | { next: 'await'; timeoutSeconds: number };

/**
 * While suspended (or in collections): what restores service, what ends the dunning, or how long
 * to wait for either.
 */
export function checkSettlement(
  invoice: InvoiceFacts,
  outcome: Outcome | undefined,
  now: Date,
  timeline: Timeline,
  policy: Pick<DunningPolicy, 'provisionalOnProof'>,
  inCollections = false,
): SettlementResult {
  if (invoice.status === 'void' || outcome?.kind === 'voided') return { next: 'close' };
  if (invoice.status === 'paid' || invoice.outstanding.amount <= 0 || outcome?.kind === 'paid')
    return { next: 'reactivate', cause: 'paid' };
  if (outcome?.kind === 'proof-approved') return { next: 'reactivate', cause: 'proof-approved' };
  if (outcome?.kind === 'proof-submitted' && policy.provisionalOnProof && !inCollections)
    return { next: 'provisional', proofId: outcome.proofId };
  // In collections it waits on for a payment, looking again every so often.
  if (inCollections) return { next: 'await', timeoutSeconds: MAX_WAIT_SECONDS };
  if (now.getTime() >= Date.parse(timeline.collectionsAt)) return { next: 'collections' };
  return { next: 'await', timeoutSeconds: waitSeconds(now, timeline.collectionsAt) };
}

export type ProvisionalResult =
  | { next: 'confirm'; cause: 'paid' | 'proof-approved' }
  | { next: 'revert'; cause: 'proof-rejected' | 'lapsed' }
  | { next: 'close' }
  | { next: 'await'; timeoutSeconds: number };

/** During a provisional reactivation: confirmed, reverted, or how long to wait. */
export function checkProvisional(
  invoice: InvoiceFacts,
  outcome: Outcome | undefined,
  now: Date,
  until: string,
): ProvisionalResult {
  if (invoice.status === 'void' || outcome?.kind === 'voided') return { next: 'close' };
  if (invoice.status === 'paid' || invoice.outstanding.amount <= 0 || outcome?.kind === 'paid')
    return { next: 'confirm', cause: 'paid' };
  if (outcome?.kind === 'proof-approved') return { next: 'confirm', cause: 'proof-approved' };
  if (outcome?.kind === 'proof-rejected') return { next: 'revert', cause: 'proof-rejected' };
  if (now.getTime() >= Date.parse(until)) return { next: 'revert', cause: 'lapsed' };
  return { next: 'await', timeoutSeconds: waitSeconds(now, until) };
}

/** The numbers a suspension bars: every active number of the group, or only the administrator's. */
export function suspensionTargets(
  scope: DunningPolicy['suspend'],
  adminMsisdn: string,
  numbers: readonly string[],
): string[] {
  if (scope === 'debtor') return [adminMsisdn];
  return [...new Set([adminMsisdn, ...numbers])].sort();
}

/** The execution of an invoice's dunning: one per invoice (Step Functions names are ≤ 80 characters of [A-Za-z0-9-_]). */
export function executionName(tenantId: string, invoiceId: string): string {
  const name = `${tenantId}-${invoiceId}`.replace(/[^A-Za-z0-9_-]/g, '_');
  if (name.length <= 80) return name;
  // Too long for a name: a prefix and a digest of the whole keep it unique.
  const digest = createHash('sha256').update(`${tenantId}/${invoiceId}`).digest('hex').slice(0, 16);
  return `${name.slice(0, 63)}-${digest}`;
}
