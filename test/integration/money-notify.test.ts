import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { parseDetail } from '../../events/contract.ts';
import { CreditTransferred } from '../../events/credit-transferred.ts';
import { onCreditTransferred } from '../../functions/money/on-credit-transferred.ts';
import { notifyDeps } from '../../functions/wiring.ts';
import { localContext } from '../../infra/local/api-event.ts';
import { db, tableName } from '../../shared/db/client.ts';
import { dynamoGroupRepository } from '../../shared/groups/dynamo.ts';
import { fixedClock } from '../../shared/kernel/clock.ts';
import { newId } from '../../shared/kernel/ids.ts';
import {
  creditTransferText,
  type NotifyDeps,
  notifyCreditTransferred,
} from '../../shared/money/use-cases/notify-credit-transferred.ts';
import { DELIVERY_LEASE_SECONDS, DeliveryInProgress } from '../../shared/notifications/delivery.ts';
import { dynamoDeliveryLog } from '../../shared/notifications/dynamo.ts';
import { notificationKeys } from '../../shared/notifications/keys.ts';
import type { NotificationMessage, Notifier } from '../../shared/notifications/message.ts';
import { cachedTenant } from '../../shared/tenants/cached-tenant.ts';
import { useTestTable } from '../support/table.ts';
import { outboxEvents } from './groups-fixture.ts';
import { e164, eur, fund, type MoneyGroup, moneyGroup, moneyTenant, transfer } from './money-fixture.ts';

useTestTable();

const T = 'money-notify';
const sent: NotificationMessage[] = [];
let failNext = false;
const gateway: Notifier = {
  async send(m) {
    if (failNext) {
      failNext = false;
      throw new Error('SMS gateway down');
    }
    sent.push(m);
    return { messageId: newId() };
  },
};
/** The notifier as wired, with a recording SMS gateway in place of SNS. */
const handler = onCreditTransferred({ ...notifyDeps, notifier: gateway });

/** What EventBridge delivers for the latest CreditTransferred of a transfer. */
async function deliveryOf(transferId: string, eventId = newId()) {
  const e = (await outboxEvents(T)).find(
    (x) => x.detailType === 'CreditTransferred' && x.data.transferId === transferId,
  );
  if (!e) throw new Error('no CreditTransferred in the outbox');
  return {
    version: '0',
    id: newId(),
    'detail-type': 'CreditTransferred',
    source: 'switchboard.money',
    account: '000000000000',
    time: new Date().toISOString(),
    region: 'eu-central-1',
    resources: [],
    detail: {
      metadata: { eventId, tenantId: T, occurredAt: new Date().toISOString(), version: 1 },
      data: e.data,
    },
  };
}

describe('SMS to the member for a credit transfer', () => {
  let g: MoneyGroup;
  it('setup', async () => {
    await moneyTenant(T);
    g = await moneyGroup(T, 1);
    await fund(g, g.admin, 5_000);
  });

  it('tells the member, in the group language, once per event, about credit received and credit taken', async () => {
    const [m] = g.members as [string];
    const out = await transfer(g, { from: e164(g.admin), to: e164(m), amount: eur(1_250) });
    expect(out.status).toBe(201);
    const delivery = await deliveryOf(out.body.transferId);
    await handler(delivery, localContext('notify-credit-transferred'));
    await handler(delivery, localContext('notify-credit-transferred')); // redelivered
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      tenantId: T,
      channel: 'sms',
      to: e164(m),
      locale: 'sl',
      template: 'credit-admin-to-member',
    });
    expect(sent[0]!.text).toContain(e164(g.admin));
    expect(sent[0]!.text).toMatch(/12,50\s€/);

    const back = await transfer(g, { from: e164(m), to: e164(g.admin), amount: eur(250) });
    await handler(await deliveryOf(back.body.transferId), localContext('notify-credit-transferred'));
    expect(sent).toHaveLength(2);
    expect(sent[1]).toMatchObject({ to: e164(m), template: 'credit-member-to-admin' });
  });

  it('a failed send is retried on redelivery', async () => {
    const [m] = g.members as [string];
    const out = await transfer(g, { from: e164(g.admin), to: e164(m), amount: eur(100) });
    const delivery = await deliveryOf(out.body.transferId);
    failNext = true;
    await expect(handler(delivery, localContext('n'))).rejects.toThrow('SMS gateway down');
    const before = sent.length;
    await handler(delivery, localContext('n'));
    expect(sent.length).toBe(before + 1);
  });

  /** The use case as the handler wires it, with a clock of the test's own and the SMS gateway given. */
  const depsWith = (smsGateway: Notifier, clock = fixedClock('2026-06-01T10:00:00Z')) => ({
    clock,
    deps: {
      groups: dynamoGroupRepository,
      tenant: (tenantId: string) => cachedTenant(tenantId),
      notifier: smsGateway,
      sent: dynamoDeliveryLog,
      clock,
    } satisfies NotifyDeps,
  });
  const detailOf = (delivery: Awaited<ReturnType<typeof deliveryOf>>) =>
    parseDetail(CreditTransferred, delivery.detail);

  it('a crash between the claim and the send loses no SMS: the redelivery after the lease sends it', async () => {
    const [m] = g.members as [string];
    const out = await transfer(g, { from: e164(g.admin), to: e164(m), amount: eur(300) });
    const detail = detailOf(await deliveryOf(out.body.transferId));
    // The first attempt claims the delivery and dies before its SMS leaves (its send never returns).
    const dying = depsWith({ send: () => new Promise(() => undefined) });
    void notifyCreditTransferred(dying.deps, detail);
    await new Promise((r) => setTimeout(r, 300));

    const before = sent.length;
    const { deps, clock } = depsWith(gateway, dying.clock);
    // Redelivered while the claim's lease still runs: refused, so that the bus delivers it again later.
    await expect(notifyCreditTransferred(deps, detail)).rejects.toBeInstanceOf(DeliveryInProgress);
    expect(sent.length).toBe(before);
    // Redelivered after the lease: the SMS is sent, once.
    clock.advance(DELIVERY_LEASE_SECONDS * 1000 + 1);
    expect(await notifyCreditTransferred(deps, detail)).toBe('sent');
    expect(await notifyCreditTransferred(deps, detail)).toBe('already-sent');
    expect(sent.length).toBe(before + 1);
    expect(sent.at(-1)).toMatchObject({ to: e164(m), template: 'credit-admin-to-member' });
  });

  it('an event notified before deliveries had a state counts as sent', async () => {
    const [m] = g.members as [string];
    const out = await transfer(g, { from: e164(g.admin), to: e164(m), amount: eur(301) });
    const detail = detailOf(await deliveryOf(out.body.transferId));
    await db().send(
      new PutCommand({
        TableName: tableName(),
        Item: {
          ...notificationKeys.delivery(T, detail.metadata.eventId),
          entity: 'NotificationSent',
          at: '2026-05-01T00:00:00.000Z',
        },
      }),
    );
    const before = sent.length;
    expect(await notifyCreditTransferred(depsWith(gateway).deps, detail)).toBe('already-sent');
    expect(sent.length).toBe(before);
  });

  it('writes every language we serve, falling back to English', () => {
    for (const locale of ['sl', 'hr', 'sq', 'pt', 'en', 'pt-PT']) {
      const t = creditTransferText(locale, 'admin-to-member', eur(500), '+38640100001');
      expect(t.text).toContain('+38640100001');
      expect(t.locale).toBe(locale.slice(0, 2));
    }
    expect(creditTransferText('de', 'member-to-admin', eur(500), '+38640100001').locale).toBe('en');
  });
});
