import { CreditTransferred } from '../../../events/credit-transferred.ts';
import { type Actor, causedBy } from '../../kernel/actor.ts';
import { localDate } from '../../kernel/calendar.ts';
import { NotFound, RuleViolation } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import { message } from '../../kernel/messages.ts';
import type { Money } from '../../kernel/money.ts';
import {
  dailyLimitExceeded,
  dailyRoom,
  decideTransfer,
  type TransferBody,
  transferEntries,
} from '../domain.ts';
import {
  actingAdminNumber,
  checkReplay,
  explainAdminRefusal,
  insufficientCredit,
  type Operation,
  operationGuard,
  unlessGroupHidden,
} from '../operations.ts';
import { type MoneyDeps, MoneyRefused } from '../ports.ts';

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
  const catalog = await deps.policies.current(tenant.tenantId);
  if (!catalog) throw new NotFound(message('catalog.missing'));
  const limits = catalog.catalog.policies.transfers;
  const decision = await unlessGroupHidden(deps, principal, groupId, () =>
    decideTransfer(body, actingAdminNumber(principal), tenant.currency, limits),
  );
  const adminMsisdn = actingAdminNumber(principal);

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
      day: { day, maxTotalBefore: dailyRoom(limits.maxPerDay, body.amount.amount) },
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
        throw new RuleViolation(message('money.number-not-active', { msisdn: e.subject ?? '' }), field);
      }
      case 'funds':
        throw insufficientCredit(body.from, e.item, tenant.currency);
      case 'day-limit':
        throw dailyLimitExceeded(
          limits.maxPerDay,
          (e.item?.total as number | undefined) ?? 0,
          tenant.currency,
        );
      default:
        throw e;
    }
  }
  return view;
}
