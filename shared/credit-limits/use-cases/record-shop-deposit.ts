import { accessGroup } from '../../groups/access.ts';
import { auditEntry } from '../../groups/records.ts';
import { type Actor, causedBy } from '../../kernel/actor.ts';
import { billingPeriod } from '../../kernel/calendar.ts';
import { Conflict, Forbidden, InvalidInput, RuleViolation } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import { message } from '../../kernel/messages.ts';
import { assertCurrency } from '../../kernel/money.ts';
import { checkReplay, type Operation, operationGuard } from '../../money/operations.ts';
import { completeDeposit } from '../deposits.ts';
import { type Deposit, type DepositView, depositView, type ShopDepositBody } from '../domain.ts';
import { type CreditLimitDeps, CreditLimitRefused } from '../ports.ts';

/**
 * The operator records a deposit the customer paid at a shop: completed at once, it raises the
 * number's limit for the current billing period (the period in which it is recorded), is kept for
 * that period's invoice, emits `CreditLimitChanged` and is written to the group's audit trail.
 * Applied at most once per `Idempotency-Key`.
 */
export async function recordShopDeposit(
  deps: CreditLimitDeps,
  actor: Actor,
  body: ShopDepositBody,
  op: Operation,
): Promise<DepositView> {
  const { tenant, principal } = actor;
  if (principal.role !== 'operator')
    throw new Forbidden(message('role.not-allowed', { role: principal.role }));
  assertCurrency(body.amount, tenant.currency, 'body.amount.currency');
  const at = deps.clock.now();
  const paidAt = new Date(body.paidAt);
  if (paidAt.getTime() > at.getTime())
    throw InvalidInput.field('body.paidAt', message('field.not-in-future'));
  const access = await accessGroup(deps, principal, body.groupId);

  const deposit: Deposit = {
    depositId: newId(),
    groupId: access.group.groupId,
    msisdn: body.msisdn,
    method: 'shop',
    status: 'pending',
    amount: body.amount,
    ...(body.receipt ? { receipt: body.receipt } : {}),
    createdAt: at.toISOString(),
    createdBy: causedBy(principal),
  };
  for (let attempt = 0; attempt < 5; attempt++) {
    const limits = await deps.limits.limitsOf(
      tenant.tenantId,
      body.msisdn,
      billingPeriod(at, tenant.timeZone),
    );
    const completion = completeDeposit(deposit, body.amount, at, tenant.timeZone, limits, {
      paidAt: paidAt.toISOString(),
    });
    const view = depositView(completion.deposit);
    try {
      await deps.limits.recordShopDeposit({
        tenantId: tenant.tenantId,
        guard: operationGuard(tenant.tenantId, op, at, { result: view }),
        completion,
        audit: auditEntry(actor, at, deposit.groupId, 'credit-limit.deposit-recorded', body.msisdn, null, {
          amount: body.amount,
          period: completion.deposit.period,
          paidAt: completion.deposit.paidAt,
          ...(body.receipt ? { receipt: body.receipt } : {}),
        }),
        at,
        ...(actor.correlationId ? { correlationId: actor.correlationId } : {}),
      });
      return view;
    } catch (e) {
      if (!(e instanceof CreditLimitRefused)) throw e;
      if (e.tag === 'replay') return checkReplay(e.item, op).result as DepositView;
      if (e.tag === 'member')
        throw new RuleViolation(message('money.number-not-active', { msisdn: body.msisdn }), 'body.msisdn');
      if (e.tag === 'limit') continue; // the period's item changed meanwhile: read it again
      throw e;
    }
  }
  throw new Conflict(message('credit-limit.changed-meanwhile'));
}
