import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { expect } from 'vitest';
import { db, tableName } from '../../shared/db/client.ts';
import { claims, type InvokeResult, invoke } from '../support/invoke.ts';

/**
 * Shared set-up of the groups integration tests: a tenant (country SI, EUR) and a small catalog,
 * both written through the real routes, and helpers to register groups and add members.
 */
export const FIXTURE_CATALOG = {
  plans: [
    plan('BIZ-S', 1, 990),
    { ...plan('BIZ-M', 2, 1990), commitmentMonths: 24, monthlyBenefit: eur(500) },
    plan('BIZ-L', 3, 2990),
    { ...plan('BIZ-X', 4, 4990), maxMembersPerGroup: 2 },
    { ...plan('OLD', 0, 490), available: false },
  ],
  addOns: [
    { code: 'TV-PACK', name: { sl: 'TV paket', en: 'TV pack' }, kind: 'tv', monthlyFee: eur(700) },
    {
      code: 'USA',
      name: { en: 'USA pack' },
      kind: 'country-pack',
      monthlyFee: eur(1000),
      billing: 'from-first-use',
      activationCode: '*123#',
      plans: ['BIZ-L', 'BIZ-X'],
    },
  ],
  fees: [
    fee('CONN', 'connection', 1500),
    fee('PORTIN', 'port-in', 500),
    fee('HOLDER', 'change-of-holder', 1000),
    fee('CLAWBACK', 'clawback-monthly-fee', 0),
    fee('PORTOUT', 'port-out', 800),
  ],
  rateZones: [
    {
      code: 'DOMESTIC',
      kind: 'domestic',
      name: { en: 'Slovenia' },
      voicePerMinute: eur(9),
      smsEach: eur(9),
      dataPerMb: eur(2),
    },
  ],
  creditLimits: [{ tariffModel: 'STD', limit: eur(5000) }],
  numberRanges: [{ from: '+38640100000', to: '+38640199999' }],
};

/**
 * The fixture catalog with business clubs on (minimum 3): BIZ-S and BIZ-L count as monthly
 * contracts, BIZ-M and BIZ-X do not; fee CLUB 1.00 for a number joining a club.
 */
export const CLUB_CATALOG = {
  ...FIXTURE_CATALOG,
  plans: FIXTURE_CATALOG.plans.map((p) =>
    p.code === 'BIZ-S' || p.code === 'BIZ-L' ? { ...p, clubEligible: true } : p,
  ),
  fees: [
    ...FIXTURE_CATALOG.fees,
    {
      code: 'CLUB',
      kind: 'club-member',
      name: { en: 'New club member' },
      explanation: { en: 'A small fee for adding a number to the business club.' },
      amount: eur(100),
    },
  ],
  policies: { businessClubs: { enabled: true, minMembers: 3 } },
};

function eur(amount: number) {
  return { amount, currency: 'EUR' };
}
function plan(code: string, rank: number, fee: number) {
  return {
    code,
    name: { sl: `Paket ${code}`, en: `Plan ${code}` },
    monthlyFee: eur(fee),
    included: { voiceMinutes: null, sms: null, dataMb: 10_000 },
    tariffModel: 'STD',
    rank,
  };
}
function fee(code: string, kind: string, amount: number) {
  return {
    code,
    kind,
    name: { en: `Fee ${code}` },
    explanation: { en: `Explains ${code}` },
    amount: eur(amount),
  };
}

/** The operator as the seller on its invoices (tenant settings). */
export const FIXTURE_SELLER = {
  legalName: 'Testni Operater d.o.o.',
  vatId: 'SI12345678',
  registrationNumber: '8123456000',
  address: { street: 'Trg republike 3', postalCode: '1000', city: 'Ljubljana', country: 'SI' },
  email: 'racuni@operater.example',
  iban: 'SI56263300012039086',
  bic: 'HAABSI22',
  creditorId: 'SI02ZZZ12345678',
};

export async function setUpTenant(
  tenantId: string,
  catalog: Record<string, unknown> = FIXTURE_CATALOG,
  settings: Record<string, unknown> = {},
): Promise<void> {
  const t = await invoke('POST', '/v1/tenants', {
    claims: claims.platform(),
    body: {
      tenantId,
      name: `Tenant ${tenantId}`,
      country: 'SI',
      locales: ['sl', 'en'],
      currency: 'EUR',
      timeZone: 'Europe/Ljubljana',
      vatRateBasisPoints: 2200,
      invoiceSeriesPrefix: 'TST-',
      seller: FIXTURE_SELLER,
      ...settings,
    },
  });
  expect(t.status, JSON.stringify(t.body)).toBe(201);
  const c = await invoke('PUT', '/v1/catalog', { claims: claims.operator(tenantId), body: catalog });
  expect(c.status, JSON.stringify(c.body)).toBe(200);
}

let seq = 0;
/** A different, valid SI registration number and key each call. */
export function uniq(): string {
  seq += 1;
  return `${Date.now().toString(36)}${seq}`.toUpperCase();
}

export function registrationBody(overrides: Record<string, unknown> = {}, admin?: Record<string, unknown>) {
  return {
    company: {
      legalName: 'Primer d.o.o.',
      registrationNumber: `R${uniq()}`.slice(0, 20),
      vatId: 'SI50223054',
      address: { street: 'Dunajska cesta 1', postalCode: '1000', city: 'Ljubljana' },
    },
    legalRepresentative: {
      name: 'Ana Novak',
      idDocument: { type: 'id-card', number: 'IA1234567', reference: 'dms:kyc/1' },
    },
    iban: 'SI56 1910 0000 0123 438',
    billingEmail: 'billing@primer.si',
    language: 'sl',
    admin: admin ?? { number: { kind: 'new' }, plan: 'BIZ-L' },
    ...overrides,
  };
}

export const idem = () => ({ 'idempotency-key': `k-${uniq()}-${Math.random().toString(36).slice(2, 10)}` });

export interface RegisteredGroup {
  groupId: string;
  /** Admin number, digits only. */
  admin: string;
  res: InvokeResult;
}

export async function registerGroup(tenantId: string, body = registrationBody()): Promise<RegisteredGroup> {
  const res = await invoke('POST', '/v1/groups', {
    claims: claims.operator(tenantId),
    body,
    headers: idem(),
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return { groupId: res.body.group.groupId, admin: res.body.admin.msisdn.slice(1), res };
}

export const adminOf = (tenantId: string, g: RegisteredGroup) => claims.admin(tenantId, g.groupId, g.admin);

export async function addMember(
  tenantId: string,
  g: RegisteredGroup,
  body: Record<string, unknown> = { number: { kind: 'new' }, plan: 'BIZ-S' },
) {
  return invoke('POST', `/v1/groups/${g.groupId}/members`, {
    claims: adminOf(tenantId, g),
    body,
    headers: idem(),
  });
}

export async function addNewMember(tenantId: string, g: RegisteredGroup, plan = 'BIZ-S'): Promise<string> {
  const res = await addMember(tenantId, g, { number: { kind: 'new' }, plan });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.member.msisdn.slice(1) as string;
}

/** Raw items of one partition (to check what was, or was not, written). */
export async function partition(pk: string): Promise<Record<string, unknown>[]> {
  const out = await db().send(
    new QueryCommand({
      TableName: tableName(),
      KeyConditionExpression: 'pk = :p',
      ExpressionAttributeValues: { ':p': pk },
    }),
  );
  return out.Items ?? [];
}

/**
 * Outbox events of a tenant written so far, whole (source and the detail with its metadata), oldest
 * first. Test-only: reads the tenant's outbox by key prefix.
 */
export async function outboxDetails(tenantId: string) {
  const { ScanCommand } = await import('@aws-sdk/lib-dynamodb');
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await db().send(
      new ScanCommand({
        TableName: tableName(),
        FilterExpression: 'begins_with(pk, :p) AND entity = :e',
        ExpressionAttributeValues: { ':p': `T#${tenantId}#EVT#`, ':e': 'OutboxEvent' },
        ExclusiveStartKey: start,
      }),
    );
    items.push(...(out.Items ?? []));
    start = out.LastEvaluatedKey;
  } while (start);
  return items
    .map((i) => ({
      detailType: i.detailType as string,
      source: i.source as string,
      detail: JSON.parse(i.detail as string) as {
        metadata: { eventId: string };
        data: Record<string, unknown>;
      },
    }))
    .sort((a, b) => (a.detail.metadata.eventId < b.detail.metadata.eventId ? -1 : 1));
}

/** An outbox event as EventBridge delivers it to a subscriber (the delivery id is the event id). */
export function busDelivery(e: Awaited<ReturnType<typeof outboxDetails>>[number]) {
  return {
    version: '0',
    id: e.detail.metadata.eventId,
    'detail-type': e.detailType,
    source: e.source,
    account: '000000000000',
    time: new Date().toISOString(),
    region: 'eu-central-1',
    resources: [],
    detail: e.detail,
  };
}

/** Outbox events of a tenant written so far (their data), oldest first. */
export async function outboxEvents(
  tenantId: string,
): Promise<{ detailType: string; data: Record<string, unknown> }[]> {
  return (await outboxDetails(tenantId)).map((e) => ({ detailType: e.detailType, data: e.detail.data }));
}
