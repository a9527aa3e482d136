import { describe, expect, it } from 'vitest';
import { AddOnChanged } from '../../events/add-on-changed.ts';
import { AdminChanged } from '../../events/admin-changed.ts';
import { ClubBelowMinimum } from '../../events/club-below-minimum.ts';
import { ClubCreated } from '../../events/club-created.ts';
import { ClubDissolved } from '../../events/club-dissolved.ts';
import { ClubMemberJoined } from '../../events/club-member-joined.ts';
import { ClubMemberLeft } from '../../events/club-member-left.ts';
import { type EventContract, envelope, parseDetail, UnsupportedEventVersion } from '../../events/contract.ts';
import { GroupProfileChanged } from '../../events/group-profile-changed.ts';
import { GroupRegistered } from '../../events/group-registered.ts';
import { HolderChangeOffered } from '../../events/holder-change-offered.ts';
import { HolderChanged } from '../../events/holder-changed.ts';
import { MemberAdded } from '../../events/member-added.ts';
import { MemberRemoved } from '../../events/member-removed.ts';
import { PlanChanged } from '../../events/plan-changed.ts';
import { ServiceSettingsChanged } from '../../events/service-settings-changed.ts';

/** Contract fixtures of the groups events: what consumers may rely on. */
const G = '01J0000000000000000000000G';
const settings = {
  voice: true,
  sms: true,
  data: true,
  roaming: true,
  international: true,
  premiumRate: false,
  spendingCap: null,
};
const FIXTURES: [EventContract, Record<string, unknown>][] = [
  [
    GroupRegistered,
    {
      groupId: G,
      legalName: 'Primer d.o.o.',
      adminMsisdn: '+38640100000',
      language: 'sl',
      billingEmail: 'b@primer.si',
    },
  ],
  [
    MemberAdded,
    {
      groupId: G,
      msisdn: '+38641234567',
      role: 'member',
      plan: 'BIZ-M',
      addOns: [],
      origin: 'port-in',
      donorOperator: 'A1',
      commitmentEndsOn: '2027-01-15',
    },
  ],
  [
    MemberRemoved,
    {
      groupId: G,
      msisdn: '+38641234567',
      plan: 'BIZ-M',
      reason: 'termination',
      clawback: { amount: 12000, currency: 'EUR' },
    },
  ],
  [PlanChanged, { groupId: G, msisdn: '+38641234567', from: 'BIZ-S', to: 'BIZ-M', direction: 'upgrade' }],
  [
    ServiceSettingsChanged,
    { groupId: G, msisdn: '+38641234567', before: settings, after: { ...settings, roaming: false } },
  ],
  [AdminChanged, { groupId: G, from: '+38640100000', to: '+38640100001' }],
  [AddOnChanged, { groupId: G, msisdn: '+38641234567', addOn: 'TV-PACK', action: 'activated' }],
  [
    HolderChangeOffered,
    {
      offerId: G,
      msisdn: '+38641234567',
      fromGroupId: G,
      toGroupId: G,
      expiresAt: '2025-01-01T00:00:00.000Z',
    },
  ],
  [HolderChanged, { msisdn: '+38641234567', fromGroupId: G, toGroupId: G, plan: 'BIZ-M', offerId: G }],
  [GroupProfileChanged, { groupId: G, fields: ['iban'] }],
  [ClubCreated, { groupId: G, clubId: G, members: ['+38349100001', '+38349100002'], minMembers: 2 }],
  [
    ClubMemberJoined,
    {
      groupId: G,
      clubId: G,
      msisdn: '+38349100003',
      memberCount: 3,
      status: 'active',
      fee: { amount: 100, currency: 'EUR' },
    },
  ],
  [
    ClubMemberLeft,
    {
      groupId: G,
      clubId: G,
      msisdn: '+38349100003',
      reason: 'plan-change',
      memberCount: 2,
      status: 'below-minimum',
    },
  ],
  [
    ClubBelowMinimum,
    { groupId: G, clubId: G, memberCount: 2, minMembers: 3, since: '2025-01-01T00:00:00.000Z' },
  ],
  [ClubDissolved, { groupId: G, clubId: G }],
];
const metadata = (version: string) => ({
  eventId: 'e1',
  tenantId: 't',
  occurredAt: '2025-01-01T00:00:00.000Z',
  version,
});

describe('groups event contracts', () => {
  it.each(FIXTURES.map(([c, d]) => [c.detailType, c, d] as const))(
    '%s: the fixture parses; source and version are fixed',
    (_n, contract, data) => {
      expect(contract.source).toBe('switchboard.groups');
      expect(contract.version).toBe('1.0');
      expect(parseDetail(contract, { metadata: metadata('1.0'), data }).data).toEqual(data);
    },
  );

  it.each(FIXTURES.map(([c, d]) => [c.detailType, c, d] as const))(
    '%s: consumers drop unknown fields, producers refuse them, another major is refused',
    (_n, contract, data) => {
      expect(
        parseDetail(contract, { metadata: metadata('1.3'), data: { ...data, surprise: 1 } }).data,
      ).toEqual(data);
      expect(() => envelope(contract, { ...data, surprise: 1 }, metadata('1.0'))).toThrow(
        /declares no data\.surprise/,
      );
      expect(() => parseDetail(contract, { metadata: metadata('2.0'), data })).toThrow(
        UnsupportedEventVersion,
      );
    },
  );
});
