import { describe, expect, it } from 'vitest';
import { onCreditLimitChanged } from '../../functions/usage/on-credit-limit-changed.ts';
import { usageDeps } from '../../functions/wiring.ts';
import { useTestTable } from '../support/table.ts';
import { bankDeposit, pay } from './credit-limits-fixture.ts';
import { busDelivery } from './groups-fixture.ts';
import { uniq } from './money-fixture.ts';
import {
  authorize,
  context,
  deliveriesOf,
  eur,
  ingest,
  MB,
  outboxOf,
  record,
  usageGroup,
  usageOf,
  usageTenant,
} from './usage-fixture.ts';

useTestTable();

const T = 'usage-scenario';
const DOMESTIC = '+38640100999';

/**
 * Collection assurance end to end: a number passes its credit limit, is warned and then barred,
 * authorization refuses it while it is barred, its admin pays a deposit by bank transfer, the bank
 * reports the payment, and the raised limit lifts the bar.
 */
describe('a number passes its limit, pays a deposit and is unbarred', () => {
  it('warning, bar, refusal while barred, deposit, unbar, granted again', async () => {
    await usageTenant(T);
    const g = await usageGroup(T, ['M']);
    const m = g.members[0]!;
    const msisdn = `+${m}`;
    const sms = { msisdn, type: 'sms', counterpart: DOMESTIC, quantity: 1 };

    // 1,000 MB included; 400 MB more at 0.02 €/MB: 8.00 € of a 10.00 € limit, the warning.
    await ingest(T, [record({ msisdn, type: 'data', quantity: 1400 * MB })]);
    expect((await usageOf(g, m)).warnedAt).toBeDefined();
    expect((await authorize(T, sms)).decision).toBe('granted');

    // 150 MB more: 11.00 €, past the limit: barred.
    await ingest(T, [record({ msisdn, type: 'data', quantity: 150 * MB })]);
    const barred = await usageOf(g, m);
    expect(barred.barred).toMatchObject({ reason: 'credit-limit' });
    expect(barred.creditLimit).toMatchObject({ amount: eur(1000), used: eur(1100), remaining: eur(0) });
    expect(await authorize(T, sms)).toMatchObject({ granted: 0, reason: 'barred' });
    // Records the network sends while barred (calls already under way) are still rated, once.
    await ingest(T, [record({ msisdn, type: 'data', quantity: 10 * MB })]);
    expect((await usageOf(g, m)).spend).toEqual(eur(1120));

    // The admin pays a 5.00 € deposit by bank transfer; the bank reports the payment.
    const deposit = await bankDeposit(g, m, 500);
    expect(deposit.status, deposit.raw).toBe(201);
    const paid = await pay(T, {
      paymentId: `BANK-${uniq()}`,
      amount: eur(500),
      reference: deposit.body.paymentReference,
    });
    expect(paid.status, paid.raw).toBe(201);

    // The bus delivers CreditLimitChanged to spending control (twice: at least once).
    const changed = (await outboxOf(T)).filter(
      (e) => e.detailType === 'CreditLimitChanged' && e.detail.data.msisdn === msisdn,
    );
    expect(changed).toHaveLength(1);
    const handler = onCreditLimitChanged(usageDeps);
    const delivery = busDelivery(changed[0]!);
    await handler(delivery as never, context());
    await handler(delivery as never, context());

    const after = await usageOf(g, m);
    expect(after.barred).toBeNull();
    expect(after.creditLimit).toMatchObject({ amount: eur(1500), used: eur(1120) });
    const unbarred = await deliveriesOf(T, 'NumberUnbarred', msisdn);
    expect(unbarred.map((u) => u.detail.data)).toEqual([
      expect.objectContaining({ reason: 'credit-limit', cause: 'limit-raised' }),
    ]);
    expect(await authorize(T, sms)).toMatchObject({ granted: 1, decision: 'granted' });

    // Spending on: the bar comes back at the raised limit.
    await ingest(T, [record({ msisdn, type: 'data', quantity: 200 * MB })]);
    expect((await usageOf(g, m)).barred).toMatchObject({ reason: 'credit-limit' });
    expect((await deliveriesOf(T, 'NumberBarred', msisdn)).length).toBe(2);
  });
});

describe('a new period lifts the bars of the last one', () => {
  it('the schedule at 00:00 on the 1st restores every number barred in the period that ended, once', async () => {
    const { liftBars } = await import('../../functions/usage/lift-period-bars.ts');
    const { addMonths, billingPeriod } = await import('../../shared/kernel/calendar.ts');
    const TL = 'usage-new-period';
    await usageTenant(TL);
    const g = await usageGroup(TL, ['M', 'M']);
    const [barred, fine] = g.members as [string, string];
    await ingest(TL, [
      record({ msisdn: `+${barred}`, type: 'data', quantity: 1600 * MB }),
      record({ msisdn: `+${fine}`, type: 'data', quantity: 10 * MB }),
    ]);
    expect((await usageOf(g, barred)).barred).toMatchObject({ reason: 'credit-limit' });

    // 00:00 on the 1st of the next month in the tenant's time zone (Europe/Ljubljana).
    const next = addMonths(`${billingPeriod(new Date(), 'Europe/Ljubljana')}-01`, 1);
    const midnight = new Date(`${next}T00:00:00+01:00`);
    const run = { tenantId: TL, scheduledTime: midnight.toISOString(), schedule: 'lift-period-bars' };
    const handler = liftBars(usageDeps);
    await handler(run as never, context());
    await handler(run as never, context());

    expect((await usageOf(g, barred)).barred).toBeNull();
    const lifted = await deliveriesOf(TL, 'NumberUnbarred', `+${barred}`);
    expect(lifted.map((e) => e.detail.data)).toEqual([
      expect.objectContaining({ cause: 'new-period', period: next.slice(0, 7) }),
    ]);
    expect(await deliveriesOf(TL, 'NumberUnbarred', `+${fine}`)).toEqual([]);
  });
});
