import { electronicFormatIBAN, isValidIBAN } from 'ibantools';
import type { Catalog, Plan } from '../catalog/domain.ts';
import type { Actor, ActorPrincipal } from '../kernel/actor.ts';
import { Conflict, Forbidden, InvalidInput, NotFound, RuleViolation } from '../kernel/errors.ts';
import { message } from '../kernel/messages.ts';
import { toPathForm } from '../kernel/phone.ts';
import { checkPlanLimit, type Group, type Viewer } from './domain.ts';
import type { GroupDeps } from './ports.ts';

// ----- access --------------------------------------------------------------------------------

export interface GroupAccess {
  group: Group;
  /** What the principal is for this group, checked against the stored admin number. */
  viewer: Viewer;
  /** The principal's own number (E.164) for admins and members. */
  msisdn?: string;
}

const NO_SUCH_GROUP = message('group.not-found');

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
    throw new Forbidden(message('role.not-allowed', { role: principal.role }));
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
        ? message('group.admin-makes-changes')
        : message('group.admin-only-members'),
    );
  }
}

/** Group-level reads: the admin, and the operator for the product list; a member gets 403. */
export function requireGroupReader(
  access: GroupAccess,
): asserts access is GroupAccess & { viewer: 'admin' | 'operator' } {
  if (access.viewer === 'member') throw new Forbidden(message('group.member-own-number'));
}

/** Detail that is never the operator's (usage, balance, charges): 403 for the operator. */
export function requireNotOperator(access: GroupAccess): void {
  if (access.viewer === 'operator') throw new Forbidden(message('group.operator-product-list'));
}

export async function currentCatalogOf(
  deps: Pick<GroupDeps, 'catalogs'>,
  tenantId: string,
): Promise<Catalog> {
  const current = await deps.catalogs.current(tenantId);
  if (!current) throw new NotFound(message('catalog.missing'));
  return current.catalog;
}

// ----- registration ------------------------------------------------------------------------------

export function normalizeIban(input: string, field: string): string {
  const iban = electronicFormatIBAN(input);
  if (!iban || !isValidIBAN(iban)) throw InvalidInput.field(field, message('field.iban'));
  return iban;
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
    throw new Forbidden(message('group.admin-only'));
  }
  if (joining?.needsActive && group.status !== 'active') {
    throw new RuleViolation(message('group.not-open', { status: group.status }), undefined, {
      groupStatus: group.status,
    });
  }
  if (joining) checkPlanLimit(group.planCounts, joining.plan, joining.field);
  throw new Conflict(message('group.changed-meanwhile'));
}
