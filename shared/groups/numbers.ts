import { MemberAdded } from '../../events/member-added.ts';
import { type Catalog, linesOf } from '../catalog/domain.ts';
import { localDate } from '../kernel/calendar.ts';
import { Conflict, InvalidInput, issueCollector, RuleViolation } from '../kernel/errors.ts';
import { newId } from '../kernel/ids.ts';
import { message } from '../kernel/messages.ts';
import { isNumberOfCountry, normalizeMsisdn } from '../kernel/phone.ts';
import type { Tenant } from '../kernel/tenant.ts';
import { type ChargeReason, feeCharge, type OneTimeCharge } from './charges.ts';
import { commitmentFor } from './commitment.ts';
import {
  applySettings,
  checkPlanLimit,
  DEFAULT_SETTINGS,
  findPlan,
  type Member,
  type NewMemberInput,
  requireAvailable,
  resolveAddOns,
} from './domain.ts';
import { type GroupDeps, type NumberAllocator, NumberTaken } from './ports.ts';

// ----- new members (shared by registration and add-member) -----------------------------------

export interface PreparedMember {
  member: Omit<Member, 'msisdn'>;
  /** Port-in: the normalised number; new: allocated at write time. */
  portIn?: { msisdn: string; donorOperator: string };
  maxOnPlan: number | undefined;
}

/**
 * Validates a new member's request against the tenant and catalog; collects every bad field
 * (`prefix` is where the member sits in the body: `body` or `body.admin`).
 */
export function prepareMember(
  input: NewMemberInput,
  tenant: Tenant,
  catalog: Catalog,
  groupId: string,
  planCounts: Record<string, number>,
  role: Member['role'],
  at: Date,
  prefix: string,
): PreparedMember {
  const { issues, attempt } = issueCollector();
  const plan = attempt(() => findPlan(catalog, input.plan, `${prefix}.plan`));
  const portIn =
    input.number.kind === 'port-in'
      ? attempt(() =>
          normalizeMsisdn(
            (input.number as { msisdn: string }).msisdn,
            tenant.country,
            `${prefix}.number.msisdn`,
            linesOf(catalog),
          ),
        )
      : undefined;
  const settings = attempt(() =>
    applySettings(DEFAULT_SETTINGS, input.settings ?? {}, tenant.currency, `${prefix}.settings`),
  );
  if (plan) attempt(() => resolveAddOns(catalog, plan.code, input.addOns ?? [], `${prefix}.addOns`));
  if (issues.length || !plan || !settings) throw new InvalidInput(issues);

  requireAvailable(plan, `${prefix}.plan`);
  checkPlanLimit(planCounts, plan, `${prefix}.plan`);
  if (portIn && inOwnRanges(portIn, catalog)) {
    throw new RuleViolation(message('number.own-range'), `${prefix}.number.msisdn`);
  }
  const now = at.toISOString();
  const today = localDate(at, tenant.timeZone);
  const commitment = commitmentFor(plan, today);
  return {
    member: {
      tenantId: tenant.tenantId,
      groupId,
      role,
      status: 'active',
      ...(input.label ? { label: input.label } : {}),
      plan: plan.code,
      addOns: (input.addOns ?? []).map((code) => ({ code, activatedAt: now })),
      settings,
      origin:
        input.number.kind === 'port-in'
          ? { kind: 'port-in', donorOperator: input.number.donorOperator, portedAt: now }
          : { kind: 'new' },
      ...(commitment ? { commitment } : {}),
      addedAt: now,
      updatedAt: now,
      version: 1,
    },
    ...(portIn && input.number.kind === 'port-in'
      ? { portIn: { msisdn: portIn, donorOperator: input.number.donorOperator } }
      : {}),
    maxOnPlan: plan.maxMembersPerGroup,
  };
}

function inOwnRanges(e164: string, catalog: Catalog): boolean {
  const n = BigInt(e164.slice(1));
  return catalog.numberRanges.some(
    (r) => r.from.length === e164.length && BigInt(r.from.slice(1)) <= n && n <= BigInt(r.to.slice(1)),
  );
}

/** Attempts to claim a fresh number before giving up (each attempt: one counter update + one transaction). */
export const MAX_ALLOCATION_ATTEMPTS = 8;

/**
 * Places the member's number: a ported-in number is claimed as given (409 if it is in a group);
 * a new number comes from the tenant's ranges, and a collision (a ported-in number inside a
 * range) makes it take the next one, a bounded number of times. `write` is the transaction that
 * claims the number together with everything else.
 */
export async function placeNumber(
  deps: Pick<GroupDeps, 'groups' | 'numbers'>,
  tenant: Tenant,
  catalog: Catalog,
  prepared: PreparedMember,
  prefix: string,
  write: (msisdn: string, numberMayBeReleased: boolean) => Promise<void>,
): Promise<string> {
  if (prepared.portIn) {
    const msisdn = prepared.portIn.msisdn;
    const owner = await deps.groups.getNumber(tenant.tenantId, msisdn);
    if (owner?.status === 'active') throw numberInGroup(prefix);
    try {
      await write(msisdn, true);
      return msisdn;
    } catch (e) {
      if (e instanceof NumberTaken) throw numberInGroup(prefix);
      throw e;
    }
  }
  if (catalog.numberRanges.length === 0) {
    throw new RuleViolation(message('number.no-ranges'), `${prefix}.number.kind`);
  }
  for (let attempt = 0; attempt < MAX_ALLOCATION_ATTEMPTS; attempt++) {
    const msisdn = await nextCandidate(deps.numbers, tenant, catalog);
    if (!msisdn) {
      throw new RuleViolation(message('number.ranges-full'), `${prefix}.number.kind`);
    }
    try {
      await write(msisdn, false);
      return msisdn;
    } catch (e) {
      if (!(e instanceof NumberTaken)) throw e;
    }
  }
  throw new Conflict(message('number.claim-retry'), {
    errors: [{ field: `${prefix}.number.kind`, message: 'no free number could be claimed; retry' }],
  });
}

const numberInGroup = (prefix: string) =>
  new Conflict(message('number.taken'), {
    errors: [{ field: `${prefix}.number.msisdn`, message: 'already belongs to a group' }],
  });

async function nextCandidate(
  numbers: NumberAllocator,
  tenant: Tenant,
  catalog: Catalog,
): Promise<string | undefined> {
  for (const range of catalog.numberRanges) {
    // Numbers of a range that are not valid numbers of the country are skipped (bounded by the range).
    for (let skip = 0; skip < 10; skip++) {
      const candidate = await numbers.next(tenant.tenantId, range);
      if (!candidate) break;
      if (isNumberOfCountry(candidate, tenant.country, linesOf(catalog))) return candidate;
    }
  }
  return undefined;
}

/** The one-time charge for a number joining (connection fee or port-in fee), if the catalog has one. */
export function joiningCharge(catalog: Catalog, tenant: Tenant, member: Member, at: Date): OneTimeCharge[] {
  const [kind, reason]: [OneTimeCharge['kind'], ChargeReason] =
    member.origin.kind === 'port-in' ? ['port-in', 'port-in'] : ['connection', 'new-number'];
  const c = feeCharge(catalog, kind, reason, {
    chargeId: newId(),
    groupId: member.groupId,
    msisdn: member.msisdn,
    at,
    timeZone: tenant.timeZone,
  });
  return c ? [c] : [];
}

export function memberAddedEvent(m: Member) {
  return {
    contract: MemberAdded,
    data: {
      groupId: m.groupId,
      msisdn: m.msisdn,
      role: m.role,
      plan: m.plan,
      addOns: m.addOns.map((a) => a.code),
      origin: m.origin.kind,
      ...(m.origin.kind === 'port-in' ? { donorOperator: m.origin.donorOperator } : {}),
      ...(m.commitment ? { commitmentEndsOn: m.commitment.endsOn } : {}),
    },
  };
}
