import { describe, expect, it } from 'vitest';
import { localDate } from '../../shared/kernel/calendar.ts';
import { invoke } from '../support/invoke.ts';
import { useTestTable } from '../support/table.ts';
import { FIXTURE_CATALOG, setUpTenant } from './groups-fixture.ts';

useTestTable();

/**
 * The public quote, asked without a token: tenant `quote-t` (VAT 22 %, Europe/Ljubljana) sells
 * BIZ-S at 9.90, BIZ-M at 19.90 with a 24-month commitment and a 5.00 monthly benefit, BIZ-L at
 * 29.90, and OLD, no longer sold.
 */
const T = 'quote-t';
const quote = (query: string) => invoke('GET', `/v1/quotes?${query}`, {});
const eur = (amount: number) => ({ amount, currency: 'EUR' });

describe('the public quote', () => {
  it('answers an upgrade with the fees, VAT, the rest of the period prorated by day and the commitment it brings', async () => {
    await setUpTenant(T, FIXTURE_CATALOG);
    const res = await quote(`from=BIZ-S&to=BIZ-M&tenant=${T}`);
    expect(res.status, res.raw).toBe(200);
    const today = localDate(new Date(), 'Europe/Ljubljana');
    const [y, m, d] = today.split('-').map(Number) as [number, number, number];
    const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
    const left = days - d + 1;
    // 10.00 more a month; for the days left of the month, rounded once (half up).
    const rest = Math.round((1000 * left) / days);
    expect(res.body).toMatchObject({
      tenant: T,
      currency: 'EUR',
      vatRate: 22,
      direction: 'upgrade',
      available: true,
      from: { code: 'BIZ-S', monthlyFee: { net: eur(990), vat: eur(218), gross: eur(1208) } },
      to: {
        code: 'BIZ-M',
        monthlyFee: { net: eur(1990), vat: eur(438), gross: eur(2428) },
        commitmentMonths: 24,
      },
      monthlyDifference: { net: eur(1000), vat: eur(220), gross: eur(1220) },
      restOfPeriod: { from: today, days: left, ofDays: days, net: eur(rest) },
      oneTimeCharges: [],
      commitment: {
        newCommitment: { months: 24, clawbackPerRemainingMonth: eur(500) },
        downgradeWaitsForCommitment: false,
      },
    });
    expect(res.body.restOfPeriod.vat.amount).toBe(Math.round(rest * 0.22));
  });

  it('answers a downgrade with what it saves and that it waits for a commitment to end', async () => {
    const res = await quote(`from=BIZ-L&to=BIZ-S&tenant=${T}`);
    expect(res.status, res.raw).toBe(200);
    expect(res.body).toMatchObject({
      direction: 'downgrade',
      monthlyDifference: { net: eur(-2000) },
      commitment: { downgradeWaitsForCommitment: true },
    });
    expect(res.body.commitment.newCommitment).toBeUndefined();
  });

  it('says a plan is no longer sold, and refuses what it cannot answer, naming the field', async () => {
    expect((await quote(`from=BIZ-S&to=OLD&tenant=${T}`)).body).toMatchObject({ available: false });
    const unknown = await quote(`from=BIZ-S&to=NOPE&tenant=${T}`);
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toEqual([
      { field: 'query.to', message: 'is not a plan of this operator (NOPE)' },
    ]);
    expect((await quote(`from=BIZ-S&to=BIZ-M&tenant=no-such-operator`)).status).toBe(404);
    expect((await quote('from=BIZ-S&to=BIZ-M')).status).toBe(404);
    const bad = await quote(`from=bad%20code&to=BIZ-M&tenant=${T}`);
    expect(bad.status).toBe(400);
    expect(bad.raw).toContain('query.from');
  });
});
