import { createHash } from 'node:crypto';
import { accessGroup, requireNotOperator } from '../groups/access.ts';
import type { ActorPrincipal } from '../kernel/actor.ts';
import { Conflict, DomainError, Forbidden, NotFound, RuleViolation } from '../kernel/errors.ts';
import { message } from '../kernel/messages.ts';
import type { Money } from '../kernel/money.ts';
import { fromPathForm } from '../kernel/phone.ts';
import type { MoneyDeps, OperationGuard } from './ports.ts';

// ----- who moves money ---------------------------------------------------------------------------

/**
 * The number (E.164) of the administrator moving money. Only an admin token moves credit; the
 * command's transaction then checks that this number is still the group's administrator in the
 * stored group. A member token is refused here even when it names the admin's own number.
 */
export function actingAdminNumber(principal: ActorPrincipal): string {
  if (principal.role !== 'admin' || !principal.msisdn) {
    throw new Forbidden(message('group.admin-only'));
  }
  return fromPathForm(principal.msisdn);
}

// ----- operations: exactly once ----------------------------------------------------------------

/**
 * A money-moving command as the client sent it: the operation, its `Idempotency-Key` and the
 * request. The HTTP layer's idempotency record answers retries first; the operation guard written
 * in the command's own transaction is the backstop that makes the command apply at most once even
 * when that record is gone (a crash between the transaction and the record, an expired record).
 */
export interface Operation {
  name: string;
  key: string;
  request: unknown;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** JSON with sorted keys: the same request always hashes the same. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export const opHashOf = (tenantId: string, op: Operation): string =>
  sha256(`${tenantId}\u0000${op.name}\u0000${op.key}`);

export function operationGuard(
  tenantId: string,
  op: Operation,
  at: Date,
  extra: Pick<OperationGuard, 'result' | 'ref'>,
): OperationGuard {
  return {
    opHash: opHashOf(tenantId, op),
    operation: op.name,
    requestHash: sha256(stableJson(op.request)),
    ...extra,
    createdAt: at.toISOString(),
  };
}

/** The stored guard of a replayed command; the same key with another request is refused like the HTTP layer does. */
export function checkReplay(
  stored: Record<string, unknown> | OperationGuard | undefined,
  op: Operation,
): OperationGuard {
  if (!stored) throw new Error('replay without a stored guard');
  const guard = stored as unknown as OperationGuard;
  if (guard.requestHash !== sha256(stableJson(op.request))) {
    throw new RuleViolation(message('idempotency.key-reused'), 'header.idempotency-key');
  }
  return guard;
}

/**
 * Why the admin condition of a transaction failed: no such group (404), a suspended group when the
 * command needs an active one (422), or the principal is not (any more) the group's admin (403).
 */
export async function explainAdminRefusal(
  deps: Pick<MoneyDeps, 'groups'>,
  tenantId: string,
  groupId: string,
  needsActive: boolean,
): Promise<never> {
  const group = await deps.groups.getGroup(tenantId, groupId);
  if (!group) throw new NotFound(message('group.not-found'));
  if (needsActive && group.status !== 'active') {
    throw new RuleViolation(message('money.group-suspended'));
  }
  throw new Forbidden(message('group.admin-only'));
}

/**
 * Runs a check that needs no database; if it refuses the request, a group the principal cannot
 * see is reported first (404), so a refusal never tells a stranger anything about the group. The
 * happy path costs no read (the transaction checks the group).
 */
export async function unlessGroupHidden<T>(
  deps: Pick<MoneyDeps, 'groups'>,
  principal: ActorPrincipal,
  groupId: string,
  check: () => T,
): Promise<T> {
  try {
    return check();
  } catch (e) {
    if (e instanceof DomainError) await accessGroup(deps, principal, groupId);
    throw e;
  }
}

export function insufficientCredit(
  msisdn: string,
  old: Record<string, unknown> | undefined,
  currency: string,
): Conflict {
  const available: Money = { amount: (old?.balance as number | undefined) ?? 0, currency };
  return new Conflict(message('money.insufficient-credit', { msisdn, available }), {
    available,
  });
}

// ----- reads -------------------------------------------------------------------------------------

/** The member's number in this group, readable by the admin and by that member; else 404. */
export async function readableNumber(
  deps: MoneyDeps,
  principal: ActorPrincipal,
  groupId: string,
  digits: string,
) {
  const access = await accessGroup(deps, principal, groupId);
  requireNotOperator(access);
  const msisdn = fromPathForm(digits);
  if (access.viewer === 'member' && access.msisdn !== msisdn) throw new NotFound(message('member.not-found'));
  const record = await deps.money.getBalance(principal.tenantId, msisdn);
  if (!record.owner || record.owner.groupId !== groupId || record.owner.status !== 'active') {
    throw new NotFound(message('member.not-found'));
  }
  return { msisdn, record };
}
