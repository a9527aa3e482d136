import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { billingPeriod, localDate } from '../../shared/kernel/calendar.ts';
import { InvalidInput, RuleViolation } from '../../shared/kernel/errors.ts';
import { fromDecimalString } from '../../shared/kernel/money.ts';
import {
  creditEntry,
  decideTransfer,
  sumByNumber,
  TransferBodySchema,
  transferEntries,
} from '../../shared/money/domain.ts';
import { localPaymentProvider } from '../../shared/money/local-paypal.ts';
import {
  creditorReference,
  decidePaymentSettings,
  isCreditorReference,
  newPaymentReference,
  normalizeReference,
  PaymentBodySchema,
  paymentSettingsView,
  samePayment,
  splitPayment,
  TopUpBodySchema,
} from '../../shared/money/payments.ts';
import { createPayPalProvider, type HttpClient } from '../../shared/money/paypal.ts';
import {
  CODE_ALPHABET,
  GUESS_LIMITS,
  guessingBlocked,
  guessWindow,
  hashVoucherCode,
  newVoucherCode,
  normalizeVoucherCode,
  voucherRefusal,
} from '../../shared/money/vouchers.ts';

const eur = (amount: number) => ({ amount, currency: 'EUR' });
const ADMIN = '+38640100001';
const MEMBER = '+38640100002';
const LIMITS = { maxPerTransfer: 10_000, maxPerDay: 50_000 };

describe('transfers (domain/ledger)', () => {
  it('knows the direction from which side is the admin', () => {
    expect(decideTransfer({ from: ADMIN, to: MEMBER, amount: eur(100) }, ADMIN, 'EUR', LIMITS)).toEqual({
      direction: 'admin-to-member',
      member: MEMBER,
    });
    expect(decideTransfer({ from: MEMBER, to: ADMIN, amount: eur(100) }, ADMIN, 'EUR', LIMITS)).toEqual({
      direction: 'member-to-admin',
      member: MEMBER,
    });
  });

  it('refuses member ↔ member, the same number on both sides, a foreign currency', () => {
    expect(() =>
      decideTransfer({ from: MEMBER, to: '+38640100003', amount: eur(1) }, ADMIN, 'EUR', LIMITS),
    ).toThrow(RuleViolation);
    expect(() => decideTransfer({ from: ADMIN, to: ADMIN, amount: eur(1) }, ADMIN, 'EUR', LIMITS)).toThrow(
      InvalidInput,
    );
    try {
      decideTransfer(
        { from: ADMIN, to: MEMBER, amount: { amount: 1, currency: 'USD' } },
        ADMIN,
        'EUR',
        LIMITS,
      );
      expect.unreachable();
    } catch (e) {
      expect((e as InvalidInput).issues[0]!.field).toBe('body.amount.currency');
    }
  });

  it('caps one transfer at the smaller of the per-transfer and per-day limits', () => {
    expect(() =>
      decideTransfer({ from: ADMIN, to: MEMBER, amount: eur(10_000) }, ADMIN, 'EUR', LIMITS),
    ).not.toThrow();
    expect(() =>
      decideTransfer({ from: ADMIN, to: MEMBER, amount: eur(10_001) }, ADMIN, 'EUR', LIMITS),
    ).toThrow(RuleViolation);
    const tight = { maxPerTransfer: 10_000, maxPerDay: 2_000 };
    try {
      decideTransfer({ from: ADMIN, to: MEMBER, amount: eur(2_001) }, ADMIN, 'EUR', tight);
      expect.unreachable();
    } catch (e) {
      expect((e as RuleViolation).detail.limit).toEqual(eur(2_000));
      expect((e as RuleViolation).field).toBe('body.amount.amount');
    }
  });

  it('accepts only positive integer amounts, E.164 numbers and known fields', () => {
    const ok = { from: ADMIN, to: MEMBER, amount: eur(1) };
    expect(TransferBodySchema.safeParse(ok).success).toBe(true);
    for (const bad of [
      { ...ok, amount: eur(0) },
      { ...ok, amount: eur(-1) },
      { ...ok, amount: eur(0.5) },
      { ...ok, amount: { ...eur(1), extra: true } },
      { ...ok, from: '38640100001' },
      { ...ok, colour: 'red' },
    ]) {
      expect(TransferBodySchema.safeParse(bad).success).toBe(false);
    }
  });

  it('writes two entries that sum to zero, in the tenant-calendar period', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.date({ min: new Date('2020-01-01'), max: new Date('2035-01-01'), noInvalidDate: true }),
        (amount, at) => {
          const [out, inn] = transferEntries({
            transferId: 'X',
            tenantId: 't',
            groupId: 'g',
            from: ADMIN,
            to: MEMBER,
            amount: eur(amount),
            at,
            timeZone: 'Europe/Ljubljana',
            causedBy: { role: 'admin', subject: 's' },
            ids: ['A', 'B'],
          });
          expect(out.amount.amount + inn.amount.amount).toBe(0);
          expect(out.kind).toBe('transfer-out');
          expect(out.period).toBe(billingPeriod(at, 'Europe/Ljubljana'));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('puts the last hour of January (UTC) in February when the tenant is in Ljubljana', () => {
    const at = new Date('2025-01-31T23:30:00Z');
    expect(billingPeriod(at, 'Europe/Ljubljana')).toBe('2025-02');
    expect(billingPeriod(at, 'UTC')).toBe('2025-01');
    expect(localDate(at, 'Europe/Ljubljana')).toBe('2025-02-01');
  });

  it('a credit entry is positive; sums per number add up', () => {
    const base = {
      entryId: 'E',
      tenantId: 't',
      groupId: 'g',
      msisdn: MEMBER,
      reference: { type: 'top-up' as const, id: 'T' },
      at: new Date('2025-03-01T10:00:00Z'),
      timeZone: 'UTC',
      causedBy: { role: 'psp', subject: 'bank' },
    };
    expect(() => creditEntry(base, 'top-up', eur(0))).toThrow();
    const e = creditEntry(base, 'voucher', eur(300));
    expect(e).toMatchObject({
      kind: 'voucher',
      amount: eur(300),
      period: '2025-03',
      at: '2025-03-01T10:00:00.000Z',
    });
    expect(sumByNumber([e, e, { msisdn: ADMIN, amount: eur(-5) }])).toEqual(
      new Map([
        [MEMBER, 600],
        [ADMIN, -5],
      ]),
    );
  });
});

describe('vouchers (domain/vouchers)', () => {
  it('makes 16-symbol Crockford codes, printed in groups of four', () => {
    for (let i = 0; i < 50; i++) {
      const code = newVoucherCode();
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
      expect(normalizeVoucherCode(code, 'body.code')).toBe(code.replace(/-/g, ''));
    }
    expect(CODE_ALPHABET).toHaveLength(32);
  });

  it('reads a code as typed: case, spaces, dashes, and the letters that look like digits', () => {
    expect(normalizeVoucherCode('7k3m q9xd-4tpa zc2h', 'f')).toBe('7K3MQ9XD4TPAZC2H');
    expect(normalizeVoucherCode('OOOO-IIII-LLLL-0000', 'f')).toBe('0000111111110000');
    expect(() => normalizeVoucherCode('7K3M-Q9XD-4TPA', 'body.code')).toThrow(InvalidInput);
    expect(() => normalizeVoucherCode('7K3M-Q9XD-4TPA-ZC2U', 'body.code')).toThrow(InvalidInput);
  });

  it('stores a hash salted with the tenant: the same code in two tenants is two vouchers', () => {
    const code = '7K3MQ9XD4TPAZC2H';
    expect(hashVoucherCode('a', code)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashVoucherCode('a', code)).toBe(hashVoucherCode('a', code));
    expect(hashVoucherCode('a', code)).not.toBe(hashVoucherCode('b', code));
  });

  it('is valid through its last day (tenant calendar) and redeemable once', () => {
    expect(voucherRefusal({ status: 'issued', validUntil: '2025-03-31' }, '2025-03-31')).toBeUndefined();
    expect(voucherRefusal({ status: 'issued', validUntil: '2025-03-31' }, '2025-04-01')).toBe('expired');
    expect(voucherRefusal({ status: 'redeemed', validUntil: '2099-01-01' }, '2025-04-01')).toBe('redeemed');
  });

  it('counts guesses in fixed one-hour windows and blocks at the limits', () => {
    const w = guessWindow(new Date('2025-03-01T14:59:59Z'));
    expect(w.endsAt.toISOString()).toBe('2025-03-01T15:00:00.000Z');
    expect(guessWindow(new Date('2025-03-01T14:00:00Z')).id).toBe(w.id);
    expect(guessWindow(new Date('2025-03-01T15:00:00Z')).id).not.toBe(w.id);
    expect(guessingBlocked({ number: GUESS_LIMITS.perNumber - 1, group: GUESS_LIMITS.perGroup - 1 })).toBe(
      false,
    );
    expect(guessingBlocked({ number: GUESS_LIMITS.perNumber, group: 0 })).toBe(true);
    expect(guessingBlocked({ number: 0, group: GUESS_LIMITS.perGroup })).toBe(true);
  });
});

describe('payments (domain/payments)', () => {
  it('builds and checks ISO 11649 creditor references', () => {
    expect(creditorReference('539007547034')).toBe('RF18539007547034');
    expect(isCreditorReference('RF18539007547034')).toBe(true);
    expect(isCreditorReference('RF18539007547035')).toBe(false);
    expect(isCreditorReference('RF19539007547034')).toBe(false);
    expect(normalizeReference('rf18 5390 0754 7034')).toBe('RF18539007547034');
    fc.assert(
      fc.property(fc.integer(), () => {
        const ref = newPaymentReference();
        expect(ref).toMatch(/^RF\d{2}[0-9A-Z]{16}$/);
        expect(isCreditorReference(ref)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('splits a payment into what is applied and the overpayment, losing no cent', () => {
    expect(splitPayment(eur(1_500), eur(1_000))).toEqual({ applied: eur(1_000), overpayment: eur(500) });
    expect(splitPayment(eur(600), eur(1_000))).toEqual({ applied: eur(600), overpayment: eur(0) });
    expect(splitPayment(eur(300), undefined)).toEqual({ applied: eur(0), overpayment: eur(300) });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e9 }),
        fc.option(fc.integer({ min: 0, max: 1e9 })),
        (paid, due) => {
          const s = splitPayment(eur(paid), due === null ? undefined : eur(due));
          expect(s.applied.amount + s.overpayment.amount).toBe(paid);
          expect(s.applied.amount).toBeGreaterThanOrEqual(0);
          expect(s.overpayment.amount).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });

  it('recognises a repeated delivery by amount and reference', () => {
    const body = PaymentBodySchema.parse({
      paymentId: 'B-1',
      amount: eur(100),
      reference: 'rf18 5390 0754 7034',
    });
    expect(samePayment({ amount: eur(100), reference: 'RF18539007547034' }, body)).toBe(true);
    expect(samePayment({ amount: eur(101), reference: 'RF18539007547034' }, body)).toBe(false);
    expect(samePayment({ amount: eur(100) }, body)).toBe(false);
  });

  it('validates top-up bodies per method', () => {
    expect(TopUpBodySchema.safeParse({ method: 'bank-transfer', amount: eur(100) }).success).toBe(true);
    expect(TopUpBodySchema.safeParse({ method: 'paypal', amount: eur(100) }).success).toBe(false);
    expect(TopUpBodySchema.safeParse({ method: 'voucher', code: 'X', amount: eur(1) }).success).toBe(false);
    expect(TopUpBodySchema.safeParse({ method: 'cash', amount: eur(1) }).success).toBe(false);
  });

  it('takes direct debit from the group IBAN under a mandate signed no later than today; masks the IBAN for the operator', () => {
    const dd = decidePaymentSettings(
      { method: 'direct-debit', mandate: { reference: 'M-1', signedOn: '2025-03-01' } },
      'SI56191000000123438',
      '2025-03-01',
      'now',
      'adm',
    );
    expect(dd).toMatchObject({ method: 'direct-debit', iban: 'SI56191000000123438' });
    expect(() =>
      decidePaymentSettings(
        { method: 'direct-debit', mandate: { reference: 'M-1', signedOn: '2025-03-02' } },
        'X',
        '2025-03-01',
        'now',
        'adm',
      ),
    ).toThrow(InvalidInput);
    expect(paymentSettingsView(dd, 'operator').iban).toBe('•••••••••••••••3438');
    expect(paymentSettingsView(dd, 'admin').iban).toBe('SI56191000000123438');
  });
});

describe('payment providers', () => {
  it('the local adapter is deterministic: DECLINE… declines, anything else captures the amount', async () => {
    const req = { tenantId: 't', orderId: 'ORDER-1', amount: eur(1_000), requestId: 'r', description: 'd' };
    const a = await localPaymentProvider.capture(req);
    const b = await localPaymentProvider.capture({ ...req, requestId: 'other' });
    expect(a).toEqual(b);
    expect(a).toMatchObject({ status: 'completed', amount: eur(1_000) });
    expect(await localPaymentProvider.capture({ ...req, orderId: 'decline-9' })).toEqual({
      status: 'declined',
      reason: 'INSTRUMENT_DECLINED',
    });
  });

  it('converts PayPal decimal strings without floats', () => {
    expect(fromDecimalString('12.50')).toBe(1250);
    expect(fromDecimalString('0.07')).toBe(7);
    expect(fromDecimalString('3')).toBe(300);
    expect(fromDecimalString('19.9')).toBe(1990);
    expect(() => fromDecimalString('1.234')).toThrow();
  });

  it('the PayPal adapter captures with PayPal-Request-Id and reports what was captured (fake HTTP)', async () => {
    const calls: { url: string; headers: Record<string, string> }[] = [];
    const http: HttpClient = {
      async request({ url, headers }) {
        calls.push({ url, headers });
        if (url.endsWith('/v1/oauth2/token'))
          return { status: 200, body: JSON.stringify({ access_token: 'tok', expires_in: 3600 }) };
        if (url.includes('DECLINED'))
          return {
            status: 422,
            body: JSON.stringify({
              name: 'UNPROCESSABLE_ENTITY',
              details: [{ issue: 'INSTRUMENT_DECLINED' }],
            }),
          };
        return {
          status: 201,
          body: JSON.stringify({
            status: 'COMPLETED',
            purchase_units: [
              {
                payments: {
                  captures: [
                    { id: 'CAP-1', status: 'COMPLETED', amount: { currency_code: 'EUR', value: '10.00' } },
                  ],
                },
              },
            ],
          }),
        };
      },
    };
    const pp = createPayPalProvider(
      { baseUrl: 'https://api-m.sandbox.paypal.com', clientId: 'id', clientSecret: 'secret' },
      http,
    );
    const req = {
      tenantId: 't',
      orderId: 'ORDER-1',
      amount: eur(1_000),
      requestId: 'TOPUP-1',
      description: 'd',
    };
    expect(await pp.capture(req)).toEqual({
      status: 'completed',
      providerPaymentId: 'CAP-1',
      amount: eur(1_000),
    });
    expect(calls[1]!.headers['paypal-request-id']).toBe('TOPUP-1');
    expect(calls[1]!.url).toBe('https://api-m.sandbox.paypal.com/v2/checkout/orders/ORDER-1/capture');
    expect(await pp.capture({ ...req, orderId: 'DECLINED' })).toEqual({
      status: 'declined',
      reason: 'INSTRUMENT_DECLINED',
    });
    expect(calls.filter((c) => c.url.endsWith('/token'))).toHaveLength(1);
  });
});
