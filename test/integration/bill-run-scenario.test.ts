import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { groupDeps } from '../../functions/wiring.ts';
import { changePlan } from '../../shared/groups/use-cases/change-plan.ts';
import { localDate } from '../../shared/kernel/calendar.ts';
import { fixedClock } from '../../shared/kernel/clock.ts';
import { cachedTenant } from '../../shared/tenants/cached-tenant.ts';
import { claims, invoke } from '../support/invoke.ts';
import { usageCatalog } from '../support/rating-catalog.ts';
import { useTestTable } from '../support/table.ts';
import { feeFromToday, runBill, vat22 } from './bill-run-fixture.ts';
import { shopDeposit } from './credit-limits-fixture.ts';
import { addNewMember, registerGroup, registrationBody, setUpTenant } from './groups-fixture.ts';
import { fund } from './money-fixture.ts';
import { eur, ingest, MB, record } from './usage-fixture.ts';

useTestTable();

/**
 * One group's month through the real bill run against DynamoDB Local, every amount computed here
 * by hand. The tenant: Europe/Ljubljana, VAT 22 %; plan M 20.00 € (50 SMS, 1,000 MB included),
 * UNL 40.00 €, prepaid PRE 20.00 € (M's units), C24 (M with a 24-month commitment and a 5.00 €
 * monthly benefit, clawed back on early termination); roaming zone 2 data 1.99 €/MB; SMS beyond
 * the plan 0.09 €. The period is the month under way (usage is accepted for it only), with the
 * group registered today.
 */
const T = 'bill-scenario';
const PERIOD = new Date().toISOString().slice(0, 7);
const NEXT = new Date(Date.UTC(Number(PERIOD.slice(0, 4)), Number(PERIOD.slice(5, 7)), 1))
  .toISOString()
  .slice(0, 7);
const DAYS = new Date(Date.UTC(Number(PERIOD.slice(0, 4)), Number(PERIOD.slice(5, 7)), 0)).getUTCDate();

const catalog = {
  ...usageCatalog,
  plans: [
    ...usageCatalog.plans,
    { ...usageCatalog.plans[0]!, code: 'C24', rank: 1, commitmentMonths: 24, monthlyBenefit: eur(500) },
  ],
  fees: [
    {
      code: 'CLAWBACK',
      kind: 'clawback-monthly-fee',
      name: { en: 'Clawback' },
      explanation: { en: 'The benefit of the months left in the commitment.' },
      amount: eur(0),
    },
    {
      code: 'ITEMIZED',
      kind: 'itemized-bill',
      name: { en: 'Itemized bill' },
      explanation: { en: 'Every call, message and data session of the month, listed.' },
      amount: eur(150),
    },
  ],
};

const line = (lines: { code: string; msisdn?: string }[], code: string, msisdn?: string) =>
  lines.filter((l) => l.code === code && (msisdn === undefined || l.msisdn === msisdn));

describe('a month of a group, invoiced', () => {
  it('prorates a plan change, claws back a commitment, bills roaming zone 2, shows prepaid usage as paid, credits a deposit and carries the rest over', async () => {
    await setUpTenant(T, catalog);
    const g = await registerGroup(T, registrationBody({}, { number: { kind: 'new' }, plan: 'M' }));
    const admin = claims.admin(T, g.groupId, g.admin);
    const x = await addNewMember(T, g, 'M');
    const p = await addNewMember(T, g, 'PRE');
    const c = await addNewMember(T, g, 'C24');

    // X moves from M to UNL ten days from today at 10:00 local (the day of the change is billed to
    // UNL); on the month's last day the change is today.
    const today = Number(localDate(new Date(), 'Europe/Ljubljana').slice(8, 10));
    const changeDay = Math.min(today + 10, DAYS);
    const tenant = (await cachedTenant(T))!;
    await changePlan(
      {
        ...groupDeps,
        clock:
          changeDay > today
            ? fixedClock(`${PERIOD}-${String(changeDay).padStart(2, '0')}T09:00:00Z`)
            : groupDeps.clock,
      },
      {
        principal: {
          role: 'admin',
          subject: `adm-${g.admin}`,
          tenantId: T,
          groupId: g.groupId,
          msisdn: g.admin,
        },
        tenant,
      },
      g.groupId,
      x,
      'UNL',
    );
    // C leaves during its commitment: 24 months of the 5.00 € benefit are charged back.
    const removed = await invoke('DELETE', `/v1/groups/${g.groupId}/members/${c}`, { claims: admin });
    expect(removed.status, removed.raw).toBe(200);
    // The admin uses 10 MB roaming in Serbia (zone 2): 10 × 1.99 €.
    // P, prepaid with 10.00 €, sends 60 SMS: 50 included, 10 × 0.09 € paid from its balance.
    await fund({ ...g, tenantId: T, members: [x, p] }, p, 1000);
    await ingest(T, [
      record({ msisdn: `+${g.admin}`, type: 'data', quantity: 10 * MB, visitedCountry: 'RS' }),
      ...Array.from({ length: 60 }, () =>
        record({ msisdn: `+${p}`, type: 'sms', counterpart: `+${g.admin}`, quantity: 1 }),
      ),
    ]);
    // The admin asks for the itemized bill: its fee on the invoice, and every record in the PDF.
    const itemized = await invoke('PATCH', `/v1/groups/${g.groupId}`, {
      claims: admin,
      body: { itemizedBill: true },
    });
    expect(itemized.status, itemized.raw).toBe(200);
    expect(itemized.body.itemizedBill).toBe(true);
    // A 300.00 € credit-limit deposit paid at the shop this month.
    const deposit = await shopDeposit({ ...g, tenantId: T, members: [x, p] }, g.admin, 30_000);
    expect(deposit.status, deposit.raw).toBe(201);

    await runBill(T, PERIOD);
    const list = await invoke('GET', `/v1/groups/${g.groupId}/invoices`, { claims: admin });
    const inv = (await invoke('GET', list.body.items[0].href, { claims: admin })).body;
    const lines = inv.appliedCustomerBillingRate;

    const mDays = changeDay - today; // from today to the day before the change
    const unlDays = DAYS - changeDay + 1; // from the change to the end
    const mPart = Math.round((2000 * mDays) / DAYS);
    const unlPart = Math.round((4000 * unlDays) / DAYS);
    expect(line(lines, 'M', `+${x}`)).toEqual(
      mDays ? [expect.objectContaining({ quantity: mDays, unit: 'day', taxExcludedAmount: eur(mPart) })] : [],
    );
    expect(line(lines, 'UNL', `+${x}`)).toEqual([
      expect.objectContaining({ quantity: unlDays, unit: 'day', taxExcludedAmount: eur(unlPart) }),
    ]);
    expect(line(lines, 'CLAWBACK', `+${c}`)).toEqual([
      expect.objectContaining({
        taxExcludedAmount: eur(24 * 500),
        description: expect.stringContaining('24'),
      }),
    ]);
    // Added and removed on the same day: no day of C24 to bill.
    expect(line(lines, 'C24')).toEqual([]);
    expect(line(lines, 'ROAMING-DATA-ROAM-Z2', `+${g.admin}`)).toEqual([
      expect.objectContaining({ taxExcludedAmount: eur(10 * 199) }),
    ]);
    expect(line(lines, 'SMS-OVER-ALLOWANCE', `+${p}`)).toEqual([
      expect.objectContaining({ quantity: 10, taxExcludedAmount: eur(90) }),
    ]);

    // The admin's M and P's PRE: whole months on the 1st, else from today.
    expect(line(lines, 'ITEMIZED')).toEqual([expect.objectContaining({ taxExcludedAmount: eur(150) })]);
    const net = feeFromToday(2000) + mPart + unlPart + 24 * 500 + 10 * 199 + feeFromToday(2000) + 90 + 150;
    const vat = vat22(net);
    const gross = net + vat;
    // Prepaid usage was paid from the balance; the deposit covers the rest; what it leaves is carried over.
    const beforeDeposit = gross - 90;
    expect(inv).toMatchObject({
      taxExcludedAmount: eur(net),
      taxItem: [{ taxRate: 22, taxableAmount: eur(net), taxAmount: eur(vat) }],
      taxIncludedAmount: eur(gross),
      settlement: { prepaidPaid: eur(90), depositCredit: eur(beforeDeposit), previousDue: eur(0) },
      amountDue: eur(0),
      depositsCarriedOver: [{ msisdn: `+${g.admin}`, remaining: eur(30_000 - beforeDeposit) }],
      // P's prepaid balance: the 10.00 € top-up, and the 0.90 € of usage it paid (for information).
      prepaidAccounts: [
        {
          msisdn: `+${p}`,
          topUps: [expect.objectContaining({ kind: 'top-up', amount: eur(1000) })],
          toppedUp: eur(1000),
          usagePaid: eur(90),
        },
      ],
    });

    // The PDF carries every line and, asked for, the itemized specification: each rated record.
    const pdf = await invoke('GET', `${list.body.items[0].href}/pdf`, { claims: admin });
    expect(pdf.status).toBe(200);
    const dir = await mkdtemp(join(tmpdir(), 'sb-scenario-pdf-'));
    await writeFile(join(dir, 'invoice.pdf'), Buffer.from(pdf.raw, 'base64'));
    const text = execFileSync('pdftotext', ['-layout', join(dir, 'invoice.pdf'), '-']).toString();
    await rm(dir, { recursive: true, force: true });
    expect(text).toContain(inv.billNo);
    expect(text.split('ROAMING-DATA-ROAM-Z2').length - 1).toBeGreaterThanOrEqual(2);
    expect(text.split('SMS-OVER-ALLOWANCE').length - 1).toBeGreaterThanOrEqual(11);

    // The next month: M for the admin, UNL for X, PRE for P, whole months; the carried deposit credited.
    await runBill(T, NEXT);
    const next = await invoke(
      'GET',
      `/v1/groups/${g.groupId}/invoices/${g.groupId}-${NEXT.replace('-', '')}`,
      {
        claims: admin,
      },
    );
    expect(next.status, next.raw).toBe(200);
    const nextNet = 2000 + 4000 + 2000 + 150;
    const nextGross = nextNet + Math.round((nextNet * 22) / 100);
    const carried = 30_000 - beforeDeposit;
    expect(next.body).toMatchObject({
      taxExcludedAmount: eur(nextNet),
      taxIncludedAmount: eur(nextGross),
      settlement: { depositCredit: eur(Math.min(carried, nextGross)) },
      amountDue: eur(Math.max(nextGross - carried, 0)),
    });
    // The legal numbers follow on: the second invoice of the series.
    expect(Number(next.body.billNo.slice(-6))).toBe(Number(inv.billNo.slice(-6)) + 1);
  });
});
