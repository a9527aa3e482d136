import { createHash } from 'node:crypto';

import { CreditTransferred } from '../../../events/credit-transferred.ts';
import type { CatalogRepository } from '../../catalog/ports.ts';
import type { Page } from '../../db/pagination.ts';
import type { GroupRepository } from '../../groups/ports.ts';
import { accessGroup, requireAdmin, requireNotOperator } from '../../groups/use-cases/groups.ts';
import { type Actor, type ActorPrincipal, causedBy } from '../../kernel/actor.ts';
import { billingPeriod, localDate } from '../../kernel/calendar.ts';
import type { Clock } from '../../kernel/clock.ts';
import { Conflict, DomainError, Forbidden, NotFound, RuleViolation } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import { type Money, zero } from '../../kernel/money.ts';
import { fromPathForm } from '../../kernel/phone.ts';
import {
  dailyRoom,
  decideTransfer,
  type LedgerEntry,
  ledgerView,
  type TransferBody,
  transferEntries,
} from '../domain.ts';
import { MoneyRefused, type MoneyRepository, type OperationGuard } from '../ports.ts';

/**
 * Prepaid credit: balances, a number's ledger, the group statement and credit transfers.
 * Top-ups are in `money-top-ups.ts`, vouchers in `money-vouchers.ts`, payments and payment
 * settings in `money-payments.ts`.
 */
export interface MoneyDeps {
  money: MoneyRepository;
  groups: GroupRepository;
  catalogs: Pick<CatalogRepository, 'current'>;
  clock: Clock;
}

export type { Actor };

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
    throw new RuleViolation(
      'This Idempotency-Key was already used for a different request.',
      'header.idempotency-key',
    );
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
  if (!group) throw new NotFound('No such group.');
  if (needsActive && group.status !== 'active') {
    throw new RuleViolation('The group is suspended; credit cannot be moved until it is reactivated.');
  }
  throw new Forbidden("Only the group's administrator may do this.");
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
  return new Conflict(`Insufficient credit on ${msisdn}: ${available.amount} minor units available.`, {
    available,
  });
}

// ----- transfers ---------------------------------------------------------------------------------

export interface TransferView {
  transferId: string;
  groupId: string;
  from: string;
  to: string;
  direction: 'admin-to-member' | 'member-to-admin';
  amount: Money;
  note?: string;
  at: string;
}

/**
 * Moves credit between the group's administrator number and a member's number, either way; only
 * the current administrator may. One transaction: the operation guard, the admin check, both
 * numbers' membership, the debit (never below zero), the credit, the group's running total of
 * the day (tenant calendar) against the policy, both ledger entries and `CreditTransferred`.
 */
export async function transferCredit(
  deps: MoneyDeps,
  actor: Actor,
  groupId: string,
  body: TransferBody,
  op: Operation,
): Promise<TransferView> {
  const { tenant, principal } = actor;
  const catalog = await deps.catalogs.current(tenant.tenantId);
  if (!catalog) throw new NotFound('This tenant has no catalog.');
  const limits = catalog.catalog.policies.transfers;
  const adminMsisdn = fromPathForm(principal.msisdn ?? '');
  const decision = await unlessGroupHidden(deps, principal, groupId, () =>
    decideTransfer(body, adminMsisdn, tenant.currency, limits),
  );

  const at = deps.clock.now();
  const transferId = newId();
  const view: TransferView = {
    transferId,
    groupId,
    from: body.from,
    to: body.to,
    direction: decision.direction,
    amount: body.amount,
    ...(body.note ? { note: body.note } : {}),
    at: at.toISOString(),
  };
  const entries = transferEntries({
    transferId,
    tenantId: tenant.tenantId,
    groupId,
    from: body.from,
    to: body.to,
    amount: body.amount,
    note: body.note,
    at,
    timeZone: tenant.timeZone,
    causedBy: causedBy(principal),
    correlationId: actor.correlationId,
    ids: [newId(), newId()],
  });
  const day = localDate(at, tenant.timeZone);
  try {
    await deps.money.transfer({
      tenantId: tenant.tenantId,
      groupId,
      actor: adminMsisdn,
      guard: operationGuard(tenant.tenantId, op, at, { result: view }),
      from: body.from,
      to: body.to,
      amount: body.amount,
      day: { day, maxPerDay: limits.maxPerDay },
      entries,
      events: [
        {
          contract: CreditTransferred,
          data: {
            transferId,
            groupId,
            from: body.from,
            to: body.to,
            direction: decision.direction,
            amount: body.amount,
            ...(body.note ? { note: body.note } : {}),
            member: decision.member,
          },
        },
      ],
      at,
      correlationId: actor.correlationId,
    });
  } catch (e) {
    if (!(e instanceof MoneyRefused)) throw e;
    switch (e.tag) {
      case 'replay':
        return checkReplay(e.item, op).result as TransferView;
      case 'admin':
        return explainAdminRefusal(deps, tenant.tenantId, groupId, true);
      case 'member': {
        const field = e.subject === body.from ? 'body.from' : 'body.to';
        throw new RuleViolation(`${e.subject} is not an active number of this group.`, field);
      }
      case 'funds':
        throw insufficientCredit(body.from, e.item, tenant.currency);
      case 'day-limit': {
        const used = (e.item?.total as number | undefined) ?? 0;
        const remaining = Math.max(0, dailyRoom(limits.maxPerDay, used));
        throw new RuleViolation(
          `This transfer would take the group past its daily transfer limit of ${limits.maxPerDay} minor units.`,
          'body.amount.amount',
          {
            limit: { amount: limits.maxPerDay, currency: tenant.currency },
            transferredToday: { amount: used, currency: tenant.currency },
            remainingToday: { amount: remaining, currency: tenant.currency },
          },
        );
      }
      default:
        throw e;
    }
  }
  return view;
}

// ----- reads -------------------------------------------------------------------------------------

/** The member's number in this group, readable by the admin and by that member; else 404. */
async function readableNumber(deps: MoneyDeps, principal: ActorPrincipal, groupId: string, digits: string) {
  const access = await accessGroup(deps, principal, groupId);
  requireNotOperator(access);
  const msisdn = fromPathForm(digits);
  if (access.viewer === 'member' && access.msisdn !== msisdn)
    throw new NotFound('No such member in this group.');
  const record = await deps.money.getBalance(principal.tenantId, msisdn);
  if (!record.owner || record.owner.groupId !== groupId || record.owner.status !== 'active') {
    throw new NotFound('No such member in this group.');
  }
  return { msisdn, record };
}

export interface BalanceView {
  msisdn: string;
  balance: Money;
  updatedAt?: string;
}

export async function readBalance(
  deps: MoneyDeps,
  actor: Actor,
  groupId: string,
  digits: string,
): Promise<BalanceView> {
  const { msisdn, record } = await readableNumber(deps, actor.principal, groupId, digits);
  return {
    msisdn,
    balance: record.balance ?? zero(actor.tenant.currency),
    ...(record.updatedAt ? { updatedAt: record.updatedAt } : {}),
  };
}

/** A number's own movements in this group, newest first (the admin, or that member). */
export async function listNumberLedger(
  deps: MoneyDeps,
  actor: Actor,
  groupId: string,
  digits: string,
  limit: number,
  cursor?: string,
): Promise<Page<ReturnType<typeof ledgerView>>> {
  const { msisdn } = await readableNumber(deps, actor.principal, groupId, digits);
  const page = await deps.money.listLedger(actor.tenant.tenantId, msisdn, groupId, limit, cursor);
  return { items: page.items.map(ledgerView), ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
}

/**
 * The group statement of one billing period (default: the current one, tenant calendar): every
 * movement of the admin's and every member's number, oldest first. Admin only.
 */
export async function groupStatement(
  deps: MoneyDeps,
  actor: Actor,
  groupId: string,
  period: string | undefined,
  limit: number,
  cursor?: string,
): Promise<{ period: string; items: ReturnType<typeof ledgerView>[]; nextCursor?: string }> {
  const access = await accessGroup(deps, actor.principal, groupId);
  requireAdmin(access);
  const p = period ?? billingPeriod(deps.clock.now(), actor.tenant.timeZone);
  const page = await deps.money.statement(actor.tenant.tenantId, groupId, p, limit, cursor);
  return {
    period: p,
    items: page.items.map(ledgerView),
    ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
  };
}

export type { LedgerEntry };
