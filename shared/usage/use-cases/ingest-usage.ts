import { NumberBarred } from '../../../events/number-barred.ts';
import { SpendingWarningReached } from '../../../events/spending-warning-reached.ts';
import type { Catalog } from '../../catalog/domain.ts';
import type { LimitAdjustments } from '../../credit-limits/ports.ts';
import type { DomainEvent } from '../../db/outbox.ts';
import { canShareUnits } from '../../groups/domain.ts';
import type { NumberOwnership } from '../../groups/ports.ts';
import { memberRef } from '../../groups/ports.ts';
import { type Actor, causedBy } from '../../kernel/actor.ts';
import { newId } from '../../kernel/ids.ts';
import { type Money, money } from '../../kernel/money.ts';
import {
  type AllowanceState,
  type RatingDecision,
  rateRecord,
  UnratableRecord,
  type UsageRecord,
} from '../../rating/domain.ts';
import { contextOf, limitInForce, type NumberContext, tariffOf } from '../context.ts';
import {
  bindingCeiling,
  type Ceilings,
  ceilingsFor,
  periodOf,
  periodRefusal,
  type RecordOutcome,
  type RejectionReason,
  spendingChange,
  UsageRecordSchema,
} from '../domain.ts';
import {
  emptyPeriodUsage,
  type PeriodUsage,
  type RatedRecord,
  type RejectedRecord,
  UsageConflict,
  type UsageDeps,
} from '../ports.ts';

/**
 * Rates a batch of usage records from the network's mediation: each record is accepted, recognised
 * as sent before (`duplicate`), or rejected with its reason, on its own; the rest of the batch is
 * kept. Used by the HTTP route and by the queue consumer alike.
 *
 * Exactly once: the records of one number are written in chunks, each ONE transaction with the
 * records themselves (`attribute_not_exists` on the record id, for ever), the number's period usage
 * (version condition), its prepaid payment and the events of spending control. A crash between two
 * chunks leaves the written ones rated and the others not; delivering the batch again rates only
 * the others. Rejected records are kept for the operator, never dropped.
 */

/** Records per transaction: leaves room for the usage item, a payment (2 writes) and events. */
export const RECORDS_PER_WRITE = 90;
/** Numbers rated at the same time within one batch. */
const NUMBER_CONCURRENCY = 8;
/** Conflicting writers on one number (another batch, a transfer) before the batch gives up. */
const ATTEMPTS = 12;

export interface IngestResult {
  accepted: number;
  duplicates: number;
  rejected: number;
  results: RecordOutcome[];
}

interface Job {
  ownership: NumberOwnership;
  context: NumberContext;
  /** An extra SIM's primary, whose plan and units its records use. */
  primary?: NumberContext;
  period: string;
  records: UsageRecord[];
}

type Outcomes = Map<string, RecordOutcome>;

function issuesText(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  return error.issues.map((i) => `${i.path.map(String).join('.') || 'record'}: ${i.message}`).join('; ');
}

export async function ingestUsage(
  deps: UsageDeps,
  actor: Actor,
  raw: readonly unknown[],
): Promise<IngestResult> {
  const { tenant } = actor;
  const tenantId = tenant.tenantId;
  const now = deps.clock.now();
  const order: string[] = [];
  const outcomes: Outcomes = new Map();
  const rejected: RejectedRecord[] = [];
  const reject = (
    recordId: string,
    reason: RejectionReason,
    detail: string,
    record: unknown,
    key = recordId,
  ) => {
    outcomes.set(key, { recordId, status: 'rejected', reason, detail });
    rejected.push({ recordId, reason, detail, receivedAt: now.toISOString(), record });
  };

  // 1. Each record on its own: well-formed, once in the batch, in the open period.
  const valid: UsageRecord[] = [];
  for (const [i, input] of raw.entries()) {
    const parsed = UsageRecordSchema.safeParse(input);
    if (!parsed.success) {
      const id = (input as { recordId?: unknown } | null)?.recordId;
      const recordId = typeof id === 'string' && id.length > 0 && id.length <= 200 ? id : `#${i}`;
      const key = `#${i}`;
      order.push(key);
      reject(recordId, 'invalid', issuesText(parsed.error), input, key);
      continue;
    }
    const r = parsed.data;
    if (outcomes.has(r.recordId)) {
      const key = `${r.recordId}#${i}`;
      order.push(key);
      outcomes.set(key, {
        recordId: r.recordId,
        status: 'rejected',
        reason: 'duplicate-in-batch',
        detail: 'the same record id appears earlier in the batch',
      });
      continue;
    }
    order.push(r.recordId);
    const refusal = periodRefusal(r.startedAt, now, tenant.timeZone);
    if (refusal) {
      reject(r.recordId, refusal.reason, refusal.detail, r);
      continue;
    }
    outcomes.set(r.recordId, { recordId: r.recordId, status: 'duplicate' }); // placeholder until rated
    valid.push(r);
  }

  // 2. Records rated before (this batch sent again, or a record sent twice over time).
  const known = valid.length
    ? await deps.usage.knownRecords(
        tenantId,
        valid.map((r) => r.recordId),
      )
    : new Set();
  const fresh = valid.filter((r) => !known.has(r.recordId));

  // 3. Whose numbers: in a group, with a plan of the catalog in force.
  const [catalogVersion, owners] = await Promise.all([
    deps.catalogs.current(tenantId),
    deps.groups.getNumbers(
      tenantId,
      fresh.map((r) => r.msisdn),
    ),
  ]);
  if (!catalogVersion) throw new Error(`tenant ${tenantId} has no catalog`);
  const catalog = catalogVersion.catalog;
  const active = fresh.filter((r) => {
    const o = owners.get(r.msisdn);
    if (o?.status === 'active') return true;
    reject(r.recordId, 'unknown-number', `${r.msisdn} is not a number of any group`, r);
    return false;
  });
  const members = await deps.groups.getMembersByRef(
    tenantId,
    [...new Set(active.map((r) => r.msisdn))].map((msisdn) => ({
      groupId: owners.get(msisdn)!.groupId,
      msisdn,
    })),
  );

  // An extra SIM rates against its primary's plan and units, while the primary keeps its add-on.
  const primaryRefs = [...members.values()]
    .filter((m) => m.sharesUnitsOf)
    .map((m) => ({ groupId: m.groupId, msisdn: m.sharesUnitsOf! }));
  const primaries = primaryRefs.length ? await deps.groups.getMembersByRef(tenantId, primaryRefs) : new Map();

  const jobs = new Map<string, Job>();
  for (const r of active) {
    const ownership = owners.get(r.msisdn)!;
    const member = members.get(memberRef(ownership.groupId, r.msisdn));
    const context = member && contextOf(member, catalog);
    const primaryMember = member?.sharesUnitsOf
      ? primaries.get(memberRef(ownership.groupId, member.sharesUnitsOf))
      : undefined;
    const primary =
      primaryMember && canShareUnits(primaryMember, catalog) ? contextOf(primaryMember, catalog) : undefined;
    if (!context) {
      reject(r.recordId, 'unknown-number', `${r.msisdn} has no plan of the catalog in force`, r);
      continue;
    }
    const period = periodOf(r.startedAt, tenant.timeZone);
    const key = `${ownership.groupId}|${r.msisdn}|${period}`;
    const job = jobs.get(key) ?? { ownership, context, ...(primary ? { primary } : {}), period, records: [] };
    job.records.push(r);
    jobs.set(key, job);
  }

  // 4. Business clubs: the club of each voice call's counterpart, when it is in the caller's group.
  const clubs = await counterpartClubs(deps, tenantId, [...jobs.values()]);

  // 5. Rate and write, number by number (a few at a time). What each number's first attempt needs —
  // its period usage, credit-limit items and (prepaid) balance — comes from one batch read.
  const queue = [...jobs.values()];
  const found = await deps.readTogether(
    queue.flatMap((j) => {
      const { msisdn, groupId } = j.context.member;
      return [
        deps.usage.periodUsageRead(tenantId, msisdn, j.period, groupId),
        deps.limits.adjustmentsRead(tenantId, msisdn, j.period, tenant.currency),
        deps.payments.balanceRead(tenantId, msisdn),
      ];
    }),
  );
  const prefetched = new Map<Job, FirstRead>(
    queue.map((j, i) => [
      j,
      {
        usage: found[3 * i] as PeriodUsage | undefined,
        adjustments: found[3 * i + 1] as LimitAdjustments,
        balance: found[3 * i + 2] as Money | undefined,
      },
    ]),
  );
  // One lane per allowance: a number, or a primary with its extra SIMs (the primary first), rated
  // one after the other, so the units they share are taken in a stable order and never raced for.
  const lanes = new Map<string, Job[]>();
  for (const job of queue) {
    const owner = job.primary?.member.msisdn ?? job.context.member.msisdn;
    const lane = `${job.ownership.groupId}|${owner}|${job.period}`;
    lanes.set(lane, [...(lanes.get(lane) ?? []), job]);
  }
  const pending = [...lanes.values()].map((lane) =>
    lane.sort((a, b) => Number(!!a.primary) - Number(!!b.primary)),
  );
  const workers = Array.from({ length: Math.min(NUMBER_CONCURRENCY, pending.length) }, async () => {
    for (let lane = pending.shift(); lane; lane = pending.shift())
      for (const job of lane)
        await rateNumber(
          deps,
          actor,
          catalog,
          catalogVersion.version,
          job,
          clubs,
          prefetched.get(job)!,
          outcomes,
          reject,
        );
  });
  await Promise.all(workers);

  if (rejected.length) await deps.usage.keepRejected(tenantId, rejected);

  const results = order.map((k) => outcomes.get(k)!);
  return {
    accepted: results.filter((r) => r.status === 'accepted').length,
    duplicates: results.filter((r) => r.status === 'duplicate').length,
    rejected: results.filter((r) => r.status === 'rejected').length,
    results,
  };
}

async function counterpartClubs(
  deps: UsageDeps,
  tenantId: string,
  jobs: Job[],
): Promise<Map<string, string>> {
  const wanted = new Map<string, string>(); // counterpart → the caller's group
  for (const job of jobs) {
    if (!job.context.member.club) continue;
    for (const r of job.records)
      if (r.type === 'voice' && r.counterpart) wanted.set(r.counterpart, job.ownership.groupId);
  }
  const out = new Map<string, string>();
  if (!wanted.size) return out;
  const owners = await deps.groups.getNumbers(tenantId, [...wanted.keys()]);
  const sameGroup = [...wanted].filter(
    ([m, g]) => owners.get(m)?.groupId === g && owners.get(m)?.status === 'active',
  );
  const members = await deps.groups.getMembersByRef(
    tenantId,
    sameGroup.map(([msisdn, groupId]) => ({ groupId, msisdn })),
  );
  for (const [msisdn, groupId] of sameGroup) {
    const club = members.get(memberRef(groupId, msisdn))?.club;
    if (club) out.set(msisdn, club.clubId);
  }
  return out;
}

/** What a number's first rating attempt reads, in the batch's one read. */
interface FirstRead {
  usage?: PeriodUsage;
  adjustments: LimitAdjustments;
  balance?: Money;
}

const ceilingsWith = (catalog: Catalog, context: NumberContext, adjustments: LimitAdjustments): Ceilings =>
  ceilingsFor(
    limitInForce(catalog, context.plan, adjustments),
    context.member.settings.spendingCap,
    catalog.policies,
  );

/** The ceilings of one number now: the credit limit in force and its administrator's cap. */
export async function ceilingsOf(
  deps: Pick<UsageDeps, 'limits'>,
  catalog: Catalog,
  context: NumberContext,
  tenantId: string,
  period: string,
  currency: string,
): Promise<Ceilings> {
  return ceilingsWith(
    catalog,
    context,
    await deps.limits.adjustmentsOf(tenantId, context.member.msisdn, period, currency),
  );
}

/** The events of a change of spend, and the period usage with its warning and bar. */
export function spendingEvents(
  usage: PeriodUsage,
  ceilings: Ceilings,
  at: Date,
): { usage: PeriodUsage; events: DomainEvent[] } {
  const spend = money(usage.spend, usage.currency);
  const change = spendingChange(spend, ceilings, { warned: usage.warnedAt !== undefined, bar: usage.bar });
  const events: DomainEvent[] = [];
  let next = usage;
  const base = { groupId: usage.groupId, msisdn: usage.msisdn, period: usage.period };
  if (change.warn) {
    const binding = bindingCeiling(ceilings)!;
    next = { ...next, warnedAt: at.toISOString() };
    events.push({
      contract: SpendingWarningReached,
      data: {
        ...base,
        ceiling: binding.reason,
        spend,
        at: money(binding.amount, usage.currency),
      },
    });
  }
  if (change.bar) {
    const ceiling = change.bar === 'spending-cap' ? ceilings.cap! : ceilings.limit!;
    // A number barred before it was warned is warned no more in the period: the bar's SMS says it.
    next = {
      ...next,
      bar: { reason: change.bar, since: at.toISOString() },
      warnedAt: next.warnedAt ?? at.toISOString(),
    };
    events.push({ contract: NumberBarred, data: { ...base, reason: change.bar, spend, ceiling } });
  }
  return { usage: next, events };
}

async function rateNumber(
  deps: UsageDeps,
  actor: Actor,
  catalog: Catalog,
  catalogVersion: number,
  job: Job,
  clubs: Map<string, string>,
  first: FirstRead,
  outcomes: Outcomes,
  reject: (recordId: string, reason: RejectionReason, detail: string, record: unknown) => void,
): Promise<void> {
  const { tenant } = actor;
  const tenantId = tenant.tenantId;
  const { context, period, primary } = job;
  const { member } = context;
  // The units (and the plan that prices them) are the primary's for an extra SIM.
  const rating = primary ?? context;
  const plan = rating.plan;
  const currency = tenant.currency;
  const tariff = tariffOf(catalog);
  const prepaid = plan.payment === 'prepaid';
  let pending = [...job.records].sort(
    (a, b) => a.startedAt.localeCompare(b.startedAt) || a.recordId.localeCompare(b.recordId),
  );

  for (let attempt = 1; pending.length; attempt++) {
    if (attempt > ATTEMPTS) throw new Error(`usage of ${member.msisdn} kept changing under the batch`);
    // The batch's read serves the first attempt; a retry after a conflict reads again.
    const [stored, balance, ceilings] =
      attempt === 1
        ? [first.usage, first.balance, ceilingsWith(catalog, context, first.adjustments)]
        : await Promise.all([
            deps.usage.periodUsage(tenantId, member.msisdn, period, member.groupId),
            prepaid ? deps.payments.balanceOf(tenantId, member.msisdn) : Promise.resolve(undefined),
            ceilingsOf(deps, catalog, context, tenantId, period, currency),
          ]);
    let usage = stored ?? emptyPeriodUsage(tenantId, member.msisdn, member.groupId, period, currency);
    let shared = primary
      ? ((await deps.usage.periodUsage(tenantId, primary.member.msisdn, period, member.groupId)) ??
        emptyPeriodUsage(tenantId, primary.member.msisdn, member.groupId, period, currency))
      : undefined;
    let balanceLeft = balance?.currency === currency ? balance.amount : 0;

    try {
      while (pending.length) {
        const chunk = pending.slice(0, RECORDS_PER_WRITE);
        const at = deps.clock.now();
        const rated: RatedRecord[] = [];
        let next: PeriodUsage = {
          ...usage,
          used: { ...usage.used },
          charges: { ...usage.charges },
          lines: { ...usage.lines },
        };
        /** An extra SIM takes its units from its primary's allowance; the charges are its own. */
        let units: AllowanceState | undefined = shared
          ? { used: shared.used, packsStarted: shared.packsStarted }
          : undefined;
        const sharedPackStarts: RatingDecision['packStarts'] = [];
        for (const record of chunk) {
          let decision: RatingDecision;
          try {
            decision = rateRecord(tariff, {
              record,
              plan,
              addOns: rating.addOns,
              allowance: units ?? { used: next.used, packsStarted: next.packsStarted },
              ...(primary ? { sharesUnitsOf: primary.member.msisdn } : {}),
              clubs: {
                ...(member.club ? { own: member.club.clubId } : {}),
                ...(record.counterpart && clubs.has(record.counterpart)
                  ? { counterpart: clubs.get(record.counterpart)! }
                  : {}),
              },
              currency,
            });
          } catch (e) {
            if (!(e instanceof UnratableRecord)) throw e;
            reject(record.recordId, 'unratable', `the catalog has no price for it (${e.reason})`, record);
            continue;
          }
          if (units) {
            units = decision.allowance;
            sharedPackStarts.push(...decision.packStarts);
            next = applyDecision(next, {
              ...decision,
              allowance: { used: next.used, packsStarted: next.packsStarted },
              packStarts: [],
            });
          } else next = applyDecision(next, decision);
          rated.push({
            ...record,
            tenantId,
            groupId: member.groupId,
            period,
            lineCode: decision.lineCode,
            category: decision.category,
            charge: decision.charge,
            parts: decision.parts,
            catalogVersion,
            ratedAt: at.toISOString(),
          });
        }
        // A prepaid number pays as far as its balance goes, record by record; the rest is billed.
        let pay = 0;
        if (prepaid) {
          for (const r of rated) {
            const share = Math.min(r.charge.amount, balanceLeft - pay);
            if (share > 0) {
              r.paidFromBalance = money(share, currency);
              pay += share;
            }
          }
          next = { ...next, paidFromBalance: next.paidFromBalance + pay };
        }
        const { usage: withSpending, events } = spendingEvents(next, ceilings, at);
        const parts =
          pay > 0
            ? deps.payments.payFromBalance({
                tenantId,
                groupId: member.groupId,
                msisdn: member.msisdn,
                amount: money(pay, currency),
                chargeId: newId(),
                note: `Usage of ${rated.length} record(s), ${period}`,
                at,
                timeZone: tenant.timeZone,
                causedBy: causedBy(actor.principal),
              })
            : [];
        const sharedNext =
          shared && units
            ? {
                ...shared,
                used: units.used,
                packsStarted: [...units.packsStarted],
                packStarts: [...shared.packStarts, ...sharedPackStarts],
              }
            : undefined;
        if (rated.length)
          await deps.usage.writeRated({
            records: rated,
            usage: withSpending,
            expectedVersion: usage.version,
            ...(shared && sharedNext
              ? { primaryUsage: { usage: sharedNext, expectedVersion: shared.version } }
              : {}),
            parts,
            events,
            at,
            ...(actor.correlationId ? { correlationId: actor.correlationId } : {}),
          });
        for (const r of rated)
          outcomes.set(r.recordId, {
            recordId: r.recordId,
            status: 'accepted',
            lineCode: r.lineCode,
            charge: r.charge,
          });
        usage = { ...withSpending, version: usage.version + (rated.length ? 1 : 0) };
        if (shared && sharedNext && rated.length) shared = { ...sharedNext, version: shared.version + 1 };
        balanceLeft -= pay;
        pending = pending.slice(chunk.length);
      }
    } catch (e) {
      if (!(e instanceof UsageConflict)) throw e;
      if (e.kind === 'duplicate' && e.recordId) {
        // Rated meanwhile by another delivery of the same record: it stays as that one rated it.
        outcomes.set(e.recordId, { recordId: e.recordId, status: 'duplicate' });
        pending = pending.filter((r) => r.recordId !== e.recordId);
      }
      // Someone else moved this number's usage or balance: read again and rate the rest.
    }
  }
}

/** The period usage after one rated record. */
function applyDecision(u: PeriodUsage, d: RatingDecision): PeriodUsage {
  const charges = { ...u.charges };
  const lines = { ...u.lines };
  for (const part of d.parts) {
    const line = lines[part.lineCode] ?? { category: part.category, quantity: 0, amount: 0, records: 0 };
    lines[part.lineCode] = {
      category: part.category,
      quantity: line.quantity + part.quantity,
      amount: line.amount + part.charge.amount,
      records: line.records + 1,
    };
    charges[part.category] = (charges[part.category] ?? 0) + part.charge.amount;
  }
  return {
    ...u,
    used: { ...d.allowance.used },
    packsStarted: [...d.allowance.packsStarted],
    packStarts: [...u.packStarts, ...d.packStarts],
    charges,
    lines,
    spend: u.spend + d.charge.amount,
    records: u.records + 1,
  };
}
