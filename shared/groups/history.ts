import type { Member } from './domain.ts';
import type { AuditEntry } from './ports.ts';

/**
 * What each number of a group was subscribed to during a time window, rebuilt from the group's
 * audit trail: every change to a member writes an audit entry in the same transaction as the
 * change, so the trail is the subscription history. Pure; no I/O.
 *
 * How: start from the members as they are now and walk the audit entries newest first, undoing
 * each one, down to the window's start: that is the state at the start. Each entry inside the
 * window also keeps the state of its number just after it. Walking those forward gives, per
 * number, the spans of each plan and each add-on inside the window.
 *
 * Entries that change a subscription (all others are ignored):
 * - `member.added` — the number joins (undo: it was absent);
 * - `member.removed` — it leaves (undo: it was there with the plan and add-ons in `before`);
 * - `member.plan-changed` — `before.plan` → `after.plan`;
 * - `member.add-on-activated`, `member.add-on-deactivated` — `before.addOns` → `after.addOns`;
 * - `holder-change.completed` — joins this group when `after.groupId` is this group, else leaves
 *   it (with `before.plan` and `before.addOns`).
 */

export interface PlanSpan {
  plan: string;
  /** Instant (UTC). */
  from: string;
  /** Absent = still in force at the end of the window. */
  to?: string;
}

export interface AddOnSpan {
  code: string;
  activatedAt: string;
  deactivatedAt?: string;
}

export interface NumberHistory {
  msisdn: string;
  plans: PlanSpan[];
  addOns: AddOnSpan[];
  sharesUnitsOf?: string;
}

interface NumberState {
  plan: string;
  /** Add-on code → instant it was switched on, when known. */
  addOns: Record<string, string | undefined>;
  sharesUnitsOf?: string;
}

const HISTORY_ACTIONS = new Set([
  'member.added',
  'member.removed',
  'member.plan-changed',
  'member.add-on-activated',
  'member.add-on-deactivated',
  'holder-change.completed',
]);

/** Whether an audit entry changes what a number is subscribed to (the ones the history replays). */
export const changesSubscription = (e: AuditEntry): boolean => HISTORY_ACTIONS.has(e.action);

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === 'object' ? (v as Obj) : {});
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const codes = (v: unknown): string[] => (Array.isArray(v) ? v.filter((c) => typeof c === 'string') : []);

function withAddOns(codesNow: string[], known: Record<string, string | undefined>): NumberState['addOns'] {
  return Object.fromEntries(codesNow.map((c) => [c, known[c]]));
}

/** `state` as it was before `e` (the undo of one entry). */
function undo(state: Map<string, NumberState>, e: AuditEntry, groupId: string): void {
  const msisdn = e.target;
  const cur = state.get(msisdn);
  const before = obj(e.before);
  const after = obj(e.after);
  const restored = (): NumberState => ({
    plan: str(before.plan) ?? cur?.plan ?? '',
    addOns: withAddOns(codes(before.addOns), {}),
    ...(str(before.sharesUnitsOf) ? { sharesUnitsOf: str(before.sharesUnitsOf) } : {}),
  });
  switch (e.action) {
    case 'member.added':
      state.delete(msisdn);
      return;
    case 'member.removed':
      state.set(msisdn, restored());
      return;
    case 'member.plan-changed':
      if (cur) state.set(msisdn, { ...cur, plan: str(before.plan) ?? cur.plan });
      return;
    case 'member.add-on-activated':
    case 'member.add-on-deactivated':
      if (cur) state.set(msisdn, { ...cur, addOns: withAddOns(codes(before.addOns), cur.addOns) });
      return;
    case 'holder-change.completed':
      if (str(after.groupId) === groupId && str(before.groupId) !== groupId) state.delete(msisdn);
      else state.set(msisdn, restored());
      return;
  }
}

const snapshot = (s: NumberState | undefined): NumberState | undefined =>
  s ? { ...s, addOns: { ...s.addOns } } : undefined;

/**
 * The subscription history of a group's numbers in `[from, to)`.
 * @param members the group's members now
 * @param entries the group's audit entries from `from` (or earlier) to now, newest first
 */
export function subscriptionHistory(
  groupId: string,
  members: readonly Member[],
  entries: readonly AuditEntry[],
  from: string,
  to: string,
): NumberHistory[] {
  const state = new Map<string, NumberState>(
    members.map((m) => [
      m.msisdn,
      {
        plan: m.plan,
        addOns: Object.fromEntries(m.addOns.map((a) => [a.code, a.activatedAt])),
        ...(m.sharesUnitsOf ? { sharesUnitsOf: m.sharesUnitsOf } : {}),
      },
    ]),
  );
  const sharesOf = new Map(members.filter((m) => m.sharesUnitsOf).map((m) => [m.msisdn, m.sharesUnitsOf!]));
  /** Entries inside the window with their number's state just after them, newest first. */
  const inWindow: { at: string; msisdn: string; after: NumberState | undefined }[] = [];
  for (const e of entries) {
    if (e.at < from) break;
    if (!changesSubscription(e)) continue;
    const after = snapshot(state.get(e.target));
    undo(state, e, groupId);
    if (e.at < to) inWindow.push({ at: e.at, msisdn: e.target, after });
    const shares = str(obj(e.before).sharesUnitsOf);
    if (shares && !sharesOf.has(e.target)) sharesOf.set(e.target, shares);
  }

  // Per number: its state at `from`, then after each change in the window (oldest first).
  const timelines = new Map<string, { at: string; state: NumberState | undefined }[]>();
  for (const [msisdn, s] of state) timelines.set(msisdn, [{ at: from, state: snapshot(s) }]);
  for (const c of inWindow.reverse()) {
    const t = timelines.get(c.msisdn) ?? [];
    if (!timelines.has(c.msisdn)) timelines.set(c.msisdn, t);
    t.push({ at: c.at, state: c.after });
  }

  const out: NumberHistory[] = [];
  for (const [msisdn, points] of timelines) {
    const plans: PlanSpan[] = [];
    const addOns: AddOnSpan[] = [];
    let plan: PlanSpan | undefined;
    const open = new Map<string, AddOnSpan>();
    for (const { at, state: s } of points) {
      if (plan && plan.plan !== s?.plan) {
        plan.to = at;
        plan = undefined;
      }
      if (s?.plan && !plan) {
        plan = { plan: s.plan, from: at };
        plans.push(plan);
      }
      for (const [code, span] of open) {
        if (!s || !(code in s.addOns)) {
          span.deactivatedAt = at;
          open.delete(code);
        }
      }
      for (const [code, activatedAt] of Object.entries(s?.addOns ?? {})) {
        if (open.has(code)) continue;
        const span: AddOnSpan = {
          code,
          activatedAt: at === from && activatedAt && activatedAt < at ? activatedAt : at,
        };
        open.set(code, span);
        addOns.push(span);
      }
    }
    if (!plans.length) continue;
    const shares = sharesOf.get(msisdn);
    out.push({ msisdn, plans, addOns, ...(shares ? { sharesUnitsOf: shares } : {}) });
  }
  return out.sort((a, b) => (a.msisdn < b.msisdn ? -1 : a.msisdn > b.msisdn ? 1 : 0));
}
