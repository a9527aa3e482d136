import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subscriptions } from '../../functions/registry.ts';
import { type LocalEventBus, startLocalEventBus } from '../../infra/local/event-bus.ts';
import { networkSubscriptions } from '../../infra/local/network.ts';
import { dunningEventDeps } from '../../infra/local/wiring.ts';
import {
  createWorkflowRunner,
  type LocalWorkflowRunner,
  type SynthesizedWorkflow,
  synthesizeWorkflows,
  useLocalWorkflowRunner,
} from '../../infra/local/workflows.ts';
import { tableName } from '../../shared/db/client.ts';
import { executionName } from '../../shared/dunning/domain.ts';
import type { Dunning } from '../../shared/dunning/ports.ts';
import { recordAndWake } from '../../shared/dunning/use-cases/workflow-events.ts';
import { TASK_ERRORS, TaskError } from '../../shared/handlers/task-handler.ts';
import { listOutbox } from '../../shared/notifications/local-outbox.ts';
import { listNetworkCommands } from '../../shared/usage/local-network.ts';
import { claims, invoke } from '../support/invoke.ts';
import { useTestTable } from '../support/table.ts';
import { runBill } from './bill-run-fixture.ts';
import { setUpTenant } from './groups-fixture.ts';
import { authorize, eur, usageCatalog, usageGroup } from './usage-fixture.ts';

useTestTable();

/**
 * The dunning state machine exactly as CDK synthesizes it, run by aws-local-stepfunctions with the
 * real task handlers against DynamoDB Local, and the real subscribers on the local event bus (the
 * table stream → the outbox publisher → start, wake, notify, the local network). Retry pauses are
 * overridden to zero; the waits are real but short: each tenant's dunning day lasts 0.2 s. Where a
 * test must act between two steps, it holds the task of the second step until it has.
 */

const PERIOD = new Date().toISOString().slice(0, 7);
const DAY = 0.2;

const RECONNECTION_FEE = {
  code: 'RECONN',
  kind: 'reconnection',
  name: { en: 'Reconnection' },
  explanation: { en: 'Reconnecting after a suspension for non-payment.' },
  amount: { amount: 500, currency: 'EUR' },
};

async function dunningTenant(tenantId: string, dunning: Record<string, unknown>) {
  const catalog = usageCatalog as { fees?: unknown[]; policies?: Record<string, unknown> };
  await setUpTenant(tenantId, {
    ...catalog,
    fees: [...(catalog.fees ?? []), RECONNECTION_FEE],
    policies: {
      ...(catalog.policies ?? {}),
      dunning: {
        paymentDueDays: 1,
        reminderAfterDays: 1,
        suspendAfterDays: 2,
        collectionsAfterDays: 60,
        dayLengthSeconds: DAY,
        ...dunning,
      },
    },
  });
}

// ----- the machinery ----------------------------------------------------------------------------

let workflow: SynthesizedWorkflow;
let runner: LocalWorkflowRunner;
let bus: LocalEventBus;

/** Tasks held until the test releases them, by `<tenant>/<state>`. */
const holds = new Map<string, { released: Promise<void>; release: () => void; reached: boolean }>();
/** Failures to throw before a task runs, by `<tenant>/<state>`. */
const failures = new Map<string, number>();
/** Task runs seen, by `<tenant>/<state>`. */
const runs = new Map<string, number>();

function hold(tenantId: string, state: string) {
  let release!: () => void;
  const released = new Promise<void>((r) => {
    release = r;
  });
  const h = { released, release, reached: false };
  holds.set(`${tenantId}/${state}`, h);
  return h;
}

const tenantOf = (input: unknown): string => {
  const i = input as { tenantId?: string; Payload?: { tenantId?: string } };
  return i.tenantId ?? i.Payload?.tenantId ?? '';
};

beforeAll(async () => {
  [workflow] = (await synthesizeWorkflows()).filter((w) => w.name === 'dunning') as [SynthesizedWorkflow];
  runner = await createWorkflowRunner({
    workflow,
    retryIntervalOverrides: Object.fromEntries([...workflow.handlers.keys()].map((s) => [s, 0])),
    wrap: (state, run) => async (input) => {
      const key = `${tenantOf(input)}/${state}`;
      runs.set(key, (runs.get(key) ?? 0) + 1);
      const h = holds.get(key);
      if (h) {
        h.reached = true;
        await h.released;
      }
      const left = failures.get(key) ?? 0;
      if (left > 0) {
        failures.set(key, left - 1);
        throw new TaskError(TASK_ERRORS.retryable, 'the network provisioning system timed out', 'internal');
      }
      return run(input);
    },
  });
  useLocalWorkflowRunner(runner);
  const dir = await mkdtemp(join(tmpdir(), 'sb-dunning-'));
  bus = await startLocalEventBus({
    endpoint: process.env.DYNAMODB_ENDPOINT!,
    tableName: tableName(),
    subscriptions: [...subscriptions.filter((s) => s.name.includes('dunning')), ...networkSubscriptions],
    checkpointFile: join(dir, 'stream.json'),
    initialPosition: 'TRIM_HORIZON',
    intervalMs: 50,
    retry: { attempts: 5, baseDelayMs: 20 },
  });
}, 120_000);

afterAll(async () => {
  await runner?.stop();
  useLocalWorkflowRunner(undefined);
  await bus?.stop();
});

async function until<T>(what: string, probe: () => Promise<T | undefined | false>, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

interface Case {
  tenantId: string;
  groupId: string;
  admin: string;
  member: string;
  invoiceId: string;
  reference: string;
  due: number;
}

let tenants = 0;
/**
 * A tenant of its own (a period's bill run invoices the groups it found when it started) with the
 * dunning policy `policy`, and a group with its admin and one member, invoiced: its dunning starts
 * from `InvoiceIssued`. `before` runs once the tenant exists, before the run (to hold a task).
 */
async function invoiced(
  policy: Record<string, unknown> = {},
  before?: (tenantId: string) => void,
): Promise<Case> {
  const tenantId = `dun-${++tenants}-${Date.now().toString(36)}`;
  await dunningTenant(tenantId, policy);
  before?.(tenantId);
  const g = await usageGroup(tenantId, ['M']);
  await runBill(tenantId, PERIOD);
  const list = await invoke('GET', `/v1/groups/${g.groupId}/invoices`, {
    claims: claims.admin(tenantId, g.groupId, g.admin),
  });
  expect(list.status, list.raw).toBe(200);
  const inv = await invoke('GET', list.body.items[0].href, {
    claims: claims.admin(tenantId, g.groupId, g.admin),
  });
  expect(inv.status, inv.raw).toBe(200);
  return {
    tenantId,
    groupId: g.groupId,
    admin: `+${g.admin}`,
    member: `+${g.members[0]}`,
    invoiceId: inv.body.id,
    reference: inv.body.paymentReference,
    due: inv.body.amountDue.amount,
  };
}

const dunningOf = (c: Case) => dunningEventDeps.dunnings.get(c.tenantId, c.invoiceId);

const atStage = (c: Case, stage: string) =>
  until(`stage ${stage}`, async () => {
    const d = await dunningOf(c);
    return d?.stage === stage ? d : undefined;
  });

/** The execution, once it has started. */
const execution = (c: Case) =>
  until('the execution', async () =>
    runner.started(executionName(c.tenantId, c.invoiceId))
      ? executionName(c.tenantId, c.invoiceId)
      : undefined,
  );

let payments = 0;
async function pay(c: Case, amount: number) {
  const paymentId = `PAY-${c.invoiceId}-${++payments}`;
  const r = await invoke('POST', '/v1/payments', {
    claims: claims.psp(c.tenantId),
    body: { paymentId, amount: eur(amount), reference: c.reference },
    headers: { 'idempotency-key': `k-${paymentId}` },
  });
  expect(r.status, r.raw).toBe(201);
}

/** The dunning messages the admin got, oldest first (template, channel, text). */
async function notices(c: Case) {
  const page = await listOutbox({ tenantId: c.tenantId, limit: 200 });
  return page.items
    .filter((m) => m.template.startsWith('dunning-') && (m.to === c.admin || m.to.includes('@')))
    .reverse()
    .map((m) => ({ template: m.template, channel: m.channel, to: m.to, text: m.text }));
}

/** The local network's commands for the case's numbers, oldest first. */
async function network(c: Case) {
  const out: { msisdn: string; action: string }[] = [];
  for (const msisdn of [c.admin, c.member]) {
    const page = await listNetworkCommands({ tenantId: c.tenantId, msisdn, limit: 50 });
    out.push(...page.items.map((x) => ({ msisdn: x.msisdn, action: x.action, at: x.at })));
  }
  return out;
}

const lastAction = async (c: Case, msisdn: string) => {
  const page = await listNetworkCommands({ tenantId: c.tenantId, msisdn, limit: 1 });
  return page.items[0]?.action;
};

async function invoiceStage(c: Case) {
  const r = await invoke('GET', `/v1/groups/${c.groupId}/invoices/${c.invoiceId}`, {
    claims: claims.admin(c.tenantId, c.groupId, c.admin.slice(1)),
  });
  return r.body.dunning?.stage as string | undefined;
}

async function groupView(c: Case) {
  const r = await invoke('GET', `/v1/groups/${c.groupId}`, {
    claims: claims.admin(c.tenantId, c.groupId, c.admin.slice(1)),
  });
  return r.body.dunning as { stage: string; suspended: boolean } | undefined;
}

async function reconnectionCharges(c: Case) {
  const r = await invoke('GET', `/v1/groups/${c.groupId}/charges`, {
    claims: claims.admin(c.tenantId, c.groupId, c.admin.slice(1)),
  });
  expect(r.status, r.raw).toBe(200);
  return (r.body.items as { code: string; amount: { amount: number } }[]).filter((x) => x.code === 'RECONN');
}

/** A one-minute domestic call to authorize. */
const call = (msisdn: string) => ({ msisdn, type: 'voice', quantity: 60, counterpart: '+38640123456' });

/** The workflow's proof outcome, as the payment-proof decision records it. */
const proof = (c: Case, kind: 'proof-submitted' | 'proof-approved' | 'proof-rejected') =>
  recordAndWake(dunningEventDeps, c.tenantId, c.invoiceId, {
    kind,
    at: new Date().toISOString(),
    proofId: 'P-1',
  });

// ----- the scenarios ------------------------------------------------------------------------------

describe('the dunning workflow (the synthesized definition, run locally)', () => {
  /** Long enough that no case reaches collections unless it asks to (66 s). */
  const LONG = { collectionsAfterDays: 330 };

  it('the synthesized definition passes asl-validator and runs every task state through a task handler', async () => {
    const { default: aslValidator } = await import('asl-validator');
    const result = aslValidator(workflow.definition);
    expect(result.isValid, result.errorsText('\n')).toBe(true);
    const states = workflow.definition.States as Record<string, { Type: string }>;
    const tasks = Object.entries(states).filter(([, s]) => s.Type === 'Task');
    expect(tasks.length).toBeGreaterThanOrEqual(14);
    for (const [name] of tasks)
      expect(workflow.handlers.get(name), name).toMatch(/^functions\/dunning\/tasks\//);
    expect([...workflow.callbacks].sort()).toEqual([
      'Wait for a confirmation',
      'Wait for a payment or a proof',
    ]);
    // JSONPath only: the local runner ignores JSONata silently.
    expect(JSON.stringify(workflow.definition)).not.toMatch(/JSONata|\{%/);
  });

  it('paid before the due date: the dunning ends quietly, nothing is sent or barred', async () => {
    let h!: ReturnType<typeof hold>;
    const c = await invoiced(LONG, (t) => {
      h = hold(t, 'Check before the reminder');
    });
    const name = await execution(c);
    await until('the check held', async () => h.reached);
    await pay(c, c.due);
    h.release();
    expect((await runner.settled(name)).status).toBe('succeeded');
    expect((await dunningOf(c))?.stage).toBe('paid');
    expect(await invoiceStage(c)).toBe('paid');
    expect(await notices(c)).toEqual([]);
    expect(await network(c)).toEqual([]);
  });

  it('paid after the reminder: one reminder by SMS and e-mail with the amount and reference, no suspension', async () => {
    let h!: ReturnType<typeof hold>;
    const c = await invoiced(LONG, (t) => {
      h = hold(t, 'Check before suspending');
    });
    const name = await execution(c);
    await atStage(c, 'reminded');
    await until('the reminder', async () => (await notices(c)).length === 2);
    await pay(c, c.due);
    await until('the check held', async () => h.reached);
    h.release();
    expect((await runner.settled(name)).status).toBe('succeeded');
    expect((await dunningOf(c))?.stage).toBe('paid');
    const sent = await notices(c);
    expect(sent.map((m) => `${m.channel}:${m.template}`).sort()).toEqual([
      'email:dunning-reminder',
      'sms:dunning-reminder',
    ]);
    for (const m of sent) expect(m.text).toContain(c.reference);
    expect(await network(c)).toEqual([]);
  });

  it('suspended, then paid: every number barred and told the amount, restored on payment, the reconnection fee on the next invoice', async () => {
    const c = await invoiced(LONG);
    const name = await execution(c);
    const suspended = await atStage(c, 'suspended');
    expect(suspended.suspended?.msisdns.sort()).toEqual([c.admin, c.member].sort());
    await until('both barred', async () => (await network(c)).length === 2);
    expect(await lastAction(c, c.admin)).toBe('bar-outgoing');
    expect(await lastAction(c, c.member)).toBe('bar-outgoing');
    expect(await groupView(c)).toMatchObject({ stage: 'suspended', suspended: true, scope: 'group' });
    expect(await invoiceStage(c)).toBe('suspended');
    // The network bars them; real-time authorization refuses them too.
    expect(await authorize(c.tenantId, call(c.member))).toMatchObject({
      decision: 'refused',
      reason: 'suspended',
    });
    const sms = await until('the suspension SMS', async () =>
      (await notices(c)).find((m) => m.template === 'dunning-suspended' && m.channel === 'sms'),
    );
    expect(sms.text).toMatch(/\d/);
    expect(sms.text).toContain(c.reference);
    expect(sms.text).toContain('racuni@operater.example');

    await pay(c, c.due);
    expect((await runner.settled(name)).status).toBe('succeeded');
    expect((await dunningOf(c))?.stage).toBe('reactivated');
    await until('both restored', async () => (await lastAction(c, c.member)) === 'restore-outgoing');
    expect(await lastAction(c, c.admin)).toBe('restore-outgoing');
    expect(await groupView(c)).toMatchObject({ stage: 'reactivated', suspended: false });
    expect((await authorize(c.tenantId, call(c.member))).reason).not.toBe('suspended');
    expect(await reconnectionCharges(c)).toEqual([expect.objectContaining({ amount: eur(500) })]);
    const restored = await until('the reactivation SMS', async () =>
      (await notices(c)).find((m) => m.template === 'dunning-reactivated'),
    );
    expect(restored.text).toContain('5,00');
    // Each notice once, whatever the deliveries.
    const templates = (await notices(c)).map((m) => `${m.channel}:${m.template}`);
    expect(new Set(templates).size).toBe(templates.length);
  });

  it('suspended, then a proof accepted by staff: restored with the fee, the invoice still unpaid', async () => {
    const c = await invoiced(LONG);
    const name = await execution(c);
    await atStage(c, 'suspended');
    // A proof only sent does not restore service where the tenant waits for staff.
    expect(await proof(c, 'proof-submitted')).toBe('not-decisive');
    await proof(c, 'proof-approved');
    expect((await runner.settled(name)).status).toBe('succeeded');
    const d = (await dunningOf(c)) as Dunning;
    expect(d.stage).toBe('reactivated');
    expect(d.history.at(-1)).toMatchObject({ stage: 'reactivated', cause: 'proof-approved' });
    await until('restored', async () => (await lastAction(c, c.admin)) === 'restore-outgoing');
    expect(await reconnectionCharges(c)).toHaveLength(1);
  });

  it('a partial payment keeps it suspended with the rest due; the rest restores service', async () => {
    const c = await invoiced(LONG);
    const name = await execution(c);
    await atStage(c, 'suspended');
    const half = Math.floor(c.due / 2);
    await pay(c, half);
    await new Promise((r) => setTimeout(r, 500));
    expect((await dunningOf(c))?.stage).toBe('suspended');
    expect(runner.running()).toContain(name);
    await pay(c, c.due - half);
    expect((await runner.settled(name)).status).toBe('succeeded');
    expect((await dunningOf(c))?.stage).toBe('reactivated');
  });

  it('a task that fails twice is retried and then succeeds: one reminder, the workflow goes on', async () => {
    let h!: ReturnType<typeof hold>;
    const c = await invoiced(LONG, (t) => {
      failures.set(`${t}/Send the reminder`, 2);
      h = hold(t, 'Check before suspending');
    });
    const name = await execution(c);
    await atStage(c, 'reminded');
    await until('the check held', async () => h.reached);
    expect(runs.get(`${c.tenantId}/Send the reminder`)).toBe(3);
    expect(failures.get(`${c.tenantId}/Send the reminder`)).toBe(0);
    await pay(c, c.due);
    h.release();
    expect((await runner.settled(name)).status).toBe('succeeded');
    const reminders = (await notices(c)).filter((m) => m.template === 'dunning-reminder');
    expect(reminders).toHaveLength(2);
  });

  it('a task that keeps failing leaves the dunning at its stage with the failure recorded, and fails the execution', async () => {
    const c = await invoiced(LONG, (t) => {
      failures.set(`${t}/Send the reminder`, 100);
    });
    const name = await execution(c);
    const settled = await runner.settled(name);
    expect(settled.status).toBe('failed');
    // The first try and the definition's six retries, then the catch.
    expect(runs.get(`${c.tenantId}/Send the reminder`)).toBe(7);
    const d = (await dunningOf(c)) as Dunning;
    expect(d.stage).toBe('scheduled');
    expect(d.failure).toMatchObject({ state: 'scheduled', error: 'TaskRetryable' });
    expect(d.failure?.cause).toContain('timed out');
    expect(await notices(c)).toEqual([]);
  });

  it('provisional reactivation on a proof, the proof rejected: suspended again, then paid', async () => {
    const c = await invoiced({ ...LONG, provisionalOnProof: true, provisionalDays: 30 });
    const name = await execution(c);
    await atStage(c, 'suspended');
    await proof(c, 'proof-submitted');
    const provisional = await atStage(c, 'provisional');
    expect(provisional.provisionalUntil).toBeDefined();
    await until('restored provisionally', async () => (await lastAction(c, c.member)) === 'restore-outgoing');
    expect(await reconnectionCharges(c)).toEqual([]);
    await proof(c, 'proof-rejected');
    const again = await atStage(c, 'suspended');
    expect(again.history.map((s) => s.stage)).toEqual([
      'scheduled',
      'reminded',
      'suspended',
      'provisional',
      'suspended',
    ]);
    await until('barred again', async () => (await lastAction(c, c.member)) === 'bar-outgoing');
    await pay(c, c.due);
    expect((await runner.settled(name)).status).toBe('succeeded');
    expect((await dunningOf(c))?.stage).toBe('reactivated');
    await until('restored', async () => (await lastAction(c, c.member)) === 'restore-outgoing');
    expect(await reconnectionCharges(c)).toHaveLength(1);
  });

  it('a provisional reactivation no payment confirms is reverted when its window lapses', async () => {
    const c = await invoiced({ ...LONG, provisionalOnProof: true, provisionalDays: 1 });
    await execution(c);
    await atStage(c, 'suspended');
    await proof(c, 'proof-submitted');
    await atStage(c, 'provisional');
    const again = await until('reverted', async () => {
      const d = await dunningOf(c);
      return d?.stage === 'suspended' && d.history.length > 4 ? d : undefined;
    });
    expect(again.history.at(-1)).toMatchObject({ stage: 'suspended', cause: 'lapsed' });
    await until('barred again', async () => (await lastAction(c, c.admin)) === 'bar-outgoing');
    expect(await notices(c)).toContainEqual(expect.objectContaining({ template: 'dunning-provisional' }));
  });

  it('the final deadline hands the debt to collections (staff told, the debtor number stays barred); paying still restores it', async () => {
    const c = await invoiced({ collectionsAfterDays: 3, suspend: 'debtor' });
    const name = await execution(c);
    const d = await atStage(c, 'collections');
    // The tenant suspends the debtor (the administrator's number) only.
    expect(d.suspended?.msisdns).toEqual([c.admin]);
    expect(await lastAction(c, c.member)).toBeUndefined();
    expect(await lastAction(c, c.admin)).toBe('bar-outgoing');
    expect(await authorize(c.tenantId, call(c.admin))).toMatchObject({
      decision: 'refused',
      reason: 'suspended',
    });
    expect((await authorize(c.tenantId, call(c.member))).reason).not.toBe('suspended');
    const staff = await until('the staff e-mail', async () =>
      (await listOutbox({ tenantId: c.tenantId, to: 'racuni@operater.example', limit: 10 })).items.find(
        (m) => m.template === 'dunning-collections-staff',
      ),
    );
    expect(staff.text).toContain(c.groupId);
    expect(await invoiceStage(c)).toBe('collections');
    expect(runner.running()).toContain(name);
    await pay(c, c.due);
    expect((await runner.settled(name)).status).toBe('succeeded');
    expect((await dunningOf(c))?.stage).toBe('reactivated');
    await until('restored', async () => (await lastAction(c, c.admin)) === 'restore-outgoing');
  });

  it('a duplicate start starts nothing new, and a voided invoice ends its dunning', async () => {
    let h!: ReturnType<typeof hold>;
    const c = await invoiced(LONG, (t) => {
      h = hold(t, 'Check before the reminder');
    });
    const name = await execution(c);
    expect(
      await runner.start(name, { tenantId: c.tenantId, invoiceId: c.invoiceId, correlationId: 'again' }),
    ).toBe('exists');
    await until('the check held', async () => h.reached);
    const v = await invoke('POST', `/v1/groups/${c.groupId}/invoices/${c.invoiceId}/void`, {
      claims: claims.operator(c.tenantId),
      body: { reason: 'Issued to the wrong legal entity.' },
    });
    expect(v.status, v.raw).toBe(200);
    await until('the void recorded', async () => (await dunningOf(c))?.outcome?.kind === 'voided');
    h.release();
    expect((await runner.settled(name)).status).toBe('succeeded');
    expect((await dunningOf(c))?.stage).toBe('closed');
    expect(await notices(c)).toEqual([]);
  });
});
