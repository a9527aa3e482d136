import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { db, tableName } from '../../shared/db/client.ts';
import { dissolveClubInSteps } from '../../shared/groups/dynamo.ts';
import { clubKeys, memberKeys } from '../../shared/groups/keys.ts';
import { auditedChange } from '../../shared/groups/records.ts';
import { claims, invoke } from '../support/invoke.ts';
import { useTestTable } from '../support/table.ts';
import {
  addNewMember,
  adminOf,
  CLUB_CATALOG,
  idem,
  outboxEvents,
  partition,
  type RegisteredGroup,
  registerGroup,
  setUpTenant,
} from './groups-fixture.ts';

useTestTable();

/**
 * Business clubs against DynamoDB Local, through the real routes: founding (and its refusals),
 * joining with the club-member fee recorded once, leaving, the paths that take a number out of
 * its club with another change (removal, a plan that does not count, a change of holder), the
 * below-minimum flag, and dissolving.
 */

const eur = (amount: number) => ({ amount, currency: 'EUR' });

const clubPath = (g: RegisteredGroup) => `/v1/groups/${g.groupId}/club`;
const memberPath = (g: RegisteredGroup, digits: string) => `/v1/groups/${g.groupId}/members/${digits}`;
const plus = (digits: string) => `+${digits}`;
/** `38640100002` → `040 100 002`. */
const national = (digits: string) => `0${digits.slice(3, 5)} ${digits.slice(5, 8)} ${digits.slice(8)}`;

/** A club-enabled tenant, a group (admin on BIZ-L) and `n` more members on BIZ-S. */
async function clubGroup(t: string, n = 3) {
  await setUpTenant(t, CLUB_CATALOG);
  const g = await registerGroup(t);
  const members: string[] = [];
  for (let i = 0; i < n; i++) members.push(await addNewMember(t, g, 'BIZ-S'));
  return { g, admin: adminOf(t, g), members };
}

async function found(t: string, g: RegisteredGroup, numbers: string[]) {
  const res = await invoke('POST', clubPath(g), {
    claims: adminOf(t, g),
    body: { members: numbers.map(plus) },
  });
  expect(res.status, res.raw).toBe(201);
  return res.body;
}

const join = (t: string, g: RegisteredGroup, digits: string, headers = idem()) =>
  invoke('PUT', `${clubPath(g)}/members/${digits}`, { claims: adminOf(t, g), headers });

const clubCharges = async (t: string, g: RegisteredGroup) =>
  (await invoke('GET', `/v1/groups/${g.groupId}/charges`, { claims: adminOf(t, g) })).body.items.filter(
    (c: { kind: string }) => c.kind === 'club-member',
  );

const eventsOf = async (t: string, type: string) =>
  (await outboxEvents(t)).filter((e) => e.detailType === type).map((e) => e.data);

describe('founding a club', () => {
  it('the admin founds it with members of the group on eligible plans; the founders pay nothing', async () => {
    const t = 'club-found';
    const { g, admin, members } = await clubGroup(t);
    const created = await invoke('POST', clubPath(g), {
      claims: admin,
      // numbers as people type them: international or national form
      body: { members: [plus(members[0]!), national(members[1]!), plus(g.admin)] },
    });
    expect(created.status, created.raw).toBe(201);
    expect(created.headers.location).toBe(clubPath(g));
    expect(created.body).toMatchObject({ status: 'active', memberCount: 3, minMembers: 3 });
    expect(created.body.belowMinimumSince).toBeUndefined();

    const read = await invoke('GET', clubPath(g), { claims: admin });
    expect(read.body).toEqual(created.body);
    const member = await invoke('GET', memberPath(g, members[0]!), { claims: admin });
    expect(member.body.club).toEqual({ clubId: created.body.clubId, joinedAt: expect.any(String) });
    expect((await invoke('GET', memberPath(g, members[2]!), { claims: admin })).body.club).toBeUndefined();
    // the member item carries the membership the usage area reads
    const [item] = (await partition(`T#${t}#G#${g.groupId}`)).filter(
      (i) => i.sk === memberKeys.member(t, g.groupId, members[0]!).sk,
    );
    expect(item!.club).toEqual({ clubId: created.body.clubId, joinedAt: expect.any(String) });

    expect(await clubCharges(t, g)).toEqual([]);
    expect(await eventsOf(t, 'ClubCreated')).toEqual([
      {
        groupId: g.groupId,
        clubId: created.body.clubId,
        members: [plus(members[0]!), plus(members[1]!), plus(g.admin)],
        minMembers: 3,
      },
    ]);
    const listed = await invoke('GET', `${clubPath(g)}/members`, { claims: admin });
    expect(listed.body.items.map((m: { msisdn: string }) => m.msisdn).sort()).toEqual(
      [plus(members[0]!), plus(members[1]!), plus(g.admin)].sort(),
    );

    // at most one club per group
    const again = await invoke('POST', clubPath(g), {
      claims: admin,
      body: { members: members.map(plus) },
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('club.exists');

    // the operator reads the club as one of the customer's products; a member may not
    expect((await invoke('GET', clubPath(g), { claims: claims.operator(t) })).status).toBe(200);
    expect(
      (await invoke('GET', clubPath(g), { claims: claims.member(t, g.groupId, members[0]!) })).status,
    ).toBe(403);
  });

  it('fewer numbers than the minimum: 409 naming the field and the minimum; nothing is written', async () => {
    const t = 'club-few';
    const { g, admin, members } = await clubGroup(t);
    const res = await invoke('POST', clubPath(g), {
      claims: admin,
      body: { members: members.slice(0, 2).map(plus) },
    });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: 'club.too-few', minMembers: 3 });
    expect(res.body.errors).toEqual([{ field: 'body.members', message: expect.stringContaining('3') }]);
    expect((await invoke('GET', clubPath(g), { claims: admin })).status).toBe(404);
    expect(await eventsOf(t, 'ClubCreated')).toEqual([]);
    // and in the group's language
    const sq = await invoke('POST', clubPath(g), {
      claims: admin,
      body: { members: members.slice(0, 2).map(plus) },
      headers: { 'accept-language': 'sq' },
    });
    expect(sq.headers['content-language']).toBe('sq');
    expect(sq.body.detail).toContain('klub biznesi');
  });

  it('a number on a plan that does not count, or not in the group: 409 naming it; nothing is written', async () => {
    const t = 'club-inelig';
    const { g, admin, members } = await clubGroup(t);
    const monthly = await addNewMember(t, g, 'BIZ-M');
    const res = await invoke('POST', clubPath(g), {
      claims: admin,
      body: { members: [...members.slice(0, 2), monthly].map(plus) },
    });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: 'club.plan-not-eligible', plan: 'BIZ-M' });
    expect(res.body.errors).toEqual([{ field: 'body.members.2', message: expect.stringContaining('BIZ-M') }]);

    const stranger = await invoke('POST', clubPath(g), {
      claims: admin,
      body: { members: [...members.slice(0, 2), '+38640199990'] },
    });
    expect(stranger.status).toBe(409);
    expect(stranger.body.code).toBe('club.not-in-group');
    expect(stranger.body.errors.map((e: { field: string }) => e.field)).toEqual(['body.members.2']);

    const twice = await invoke('POST', clubPath(g), {
      claims: admin,
      body: { members: [members[0], members[1], members[0]].map((m) => plus(m!)) },
    });
    expect(twice.status).toBe(400);
    expect(twice.body.errors.map((e: { field: string }) => e.field)).toEqual(['body.members.2']);

    expect((await invoke('GET', clubPath(g), { claims: admin })).status).toBe(404);
    for (const m of members) {
      expect((await invoke('GET', memberPath(g, m), { claims: admin })).body.club).toBeUndefined();
    }
  });

  it('a tenant that offers no clubs: 409 with a clear problem', async () => {
    const t = 'club-off';
    await setUpTenant(t);
    const g = await registerGroup(t);
    const members = [await addNewMember(t, g), await addNewMember(t, g), await addNewMember(t, g)];
    const res = await invoke('POST', clubPath(g), {
      claims: adminOf(t, g),
      body: { members: members.map(plus) },
    });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({
      code: 'club.disabled',
      detail: 'This operator does not offer business clubs.',
    });
    expect((await join(t, g, members[0]!)).body.code).toBe('club.disabled');
  });
});

describe('joining and leaving', () => {
  it('a later number pays the club-member fee once: a retry, another key or concurrent joins charge nothing more', async () => {
    const t = 'club-join';
    const { g, admin, members } = await clubGroup(t, 5);
    await found(t, g, members.slice(0, 3));
    const late = members[3]!;

    const headers = idem();
    const first = await join(t, g, late, headers);
    expect(first.status, first.raw).toBe(200);
    expect(first.body.club.memberCount).toBe(4);
    expect(first.body.member.club.clubId).toBe(first.body.club.clubId);
    expect(first.body.charges).toEqual([
      expect.objectContaining({ code: 'CLUB', kind: 'club-member', reason: 'club-member', amount: eur(100) }),
    ]);
    const replay = await join(t, g, late, headers);
    expect(replay.body).toEqual(first.body);
    const again = await join(t, g, late);
    expect(again.status).toBe(200);
    expect(again.body.charges).toEqual([]);
    expect(again.body.club.memberCount).toBe(4);

    // Five concurrent joins of one number with five keys: one join, one fee.
    const other = members[4]!;
    const raced = await Promise.all(Array.from({ length: 5 }, () => join(t, g, other)));
    expect(raced.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    expect(raced.flatMap((r) => r.body.charges)).toHaveLength(1);

    expect(await clubCharges(t, g)).toHaveLength(2);
    expect((await invoke('GET', clubPath(g), { claims: admin })).body.memberCount).toBe(5);
    expect((await eventsOf(t, 'ClubMemberJoined')).map((e) => e.msisdn)).toEqual([plus(late), plus(other)]);
    expect((await eventsOf(t, 'ClubMemberJoined'))[0]).toMatchObject({ fee: eur(100), status: 'active' });
  });

  it('concurrent joins of different numbers all count', async () => {
    const t = 'club-race';
    const { g, admin, members } = await clubGroup(t, 7);
    await found(t, g, members.slice(0, 3));
    const res = await Promise.all(members.slice(3).map((m) => join(t, g, m)));
    expect(res.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    expect((await invoke('GET', clubPath(g), { claims: admin })).body.memberCount).toBe(7);
    expect(await clubCharges(t, g)).toHaveLength(4);
  });

  it('a number on a plan that does not count cannot join (409 naming it); joining needs an Idempotency-Key', async () => {
    const t = 'club-join-inelig';
    const { g, members } = await clubGroup(t);
    await found(t, g, members);
    const monthly = await addNewMember(t, g, 'BIZ-M');
    const res = await join(t, g, monthly);
    expect(res.status).toBe(409);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['path.msisdn']);
    const noKey = await invoke('PUT', `${clubPath(g)}/members/${monthly}`, { claims: adminOf(t, g) });
    expect(noKey.status).toBe(400);
    expect(await clubCharges(t, g)).toEqual([]);
  });

  it('leaving below the minimum flags the club with the date and an event; it is kept, and active again when a number joins', async () => {
    const t = 'club-leave';
    const { g, admin, members } = await clubGroup(t, 4);
    const club = await found(t, g, members.slice(0, 3));
    const left = await invoke('DELETE', `${clubPath(g)}/members/${members[0]}`, { claims: admin });
    expect(left.status, left.raw).toBe(200);
    expect(left.body.club).toMatchObject({
      status: 'below-minimum',
      memberCount: 2,
      belowMinimumSince: expect.any(String),
    });
    expect(left.body.member.club).toBeUndefined();
    expect((await invoke('GET', memberPath(g, members[0]!), { claims: admin })).body.club).toBeUndefined();
    const read = await invoke('GET', clubPath(g), { claims: admin });
    expect(read.body).toMatchObject({
      status: 'below-minimum',
      belowMinimumSince: left.body.club.belowMinimumSince,
    });
    expect(await eventsOf(t, 'ClubMemberLeft')).toEqual([
      {
        groupId: g.groupId,
        clubId: club.clubId,
        msisdn: plus(members[0]!),
        reason: 'left',
        memberCount: 2,
        status: 'below-minimum',
      },
    ]);
    expect(await eventsOf(t, 'ClubBelowMinimum')).toEqual([
      {
        groupId: g.groupId,
        clubId: club.clubId,
        memberCount: 2,
        minMembers: 3,
        since: left.body.club.belowMinimumSince,
      },
    ]);

    // Leaving again changes nothing; a second departure keeps the first date and no second flag.
    const twice = await invoke('DELETE', `${clubPath(g)}/members/${members[0]}`, { claims: admin });
    expect(twice.status).toBe(200);
    expect(twice.body.club.memberCount).toBe(2);
    await invoke('DELETE', `${clubPath(g)}/members/${members[1]}`, { claims: admin });
    const lower = await invoke('GET', clubPath(g), { claims: admin });
    expect(lower.body).toMatchObject({ memberCount: 1, belowMinimumSince: left.body.club.belowMinimumSince });
    expect(await eventsOf(t, 'ClubBelowMinimum')).toHaveLength(1);

    // Numbers join again: back at the minimum the club is active, without the flag.
    await join(t, g, members[3]!);
    const back = await join(t, g, members[0]!);
    expect(back.body.club).toMatchObject({ status: 'active', memberCount: 3 });
    expect(back.body.club.belowMinimumSince).toBeUndefined();

    const audit = await invoke('GET', `/v1/groups/${g.groupId}/audit`, { claims: admin });
    expect(audit.body.items.map((a: { action: string }) => a.action)).toEqual(
      expect.arrayContaining(['club.created', 'club.member-joined', 'club.member-left']),
    );
  });
});

describe('the paths that take a number out of its club with another change', () => {
  it('removing a member from the group takes it out of the club, in the same transaction, and flags the club', async () => {
    const t = 'club-remove';
    const { g, admin, members } = await clubGroup(t);
    const club = await found(t, g, members);
    const res = await invoke('DELETE', memberPath(g, members[2]!), { claims: admin });
    expect(res.status, res.raw).toBe(200);
    const read = await invoke('GET', clubPath(g), { claims: admin });
    expect(read.body).toMatchObject({ status: 'below-minimum', memberCount: 2 });
    expect(await eventsOf(t, 'ClubMemberLeft')).toEqual([
      expect.objectContaining({ clubId: club.clubId, msisdn: plus(members[2]!), reason: 'removed' }),
    ]);
    expect(await eventsOf(t, 'ClubBelowMinimum')).toEqual([
      expect.objectContaining({ clubId: club.clubId, memberCount: 2, minMembers: 3 }),
    ]);
    const listed = await invoke('GET', `${clubPath(g)}/members`, { claims: admin });
    expect(listed.body.items).toHaveLength(2);
  });

  it('a plan that does not count takes the number out of the club; an eligible one keeps it', async () => {
    const t = 'club-plan';
    const { g, admin, members } = await clubGroup(t, 4);
    await found(t, g, members);
    const kept = await invoke('PUT', `${memberPath(g, members[0]!)}/plan`, {
      claims: admin,
      body: { plan: 'BIZ-L' },
    });
    expect(kept.status, kept.raw).toBe(200);
    expect(kept.body.club).toBeDefined();
    const out = await invoke('PUT', `${memberPath(g, members[1]!)}/plan`, {
      claims: admin,
      body: { plan: 'BIZ-M' },
    });
    expect(out.status, out.raw).toBe(200);
    expect(out.body.club).toBeUndefined();
    expect((await invoke('GET', clubPath(g), { claims: admin })).body).toMatchObject({
      status: 'active',
      memberCount: 3,
    });
    expect((await eventsOf(t, 'ClubMemberLeft')).map((e) => e.reason)).toEqual(['plan-change']);
    expect(await eventsOf(t, 'ClubBelowMinimum')).toEqual([]);
    // its plan no longer counts: it cannot join back
    expect((await join(t, g, members[1]!)).status).toBe(409);
  });

  it('a number passed to another holder leaves the offering group’s club and joins no club', async () => {
    const t = 'club-holder';
    const { g, admin, members } = await clubGroup(t);
    const club = await found(t, g, members);
    const b = await registerGroup(t);
    const offer = await invoke('POST', `${memberPath(g, members[0]!)}/holder-change`, {
      claims: admin,
      body: { toGroupId: b.groupId },
    });
    expect(offer.status, offer.raw).toBe(201);
    const accepted = await invoke(
      'POST',
      `/v1/groups/${b.groupId}/holder-changes/${offer.body.offerId}/accept`,
      {
        claims: adminOf(t, b),
      },
    );
    expect(accepted.status, accepted.raw).toBe(200);
    expect(accepted.body.member.club).toBeUndefined();
    expect((await invoke('GET', clubPath(g), { claims: admin })).body).toMatchObject({
      status: 'below-minimum',
      memberCount: 2,
    });
    expect(await eventsOf(t, 'ClubMemberLeft')).toEqual([
      expect.objectContaining({ clubId: club.clubId, reason: 'holder-change', msisdn: plus(members[0]!) }),
    ]);
    // the number's new item carries no club key
    const [item] = (await partition(`T#${t}#G#${b.groupId}`)).filter((i) => i.sk === `M#${members[0]}`);
    expect(item!.club).toBeUndefined();
    expect(item!.gsi1pk).toBeUndefined();
  });
});

describe('dissolving', () => {
  it('clears every number’s membership and deletes the club; a new one can be founded', async () => {
    const t = 'club-dissolve';
    const { g, admin, members } = await clubGroup(t);
    const club = await found(t, g, members);
    const res = await invoke('DELETE', clubPath(g), { claims: admin });
    expect(res.status, res.raw).toBe(200);
    expect(res.body.clubId).toBe(club.clubId);
    expect((await invoke('GET', clubPath(g), { claims: admin })).status).toBe(404);
    for (const m of members) {
      const view = await invoke('GET', memberPath(g, m), { claims: admin });
      expect(view.body.club).toBeUndefined();
    }
    const items = await partition(`T#${t}#G#${g.groupId}`);
    expect(
      items.filter(
        (i) => i.sk === 'CLUB' || (i.entity === 'Member' && (i.club !== undefined || i.gsi1pk !== undefined)),
      ),
    ).toEqual([]);
    expect(await eventsOf(t, 'ClubDissolved')).toEqual([{ groupId: g.groupId, clubId: club.clubId }]);
    expect((await invoke('DELETE', clubPath(g), { claims: admin })).status).toBe(404);

    const next = await found(t, g, members);
    expect(next.clubId).not.toBe(club.clubId);
  });

  it('a club larger than one step is closed to joins, cleared step by step, and finished by a later request', async () => {
    const t = 'club-steps';
    const { g, admin, members } = await clubGroup(t, 6);
    const club = await found(t, g, members.slice(0, 5));
    const stored = (await invoke('GET', clubPath(g), { claims: admin })).body;

    // Clear two numbers at a time, as a club of hundreds is cleared ninety at a time.
    const at = new Date();
    const actor = {
      principal: { role: 'admin', subject: 'test', tenantId: t, groupId: g.groupId, msisdn: g.admin },
      tenant: { tenantId: t },
    } as never;
    await dissolveClubInSteps(
      plus(g.admin),
      { ...stored, tenantId: t, groupId: g.groupId, createdBy: plus(g.admin), version: 1 },
      auditedChange(actor, at, g.groupId, 'club.dissolved', 'club', null, null),
      2,
    );
    expect((await invoke('GET', clubPath(g), { claims: admin })).status).toBe(404);
    for (const m of members.slice(0, 5)) {
      expect((await invoke('GET', memberPath(g, m), { claims: admin })).body.club).toBeUndefined();
    }

    // A dissolution that stopped part-way: the club is `dissolving`, no number can join it, and
    // the next request finishes it.
    const again = await found(t, g, members.slice(0, 3));
    await db().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: clubKeys.club(t, g.groupId),
        UpdateExpression: 'SET #s = :d',
        ExpressionAttributeNames: { '#s': 'status' },
        ExpressionAttributeValues: { ':d': 'dissolving' },
      }),
    );
    const refused = await join(t, g, members[5]!);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('club.dissolving');
    expect((await invoke('DELETE', clubPath(g), { claims: admin })).body.clubId).toBe(again.clubId);
    expect((await invoke('GET', clubPath(g), { claims: admin })).status).toBe(404);
    expect(club.clubId).not.toBe(again.clubId);
  });
});

describe('the administrator is told when the club falls below its minimum', () => {
  it('one SMS to the admin number, in the group’s language, once per event', async () => {
    const { onClubBelowMinimum } = await import('../../functions/groups/notify-club-below-minimum.ts');
    const { clubNoticeDeps } = await import('../../functions/wiring.ts');
    const { localContext } = await import('../../infra/local/api-event.ts');
    const { busDelivery, outboxDetails } = await import('./groups-fixture.ts');
    const t = 'club-notice';
    const { g, admin, members } = await clubGroup(t, 3);
    await found(t, g, members);
    expect((await invoke('DELETE', `${clubPath(g)}/members/${members[0]}`, { claims: admin })).status).toBe(
      200,
    );
    const [event] = (await outboxDetails(t)).filter((e) => e.detailType === 'ClubBelowMinimum');
    const sent: { to: string; locale: string; text: string }[] = [];
    const handler = onClubBelowMinimum({
      ...clubNoticeDeps,
      notifier: {
        async send(m) {
          sent.push(m);
          return { messageId: `m-${sent.length}` };
        },
      },
    });
    const delivery = busDelivery(event!);
    await handler(delivery as never, localContext('notify-club-below-minimum'));
    await handler(delivery as never, localContext('notify-club-below-minimum'));
    expect(sent.map((s) => [s.to, s.locale])).toEqual([[plus(g.admin), 'sl']]);
    expect(sent[0]!.text).toContain('2');
    expect(sent[0]!.text).toContain('3');
  });
});
