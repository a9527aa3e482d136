import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as production from '../../functions/wiring.ts';
import * as local from '../../infra/local/wiring.ts';
import { db, tableName } from '../../shared/db/client.ts';
import { fixedClock } from '../../shared/kernel/clock.ts';
import { logger } from '../../shared/kernel/observability.ts';
import { deliverOnce } from '../../shared/notifications/delivery.ts';
import { dynamoDeliveryLog } from '../../shared/notifications/dynamo.ts';
import { notificationKeys } from '../../shared/notifications/keys.ts';
import {
  createLocalNotifier,
  DeliveryTakenOver,
  listOutbox,
} from '../../shared/notifications/local-outbox.ts';
import type { DeliveryClaim } from '../../shared/notifications/message.ts';
import { awsNotifierFor } from '../../shared/notifications/sns-ses.ts';
import { useTestTable } from '../support/table.ts';

useTestTable();

afterEach(() => {
  vi.restoreAllMocks();
});

const sms = {
  tenantId: 'alpina',
  channel: 'sms' as const,
  to: '38640123456',
  locale: 'sl',
  text: 'Vaša koda za prijavo je 123456.',
  template: 'login-pin',
};

describe('notifier port', () => {
  it('is SNS/SES in the production wiring and the local outbox in the local one', () => {
    expect(production.notifyDeps.notifier).not.toBe(local.notifyDeps.notifier);
    expect(local.notifyDeps.sent).toBe(production.notifyDeps.sent);
  });

  it('on AWS sends only on the channels it is wired with (what its subscription may send)', async () => {
    const sent: string[] = [];
    const smsOnly = awsNotifierFor({
      sms: async (m) => {
        sent.push(m.channel);
        return { messageId: 'm-1' };
      },
    });
    await expect(smsOnly.send(sms)).resolves.toEqual({ messageId: 'm-1' });
    await expect(
      smsOnly.send({ ...sms, channel: 'email', to: 'billing@primer.si', subject: 'Račun' }),
    ).rejects.toThrow(/not wired to send email/);
    expect(sent).toEqual(['sms']);
  });
});

describe('local notifier (the local outbox)', () => {
  it('writes each SMS as a table item, recipient in E.164, with one log line', async () => {
    const info = vi.spyOn(logger, 'info');
    const { messageId } = await createLocalNotifier(() => new Date('2026-05-01T08:00:00Z')).send(sms);

    const item = await db().send(
      new GetCommand({ TableName: tableName(), Key: notificationKeys.message('alpina', messageId) }),
    );
    expect(item.Item).toMatchObject({
      entity: 'Notification',
      tenantId: 'alpina',
      channel: 'sms',
      to: '+38640123456',
      locale: 'sl',
      text: sms.text,
      template: 'login-pin',
      sentAt: '2026-05-01T08:00:00.000Z',
    });
    expect(item.Item!.pk).toMatch(/^T#alpina#/);

    const lines = info.mock.calls.filter(([message]) => message === 'notification');
    expect(lines).toHaveLength(1);
    expect(lines[0]![1]).toMatchObject({
      tenantId: 'alpina',
      channel: 'sms',
      to: '+38640123456',
      template: 'login-pin',
    });
  });

  it('lists a recipient’s messages and a tenant’s whole outbox, newest first, per tenant', async () => {
    const local = createLocalNotifier();
    await local.send({ ...sms, tenantId: 'jadran', to: '+385 91 555 0101', text: 'first' });
    await local.send({
      tenantId: 'jadran',
      channel: 'email',
      to: 'Racuni@Example.HR',
      locale: 'hr',
      subject: 'Vaš račun',
      text: 'second',
      template: 'invoice-ready',
    });
    await local.send({ ...sms, tenantId: 'jadran', to: '385915550101', text: 'third' });
    await local.send({ ...sms, tenantId: 'triglav', to: '385915550101', text: 'other tenant' });

    const toPhone = await listOutbox({ tenantId: 'jadran', to: '385915550101', limit: 10 });
    expect(toPhone.items.map((m) => m.text)).toEqual(['third', 'first']);

    const toMail = await listOutbox({ tenantId: 'jadran', to: 'racuni@example.hr', limit: 10 });
    expect(toMail.items).toHaveLength(1);
    expect(toMail.items[0]).toMatchObject({
      channel: 'email',
      subject: 'Vaš račun',
      to: 'racuni@example.hr',
    });

    const all = await listOutbox({ tenantId: 'jadran', limit: 2 });
    expect(all.items.map((m) => m.text)).toEqual(['third', 'second']);
    expect(all.nextCursor).toBeTruthy();
    const rest = await listOutbox({ tenantId: 'jadran', limit: 2, cursor: all.nextCursor });
    expect(rest.items.map((m) => m.text)).toEqual(['first']);
  });

  it('refuses malformed messages (a programming error, not a user’s)', async () => {
    const local = createLocalNotifier();
    await expect(local.send({ ...sms, to: 'not-a-number' })).rejects.toThrow(/E\.164/);
    await expect(local.send({ ...sms, channel: 'email', to: 'someone@example.com' })).rejects.toThrow(
      /subject/,
    );
    await expect(local.send({ ...sms, channel: 'email', to: 'nobody', subject: 's' })).rejects.toThrow(
      /e-mail/,
    );
  });
});

describe('deliveries on the table (the one mechanism every notifier uses)', () => {
  const delivery = async (deliveryId: string) =>
    (
      await db().send(
        new GetCommand({ TableName: tableName(), Key: notificationKeys.delivery('alpina', deliveryId) }),
      )
    ).Item;

  it('claims a delivery until its lease runs out, for one attempt at a time', async () => {
    const now = new Date('2026-06-01T10:00:00Z');
    const until = new Date(now.getTime() + 10_000);
    const first = await dynamoDeliveryLog.claim('alpina', 'd-1', now, until);
    expect(first.state).toBe('claimed');
    expect(await delivery('d-1')).toMatchObject({
      state: 'sending',
      leaseUntil: until.getTime(),
      attempts: 1,
    });

    const within = await dynamoDeliveryLog.claim('alpina', 'd-1', new Date(now.getTime() + 9_000), until);
    expect(within).toEqual({ state: 'sending', leaseUntil: until });

    // The first attempt died: after its lease another one takes the delivery, and the first can no longer finish it.
    const later = new Date(until.getTime() + 1);
    const second = await dynamoDeliveryLog.claim('alpina', 'd-1', later, new Date(later.getTime() + 10_000));
    expect(second.state).toBe('claimed');
    const claimOf = (o: typeof first) => (o as { claim: DeliveryClaim }).claim;
    expect(await dynamoDeliveryLog.markSent(claimOf(first), later, 'm-1')).toBe(false);
    await dynamoDeliveryLog.release(claimOf(first));
    expect(await delivery('d-1')).toMatchObject({ state: 'sending', attempts: 2 });

    expect(await dynamoDeliveryLog.markSent(claimOf(second), later, 'm-2')).toBe(true);
    expect(await delivery('d-1')).toMatchObject({ state: 'sent', messageId: 'm-2' });
    expect(await dynamoDeliveryLog.claim('alpina', 'd-1', new Date(later.getTime() + 99_000), later)).toEqual(
      {
        state: 'sent',
      },
    );
  });

  it('the local outbox writes the message and marks its delivery sent in one write', async () => {
    const local = createLocalNotifier();
    const deps = { log: dynamoDeliveryLog, notifier: local, clock: fixedClock('2026-06-01T10:00:00Z') };
    expect(await deliverOnce(deps, 'd-2', { ...sms, text: 'one write' })).toBe('sent');
    const record = await delivery('d-2');
    expect(record).toMatchObject({ state: 'sent' });
    const [message] = (await listOutbox({ tenantId: 'alpina', to: sms.to, limit: 1 })).items;
    expect(message).toMatchObject({ text: 'one write', deliveryId: 'd-2', messageId: record!.messageId });
    expect(await deliverOnce(deps, 'd-2', { ...sms, text: 'one write' })).toBe('already-sent');
  });

  it('the local outbox sends nothing for a claim another attempt has taken over', async () => {
    const now = new Date('2026-06-01T10:00:00Z');
    const stale = await dynamoDeliveryLog.claim('alpina', 'd-3', now, now);
    const later = new Date(now.getTime() + 1);
    await dynamoDeliveryLog.claim('alpina', 'd-3', later, new Date(later.getTime() + 10_000));
    const claim = (stale as { claim: DeliveryClaim }).claim;
    await expect(
      createLocalNotifier().send({ ...sms, text: 'taken over' }, { delivery: claim }),
    ).rejects.toBeInstanceOf(DeliveryTakenOver);
    const texts = (await listOutbox({ tenantId: 'alpina', limit: 50 })).items.map((m) => m.text);
    expect(texts).not.toContain('taken over');
  });
});
