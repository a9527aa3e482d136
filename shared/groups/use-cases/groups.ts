import { electronicFormatIBAN, isValidIBAN } from 'ibantools';

import { AdminChanged } from '../../../events/admin-changed.ts';

import { GroupProfileChanged } from '../../../events/group-profile-changed.ts';

import { GroupRegistered } from '../../../events/group-registered.ts';

import { MemberAdded } from '../../../events/member-added.ts';

import type { Catalog, Plan } from '../../catalog/domain.ts';
import type { CatalogRepository } from '../../catalog/ports.ts';
import type { Page } from '../../db/pagination.ts';
import type { Actor, ActorPrincipal } from '../../kernel/actor.ts';
import { localDate } from '../../kernel/calendar.ts';
import type { Clock } from '../../kernel/clock.ts';
import {
  Conflict,
  type FieldIssue,
  Forbidden,
  InvalidInput,
  NotFound,
  RuleViolation,
} from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import { isNumberOfCountry, normalizeMsisdn, toPathForm } from '../../kernel/phone.ts';
import type { Tenant } from '../../kernel/tenant.ts';
import { type ChargeReason, feeCharge, type OneTimeCharge } from '../charges.ts';
import { commitmentFor } from '../commitment.ts';
import {
  applySettings,
  checkPlanLimit,
  DEFAULT_SETTINGS,
  findPlan,
  type Group,
  type GroupPatch,
  type Member,
  type NewMemberInput,
  type RegisterGroupInput,
  requireAvailable,
  resolveAddOns,
  type Viewer,
} from '../domain.ts';
import {
  type AuditEntry,
  type ChangeRecord,
  GroupPreconditionFailed,
  type GroupRepository,
  type NumberAllocator,
  NumberTaken,
  RegistrationTaken,
  StaleMember,
} from '../ports.ts';
import { normalizeVatId } from '../vat-id.ts';

/**
 * Business groups: registration, access rights, the group profile, the administrator handover,
 * the audit trail and the one-time charges list. Members are in `groups-members.ts`, the change
 * of holder in `groups-holder-change.ts`.
 */
export interface GroupDeps {
  groups: GroupRepository;
  numbers: NumberAllocator;
  catalogs: Pick<CatalogRepository, 'current'>;
  clock: Clock;
}

// ----- access --------------------------------------------------------------------------------

export interface GroupAccess {
  group: Group;
  /** What the principal is for this group, checked against the stored admin number. */
  viewer: Viewer;
  /** The principal's own number (E.164) for admins and members. */
  msisdn?: string;
}

const NO_SUCH_GROUP = 'No such group.';

/**
 * Loads the group and decides what the principal is for it. Another tenant's group cannot be
 * reached (every key carries the tenant); an admin or member of another group gets NotFound, so
 * nobody learns whether a group exists. An admin token whose number is no longer the group's
 * admin number (after a handover) is only a member.
 */
export async function accessGroup(
  deps: Pick<GroupDeps, 'groups'>,
  principal: ActorPrincipal,
  groupId: string,
): Promise<GroupAccess> {
  if (principal.role !== 'operator' && principal.role !== 'admin' && principal.role !== 'member') {
    throw new Forbidden(`This operation is not available to the ${principal.role} role.`);
  }
  if (principal.role !== 'operator' && principal.groupId !== groupId) throw new NotFound(NO_SUCH_GROUP);
  const group = await deps.groups.getGroup(principal.tenantId, groupId);
  if (!group) throw new NotFound(NO_SUCH_GROUP);
  if (principal.role === 'operator') return { group, viewer: 'operator' };
  const msisdn = `+${principal.msisdn}`;
  const isAdmin = principal.role === 'admin' && toPathForm(group.adminMsisdn) === principal.msisdn;
  return { group, viewer: isAdmin ? 'admin' : 'member', msisdn };
}

/** Changes are the current admin's only; a member (or a former admin) gets 403. */
export function requireAdmin(
  access: GroupAccess,
): asserts access is GroupAccess & { msisdn: string; viewer: 'admin' } {
  if (access.viewer !== 'admin') {
    throw new Forbidden(
      access.viewer === 'operator'
        ? "Changes to a group are made by the group's administrator."
        : "Only the group's administrator may do this; every change to a member goes through the admin.",
    );
  }
}

/** Group-level reads: the admin, and the operator for the product list; a member gets 403. */
export function requireGroupReader(
  access: GroupAccess,
): asserts access is GroupAccess & { viewer: 'admin' | 'operator' } {
  if (access.viewer === 'member') throw new Forbidden('A member may read only its own number.');
}

/** Detail that is never the operator's (usage, balance, charges): 403 for the operator. */
export function requireNotOperator(access: GroupAccess): void {
  if (access.viewer === 'operator') throw new Forbidden("The operator sees a customer's product list only.");
}

export async function currentCatalogOf(
  deps: Pick<GroupDeps, 'catalogs'>,
  tenantId: string,
): Promise<Catalog> {
  const current = await deps.catalogs.current(tenantId);
  if (!current) throw new NotFound('This tenant has no catalog.');
  return current.catalog;
}

// ----- change records ------------------------------------------------------------------------

export function changeRecord(actor: Actor, at: Date): ChangeRecord {
  return {
    tenantId: actor.tenant.tenantId,
    at,
    ...(actor.correlationId ? { correlationId: actor.correlationId } : {}),
    audit: [],
    events: [],
    charges: [],
  };
}

export function auditEntry(
  actor: Actor,
  at: Date,
  groupId: string,
  action: string,
  target: string,
  before: unknown,
  after: unknown,
): AuditEntry {
  const p = actor.principal;
  return {
    entryId: newId(),
    groupId,
    at: at.toISOString(),
    actor: { role: p.role, subject: p.subject, ...(p.msisdn ? { msisdn: `+${p.msisdn}` } : {}) },
    action,
    target,
    before: before ?? null,
    after: after ?? null,
    ...(actor.correlationId ? { correlationId: actor.correlationId } : {}),
  };
}

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
  const issues: FieldIssue[] = [];
  const attempt = <T>(f: () => T): T | undefined => {
    try {
      return f();
    } catch (e) {
      if (e instanceof InvalidInput) {
        issues.push(...e.issues);
        return undefined;
      }
      throw e;
    }
  };
  const plan = attempt(() => findPlan(catalog, input.plan, `${prefix}.plan`));
  const portIn =
    input.number.kind === 'port-in'
      ? attempt(() =>
          normalizeMsisdn(
            (input.number as { msisdn: string }).msisdn,
            tenant.country,
            `${prefix}.number.msisdn`,
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
    throw new RuleViolation(
      'This number belongs to our own number ranges; add it as a new number instead of porting it in.',
      `${prefix}.number.msisdn`,
    );
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
    throw new RuleViolation('The operator has no number ranges for new numbers.', `${prefix}.number.kind`);
  }
  for (let attempt = 0; attempt < MAX_ALLOCATION_ATTEMPTS; attempt++) {
    const msisdn = await nextCandidate(deps.numbers, tenant, catalog);
    if (!msisdn) {
      throw new RuleViolation(
        'Every number of the operator’s number ranges is taken.',
        `${prefix}.number.kind`,
      );
    }
    try {
      await write(msisdn, false);
      return msisdn;
    } catch (e) {
      if (!(e instanceof NumberTaken)) throw e;
    }
  }
  throw new Conflict('No free number could be claimed just now; please retry.', {
    errors: [{ field: `${prefix}.number.kind`, message: 'no free number could be claimed; retry' }],
  });
}

const numberInGroup = (prefix: string) =>
  new Conflict('This number already belongs to a group.', {
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
      if (isNumberOfCountry(candidate, tenant.country)) return candidate;
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

// ----- registration ------------------------------------------------------------------------------

export function normalizeIban(input: string, field: string): string {
  const iban = electronicFormatIBAN(input);
  if (!iban || !isValidIBAN(iban)) throw InvalidInput.field(field, 'is not a valid IBAN');
  return iban;
}

export interface Registration {
  group: Group;
  admin: Member;
  charges: OneTimeCharge[];
}

/**
 * The operator registers a business customer: legal data (VAT ID checked for the tenant's
 * country), the legal representative's identity document (type, number, a reference to the
 * copy), the company IBAN, billing e-mail and language, and the administrator's number and plan.
 * The admin's number becomes the group's first member, with the admin role; the group is active.
 * Nothing is written unless everything is valid.
 */
export async function registerGroup(
  deps: GroupDeps,
  actor: Actor,
  input: RegisterGroupInput,
): Promise<Registration> {
  const { tenant } = actor;
  const issues: FieldIssue[] = [];
  const check = <T>(f: () => T): T | undefined => {
    try {
      return f();
    } catch (e) {
      if (e instanceof InvalidInput) {
        issues.push(...e.issues);
        return undefined;
      }
      throw e;
    }
  };
  const vatId = check(() => normalizeVatId(input.company.vatId, tenant.country, 'body.company.vatId'));
  const iban = check(() => normalizeIban(input.iban, 'body.iban'));
  const language = input.language ?? tenant.locales[0]!;
  if (!tenant.locales.includes(language)) {
    issues.push({ field: 'body.language', message: `must be one of ${tenant.locales.join(', ')}` });
  }
  const catalog = await currentCatalogOf(deps, tenant.tenantId);
  const at = deps.clock.now();
  const groupId = newId();
  const prepared = check(() =>
    prepareMember(input.admin, tenant, catalog, groupId, {}, 'admin', at, 'body.admin'),
  );
  if (issues.length || !vatId || !iban || !prepared) throw new InvalidInput(issues);

  const now = at.toISOString();
  const registrationNumber = input.company.registrationNumber.toUpperCase();
  const baseGroup: Omit<Group, 'adminMsisdn'> = {
    tenantId: tenant.tenantId,
    groupId,
    status: 'active',
    company: {
      legalName: input.company.legalName,
      registrationNumber,
      vatId,
      address: { ...input.company.address, country: input.company.address.country ?? tenant.country },
    },
    legalRepresentative: input.legalRepresentative,
    iban,
    billingEmail: input.billingEmail,
    language,
    memberCount: 1,
    planCounts: { [prepared.member.plan]: 1 },
    createdAt: now,
    createdBy: actor.principal.subject,
    updatedAt: now,
  };

  let result: Registration | undefined;
  await placeNumber(deps, tenant, catalog, prepared, 'body.admin', async (msisdn, mayBeReleased) => {
    const admin: Member = { ...prepared.member, msisdn };
    const group: Group = { ...baseGroup, adminMsisdn: msisdn };
    const rec = changeRecord(actor, at);
    rec.charges.push(...joiningCharge(catalog, tenant, admin, at));
    rec.audit.push(
      auditEntry(actor, at, groupId, 'group.registered', 'group', null, {
        legalName: group.company.legalName,
        registrationNumber,
        vatId,
        adminMsisdn: msisdn,
      }),
      auditEntry(actor, at, groupId, 'member.added', msisdn, null, {
        role: 'admin',
        plan: admin.plan,
        origin: admin.origin,
      }),
    );
    rec.events.push(
      {
        contract: GroupRegistered,
        data: {
          groupId,
          legalName: group.company.legalName,
          adminMsisdn: msisdn,
          language,
          billingEmail: group.billingEmail,
        },
      },
      memberAddedEvent(admin),
    );
    try {
      await deps.groups.register(group, admin, mayBeReleased, rec);
    } catch (e) {
      if (e instanceof RegistrationTaken) {
        throw new Conflict('A business customer with this registration number is already registered.', {
          errors: [{ field: 'body.company.registrationNumber', message: 'is already registered' }],
        });
      }
      throw e;
    }
    result = { group, admin, charges: rec.charges };
  });
  return result!;
}

// ----- reading the group --------------------------------------------------------------------------

export async function getGroup(deps: Pick<GroupDeps, 'groups'>, principal: ActorPrincipal, groupId: string) {
  const access = await accessGroup(deps, principal, groupId);
  requireGroupReader(access);
  return access;
}

export function listGroups(
  deps: Pick<GroupDeps, 'groups'>,
  principal: ActorPrincipal,
  limit: number,
  cursor?: string,
): Promise<Page<Group>> {
  return deps.groups.listGroups(principal.tenantId, limit, cursor);
}

export async function listAudit(
  deps: Pick<GroupDeps, 'groups'>,
  principal: ActorPrincipal,
  groupId: string,
  limit: number,
  cursor?: string,
): Promise<Page<AuditEntry>> {
  const access = await accessGroup(deps, principal, groupId);
  requireGroupReader(access);
  return deps.groups.listAudit(principal.tenantId, groupId, limit, cursor);
}

export async function listCharges(
  deps: Pick<GroupDeps, 'groups'>,
  principal: ActorPrincipal,
  groupId: string,
  period: string | undefined,
  limit: number,
  cursor?: string,
): Promise<Page<OneTimeCharge>> {
  const access = await accessGroup(deps, principal, groupId);
  requireGroupReader(access);
  requireNotOperator(access);
  return deps.groups.listCharges(principal.tenantId, groupId, period, limit, cursor);
}

// ----- changing the group ---------------------------------------------------------------------------

/**
 * A group condition of a transaction failed: finds out which, from a fresh read, and says so
 * (the principal is no longer the admin → 403, the group is not active or the plan's member
 * limit was reached meanwhile → 422, anything else → 409 retry).
 */
export async function explainGroupFailure(
  deps: Pick<GroupDeps, 'groups'>,
  actor: Actor,
  groupId: string,
  joining?: { plan: Plan; field: string; needsActive?: boolean },
): Promise<never> {
  const group = await deps.groups.getGroup(actor.tenant.tenantId, groupId);
  if (!group) throw new NotFound(NO_SUCH_GROUP);
  if (toPathForm(group.adminMsisdn) !== actor.principal.msisdn) {
    throw new Forbidden("Only the group's administrator may do this.");
  }
  if (joining?.needsActive && group.status !== 'active') {
    throw new RuleViolation(`The group is ${group.status}; numbers cannot be added.`, undefined, {
      status: group.status,
    });
  }
  if (joining) checkPlanLimit(group.planCounts, joining.plan, joining.field);
  throw new Conflict('The group changed meanwhile; read it again and retry.');
}

/** The admin updates the billing e-mail, language, address or bank account (legal data is changed by the operator on proof). */
export async function updateGroup(deps: GroupDeps, actor: Actor, groupId: string, patch: GroupPatch) {
  const access = await accessGroup(deps, actor.principal, groupId);
  requireAdmin(access);
  const { group } = access;
  type Field = 'billingEmail' | 'language' | 'address' | 'iban';
  const set: Partial<Group> = {};
  const changed: Field[] = [];
  if (patch.iban !== undefined) {
    const iban = normalizeIban(patch.iban, 'body.iban');
    if (iban !== group.iban) {
      set.iban = iban;
      changed.push('iban');
    }
  }
  if (patch.language !== undefined) {
    if (!actor.tenant.locales.includes(patch.language)) {
      throw InvalidInput.field('body.language', `must be one of ${actor.tenant.locales.join(', ')}`);
    }
    if (patch.language !== group.language) {
      set.language = patch.language;
      changed.push('language');
    }
  }
  if (patch.billingEmail !== undefined && patch.billingEmail !== group.billingEmail) {
    set.billingEmail = patch.billingEmail;
    changed.push('billingEmail');
  }
  if (patch.address !== undefined) {
    const address = { ...patch.address, country: patch.address.country ?? actor.tenant.country };
    if (JSON.stringify(address) !== JSON.stringify(group.company.address)) {
      set.company = { ...group.company, address };
      changed.push('address');
    }
  }
  if (changed.length === 0) return group;

  const at = deps.clock.now();
  const rec = changeRecord(actor, at);
  const pick = (g: Partial<Group>) =>
    Object.fromEntries(changed.map((f) => [f, f === 'address' ? g.company?.address : g[f]]));
  rec.audit.push(
    auditEntry(actor, at, groupId, 'group.updated', 'group', pick(group), pick({ ...group, ...set })),
  );
  rec.events.push({ contract: GroupProfileChanged, data: { groupId, fields: changed } });
  try {
    await deps.groups.updateGroup(access.msisdn, groupId, set, rec);
  } catch (e) {
    if (e instanceof GroupPreconditionFailed) return explainGroupFailure(deps, actor, groupId);
    throw e;
  }
  return { ...group, ...set, updatedAt: at.toISOString() };
}

/** The admin hands the admin role to another member of the group; the old admin stays a member. */
export async function changeAdmin(deps: GroupDeps, actor: Actor, groupId: string, to: string) {
  const access = await accessGroup(deps, actor.principal, groupId);
  requireAdmin(access);
  const target = normalizeMsisdn(to, actor.tenant.country, 'body.msisdn');
  if (target === access.group.adminMsisdn) {
    throw new RuleViolation('This number is already the administrator.', 'body.msisdn');
  }
  const [oldAdmin, newMember] = await Promise.all([
    deps.groups.getMember(actor.tenant.tenantId, groupId, access.group.adminMsisdn),
    deps.groups.getMember(actor.tenant.tenantId, groupId, target),
  ]);
  if (!newMember)
    throw new RuleViolation('The new administrator must be a member of the group.', 'body.msisdn');
  if (!oldAdmin) throw new Conflict('The group changed meanwhile; read it again and retry.');
  const at = deps.clock.now();
  const newAdmin: Member = {
    ...newMember,
    role: 'admin',
    version: newMember.version + 1,
    updatedAt: at.toISOString(),
  };
  const rec = changeRecord(actor, at);
  rec.audit.push(
    auditEntry(
      actor,
      at,
      groupId,
      'admin.changed',
      'group',
      { adminMsisdn: oldAdmin.msisdn },
      { adminMsisdn: target },
    ),
  );
  rec.events.push({ contract: AdminChanged, data: { groupId, from: oldAdmin.msisdn, to: target } });
  try {
    await deps.groups.changeAdmin(access.msisdn, oldAdmin, newAdmin, rec);
  } catch (e) {
    if (e instanceof GroupPreconditionFailed) return explainGroupFailure(deps, actor, groupId);
    if (e instanceof StaleMember) throw new Conflict('A member changed meanwhile; read it again and retry.');
    throw e;
  }
  return { ...access.group, adminMsisdn: target, updatedAt: at.toISOString() };
}
