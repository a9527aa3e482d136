import { type Actor, causedBy } from '../../kernel/actor.ts';
import { NotFound } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import { message } from '../../kernel/messages.ts';
import { assertCurrency } from '../../kernel/money.ts';
import { fromPathForm } from '../../kernel/phone.ts';
import {
  actingAdminNumber,
  checkReplay,
  explainAdminRefusal,
  type Operation,
  operationGuard,
  unlessGroupHidden,
} from '../../money/operations.ts';
import { DEPOSIT_PURPOSE, type Deposit, type DepositBody, type DepositView, depositView } from '../domain.ts';
import { type CreditLimitDeps, CreditLimitRefused } from '../ports.ts';

/**
 * The group's admin asks to pay a deposit for one of its numbers (the amount customer care
 * stated), by bank transfer: the deposit is pending with an ISO 11649 payment reference, kept by
 * the money area, until the bank reports a payment quoting it (`POST /v1/payments`), which
 * completes it and raises the number's limit. Applied at most once per `Idempotency-Key` (the
 * operation guard is written in the same transaction); a replay answers the first deposit.
 */
export async function createDeposit(
  deps: CreditLimitDeps,
  actor: Actor,
  groupId: string,
  digits: string,
  body: DepositBody,
  op: Operation,
): Promise<DepositView> {
  const { tenant, principal } = actor;
  const msisdn = fromPathForm(digits);
  await unlessGroupHidden(deps, principal, groupId, () => {
    actingAdminNumber(principal);
    assertCurrency(body.amount, tenant.currency, 'body.amount.currency');
  });
  const at = deps.clock.now();
  const depositId = newId();
  const { reference, writes } = deps.references.reserve(tenant.tenantId, {
    type: 'purpose',
    purpose: DEPOSIT_PURPOSE,
    id: depositId,
    groupId,
    msisdn,
  });
  const deposit: Deposit = {
    depositId,
    groupId,
    msisdn,
    method: body.method,
    status: 'pending',
    amount: body.amount,
    paymentReference: reference,
    createdAt: at.toISOString(),
    createdBy: causedBy(principal),
  };
  const view = depositView(deposit);
  try {
    await deps.limits.createDeposit({
      tenantId: tenant.tenantId,
      guard: operationGuard(tenant.tenantId, op, at, { result: view }),
      admin: actingAdminNumber(principal),
      deposit,
      reference: writes,
      at,
    });
  } catch (e) {
    if (!(e instanceof CreditLimitRefused)) throw e;
    if (e.tag === 'replay') return checkReplay(e.item, op).result as DepositView;
    if (e.tag === 'admin') return explainAdminRefusal(deps, tenant.tenantId, groupId, false);
    if (e.tag === 'member') throw new NotFound(message('member.not-found'));
    throw e;
  }
  return view;
}
