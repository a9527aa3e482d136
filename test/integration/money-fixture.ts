import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { expect } from 'vitest';
import { db, tableName } from '../../shared/db/client.ts';
import { claims, type InvokeResult, invoke } from '../support/invoke.ts';
import {
  addNewMember,
  adminOf,
  FIXTURE_CATALOG,
  type RegisteredGroup,
  registerGroup,
  setUpTenant,
  uniq,
} from './groups-fixture.ts';

/**
 * Set-up shared by the money integration tests: a tenant (SI, EUR, Europe/Ljubljana) with the
 * groups fixture's catalog (and the given transfer limits), a group with members, all through the
 * real routes; helpers to fund a number (bank top-up + the bank's payment report) and to read
 * balances and ledgers.
 */
export { adminOf, claims, invoke, uniq };

export const eur = (amount: number) => ({ amount, currency: 'EUR' });
export const key = () => ({ 'idempotency-key': `m-${uniq()}-${Math.random().toString(36).slice(2, 10)}` });
export const e164 = (digits: string) => `+${digits}`;

export interface MoneyGroup extends RegisteredGroup {
  tenantId: string;
  members: string[];
}

export async function moneyTenant(
  tenantId: string,
  transfers: { maxPerTransfer: number; maxPerDay: number } = { maxPerTransfer: 10_000, maxPerDay: 50_000 },
): Promise<void> {
  await setUpTenant(tenantId, { ...FIXTURE_CATALOG, policies: { transfers } });
}

export async function moneyGroup(tenantId: string, memberCount = 2): Promise<MoneyGroup> {
  const g = await registerGroup(tenantId);
  const members: string[] = [];
  for (let i = 0; i < memberCount; i++) members.push(await addNewMember(tenantId, g));
  return { ...g, tenantId, members };
}

export const memberOf = (g: MoneyGroup, i = 0) => claims.member(g.tenantId, g.groupId, g.members[i]!);

/** Credits `digits` with `amount` through a bank top-up and the bank's report of the payment. */
export async function fund(g: MoneyGroup, digits: string, amount: number): Promise<void> {
  const top = await invoke('POST', `/v1/groups/${g.groupId}/members/${digits}/top-ups`, {
    claims: adminOf(g.tenantId, g),
    body: { method: 'bank-transfer', amount: eur(amount) },
    headers: key(),
  });
  expect(top.status, top.raw).toBe(201);
  const pay = await invoke('POST', '/v1/payments', {
    claims: claims.psp(g.tenantId),
    body: { paymentId: `BANK-${uniq()}`, amount: eur(amount), reference: top.body.paymentReference },
    headers: key(),
  });
  expect(pay.status, pay.raw).toBe(201);
  expect(pay.body.status).toBe('matched');
}

export async function balanceOf(g: MoneyGroup, digits: string): Promise<number> {
  const res = await invoke('GET', `/v1/groups/${g.groupId}/members/${digits}/balance`, {
    claims: adminOf(g.tenantId, g),
  });
  expect(res.status, res.raw).toBe(200);
  return res.body.balance.amount as number;
}

export function transfer(
  g: MoneyGroup,
  body: Record<string, unknown>,
  headers = key(),
  c = adminOf(g.tenantId, g),
): Promise<InvokeResult> {
  return invoke('POST', `/v1/groups/${g.groupId}/transfers`, { claims: c, body, headers });
}

/** Every ledger entry of a number (all groups), straight from its partition. */
export async function ledgerItems(tenantId: string, digits: string): Promise<Record<string, unknown>[]> {
  const out = await db().send(
    new QueryCommand({
      TableName: tableName(),
      KeyConditionExpression: 'pk = :p AND begins_with(sk, :l)',
      ExpressionAttributeValues: { ':p': `T#${tenantId}#NUM#${digits}`, ':l': 'L#' },
      ConsistentRead: true,
    }),
  );
  return out.Items ?? [];
}
