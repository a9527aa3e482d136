import { describe, expect, it } from 'vitest';
import { onInvoiceIssued } from '../../functions/invoices/on-invoice-issued.ts';
import { invoiceNoticeDeps } from '../../functions/wiring.ts';
import { checkPain008 } from '../../shared/invoices/direct-debit.ts';
import { invoiceNumberKeys } from '../../shared/invoices/keys.ts';
import { numberInvoices } from '../../shared/invoices/use-cases/number-invoices.ts';
import { claims, invoke } from '../support/invoke.ts';
import { useTestTable } from '../support/table.ts';
import { feeFromToday, foreignCharge, runBill, testQueue, vat22 } from './bill-run-fixture.ts';
import {
  busDelivery,
  outboxDetails,
  outboxEvents,
  partition,
  registerGroup,
  registrationBody,
} from './groups-fixture.ts';
import { context, eur, ingest, record, recordingNotifier, usageGroup, usageTenant } from './usage-fixture.ts';

useTestTable();

/**
 * The monthly bill run through its real workers against DynamoDB Local: a tenant in
 * Europe/Ljubljana (VAT 22 %), the current period (usage is only accepted for the open period, so
 * the run invoices it as the schedule would on the 1st of the next month), plan M at 20.00 € with
 * 1,000 MB included, zone 2 calls at 0.49 €/min, domestic data beyond the plan at 0.02 €/MB.
 */

const T = 'bill-run';
const PERIOD = new Date().toISOString().slice(0, 7);
const NEXT_YEAR = Number(PERIOD.slice(0, 4)) + (PERIOD.endsWith('-12') ? 1 : 0);
const MB = 1_048_576;

const invoicesOf = (tenantId: string, g: { groupId: string; admin: string }) =>
  invoke('GET', `/v1/groups/${g.groupId}/invoices`, { claims: claims.admin(tenantId, g.groupId, g.admin) });

describe('a bill run', () => {
  it('invoices every group, numbers them in order, fails an inconsistent group alone, and resumes without a second number', async () => {
    await usageTenant(T);
    // A: the admin and one member on M; the admin calls zone 2 for 10 minutes, the member uses 1,200 MB.
    const a = await usageGroup(T, ['M']);
    await ingest(T, [
      record({ msisdn: `+${a.admin}`, type: 'voice', counterpart: '+38761111222', quantity: 600 }),
      record({ msisdn: `+${a.members[0]}`, type: 'data', quantity: 1200 * MB }),
    ]);
    // B: the admin alone, no usage.
    const b = await usageGroup(T, []);
    // C: a one-time charge in another currency: its data cannot make an invoice.
    const c = await usageGroup(T, []);
    await foreignCharge(T, c.groupId, `+${c.admin}`, PERIOD);

    const { q } = await runBill(T, PERIOD);
    expect(q.messages).toEqual([]);

    // A: 20.00 + 20.00 (whole months on the 1st, else from today) + 10 min × 0.49 + 200 MB × 0.02;
    // on the 1st: 48.90 net, VAT 22 % of 48.90 = 10.758 → 10.76, 59.66 in all.
    const netA = 2 * feeFromToday(2000) + 490 + 400;
    const grossA = netA + vat22(netA);
    const grossB = feeFromToday(2000) + vat22(feeFromToday(2000));
    const listA = await invoicesOf(T, a);
    expect(listA.status, listA.raw).toBe(200);
    expect(listA.body.items).toHaveLength(1);
    const invA = await invoke('GET', listA.body.items[0].href, {
      claims: claims.admin(T, a.groupId, a.admin),
    });
    expect(invA.status, invA.raw).toBe(200);
    expect(invA.body).toMatchObject({
      billNo: `TST-${NEXT_YEAR}-000001`,
      state: 'issued',
      taxExcludedAmount: eur(netA),
      taxIncludedAmount: eur(grossA),
      amountDue: eur(grossA),
      taxItem: [{ taxRate: 22, taxableAmount: eur(netA), taxAmount: eur(vat22(netA)) }],
      paymentMethod: 'credit-transfer',
    });
    const lines = invA.body.appliedCustomerBillingRate as {
      code: string;
      msisdn?: string;
      taxExcludedAmount: unknown;
    }[];
    expect(lines.filter((l) => l.code === 'M')).toHaveLength(2);
    expect(lines.find((l) => l.code === 'INTL-VOICE-ZONE2')).toMatchObject({
      msisdn: `+${a.admin}`,
      taxExcludedAmount: eur(490),
    });
    expect(lines.find((l) => l.code === 'DATA-OVER-ALLOWANCE')).toMatchObject({
      msisdn: `+${a.members[0]}`,
      taxExcludedAmount: eur(400),
    });

    // B: 20.00 net, 4.40 VAT; the next number.
    const listB = await invoicesOf(T, b);
    expect(listB.body.items).toEqual([
      expect.objectContaining({ billNo: `TST-${NEXT_YEAR}-000002`, taxIncludedAmount: eur(grossB) }),
    ]);
    // C failed alone, with its reason, and has no invoice.
    expect((await invoicesOf(T, c)).body.items).toEqual([]);
    const run = await invoke('GET', `/v1/bill-runs/${PERIOD}`, { claims: claims.operator(T) });
    expect(run.status, run.raw).toBe(200);
    expect(run.body).toMatchObject({
      status: 'completed',
      expected: 3,
      issued: 2,
      counts: { done: 2, failed: 1, skipped: 0, pending: 0 },
    });
    const failures = await invoke('GET', `/v1/bill-runs/${PERIOD}/failures`, { claims: claims.operator(T) });
    expect(failures.status, failures.raw).toBe(200);
    expect(failures.body.items).toEqual([
      expect.objectContaining({ groupId: c.groupId, reason: expect.stringContaining('USD') }),
    ]);
    const issued = (await outboxEvents(T)).filter((e) => e.detailType === 'InvoiceIssued');
    expect(issued.map((e) => e.data.number).sort()).toEqual([
      `TST-${NEXT_YEAR}-000001`,
      `TST-${NEXT_YEAR}-000002`,
    ]);

    // The administrator is told once per event (delivered twice), in the group's language (sl).
    const notifier = recordingNotifier();
    const notify = onInvoiceIssued({
      ...invoiceNoticeDeps,
      notifier,
      pdfLink: (g, i) => `https://x/${g}/${i}`,
    });
    const ofA = (await outboxDetails(T)).find(
      (e) => e.detailType === 'InvoiceIssued' && e.detail.data.groupId === a.groupId,
    )!;
    await notify(busDelivery(ofA) as never, context());
    await notify(busDelivery(ofA) as never, context());
    expect(notifier.sent.map((m) => [m.channel, m.to])).toEqual([
      ['email', 'billing@primer.si'],
      ['sms', `+${a.admin}`],
    ]);
    const [mail, sms] = notifier.sent as { text: string; subject?: string; locale: string }[];
    expect(mail!.locale).toBe('sl');
    expect(mail!.subject).toContain(`TST-${NEXT_YEAR}-000001`);
    expect(mail!.text).toContain(`${Math.floor(grossA / 100)},${String(grossA % 100).padStart(2, '0')}`);
    expect(mail!.text).toContain(invA.body.paymentReference);
    expect(mail!.text).toContain(`https://x/${a.groupId}/${invA.body.id}`);
    expect(sms!.text).toContain(invA.body.paymentDueDate);

    // The bank reports payments quoting the references: A paid in full (twice: the same payment),
    // B in part; B's invoice keeps the rest due.
    const pay = (paymentId: string, amount: number, reference: string) =>
      invoke('POST', '/v1/payments', {
        claims: claims.psp(T),
        body: { paymentId, amount: eur(amount), reference },
        headers: { 'idempotency-key': `k-${paymentId}` },
      });
    for (let i = 0; i < 2; i++)
      expect((await pay('BANK-A', grossA, invA.body.paymentReference)).status).toBe(201);
    const invB = await invoke('GET', listB.body.items[0].href, {
      claims: claims.admin(T, b.groupId, b.admin),
    });
    const partial = await pay('BANK-B', 1000, invB.body.paymentReference);
    expect(partial.status, partial.raw).toBe(201);
    expect(partial.body).toMatchObject({ status: 'matched', applied: eur(1000) });
    const paidA = await invoke('GET', listA.body.items[0].href, {
      claims: claims.admin(T, a.groupId, a.admin),
    });
    expect(paidA.body).toMatchObject({ state: 'paid', remainingAmount: eur(0), amountDue: eur(grossA) });
    const dueB = await invoke('GET', listB.body.items[0].href, {
      claims: claims.admin(T, b.groupId, b.admin),
    });
    expect(dueB.body).toMatchObject({ state: 'issued', remainingAmount: eur(grossB - 1000) });
    const received = (await outboxEvents(T)).filter((e) => e.detailType === 'PaymentReceived');
    expect(received.map((e) => e.data.purpose)).toEqual([
      { type: 'invoice', id: invA.body.id },
      { type: 'invoice', id: invB.body.id },
    ]);

    // Started again (a second delivery of the schedule), and numbered again: nothing changes.
    const again = await runBill(T, PERIOD);
    expect(again.started.status).toBe('completed');
    expect(await numberInvoices(again.q.deps, again.actor, PERIOD)).toEqual({ issued: 0 });
    const guards = await partition(invoiceNumberKeys.counter(T, 'TST-', NEXT_YEAR).pk);
    expect(guards.filter((g) => g.entity === 'InvoiceNumber')).toHaveLength(2);
    expect(guards.find((g) => g.entity === 'InvoiceSeries')).toMatchObject({ last: 2 });
    expect((await outboxEvents(T)).filter((e) => e.detailType === 'InvoiceIssued')).toHaveLength(2);

    // A group registered after the run started is not in its set.
    await registerGroup(T, registrationBody({}, { number: { kind: 'new' }, plan: 'M' }));
    const third = await runBill(T, PERIOD);
    expect(third.started).toMatchObject({ expected: 3, issued: 2 });

    // The next month: B's invoice shows what the previous one asked for and the payment received on
    // it, and asks for the rest with the new month (20.00 € + VAT).
    const NEXT = new Date(Date.UTC(Number(PERIOD.slice(0, 4)), Number(PERIOD.slice(5, 7)), 1))
      .toISOString()
      .slice(0, 7);
    await runBill(T, NEXT);
    const nextB = await invoke(
      'GET',
      `/v1/groups/${b.groupId}/invoices/${b.groupId}-${NEXT.replace('-', '')}`,
      {
        claims: claims.admin(T, b.groupId, b.admin),
      },
    );
    expect(nextB.status, nextB.raw).toBe(200);
    expect(nextB.body).toMatchObject({
      taxIncludedAmount: eur(2440),
      settlement: { previousDue: eur(grossB), payments: eur(1000) },
      amountDue: eur(2440 + grossB - 1000),
    });
    const codes = (nextB.body.appliedCustomerBillingRate as { code: string }[]).map((l) => l.code);
    expect(codes).toEqual(expect.arrayContaining(['PREVIOUS-UNPAID', 'PAYMENT']));
  });

  it('hides invoices from members, the operator and other groups', async () => {
    const a = await usageGroup(T, ['M']);
    const other = await usageGroup(T, []);
    const id = `${a.groupId}-${PERIOD.replace('-', '')}`;
    const path = `/v1/groups/${a.groupId}/invoices/${id}`;
    expect((await invoke('GET', path, { claims: claims.member(T, a.groupId, a.members[0]!) })).status).toBe(
      403,
    );
    expect((await invoke('GET', path, { claims: claims.operator(T) })).status).toBe(403);
    expect((await invoke('GET', path, { claims: claims.admin(T, other.groupId, other.admin) })).status).toBe(
      404,
    );
    expect(
      (
        await invoke('GET', `/v1/groups/${a.groupId}/invoices/${other.groupId}-202601`, {
          claims: claims.admin(T, a.groupId, a.admin),
        })
      ).status,
    ).toBe(404);
    expect(
      (await invoke('GET', `/v1/bill-runs/${PERIOD}`, { claims: claims.admin(T, a.groupId, a.admin) }))
        .status,
    ).toBe(403);
  });
});

describe('numbering', () => {
  const N = 'bill-run-numbering';

  it('is gapless and unique across batches, duplicate deliveries and concurrent passes', async () => {
    await usageTenant(N);
    for (let i = 0; i < 35; i++) await usageGroup(N, []);
    const q = testQueue({}, { holdNumbering: true });
    const { startBillRun } = await import('../../shared/invoices/use-cases/start-bill-run.ts');
    const { loadSystemActor } = await import('../../shared/handlers/system-actor.ts');
    const actor = await loadSystemActor(N, 'bill-run', 'numbering-test');
    // Collected in the next invocation (a large tenant is collected over several).
    const started = await startBillRun(q.deps, actor, PERIOD, 'test', { pages: 0 });
    expect(started.status).toBe('collecting');
    expect(q.messages).toEqual([{ kind: 'start', tenantId: N, period: PERIOD, startedBy: 'test' }]);
    // Every message delivered twice; the numbering pass kept back.
    await q.drain({ duplicate: true });
    expect(q.held.length).toBeGreaterThan(0);
    // One batch of 24 in this invocation, and the next one queued for the rest ...
    q.held.length = 0;
    expect(await numberInvoices(q.deps, actor, PERIOD, 1)).toEqual({ issued: 24, more: true });
    expect(q.held).toEqual([{ kind: 'number', tenantId: N, period: PERIOD }]);
    // ... which three passes at once finish.
    const results = await Promise.all([1, 2, 3].map(() => numberInvoices(q.deps, actor, PERIOD)));
    expect(results.reduce((s, r) => s + r.issued, 0)).toBe(11);

    const items = await partition(invoiceNumberKeys.counter(N, 'TST-', NEXT_YEAR).pk);
    const sequences = items
      .filter((i) => i.entity === 'InvoiceNumber')
      .map((i) => Number(String(i.sk).slice(2)))
      .sort((x, y) => x - y);
    expect(sequences).toEqual(Array.from({ length: 35 }, (_, i) => i + 1));
    const byGroup = items.filter((i) => i.entity === 'InvoiceNumber').map((i) => i.groupId as string);
    expect(new Set(byGroup).size).toBe(35);
    // Numbers follow the group ids' order.
    const ordered = items
      .filter((i) => i.entity === 'InvoiceNumber')
      .sort((x, y) => (String(x.sk) < String(y.sk) ? -1 : 1))
      .map((i) => i.groupId as string);
    expect(ordered).toEqual([...ordered].sort());
    expect((await outboxEvents(N)).filter((e) => e.detailType === 'InvoiceIssued')).toHaveLength(35);
    // 35 groups registered and invoiced against DynamoDB Local: more than the default on a busy 2-core machine.
  }, 90_000);
});

describe('the direct-debit collection', () => {
  const D = 'bill-run-dd';

  it('puts every direct-debit invoice with an amount due in one pain.008 file; collected debits pay, returned ones stay due', async () => {
    await usageTenant(D);
    const debit = async (mandate: string) => {
      const g = await usageGroup(D, []);
      const res = await invoke('PUT', `/v1/groups/${g.groupId}/payment-settings`, {
        claims: claims.admin(D, g.groupId, g.admin),
        body: { method: 'direct-debit', mandate: { reference: mandate, signedOn: '2025-10-20' } },
      });
      expect(res.status, res.raw).toBe(200);
      return g;
    };
    // The local bank returns the debit of one mandate in ten (by its hash): MND-DD-7 is one, MND-DD-0 not.
    const collected = await debit('MND-DD-0');
    const returned = await debit('MND-DD-7');
    const transfer = await usageGroup(D, []);

    const grossOne = feeFromToday(2000) + vat22(feeFromToday(2000));
    const { q } = await runBill(D, PERIOD);
    expect(q.messages).toEqual([]);

    const run = await invoke('GET', `/v1/bill-runs/${PERIOD}`, { claims: claims.operator(D) });
    expect(run.body.collection).toMatchObject({
      status: 'applied',
      debits: 2,
      total: eur(2 * grossOne),
      collected: 1,
      returned: 1,
      leftOut: 0,
    });
    const file = await invoke('GET', `/v1/bill-runs/${PERIOD}/direct-debit`, { claims: claims.operator(D) });
    expect(file.status, file.raw).toBe(200);
    const xml = Buffer.from(file.raw, 'base64').toString('utf8').startsWith('<?xml')
      ? Buffer.from(file.raw, 'base64').toString('utf8')
      : file.raw;
    expect(checkPain008(xml)).toEqual([]);
    expect(xml).toContain('<MndtId>MND-DD-0</MndtId>');
    expect(xml).toContain('<MndtId>MND-DD-7</MndtId>');
    expect(xml).not.toContain(transfer.groupId);
    expect(xml).toContain(`<CtrlSum>${((2 * grossOne) / 100).toFixed(2)}</CtrlSum>`);

    const state = async (g: { groupId: string; admin: string }) =>
      (
        await invoke('GET', `/v1/groups/${g.groupId}/invoices/${g.groupId}-${PERIOD.replace('-', '')}`, {
          claims: claims.admin(D, g.groupId, g.admin),
        })
      ).body;
    expect(await state(collected)).toMatchObject({
      state: 'paid',
      remainingAmount: eur(0),
      paymentMethod: 'direct-debit',
    });
    expect(await state(returned)).toMatchObject({ state: 'issued', remainingAmount: eur(grossOne) });
    expect(await state(transfer)).toMatchObject({ state: 'issued', paymentMethod: 'credit-transfer' });

    // Collected again (a second delivery): nothing new is paid or returned.
    const again = await runBill(D, PERIOD);
    again.q.messages.push({ kind: 'collect', tenantId: D, period: PERIOD });
    await again.q.drain();
    const payments = (await outboxEvents(D)).filter((e) => e.detailType === 'PaymentReceived');
    expect(payments).toHaveLength(1);
    expect(payments[0]!.data).toMatchObject({
      paymentId: expect.stringMatching(/^DD-TST-/),
      status: 'matched',
    });
  });
});

describe('voiding an invoice', () => {
  const V = 'bill-run-void';

  it('keeps its number and the reason, leaves nothing due, and is refused once paid', async () => {
    await usageTenant(V);
    const g = await usageGroup(V, []);
    const paid = await usageGroup(V, []);
    await runBill(V, PERIOD);
    const id = (x: { groupId: string }) => `${x.groupId}-${PERIOD.replace('-', '')}`;
    const path = (x: { groupId: string }) => `/v1/groups/${x.groupId}/invoices/${id(x)}`;
    const before = (await invoke('GET', path(g), { claims: claims.admin(V, g.groupId, g.admin) })).body;
    const reason = 'Issued to the wrong legal entity; reissued under the right one.';

    expect(
      (
        await invoke('POST', `${path(g)}/void`, {
          claims: claims.admin(V, g.groupId, g.admin),
          body: { reason },
        })
      ).status,
    ).toBe(403);
    const voided = await invoke('POST', `${path(g)}/void`, { claims: claims.operator(V), body: { reason } });
    expect(voided.status, voided.raw).toBe(200);
    expect(voided.body).toEqual({ invoiceId: id(g), number: before.billNo, status: 'void', reason });
    // The same request again answers the same; another reason is refused.
    expect(
      (await invoke('POST', `${path(g)}/void`, { claims: claims.operator(V), body: { reason } })).body,
    ).toEqual(voided.body);
    expect(
      (
        await invoke('POST', `${path(g)}/void`, {
          claims: claims.operator(V),
          body: { reason: 'Another reason' },
        })
      ).status,
    ).toBe(409);

    const after = (await invoke('GET', path(g), { claims: claims.admin(V, g.groupId, g.admin) })).body;
    expect(after).toMatchObject({ billNo: before.billNo, state: 'void', remainingAmount: eur(0) });
    const guards = await partition(invoiceNumberKeys.counter(V, 'TST-', NEXT_YEAR).pk);
    expect(
      guards
        .filter((x) => x.entity === 'InvoiceNumber')
        .map((x) => x.invoiceId)
        .sort(),
    ).toEqual([id(g), id(paid)].sort());
    const events = (await outboxEvents(V)).filter((e) => e.detailType === 'InvoiceVoided');
    expect(events.map((e) => e.data)).toEqual([
      { invoiceId: id(g), groupId: g.groupId, number: before.billNo, reason },
    ]);

    // A payment quoting the voided invoice's reference pays nothing on it: the admin's prepaid credit.
    const late = await invoke('POST', '/v1/payments', {
      claims: claims.psp(V),
      body: { paymentId: 'LATE-1', amount: eur(500), reference: before.paymentReference },
      headers: { 'idempotency-key': 'late-payment-1' },
    });
    expect(late.status, late.raw).toBe(201);
    expect(late.body).toMatchObject({ status: 'matched', overpayment: eur(500) });

    // A paid invoice is not voided.
    const invPaid = (await invoke('GET', path(paid), { claims: claims.admin(V, paid.groupId, paid.admin) }))
      .body;
    await invoke('POST', '/v1/payments', {
      claims: claims.psp(V),
      body: { paymentId: 'PAID-1', amount: invPaid.amountDue, reference: invPaid.paymentReference },
      headers: { 'idempotency-key': 'paid-payment-1' },
    });
    const refused = await invoke('POST', `${path(paid)}/void`, {
      claims: claims.operator(V),
      body: { reason },
    });
    expect(refused.status, refused.raw).toBe(409);
  });
});
