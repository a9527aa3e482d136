import { expect } from 'vitest';
import { localContext } from '../../infra/local/api-event.ts';
import { newId } from '../../shared/kernel/ids.ts';
import type { NotificationMessage, Notifier } from '../../shared/notifications/message.ts';
import { claims, invoke } from '../support/invoke.ts';
import { usageCatalog } from '../support/rating-catalog.ts';
import { busDelivery, outboxDetails } from './groups-fixture.ts';
import { adminOf, type MoneyGroup, moneyGroup } from './money-fixture.ts';

/**
 * Set-up shared by the usage tests: a tenant whose catalog is `usageCatalog` (the rating engine's, with
 * zones, packs, premium numbers), plus a prepaid plan, a credit limit of 10.00 € for tariff model
 * `A` that bars, and a warning at 80 %; helpers to send records and read a number's usage.
 */
export { eur, usageCatalog } from '../support/rating-catalog.ts';
export const MB = 1_048_576;

export async function usageTenant(tenantId: string): Promise<void> {
  const { setUpTenant } = await import('./groups-fixture.ts');
  await setUpTenant(tenantId, usageCatalog);
}

/** A group whose admin is on plan M and whose members are on the given plans. */
export async function usageGroup(tenantId: string, plans: string[] = ['M']): Promise<MoneyGroup> {
  const { registerGroup, registrationBody, addNewMember } = await import('./groups-fixture.ts');
  const g = await registerGroup(tenantId, registrationBody({}, { number: { kind: 'new' }, plan: 'M' }));
  const members: string[] = [];
  for (const plan of plans) members.push(await addNewMember(tenantId, g, plan));
  return { ...g, tenantId, members };
}
export { moneyGroup };

let seq = 0;
/** A record id no other test uses. */
export const recordId = () => `R-${Date.now().toString(36)}-${++seq}`;

export interface RecordInput {
  recordId?: string;
  msisdn: string;
  type: string;
  quantity: number;
  counterpart?: string;
  startedAt?: string;
  visitedCountry?: string;
}

export function record(r: RecordInput): Record<string, unknown> {
  return { recordId: recordId(), startedAt: new Date().toISOString(), ...r };
}

export async function ingest(tenantId: string, records: unknown[]) {
  const res = await invoke('POST', '/v1/usage-records', {
    claims: claims.mediation(tenantId),
    body: { records },
  });
  expect(res.status, res.raw).toBe(200);
  return res.body as {
    accepted: number;
    duplicates: number;
    rejected: number;
    results: { recordId: string; status: string; reason?: string; detail?: string; lineCode?: string }[];
  };
}

export async function usageOf(g: MoneyGroup, digits: string, period?: string) {
  const res = await invoke(
    'GET',
    `/v1/groups/${g.groupId}/members/${digits}/usage${period ? `?period=${period}` : ''}`,
    { claims: adminOf(g.tenantId, g) },
  );
  expect(res.status, res.raw).toBe(200);
  return res.body;
}

export async function authorize(tenantId: string, body: Record<string, unknown>) {
  const res = await invoke('POST', '/v1/usage-authorizations', { claims: claims.mediation(tenantId), body });
  expect(res.status, res.raw).toBe(200);
  return res.body as { granted: number; decision: string; reason?: string; requested: number };
}

/** A notifier that keeps what it sends. */
export function recordingNotifier(): Notifier & { sent: NotificationMessage[] } {
  const sent: NotificationMessage[] = [];
  return {
    sent,
    async send(m) {
      sent.push(m);
      return { messageId: newId() };
    },
  };
}

/** The tenant's outbox events, whole (source, metadata, data), oldest first. */
export const outboxOf = outboxDetails;

/** The EventBridge delivery of the outbox's events of one type for a number, as the bus sends them. */
export async function deliveriesOf(tenantId: string, detailType: string, msisdn: string) {
  const events = (await outboxOf(tenantId)).filter(
    (e) => e.detailType === detailType && e.detail.data.msisdn === msisdn,
  );
  return events.map(busDelivery);
}

export const context = () => localContext('usage-test', 30);
