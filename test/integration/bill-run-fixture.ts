import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { expect } from 'vitest';
import { onInvoicing } from '../../functions/invoices/on-invoicing.ts';
import { localContext } from '../../infra/local/api-event.ts';
import { invoiceDeps } from '../../infra/local/wiring.ts';
import { db, tableName } from '../../shared/db/client.ts';
import { chargeKeys } from '../../shared/groups/keys.ts';
import { loadSystemActor } from '../../shared/handlers/system-actor.ts';
import type { InvoiceDeps, InvoicingMessage } from '../../shared/invoices/ports.ts';
import { startBillRun } from '../../shared/invoices/use-cases/start-bill-run.ts';
import { localDate } from '../../shared/kernel/calendar.ts';
import { sqs, sqsRecord } from '../support/sqs.ts';

/**
 * The bill run in the tests: the real use cases and the real queue consumer, with the invoicing
 * queue replaced by an in-memory list that the test drains by handing batches of up to 10
 * messages to the consumer, as the event source mapping does.
 */
export interface TestQueue {
  messages: InvoicingMessage[];
  /** Numbering messages kept back (with `holdNumbering`), for the test to run itself. */
  held: InvoicingMessage[];
  deps: InvoiceDeps;
  /** Delivers every message (and those they send) to the consumer; returns how many were delivered. */
  drain(opts?: { batch?: number; duplicate?: boolean }): Promise<number>;
}

export function testQueue(
  over: Partial<InvoiceDeps> = {},
  opts: { holdNumbering?: boolean } = {},
): TestQueue {
  const messages: InvoicingMessage[] = [];
  const held: InvoicingMessage[] = [];
  const deps: InvoiceDeps = {
    ...invoiceDeps,
    ...over,
    queue: {
      async send(m) {
        for (const x of m) (opts.holdNumbering && x.kind === 'number' ? held : messages).push(x);
      },
    },
  };
  const handler = onInvoicing(deps);
  return {
    messages,
    held,
    deps,
    async drain({ batch = 10, duplicate = false } = {}) {
      let delivered = 0;
      while (messages.length) {
        const taken = messages.splice(0, batch);
        const records = taken.map((m) => sqsRecord(m));
        const res = (await handler(sqs(...records), localContext('invoicing') as never)) as {
          batchItemFailures: unknown[];
        };
        expect(res.batchItemFailures).toEqual([]);
        // At least once: the same messages delivered again (new message ids) change nothing.
        if (duplicate)
          await handler(sqs(...taken.map((m) => sqsRecord(m))), localContext('invoicing') as never);
        delivered += taken.length;
      }
      return delivered;
    },
  };
}

/** Starts (or resumes) the run of `period` as the scheduler would, then runs its workers to the end. */
export async function runBill(tenantId: string, period: string, q: TestQueue = testQueue()) {
  const actor = await loadSystemActor(tenantId, 'bill-run', `bill-run-${period}`);
  const run = await startBillRun(q.deps, actor, period, 'test');
  await q.drain();
  return { started: run, q, actor };
}

/** A one-time charge in another currency than the tenant's: data that cannot make an invoice. */
export async function foreignCharge(
  tenantId: string,
  groupId: string,
  msisdn: string,
  period: string,
): Promise<void> {
  await db().send(
    new PutCommand({
      TableName: tableName(),
      Item: {
        ...chargeKeys.charge(tenantId, groupId, period, 'BAD-CHARGE'),
        entity: 'Charge',
        tenantId,
        chargeId: 'BAD-CHARGE',
        groupId,
        msisdn,
        period,
        code: 'CONN',
        kind: 'connection',
        name: { en: 'x' },
        explanation: { en: 'x' },
        amount: { amount: 500, currency: 'USD' },
        reason: 'connection',
        createdAt: new Date().toISOString(),
      },
    }),
  );
}

/**
 * The tests invoice the month under way (usage is accepted for it only), with groups registered
 * today: a monthly fee is whole on the 1st and prorated by day otherwise (the domain's rule: the
 * fee × days / days of the month, rounded half up, from today to the month's end).
 */
export function feeFromToday(monthlyFee: number, timeZone = 'Europe/Ljubljana'): number {
  const today = localDate(new Date(), timeZone);
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const billed = days - d + 1;
  return billed === days ? monthlyFee : Math.round((monthlyFee * billed) / days);
}

/** VAT at 22 % on a net amount, rounded once (half up). */
export const vat22 = (net: number) => Math.round((net * 22) / 100);
