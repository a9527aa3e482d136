import { expect } from 'vitest';
import { billingPeriod, localDate } from '../../shared/kernel/calendar.ts';
import { addMember, outboxEvents, registerGroup } from './groups-fixture.ts';
import { adminOf, claims, eur, invoke, key, type MoneyGroup, uniq } from './money-fixture.ts';

/**
 * Helpers of the credit-limit integration tests: deposits, increase requests and their decisions
 * through the real routes, and the tenant calendar of the money fixture (Europe/Ljubljana).
 */
export const TZ = 'Europe/Ljubljana';
export const thisPeriod = () => billingPeriod(new Date(), TZ);
export const today = () => localDate(new Date(), TZ);

export const bankDeposit = (g: MoneyGroup, digits: string, amount: number, headers = key()) =>
  invoke('POST', `/v1/groups/${g.groupId}/members/${digits}/credit-limit/deposits`, {
    claims: adminOf(g.tenantId, g),
    body: { amount: eur(amount), method: 'bank-transfer' },
    headers,
  });

export const shopDeposit = (g: MoneyGroup, digits: string, amount: number, extra = {}, headers = key()) =>
  invoke('POST', '/v1/credit-limit-deposits', {
    claims: claims.operator(g.tenantId),
    body: {
      groupId: g.groupId,
      msisdn: `+${digits}`,
      amount: eur(amount),
      paidAt: new Date(Date.now() - 60_000).toISOString(),
      ...extra,
    },
    headers,
  });

export const pay = (tenantId: string, body: Record<string, unknown>, headers = key()) =>
  invoke('POST', '/v1/payments', { claims: claims.psp(tenantId), body, headers });

export const documents = {
  authorisedPerson: {
    name: 'Ana Novak',
    idDocument: { type: 'id-card', number: 'IA1234567', reference: 'dms:kyc/2025/0001' },
  },
  stampedRequest: { reference: 'dms:requests/2025/0042' },
};

export const requestIncrease = (
  g: MoneyGroup,
  digits: string,
  body: Record<string, unknown> = { kind: 'permanent', amount: eur(10_000), documents },
  headers = key(),
) =>
  invoke('POST', `/v1/groups/${g.groupId}/members/${digits}/credit-limit/requests`, {
    claims: adminOf(g.tenantId, g),
    body,
    headers,
  });

export const decide = (tenantId: string, requestId: string, body: Record<string, unknown>) =>
  invoke('POST', `/v1/credit-limit-requests/${requestId}/decision`, {
    claims: claims.operator(tenantId),
    body,
  });

export async function creditLimitOf(g: MoneyGroup, digits: string, who = adminOf(g.tenantId, g)) {
  const res = await invoke('GET', `/v1/groups/${g.groupId}/members/${digits}/credit-limit`, { claims: who });
  expect(res.status, res.raw).toBe(200);
  return res.body;
}

/** The outbox events of one type that concern `msisdn`. */
export async function eventsOf(tenantId: string, detailType: string, msisdn: string) {
  return (await outboxEvents(tenantId)).filter(
    (e) => e.detailType === detailType && e.data.msisdn === msisdn,
  );
}

/** A number ported in from another operator (so that it can be released and ported in elsewhere). */
export async function portedMember(g: MoneyGroup): Promise<string> {
  const digits = `38631${String(Date.now()).slice(-5)}${Math.floor(Math.random() * 10)}`;
  const res = await addMember(g.tenantId, g, {
    number: { kind: 'port-in', msisdn: `+${digits}`, donorOperator: 'Other' },
    plan: 'BIZ-S',
  });
  expect(res.status, res.raw).toBe(201);
  return digits;
}

export { registerGroup, uniq };
