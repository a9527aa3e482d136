import { describe, expect, it } from 'vitest';
import { onGroupRegistered } from '../../functions/support/on-group-registered.ts';
import { onTicketReplied } from '../../functions/support/on-ticket-replied.ts';
import { onTicketStatusChanged } from '../../functions/support/on-ticket-status-changed.ts';
import { supportDeps, supportNotifyDeps } from '../../functions/wiring.ts';
import { localContext } from '../../infra/local/api-event.ts';
import { newId } from '../../shared/kernel/ids.ts';
import type { NotificationMessage, Notifier } from '../../shared/notifications/message.ts';
import { claims, invoke } from '../support/invoke.ts';
import { useTestTable } from '../support/table.ts';
import {
  addNewMember,
  adminOf,
  FIXTURE_CATALOG,
  outboxEvents,
  partition,
  type RegisteredGroup,
  registerGroup,
  registrationBody,
  setUpTenant,
} from './groups-fixture.ts';

useTestTable();

const T = 'support-desk';
const ANY = 'support-any';
const sent: NotificationMessage[] = [];
const gateway: Notifier = {
  async send(m) {
    sent.push(m);
    return { messageId: newId() };
  },
};
const onReplied = onTicketReplied({ ...supportNotifyDeps, notifier: gateway });
const onStatus = onTicketStatusChanged({ ...supportNotifyDeps, notifier: gateway });
const onRegistered = onGroupRegistered(supportDeps);

const operator = claims.operator(T);
const gatewayOf = (t: string) => claims.mailGateway(t);
const member = (g: RegisteredGroup, digits: string) => claims.member(T, g.groupId, digits);
const mail = (from: string, messageId = `<${newId()}@mail.example>`) => ({
  messageId,
  from,
  to: 'suporte@operator.example',
  subject: 'Router offline',
  text: 'Our office router has been offline since this morning.',
});

/** What EventBridge delivers for an event of the outbox. */
const delivery = (tenantId: string, detailType: string, data: unknown, source = 'switchboard.support') => ({
  version: '0',
  id: newId(),
  'detail-type': detailType,
  source,
  account: '000000000000',
  time: new Date().toISOString(),
  region: 'eu-central-1',
  resources: [],
  detail: {
    metadata: { eventId: newId(), tenantId, occurredAt: new Date().toISOString(), version: '1.0' },
    data,
  },
});

let g: RegisteredGroup;
let m1: string;
let m2: string;

describe('support desk', () => {
  it('setup: a tenant with the default policy (authorised senders only), one with `any`', async () => {
    await setUpTenant(T);
    await setUpTenant(ANY, {
      ...FIXTURE_CATALOG,
      policies: { ...((FIXTURE_CATALOG as { policies?: object }).policies ?? {}), ticketEmail: 'any' },
    });
    g = await registerGroup(T, registrationBody({ billingEmail: 'Billing@Primer.si' }));
    m1 = await addNewMember(T, g);
    m2 = await addNewMember(T, g);
  });

  it('a member opens a ticket from the client area, naming one of its products', async () => {
    const res = await invoke('POST', '/v1/tickets', {
      claims: member(g, m1),
      body: {
        subject: 'No data',
        body: 'Mobile data stopped working.',
        category: 'technical',
        product: `+${m1}`,
      },
    });
    expect(res.status, res.raw).toBe(201);
    expect(res.body).toMatchObject({
      status: 'open',
      groupId: g.groupId,
      msisdn: `+${m1}`,
      channel: 'client-area',
      category: 'technical',
      product: `+${m1}`,
    });
    const byPlan = await invoke('POST', '/v1/tickets', {
      claims: adminOf(T, g),
      body: {
        subject: 'Upgrade',
        body: 'What does BIZ-L to BIZ-X cost?',
        category: 'commercial',
        product: 'BIZ-L',
      },
    });
    expect(byPlan.status, byPlan.raw).toBe(201);
  });

  it('a product that is not the group’s is 400; an unknown category or unsafe subject too', async () => {
    for (const body of [
      { subject: 'x', body: 'y', category: 'technical', product: 'BIZ-X' },
      { subject: 'x', body: 'y', category: 'technical', product: '+38640999999' },
      { subject: 'x', body: 'y', category: 'gossip' },
      { subject: 'a\u202Eb', body: 'y', category: 'billing' },
    ]) {
      const res = await invoke('POST', '/v1/tickets', { claims: member(g, m1), body });
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
  });

  it('a member sees only its own tickets (another member’s is 404); the admin sees the group’s', async () => {
    const mine = await invoke('POST', '/v1/tickets', {
      claims: member(g, m2),
      body: { subject: 'Invoice', body: 'A charge I do not understand.', category: 'billing' },
    });
    const own = await invoke('GET', '/v1/tickets', { claims: member(g, m2) });
    expect(own.body.items.map((t: { ticketId: string }) => t.ticketId)).toEqual([mine.body.ticketId]);
    const other = await invoke('GET', `/v1/tickets/${mine.body.ticketId}`, { claims: member(g, m1) });
    expect(other.status).toBe(404);
    expect((await invoke('GET', `/v1/tickets/${mine.body.ticketId}`, { claims: member(g, m2) })).status).toBe(
      200,
    );
    const all = await invoke('GET', '/v1/tickets', { claims: adminOf(T, g) });
    expect(all.body.items).toHaveLength(3);
    const stranger = await registerGroup(T);
    const elsewhere = await invoke('GET', `/v1/tickets/${mine.body.ticketId}`, {
      claims: adminOf(T, stranger),
    });
    expect(elsewhere.status).toBe(404);
  });

  it('the operator works the queue page by page, replies and closes; the customer is told once per event', async () => {
    const first = await invoke('GET', '/v1/support-queue?limit=2', { claims: operator });
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(2);
    const second = await invoke(
      'GET',
      `/v1/support-queue?limit=2&cursor=${encodeURIComponent(first.body.nextCursor)}`,
      {
        claims: operator,
      },
    );
    const queue = [...first.body.items, ...second.body.items];
    expect(queue).toHaveLength(3);
    const ticket = queue.find((t: { msisdn?: string }) => t.msisdn === `+${m1}`)!;
    // staff see the ticket, never usage or balances
    expect(Object.keys(ticket).sort()).not.toContain('balance');
    const usage = await invoke('GET', `/v1/groups/${g.groupId}/members/${m1}/usage`, { claims: operator });
    expect(usage.status).toBe(403);

    const reply = await invoke('POST', `/v1/tickets/${ticket.ticketId}/replies`, {
      claims: operator,
      body: { body: 'Please restart the phone; we reset the data session.' },
    });
    expect(reply.status, reply.raw).toBe(200);
    expect(reply.body.status).toBe('answered');
    expect(reply.body.messages.at(-1)).toMatchObject({ from: 'operator' });

    const events = (await outboxEvents(T)).filter((e) => e.detailType === 'TicketReplied');
    const d = delivery(T, 'TicketReplied', events.at(-1)!.data);
    await onReplied(d as never, localContext('notify-ticket-replied'));
    await onReplied(d as never, localContext('notify-ticket-replied'));
    const sms = sent.filter((s) => s.to === `+${m1}`);
    expect(sms).toHaveLength(1);
    expect(sms[0]).toMatchObject({ channel: 'sms', locale: 'sl', template: 'ticket-replied' });

    const closed = await invoke('PUT', `/v1/tickets/${ticket.ticketId}/status`, {
      claims: operator,
      body: { status: 'closed' },
    });
    expect(closed.body.status).toBe('closed');
    const status = (await outboxEvents(T)).filter((e) => e.detailType === 'TicketStatusChanged').at(-1)!;
    await onStatus(
      delivery(T, 'TicketStatusChanged', status.data) as never,
      localContext('notify-ticket-status'),
    );
    expect(sent.filter((s) => s.to === `+${m1}`).map((s) => s.template)).toEqual([
      'ticket-replied',
      'ticket-closed',
    ]);

    const after = await invoke('GET', '/v1/support-queue', { claims: operator });
    expect(after.body.items.map((t: { ticketId: string }) => t.ticketId)).not.toContain(ticket.ticketId);
    const late = await invoke('POST', `/v1/tickets/${ticket.ticketId}/replies`, {
      claims: operator,
      body: { body: 'x' },
    });
    expect(late.status).toBe(409);
    // the customer reads the reply on its ticket
    const read = await invoke('GET', `/v1/tickets/${ticket.ticketId}`, { claims: member(g, m1) });
    expect(read.body.messages.map((m: { from: string }) => m.from)).toEqual(['customer', 'operator']);
  });

  it('customers cannot work tickets; the operator cannot open one', async () => {
    const [t] = (await invoke('GET', '/v1/tickets', { claims: adminOf(T, g) })).body.items;
    expect(
      (
        await invoke('POST', `/v1/tickets/${t.ticketId}/replies`, {
          claims: adminOf(T, g),
          body: { body: 'x' },
        })
      ).status,
    ).toBe(403);
    expect((await invoke('GET', '/v1/support-queue', { claims: member(g, m1) })).status).toBe(403);
    const op = await invoke('POST', '/v1/tickets', {
      claims: operator,
      body: { subject: 'x', body: 'y', category: 'billing' },
    });
    expect(op.status).toBe(403);
  });

  it('the admin manages the authorised addresses (validated, lower-cased); the billing e-mail counts too', async () => {
    const put = await invoke('PUT', `/v1/groups/${g.groupId}/authorised-emails`, {
      claims: adminOf(T, g),
      body: { emails: ['IT@Primer.si', 'ceo@primer.si', 'it@primer.si'] },
    });
    expect(put.status, put.raw).toBe(200);
    expect(put.body).toEqual({
      groupId: g.groupId,
      emails: ['ceo@primer.si', 'it@primer.si'],
      billingEmail: 'billing@primer.si',
    });
    const bad = await invoke('PUT', `/v1/groups/${g.groupId}/authorised-emails`, {
      claims: adminOf(T, g),
      body: { emails: ['not an address'] },
    });
    expect(bad.status).toBe(400);
    expect(
      (await invoke('GET', `/v1/groups/${g.groupId}/authorised-emails`, { claims: member(g, m1) })).status,
    ).toBe(403);
    const shrink = await invoke('PUT', `/v1/groups/${g.groupId}/authorised-emails`, {
      claims: adminOf(T, g),
      body: { emails: ['it@primer.si'] },
    });
    expect(shrink.body.emails).toEqual(['it@primer.si']);
    const get = await invoke('GET', `/v1/groups/${g.groupId}/authorised-emails`, { claims: adminOf(T, g) });
    expect(get.body.emails).toEqual(['it@primer.si']);
  });

  it('mail from an authorised address opens an e-mail ticket of the group, once per message id', async () => {
    const msg = mail('It@primer.si');
    const res = await invoke('POST', '/v1/inbound-email', { claims: gatewayOf(T), body: msg });
    expect(res.status, res.raw).toBe(200);
    expect(res.body).toMatchObject({ outcome: 'ticket', duplicate: false });
    const again = await invoke('POST', '/v1/inbound-email', { claims: gatewayOf(T), body: msg });
    expect(again.body).toEqual({ ...res.body, duplicate: true });
    const t = await invoke('GET', `/v1/tickets/${res.body.ticketId}`, { claims: adminOf(T, g) });
    expect(t.body).toMatchObject({
      channel: 'email',
      groupId: g.groupId,
      email: 'it@primer.si',
      status: 'open',
    });
    // a member does not see mail tickets; the admin does
    expect((await invoke('GET', `/v1/tickets/${res.body.ticketId}`, { claims: member(g, m1) })).status).toBe(
      404,
    );
    const queue = await invoke('GET', '/v1/support-queue?limit=200', { claims: operator });
    expect(
      queue.body.items.filter((i: { ticketId: string }) => i.ticketId === res.body.ticketId),
    ).toHaveLength(1);

    // the operator's reply goes back by e-mail, in the group's language
    await invoke('POST', `/v1/tickets/${res.body.ticketId}/replies`, {
      claims: operator,
      body: { body: 'Fixed.' },
    });
    const ev = (await outboxEvents(T)).filter((e) => e.detailType === 'TicketReplied').at(-1)!;
    await onReplied(delivery(T, 'TicketReplied', ev.data) as never, localContext('notify-ticket-replied'));
    expect(sent.at(-1)).toMatchObject({ channel: 'email', to: 'it@primer.si', text: 'Fixed.', locale: 'sl' });
  });

  it('the billing e-mail authorises once indexed after the registration', async () => {
    const h = await registerGroup(T, registrationBody({ billingEmail: 'accounts@second.si' }));
    const before = await invoke('POST', '/v1/inbound-email', {
      claims: gatewayOf(T),
      body: mail('accounts@second.si'),
    });
    expect(before.body.outcome).toBe('rejected');
    const reg = (await outboxEvents(T)).filter(
      (e) => e.detailType === 'GroupRegistered' && e.data.groupId === h.groupId,
    )[0]!;
    await onRegistered(
      delivery(T, 'GroupRegistered', reg.data, 'switchboard.groups') as never,
      localContext('index-billing-email-registered'),
    );
    const after = await invoke('POST', '/v1/inbound-email', {
      claims: gatewayOf(T),
      body: mail('Accounts@Second.si'),
    });
    expect(after.body.outcome).toBe('ticket');
    const t = await invoke('GET', `/v1/tickets/${after.body.ticketId}`, { claims: adminOf(T, h) });
    expect(t.body.groupId).toBe(h.groupId);
  });

  it('any other sender is rejected and kept for the operator, never answered; a resend records nothing new', async () => {
    const before = sent.length;
    const msg = mail('stranger@spam.example');
    const res = await invoke('POST', '/v1/inbound-email', { claims: gatewayOf(T), body: msg });
    expect(res.body).toMatchObject({ outcome: 'rejected', duplicate: false });
    const again = await invoke('POST', '/v1/inbound-email', { claims: gatewayOf(T), body: msg });
    expect(again.body).toEqual({ ...res.body, duplicate: true });
    const list = await invoke('GET', '/v1/rejected-mail', { claims: operator });
    expect(list.status, list.raw).toBe(200);
    const kept = list.body.items.filter((r: { messageId: string }) => r.messageId === msg.messageId);
    expect(kept).toEqual([
      expect.objectContaining({ from: 'stranger@spam.example', reason: 'sender-not-authorised' }),
    ]);
    expect(sent.length).toBe(before);
    expect((await invoke('GET', '/v1/rejected-mail', { claims: adminOf(T, g) })).status).toBe(403);
    const queue = await invoke('GET', '/v1/support-queue?limit=200', { claims: operator });
    expect(queue.body.items.some((t: { email?: string }) => t.email === 'stranger@spam.example')).toBe(false);
  });

  it('only the mail gateway hands over mail', async () => {
    expect(
      (await invoke('POST', '/v1/inbound-email', { claims: operator, body: mail('it@primer.si') })).status,
    ).toBe(403);
  });

  it('under the policy `any`, any sender opens a ticket without a group', async () => {
    const res = await invoke('POST', '/v1/inbound-email', {
      claims: gatewayOf(ANY),
      body: mail('someone@else.example'),
    });
    expect(res.body.outcome).toBe('ticket');
    const t = await invoke('GET', `/v1/tickets/${res.body.ticketId}`, { claims: claims.operator(ANY) });
    expect(t.body.groupId).toBeUndefined();
    expect(t.body.email).toBe('someone@else.example');
    const rejected = await partition(`T#${ANY}#MAILREJ#${new Date().toISOString().slice(0, 10)}`);
    expect(rejected).toHaveLength(0);
  });
});
