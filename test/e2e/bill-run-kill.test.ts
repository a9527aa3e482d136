import { describe, expect, it } from 'vitest';
import type { RuntimeInfo } from '../../infra/local/settings.ts';
import { existingLocalKeys, signToken } from '../../infra/local/tokens.ts';
import {
  callApi,
  killSystem,
  type Running,
  runtimeInfo,
  startSystem,
  tenantItems,
  useCrashSystem,
} from './local-system.ts';

/**
 * A crash test of the monthly bill run: the whole system (npm, node, DynamoDB Local) is SIGKILLed
 * while the run's workers are invoicing. After the restart the invoicing queue delivers what was
 * not finished again and the run completes: every group has exactly one invoice, the legal numbers
 * are 1..N without a gap or a repeat, one `InvoiceIssued` per invoice and one e-mail per invoice.
 */
const T = 'alpina';
const GROUPS = 40;

const sys = useCrashSystem('sb-bill-kill-');

const call = (method: string, path: string, token: string | undefined, body?: unknown, key?: string) =>
  callApi(sys.base, method, path, token, body, key);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** What the run left in the table: number guards, invoice headers, issued events, invoice e-mails. */
async function tableState(info: RuntimeInfo) {
  const numbers: { sequence: number; invoiceId: string }[] = [];
  const issuedEvents: string[] = [];
  const mails: string[] = [];
  const headers: { status: string; groupId: string }[] = [];
  for (const i of await tenantItems(info, T, ['InvoiceNumber', 'OutboxEvent', 'Notification', 'Invoice'])) {
    if (i.entity === 'InvoiceNumber')
      numbers.push({ sequence: Number(String(i.sk).slice(2)), invoiceId: String(i.invoiceId) });
    else if (i.entity === 'OutboxEvent' && i.detailType === 'InvoiceIssued')
      issuedEvents.push(JSON.parse(String(i.detail)).data.invoiceId);
    else if (i.entity === 'Notification' && i.template === 'invoice-issued' && i.channel === 'email')
      mails.push(String(i.to));
    else if (i.entity === 'Invoice') headers.push({ status: String(i.status), groupId: String(i.groupId) });
  }
  return { numbers, issuedEvents, mails, headers };
}

describe('the bill run, killed half-way', () => {
  it('completes after the restart with one invoice per group and gapless numbers', {
    timeout: 300_000,
  }, async () => {
    let system: Running = await startSystem(sys.dataDir, sys.port);
    const keys = await existingLocalKeys(sys.dataDir);
    const op = await signToken({ role: 'operator', tenant: T }, keys);
    for (let i = 0; i < GROUPS; i++) {
      const res = await call(
        'POST',
        '/v1/groups',
        op,
        {
          company: {
            legalName: `Crash ${i} d.o.o.`,
            registrationNumber: `${7_100_000_000 + i}`,
            vatId: 'SI50223054',
            address: { street: 'Dunajska cesta 1', postalCode: '1000', city: 'Ljubljana' },
          },
          legalRepresentative: {
            name: 'Ana Novak',
            idDocument: { type: 'id-card', number: 'IA1234567', reference: 'dms:kyc/bill-kill' },
          },
          iban: 'SI56 1910 0000 0123 438',
          billingEmail: `billing-${i}@crash.example`,
          admin: { number: { kind: 'new' }, plan: 'GO5' },
        },
        `bill-kill-register-${i}`,
      );
      expect(res.status, res.text).toBe(201);
    }

    const period = new Date().toISOString().slice(0, 7);
    const started = await call('POST', '/_local/queues/invoicing', undefined, {
      kind: 'start',
      tenantId: T,
      period,
      startedBy: 'bill-run kill test',
    });
    expect(started.status, started.text).toBe(202);

    // Kill once some groups are invoiced and the run is not done.
    let before: { status: string; counts: { done: number } } | undefined;
    for (let i = 0; i < 2000; i++) {
      const res = await call('GET', `/v1/bill-runs/${period}`, op);
      if (res.status === 200) {
        before = res.json;
        if (before!.counts.done >= 5 || before!.status === 'completed') break;
      }
      await sleep(10);
    }
    await killSystem(system, await runtimeInfo(sys.dataDir));
    expect(before?.status, 'the kill came before the run was done').not.toBe('completed');

    system = await startSystem(sys.dataDir, sys.port);
    let after = (await call('GET', `/v1/bill-runs/${period}`, op)).json;
    for (let i = 0; i < 240 && after?.status !== 'completed'; i++) {
      await sleep(500);
      after = (await call('GET', `/v1/bill-runs/${period}`, op)).json;
    }
    expect(after).toMatchObject({ status: 'completed', expected: GROUPS, issued: GROUPS });

    // Notifications of invoices issued just before the kill are sent once their lease runs out.
    let state = await tableState(await runtimeInfo(sys.dataDir));
    for (let i = 0; i < 60 && state.mails.length < GROUPS; i++) {
      await sleep(1_000);
      state = await tableState(await runtimeInfo(sys.dataDir));
    }
    process.stdout.write(
      `bill-run kill test: ${before?.counts.done ?? 0} of ${GROUPS} groups done at the kill (${before?.status}); after the restart ${after.issued} issued\n`,
    );
    expect(state.numbers.map((n) => n.sequence).sort((a, b) => a - b)).toEqual(
      Array.from({ length: GROUPS }, (_, i) => i + 1),
    );
    expect(new Set(state.numbers.map((n) => n.invoiceId)).size).toBe(GROUPS);
    expect(state.headers.filter((h) => h.status === 'issued')).toHaveLength(GROUPS);
    expect(new Set(state.headers.map((h) => h.groupId)).size).toBe(GROUPS);
    expect(state.issuedEvents.sort()).toEqual([...new Set(state.issuedEvents)].sort());
    expect(state.issuedEvents).toHaveLength(GROUPS);
    expect(new Set(state.mails).size).toBe(GROUPS);
    expect(state.mails).toHaveLength(GROUPS);
    await killSystem(system, await runtimeInfo(sys.dataDir));
  });
});
