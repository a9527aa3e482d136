import { AsyncLocalStorage } from 'node:async_hooks';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localContext } from '../../infra/local/api-event.ts';
import { dynamoCatalogRepository } from '../../shared/catalog/dynamo.ts';
import { db, tableName } from '../../shared/db/client.ts';
import { dynamoGroupRepository } from '../../shared/groups/dynamo.ts';
import { idempotentRunner, RequestInProgress } from '../../shared/handlers/idempotency.ts';
import type { TenantPrincipal } from '../../shared/kernel/actor.ts';
import { fixedClock } from '../../shared/kernel/clock.ts';
import { DomainError } from '../../shared/kernel/errors.ts';
import type { Tenant } from '../../shared/kernel/tenant.ts';
import { dynamoMoneyRepository } from '../../shared/money/dynamo.ts';
import { dynamoPaymentRepository } from '../../shared/money/dynamo-payments.ts';
import { dynamoVoucherRepository } from '../../shared/money/dynamo-vouchers.ts';
import { localPaymentProvider } from '../../shared/money/local-paypal.ts';
import type { Operation } from '../../shared/money/operations.ts';
import type { PaymentProvider } from '../../shared/money/ports.ts';
import { issueVoucherBatch } from '../../shared/money/use-cases/issue-voucher-batch.ts';
import { recordPayment } from '../../shared/money/use-cases/record-payment.ts';
import { topUp } from '../../shared/money/use-cases/top-up.ts';
import { transferCredit } from '../../shared/money/use-cases/transfer-credit.ts';
import { dynamoTenantRepository } from '../../shared/tenants/dynamo.ts';
import { useTestTable } from '../support/table.ts';
import { outboxEvents } from './groups-fixture.ts';
import { eur, type MoneyGroup, moneyGroup, moneyTenant, uniq } from './money-fixture.ts';

/**
 * Proof that nothing is lost: random interleavings of concurrent transfers, PayPal and bank
 * top-ups (with repeated deliveries of the bank's payment) and voucher redemptions, each run
 * through the same idempotency runner as the API, retried with the same Idempotency-Key after
 * failures injected before or after any of its writes (and after the provider's capture), with
 * concurrent duplicates. After every run:
 * - the total credit of the run's numbers equals what the successful top-ups, payments and
 *   redemptions brought in (transfers move credit, never create or destroy it);
 * - no balance is negative; every number's ledger sums to its balance;
 * - every operation is applied once: two entries per transfer, one per top-up/redemption, each
 *   voucher redeemed at most once, each payment credited once, the day limit never exceeded.
 */
useTestTable();

const T = 'money-prop';
const LIMITS = { maxPerTransfer: 3_000, maxPerDay: 15_000 };
const OPENING = 5_000;
const VOUCHER_VALUE = 1_000;
const clock = fixedClock('2025-06-15T10:00:00Z');

// ----- failure injection ---------------------------------------------------------------------------

class InjectedFault extends Error {}
interface Fault {
  /** Which write of the attempt fails (0 = the first). */
  at: number;
  when: 'before' | 'after';
}
const attemptFault = new AsyncLocalStorage<{ fault?: Fault; step: number }>();

async function step<R>(write: () => Promise<R>): Promise<R> {
  const ctx = attemptFault.getStore();
  const here = ctx ? ctx.step++ : -1;
  const fault = ctx?.fault && ctx.fault.at === here ? ctx.fault : undefined;
  if (fault?.when === 'before') throw new InjectedFault(`before write ${here}`);
  const out = await write();
  if (fault?.when === 'after') throw new InjectedFault(`after write ${here}`);
  return out;
}

/** The same repository with every listed write going through `step`. */
function faulty<R extends object>(repo: R, writes: (keyof R)[]): R {
  const out = { ...repo };
  for (const name of writes) {
    const fn = repo[name] as unknown as (...a: unknown[]) => Promise<unknown>;
    (out as Record<string, unknown>)[name as string] = (...args: unknown[]) => step(() => fn(...args));
  }
  return out;
}

const provider: PaymentProvider = {
  name: 'paypal',
  capture: (req) => step(() => localPaymentProvider.capture(req)),
};

const deps = {
  money: faulty(dynamoMoneyRepository, ['transfer']),
  payments: faulty(dynamoPaymentRepository, [
    'createTopUp',
    'completeTopUp',
    'declineTopUp',
    'recordPayment',
  ]),
  vouchers: faulty(dynamoVoucherRepository, ['redeem']),
  groups: dynamoGroupRepository,
  policies: dynamoCatalogRepository,
  provider: () => provider,
  clock,
};

// ----- the model -----------------------------------------------------------------------------------

const faultArb = fc.record({ at: fc.nat(2), when: fc.constantFrom<'before' | 'after'>('before', 'after') });
const common = {
  faults: fc.array(faultArb, { maxLength: 2 }),
  duplicate: fc.boolean(),
  delay: fc.nat(25),
};
const opArb = fc.oneof(
  fc.record({
    kind: fc.constant('transfer' as const),
    member: fc.nat(1),
    toMember: fc.boolean(),
    amount: fc.integer({ min: 1, max: 3_000 }),
    ...common,
  }),
  fc.record({
    kind: fc.constant('paypal' as const),
    number: fc.nat(2),
    amount: fc.integer({ min: 1, max: 4_000 }),
    decline: fc.boolean(),
    ...common,
  }),
  fc.record({
    kind: fc.constant('bank' as const),
    number: fc.nat(2),
    amount: fc.integer({ min: 1, max: 4_000 }),
    paid: fc.integer({ min: 1, max: 5_000 }),
    deliveries: fc.integer({ min: 1, max: 3 }),
    ...common,
  }),
  fc.record({ kind: fc.constant('voucher' as const), number: fc.nat(2), slot: fc.nat(3), ...common }),
);
type Op = typeof opArb extends fc.Arbitrary<infer O> ? O : never;

type Outcome = { ok: true; value: unknown } | { ok: false; error: DomainError };

/** The API's own idempotency runner (`shared/handlers/idempotency.ts`), one per operation, as each Lambda has. */
const runners = {
  createTransfer: idempotentRunner<unknown>('createTransfer'),
  createTopUp: idempotentRunner<unknown>('createTopUp'),
  recordPayment: idempotentRunner<unknown>('recordPayment'),
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * One client request with its Idempotency-Key, retried like a client would until it has an answer:
 * after an injected failure (the next attempt gets the next planned fault, then none) and while a
 * duplicate with the same key is in flight (409).
 */
async function settle(
  name: keyof typeof runners,
  key: string,
  request: { params: unknown; body: unknown },
  faults: Fault[],
  run: (op: Operation) => Promise<unknown>,
): Promise<Outcome> {
  const op: Operation = { name, key, request };
  let planned = 0;
  for (let loop = 0; loop < 300; loop++) {
    const fault = faults[planned];
    try {
      const value = await attemptFault.run({ fault, step: 0 }, () =>
        runners[name](
          {
            tenantId: T,
            operationId: name,
            key,
            request: { ...request, query: {} },
            owner: { role: 'admin', subject: 'property-client' },
          },
          localContext(name) as never,
          () => run(op),
        ),
      );
      return { ok: true, value };
    } catch (e) {
      if (e instanceof InjectedFault) {
        planned++;
        continue;
      }
      if (e instanceof RequestInProgress) {
        if (process.env.PROP_DEBUG && loop > 100) console.log('stuck', name, JSON.stringify(request.body));
        await sleep(15);
        continue;
      }
      if (e instanceof DomainError) return { ok: false, error: e };
      throw e;
    }
  }
  throw new Error('an operation never settled');
}

const newKey = () => `prop-${uniq()}-${Math.random().toString(36).slice(2, 8)}`;

/** The request, and (when `duplicate`) a second client sending the very same request with the same key at the same time. */
function maybeTwice(
  duplicate: boolean,
  name: keyof typeof runners,
  request: { params: unknown; body: unknown },
  faults: Fault[],
  run: (op: Operation) => Promise<unknown>,
): Promise<Outcome[]> {
  const key = newKey();
  const first = settle(name, key, request, faults, run);
  return Promise.all(duplicate ? [first, settle(name, key, request, [], run)] : [first]);
}

interface RunRecord {
  transfers: { amount: number; transferId: string }[];
  credits: { kind: 'paypal' | 'voucher' | 'payment'; amount: number; ref: string }[];
  topUpIds: Set<string>;
  voucherWins: Map<number, number>;
}

const succeeded = (outcomes: Outcome[]) => outcomes.filter((o): o is { ok: true; value: unknown } => o.ok);

describe('money: nothing created, nothing lost, nothing applied twice (property, DynamoDB Local)', () => {
  let tenant: Tenant;
  let codes: string[] = [];

  it('setup: a tenant with transfer limits and a pool of vouchers', async () => {
    await moneyTenant(T, LIMITS);
    tenant = (await dynamoTenantRepository.get(T))!;
    const batch = await issueVoucherBatch(
      { vouchers: dynamoVoucherRepository, clock },
      { principal: { role: 'operator', subject: 'op', tenantId: T }, tenant },
      { value: eur(VOUCHER_VALUE), count: 400, validUntil: '2099-12-31' },
    );
    codes = batch.codes;
  });

  it('holds for random interleavings with retries and injected failures', async () => {
    let codeCursor = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 4, maxLength: 12 }), async (ops: Op[]) => {
        const g: MoneyGroup = await moneyGroup(T, 2);
        const numbers = [g.admin, ...g.members];
        const admin: TenantPrincipal = {
          role: 'admin',
          subject: `adm-${g.admin}`,
          tenantId: T,
          groupId: g.groupId,
          msisdn: g.admin,
        };
        const psp: TenantPrincipal = { role: 'psp', subject: 'bank', tenantId: T };
        const asAdmin = { principal: admin, tenant };
        const runCodes = codes.slice(codeCursor, codeCursor + 4);
        codeCursor += 4;
        const rec: RunRecord = { transfers: [], credits: [], topUpIds: new Set(), voucherWins: new Map() };

        // Opening credit on every number (PayPal, no faults), so that transfers mostly have something to move.
        for (const digits of numbers) {
          const body = { method: 'paypal' as const, amount: eur(OPENING), orderId: `ORDER-${uniq()}` };
          const [opened] = await maybeTwice(
            false,
            'createTopUp',
            { params: { groupId: g.groupId, msisdn: digits }, body },
            [],
            (op) => topUp(deps, asAdmin, g.groupId, digits, body, op),
          );
          const v = (opened as { value: { topUpId: string } }).value;
          rec.credits.push({ kind: 'paypal', amount: OPENING, ref: v.topUpId });
          rec.topUpIds.add(v.topUpId);
        }

        /** A fault names one of the op's writes: PayPal has three (top-up, capture, completion), the others one. */
        const writesOf = (o: Op) => (o.kind === 'paypal' ? 3 : 1);
        const perform = async (o: Op) => {
          o.faults = o.faults.map((f) => ({ ...f, at: f.at % writesOf(o) }));
          await sleep(o.delay);
          if (o.kind === 'transfer') {
            const member = `+${g.members[o.member]}`;
            const body = o.toMember
              ? { from: `+${g.admin}`, to: member, amount: eur(o.amount) }
              : { from: member, to: `+${g.admin}`, amount: eur(o.amount) };
            const params = { groupId: g.groupId };
            const outs = succeeded(
              await maybeTwice(o.duplicate, 'createTransfer', { params, body }, o.faults, (op) =>
                transferCredit(deps, asAdmin, g.groupId, body, op),
              ),
            );
            if (outs.length === 2) expect(outs[1]!.value).toEqual(outs[0]!.value);
            if (outs[0])
              rec.transfers.push({
                amount: o.amount,
                transferId: (outs[0].value as { transferId: string }).transferId,
              });
            return;
          }
          const digits = numbers[o.number]!;
          const params = { groupId: g.groupId, msisdn: digits };
          if (o.kind === 'paypal') {
            const body = {
              method: 'paypal' as const,
              amount: eur(o.amount),
              orderId: `${o.decline ? 'DECLINE' : 'ORDER'}-${uniq()}`,
            };
            const outs = succeeded(
              await maybeTwice(o.duplicate, 'createTopUp', { params, body }, o.faults, (op) =>
                topUp(deps, asAdmin, g.groupId, digits, body, op),
              ),
            );
            if (outs.length === 2) expect(outs[1]!.value).toEqual(outs[0]!.value);
            if (o.decline) expect(outs).toHaveLength(0);
            const v = outs[0]?.value as { topUpId: string; credited: { amount: number } } | undefined;
            if (v) {
              rec.credits.push({ kind: 'paypal', amount: v.credited.amount, ref: v.topUpId });
              rec.topUpIds.add(v.topUpId);
            }
            return;
          }
          if (o.kind === 'voucher') {
            const body = { method: 'voucher' as const, code: runCodes[o.slot]! };
            const outs = succeeded(
              await maybeTwice(o.duplicate, 'createTopUp', { params, body }, o.faults, (op) =>
                topUp(deps, asAdmin, g.groupId, digits, body, op),
              ),
            );
            if (outs.length === 2) expect(outs[1]!.value).toEqual(outs[0]!.value);
            const v = outs[0]?.value as { topUpId: string } | undefined;
            if (v) {
              rec.credits.push({ kind: 'voucher', amount: VOUCHER_VALUE, ref: v.topUpId });
              rec.topUpIds.add(v.topUpId);
              rec.voucherWins.set(o.slot, (rec.voucherWins.get(o.slot) ?? 0) + 1);
            }
            return;
          }
          // Bank transfer: the pending top-up, then the bank's report, delivered `deliveries` times.
          const body = { method: 'bank-transfer' as const, amount: eur(o.amount) };
          const [created] = await maybeTwice(false, 'createTopUp', { params, body }, o.faults, (op) =>
            topUp(deps, asAdmin, g.groupId, digits, body, op),
          );
          expect(created?.ok).toBe(true);
          const pending = (created as { value: { topUpId: string; paymentReference: string } }).value;
          const payment = {
            paymentId: `BANK-${uniq()}`,
            amount: eur(o.paid),
            reference: pending.paymentReference,
            method: 'bank-transfer' as const,
          };
          const deliveries = await Promise.all(
            Array.from({ length: o.deliveries }, (_, i) =>
              settle('recordPayment', newKey(), { params: {}, body: payment }, i === 0 ? o.faults : [], () =>
                recordPayment(deps, { principal: psp, tenant }, payment),
              ),
            ),
          );
          const recorded = succeeded(deliveries).map(
            (d) => (d.value as { payment: { status: string; paymentId: string } }).payment,
          );
          expect(recorded.length).toBe(o.deliveries);
          expect(new Set(recorded.map((p) => p.status))).toEqual(new Set(['matched']));
          rec.credits.push({ kind: 'payment', amount: o.paid, ref: payment.paymentId });
          rec.topUpIds.add(pending.topUpId);
        };
        await Promise.all(ops.map(perform));

        // ----- invariants ----------------------------------------------------------------------
        let total = 0;
        const ledgerByRef = new Map<string, { kind: string; amount: number }[]>();
        for (const digits of numbers) {
          const items = await query(`T#${T}#NUM#${digits}`);
          const balance = (items.find((i) => i.sk === 'BALANCE')?.balance as number | undefined) ?? 0;
          const entries = items.filter((i) => String(i.sk).startsWith('L#'));
          const sum = entries.reduce((s, e) => s + (e.amount as { amount: number }).amount, 0);
          expect(balance, `balance of ${digits}`).toBeGreaterThanOrEqual(0);
          expect(sum, `ledger of ${digits} sums to its balance`).toBe(balance);
          total += balance;
          for (const e of entries) {
            const ref = (e.reference as { id: string }).id;
            ledgerByRef.set(ref, [
              ...(ledgerByRef.get(ref) ?? []),
              { kind: e.kind as string, amount: (e.amount as { amount: number }).amount },
            ]);
          }
        }
        const brought = rec.credits.reduce((s, c) => s + c.amount, 0);
        expect(total, 'credit changed only by top-ups, payments and redemptions').toBe(brought);

        for (const t of rec.transfers) {
          const legs = ledgerByRef.get(t.transferId) ?? [];
          expect(legs.map((l) => l.kind).sort()).toEqual(['transfer-in', 'transfer-out']);
          expect(legs.reduce((s, l) => s + l.amount, 0)).toBe(0);
        }
        const transferRefs = [...ledgerByRef.entries()].filter(([, ls]) =>
          ls.some((l) => l.kind.startsWith('transfer')),
        );
        expect(transferRefs.length, 'no transfer applied that no client saw succeed').toBe(
          rec.transfers.length,
        );
        expect(rec.transfers.reduce((s, t) => s + t.amount, 0)).toBeLessThanOrEqual(LIMITS.maxPerDay);

        for (const id of rec.topUpIds) {
          const credits = (ledgerByRef.get(id) ?? []).filter(
            (l) => l.kind === 'top-up' || l.kind === 'voucher',
          );
          expect(credits.length, `top-up ${id} credited at most once`).toBeLessThanOrEqual(1);
        }
        const topUpRefs = [...ledgerByRef.entries()].filter(([, ls]) =>
          ls.some((l) => l.kind === 'top-up' || l.kind === 'voucher'),
        );
        expect(
          topUpRefs.every(([id]) => rec.topUpIds.has(id)),
          'no top-up credited that no client saw',
        ).toBe(true);
        for (const c of rec.credits.filter((x) => x.kind === 'payment')) {
          expect(
            (ledgerByRef.get(c.ref) ?? []).length,
            `payment ${c.ref} leaves at most one overpayment`,
          ).toBeLessThanOrEqual(1);
        }
        for (const [, wins] of rec.voucherWins) expect(wins, 'a voucher redeemed once').toBe(1);
      }),
      {
        numRuns: 8,
        endOnFailure: true,
        ...(process.env.PROP_SEED ? { seed: Number(process.env.PROP_SEED) } : {}),
      },
    );
  }, 180_000);

  it('emitted one event per applied operation', async () => {
    const events = await outboxEvents(T);
    const transfers = events
      .filter((e) => e.detailType === 'CreditTransferred')
      .map((e) => e.data.transferId);
    expect(new Set(transfers).size).toBe(transfers.length);
    const redeemed = events.filter((e) => e.detailType === 'VoucherRedeemed').map((e) => e.data.topUpId);
    expect(new Set(redeemed).size).toBe(redeemed.length);
    const payments = events.filter((e) => e.detailType === 'PaymentReceived').map((e) => e.data.paymentId);
    expect(new Set(payments).size).toBe(payments.length);
  });
});

async function query(pk: string): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await db().send(
      new QueryCommand({
        TableName: tableName(),
        KeyConditionExpression: 'pk = :p',
        ExpressionAttributeValues: { ':p': pk },
        ConsistentRead: true,
        ExclusiveStartKey: start,
      }),
    );
    items.push(...(out.Items ?? []));
    start = out.LastEvaluatedKey;
  } while (start);
  return items;
}
