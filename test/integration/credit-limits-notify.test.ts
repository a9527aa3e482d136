import { describe, expect, it } from 'vitest';
import { onCreditLimitChanged } from '../../functions/credit-limits/on-credit-limit-changed.ts';
import { onIncreaseRequestDecided } from '../../functions/credit-limits/on-increase-request-decided.ts';
import { creditLimitNotifyDeps } from '../../functions/wiring.ts';
import { localContext } from '../../infra/local/api-event.ts';
import { creditLimitText } from '../../shared/credit-limits/sms.ts';
import { newId } from '../../shared/kernel/ids.ts';
import type { NotificationMessage, Notifier } from '../../shared/notifications/message.ts';
import { useTestTable } from '../support/table.ts';
import {
  bankDeposit,
  decide,
  documents,
  eventsOf,
  pay,
  requestIncrease,
  thisPeriod,
} from './credit-limits-fixture.ts';
import { e164, eur, type MoneyGroup, moneyGroup, moneyTenant, uniq } from './money-fixture.ts';

useTestTable();

const T = 'limits-notify';
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
/** The notifiers as wired, with a recording SMS gateway in place of SNS. */
const onChanged = onCreditLimitChanged({ ...creditLimitNotifyDeps, notifier: gateway });
const onDecided = onIncreaseRequestDecided({ ...creditLimitNotifyDeps, notifier: gateway });

/** What EventBridge delivers for the latest event of a type about a number. */
async function deliveryOf(detailType: string, msisdn: string) {
  const e = (await eventsOf(T, detailType, msisdn)).at(-1);
  if (!e) throw new Error(`no ${detailType} of ${msisdn} in the outbox`);
  return {
    version: '0',
    id: newId(),
    'detail-type': detailType,
    source: 'switchboard.credit-limits',
    account: '000000000000',
    time: new Date().toISOString(),
    region: 'eu-central-1',
    resources: [],
    detail: {
      metadata: { eventId: newId(), tenantId: T, occurredAt: new Date().toISOString(), version: '1.0' },
      data: e.data,
    },
  };
}

describe('SMS of collection assurance, in the group language, once per event', () => {
  let g: MoneyGroup;
  it('setup', async () => {
    await moneyTenant(T);
    g = await moneyGroup(T, 2);
  });

  it('a paid deposit tells the number and its administrator, once each, however often the event comes', async () => {
    const m = g.members[0]!;
    const dep = await bankDeposit(g, m, 3_000);
    await pay(T, { paymentId: `N-${uniq()}`, amount: eur(3_000), reference: dep.body.paymentReference });
    const delivery = await deliveryOf('CreditLimitChanged', e164(m));
    await onChanged(delivery, localContext('notify-deposit-paid'));
    await onChanged(delivery, localContext('notify-deposit-paid')); // redelivered
    expect(sent.map((s) => s.to)).toEqual([e164(m), e164(g.admin)]);
    for (const s of sent) {
      expect(s).toMatchObject({
        tenantId: T,
        channel: 'sms',
        locale: 'sl',
        template: 'credit-limit-deposit-paid',
      });
      expect(s.text).toMatch(/30,00\s€/);
      expect(s.text).toContain(thisPeriod());
      expect(s.text).toContain(e164(m));
    }
  });

  it('a deposit on the administrator’s own number sends one SMS; a failed send goes out on redelivery', async () => {
    const before = sent.length;
    const dep = await bankDeposit(g, g.admin, 1_000);
    await pay(T, { paymentId: `N-${uniq()}`, amount: eur(1_000), reference: dep.body.paymentReference });
    const delivery = await deliveryOf('CreditLimitChanged', e164(g.admin));
    failNext = true;
    await expect(onChanged(delivery, localContext('n'))).rejects.toThrow('SMS gateway down');
    await onChanged(delivery, localContext('n'));
    await onChanged(delivery, localContext('n'));
    expect(sent.slice(before).map((s) => s.to)).toEqual([e164(g.admin)]);
  });

  it('an approval tells the customer once (its raise is not told again), a refusal gives the reason', async () => {
    const m = g.members[1]!;
    const req = await requestIncrease(g, m, { kind: 'permanent', amount: eur(10_000), documents });
    expect((await decide(T, req.body.requestId, { decision: 'approve' })).status).toBe(200);
    const before = sent.length;
    // the raise itself (CreditLimitChanged, permanent-increase) sends nothing
    await onChanged(await deliveryOf('CreditLimitChanged', e164(m)), localContext('n'));
    expect(sent.length).toBe(before);
    const decided = await deliveryOf('CreditLimitRequestDecided', e164(m));
    await onDecided(decided, localContext('notify-credit-limit-decision'));
    await onDecided(decided, localContext('notify-credit-limit-decision'));
    expect(sent.slice(before)).toEqual([
      expect.objectContaining({ to: e164(m), template: 'credit-limit-approved-permanent', locale: 'sl' }),
      expect.objectContaining({ to: e164(g.admin), template: 'credit-limit-approved-permanent' }),
    ]);
    expect(sent.at(-1)!.text).toMatch(/100,00\s€/);

    const h = await moneyGroup(T, 1);
    const n = h.members[0]!;
    const refused = await requestIncrease(h, n, { kind: 'temporary', amount: eur(500) });
    await decide(T, refused.body.requestId, { decision: 'reject', reason: 'Neplačani računi' });
    const mark = sent.length;
    await onDecided(await deliveryOf('CreditLimitRequestDecided', e164(n)), localContext('n'));
    expect(sent.slice(mark).map((s) => [s.to, s.template])).toEqual([
      [e164(n), 'credit-limit-rejected'],
      [e164(h.admin), 'credit-limit-rejected'],
    ]);
    expect(sent.at(-1)!.text).toContain('Neplačani računi');
  });

  it('writes every language we serve, falling back to English', () => {
    for (const locale of ['sl', 'hr', 'sq', 'pt', 'en', 'pt-PT']) {
      for (const template of [
        'deposit-paid',
        'approved-permanent',
        'approved-temporary',
        'rejected',
      ] as const) {
        const t = creditLimitText(locale, template, {
          msisdn: '+385911000001',
          amount: eur(3_000),
          period: '2025-03',
          reason: 'risk',
        });
        expect(t.locale).toBe(locale.slice(0, 2));
        expect(t.text).toContain('+385911000001');
        expect(t.text).not.toMatch(/\{\w+\}/);
      }
    }
    const hr = creditLimitText('hr', 'deposit-paid', {
      msisdn: '+385911000001',
      amount: eur(3_000),
      period: '2025-03',
    });
    expect(hr.text.replace(/\s/g, ' ')).toBe(
      'Vaš polog od 30,00 € je zaprimljen: ograničenje potrošnje broja +385911000001 povećano je za 30,00 € za razdoblje 2025-03.',
    );
    expect(
      creditLimitText('de', 'rejected', { msisdn: '+385911000001', amount: eur(1), reason: 'x' }).locale,
    ).toBe('en');
  });
});
