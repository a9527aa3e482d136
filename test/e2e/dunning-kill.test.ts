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
 * A crash test of dunning: the whole system (npm, node, DynamoDB Local) is SIGKILLed while the
 * workflows of a tenant's unpaid invoices are under way (`dardania`, whose dunning day lasts two
 * seconds). After the restart every dunning resumes at the stage its invoice recorded: each is
 * suspended once, each customer reminded and told of the suspension exactly once, each number barred
 * once; paying restores each once, with one reconnection fee.
 */
const T = 'dardania';
const GROUPS = 6;

const sys = useCrashSystem('sb-dunning-kill-');

const call = (method: string, path: string, token: string | undefined, body?: unknown, key?: string) =>
  callApi(sys.base, method, path, token, body, key);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface State {
  dunnings: {
    invoiceId: string;
    stage: string;
    amountDue: number;
    paymentReference: string;
    history: string[];
  }[];
  /** `<template>:<channel>:<to>` of every dunning notice. */
  notices: string[];
  /** `<action>:<msisdn>` of every network command. */
  commands: string[];
  reconnections: string[];
}

/**
 * The groups this test registers, their admins' numbers and billing e-mails: the tenant also holds
 * the portal's demo group, whose invoice the same bill run issues and dunns.
 */
const ours = { groups: new Set<string>(), recipients: new Set<string>() };

/** What the dunnings of our groups left in the table (read directly: the test checks what the API does not show). */
async function tableState(info: RuntimeInfo): Promise<State> {
  const state: State = { dunnings: [], notices: [], commands: [], reconnections: [] };
  for (const i of await tenantItems(info, T, ['Dunning', 'Notification', 'NetworkCommand', 'Charge'])) {
    if (i.groupId !== undefined && !ours.groups.has(String(i.groupId))) continue;
    if (i.entity === 'Notification' && !ours.recipients.has(String(i.to))) continue;
    if (i.entity === 'NetworkCommand' && !ours.recipients.has(String(i.msisdn))) continue;
    if (i.entity === 'Dunning')
      state.dunnings.push({
        invoiceId: String(i.invoiceId),
        stage: String(i.stage),
        amountDue: Number(i.amountDue.amount),
        paymentReference: String(i.paymentReference),
        history: (i.history as { stage: string }[]).map((h) => h.stage),
      });
    else if (i.entity === 'Notification' && String(i.template).startsWith('dunning-'))
      state.notices.push(`${i.template}:${i.channel}:${i.to}`);
    else if (i.entity === 'NetworkCommand' && String(i.reason).startsWith('non-payment'))
      state.commands.push(`${i.action}:${i.msisdn}`);
    else if (i.entity === 'Charge' && i.reason === 'reconnection')
      state.reconnections.push(String(i.groupId));
  }
  return state;
}

/**
 * Waits until the table's state satisfies `ok`. Each look is a Scan of the whole table, and the
 * dunning's steps are seconds apart (a day lasts two): one look a second.
 */
async function until(what: string, dataDir: string, ok: (s: State) => boolean, ms = 150_000): Promise<State> {
  const end = Date.now() + ms;
  for (;;) {
    const s = await tableState(await runtimeInfo(dataDir));
    if (ok(s)) return s;
    if (Date.now() > end)
      throw new Error(`timed out waiting for ${what}: ${JSON.stringify(s.dunnings.map((d) => d.stage))}`);
    await sleep(1_000);
  }
}

const count = (xs: string[], prefix: string) => xs.filter((x) => x.startsWith(prefix)).length;

describe('dunning, killed half-way', () => {
  it('resumes every dunning at its recorded stage after the restart: nothing lost, nothing sent twice', {
    timeout: 420_000,
  }, async () => {
    let system: Running = await startSystem(sys.dataDir, sys.port);
    const keys = await existingLocalKeys(sys.dataDir);
    const op = await signToken({ role: 'operator', tenant: T }, keys);
    const admins: string[] = [];
    for (let i = 0; i < GROUPS; i++) {
      const res = await call(
        'POST',
        '/v1/groups',
        op,
        {
          company: {
            legalName: `Borxhli ${i} SH.P.K.`,
            registrationNumber: `K${81_000_000 + i}`,
            vatId: '330123456',
            address: { street: 'Rruga Nëna Terezë 1', postalCode: '10000', city: 'Prishtinë' },
          },
          legalRepresentative: {
            name: 'Arta Krasniqi',
            idDocument: { type: 'id-card', number: 'KS1234567', reference: 'dms:kyc/dunning-kill' },
          },
          iban: 'XK05 1212 0123 4567 8906',
          billingEmail: `fatura-${i}@borxhli.example`,
          language: 'sq',
          admin: { number: { kind: 'new' }, plan: 'BIZ10' },
        },
        `dunning-kill-register-${i}`,
      );
      expect(res.status, res.text).toBe(201);
      admins.push(res.json.admin.msisdn);
      ours.groups.add(res.json.group.groupId);
      ours.recipients.add(res.json.admin.msisdn).add(`fatura-${i}@borxhli.example`);
    }

    const period = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Europe/Belgrade',
      year: 'numeric',
      month: '2-digit',
    })
      .format(new Date())
      .slice(0, 7);
    const started = await call('POST', '/_local/queues/invoicing', undefined, {
      kind: 'start',
      tenantId: T,
      period,
      startedBy: 'dunning kill test',
    });
    expect(started.status, started.text).toBe(202);

    // Kill once a reminder has gone out and before anything is suspended.
    const before = await until(
      'a reminder',
      sys.dataDir,
      (s) => s.dunnings.length === GROUPS && s.dunnings.some((d) => d.stage === 'reminded'),
    );
    await killSystem(system, await runtimeInfo(sys.dataDir));
    expect(
      before.dunnings.every((d) => ['scheduled', 'reminded'].includes(d.stage)),
      JSON.stringify(before),
    ).toBe(true);

    system = await startSystem(sys.dataDir, sys.port);
    expect(system.output()).toMatch(/Resumed \d+ dunnings? at their recorded stage/);
    const suspended = await until(
      'every suspension and its notices',
      sys.dataDir,
      // Notices of a step the kill interrupted go out once their delivery's lease has run out.
      (s) =>
        s.dunnings.every((d) => d.stage === 'suspended') &&
        count(s.notices, 'dunning-reminder:sms') >= GROUPS &&
        count(s.notices, 'dunning-reminder:email') >= GROUPS &&
        count(s.notices, 'dunning-suspended:sms') >= GROUPS &&
        count(s.commands, 'bar-outgoing') >= GROUPS,
    );
    process.stdout.write(
      `dunning kill test: at the kill ${before.dunnings.filter((d) => d.stage === 'reminded').length} of ${GROUPS} reminded\n`,
    );
    for (const d of suspended.dunnings) expect(d.history).toEqual(['scheduled', 'reminded', 'suspended']);
    for (const admin of admins) {
      for (const n of ['dunning-reminder:sms', 'dunning-suspended:sms'])
        expect(
          suspended.notices.filter((x) => x === `${n}:${admin}`),
          `${n} to ${admin}`,
        ).toHaveLength(1);
      expect(suspended.commands.filter((x) => x === `bar-outgoing:${admin}`)).toHaveLength(1);
    }
    expect(count(suspended.notices, 'dunning-reminder:email')).toBe(GROUPS);

    // Paying restores each, once, with one reconnection fee.
    const psp = await signToken({ role: 'psp', tenant: T }, keys);
    for (const d of suspended.dunnings) {
      const paid = await call(
        'POST',
        '/v1/payments',
        psp,
        {
          paymentId: `BKT-${d.invoiceId}`,
          amount: { amount: d.amountDue, currency: 'EUR' },
          reference: d.paymentReference,
        },
        `dunning-kill-pay-${d.invoiceId}`,
      );
      expect(paid.status, paid.text).toBe(201);
    }
    const after = await until(
      'every reactivation',
      sys.dataDir,
      (s) =>
        s.dunnings.every((d) => d.stage === 'reactivated') &&
        count(s.commands, 'restore-outgoing') === GROUPS &&
        count(s.notices, 'dunning-reactivated:sms') === GROUPS,
    );
    expect(after.reconnections).toHaveLength(GROUPS);
    expect(new Set(after.reconnections).size).toBe(GROUPS);
    await killSystem(system, await runtimeInfo(sys.dataDir));
  });
});
