import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { db, tableName } from '../../shared/db/client.ts';
import { groupKeys, holderChangeKeys } from '../../shared/groups/keys.ts';
import { invoke } from '../support/invoke.ts';
import { useTestTable } from '../support/table.ts';
import {
  addNewMember,
  adminOf,
  idem,
  type RegisteredGroup,
  registerGroup,
  setUpTenant,
} from './groups-fixture.ts';

/**
 * Answers keep their own contract. `invoke` checks every response of every test against the
 * declared statuses, headers and schemas; these are the answers an outside walk found breaking it.
 */
useTestTable();

const T = 'contract-answers';

let a: RegisteredGroup;
let b: RegisteredGroup;

const offer = async (digits: string) => {
  const res = await invoke('POST', `/v1/groups/${a.groupId}/members/${digits}/holder-change`, {
    claims: adminOf(T, a),
    body: { toGroupId: b.groupId },
  });
  expect(res.status, res.raw).toBe(201);
  expect(typeof res.body.expiresAt).toBe('string');
  return res.body as { offerId: string; expiresAt: string };
};

const offers = async (g: RegisteredGroup, direction: 'incoming' | 'outgoing') => {
  const res = await invoke('GET', `/v1/groups/${g.groupId}/holder-changes?direction=${direction}`, {
    claims: adminOf(T, g),
  });
  expect(res.status, res.raw).toBe(200);
  return res.body.items as { offerId: string; status: string; expiresAt?: string }[];
};

describe('change-of-holder offers keep their deadline', () => {
  it('setup', async () => {
    await setUpTenant(T);
    a = await registerGroup(T);
    b = await registerGroup(T);
  });

  it('a withdrawn offer still says when it would have expired, in the answer and in both lists', async () => {
    const m = await addNewMember(T, a);
    const made = await offer(m);
    const closed = await invoke('DELETE', `/v1/groups/${a.groupId}/holder-changes/${made.offerId}`, {
      claims: adminOf(T, a),
    });
    expect(closed.status, closed.raw).toBe(200);
    expect(closed.body).toMatchObject({
      offerId: made.offerId,
      status: 'withdrawn',
      expiresAt: made.expiresAt,
    });
    for (const [g, direction] of [
      [a, 'outgoing'],
      [b, 'incoming'],
    ] as const) {
      const listed = (await offers(g, direction)).find((o) => o.offerId === made.offerId);
      expect(listed).toMatchObject({ status: 'withdrawn', expiresAt: made.expiresAt });
    }
  });

  it('a declined offer too', async () => {
    const m = await addNewMember(T, a);
    const made = await offer(m);
    const closed = await invoke('DELETE', `/v1/groups/${b.groupId}/holder-changes/${made.offerId}`, {
      claims: adminOf(T, b),
    });
    expect(closed.status, closed.raw).toBe(200);
    expect(closed.body).toMatchObject({ status: 'declined', expiresAt: made.expiresAt });
  });

  it('an open offer past its deadline is listed as expired, and cannot be accepted', async () => {
    const m = await addNewMember(T, a);
    const made = await offer(m);
    const past = new Date(Date.now() - 60_000).toISOString();
    await db().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: holderChangeKeys.offer(T, made.offerId),
        UpdateExpression: 'SET expiresAt = :past',
        ExpressionAttributeValues: { ':past': past },
      }),
    );
    const listed = (await offers(b, 'incoming')).find((o) => o.offerId === made.offerId);
    expect(listed).toMatchObject({ status: 'expired', expiresAt: past });
    const accept = await invoke('POST', `/v1/groups/${b.groupId}/holder-changes/${made.offerId}/accept`, {
      claims: adminOf(T, b),
    });
    expect(accept.status, accept.raw).toBe(409);
  });
});

describe('entries carry only their declared members', () => {
  it('audit entries and one-time charges name no tenant', async () => {
    for (const path of ['audit', 'charges']) {
      const res = await invoke('GET', `/v1/groups/${a.groupId}/${path}`, { claims: adminOf(T, a) });
      expect(res.status, res.raw).toBe(200);
      expect(res.body.items.length).toBeGreaterThan(0);
      for (const item of res.body.items) expect(item, path).not.toHaveProperty('tenantId');
    }
  });
});

describe('problem bodies', () => {
  it("keep the HTTP status in `status` when a refusal is about the group's status", async () => {
    const g = await registerGroup(T);
    await db().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: groupKeys.profile(T, g.groupId),
        UpdateExpression: 'SET #s = :s',
        ExpressionAttributeNames: { '#s': 'status' },
        ExpressionAttributeValues: { ':s': 'suspended' },
      }),
    );
    const res = await invoke('POST', `/v1/groups/${g.groupId}/members`, {
      claims: adminOf(T, g),
      body: { number: { kind: 'new' }, plan: 'BIZ-S' },
      headers: idem(),
    });
    expect(res.status, res.raw).toBe(422);
    expect(res.body.status).toBe(422);
    expect(res.body.detail).toMatch(/suspended/);
  });
});
