import { BalanceToppedUp } from '../../../events/balance-topped-up.ts';
import { PaymentReceived } from '../../../events/payment-received.ts';
import { type Actor, causedBy } from '../../kernel/actor.ts';
import { Conflict, NotFound } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import { message } from '../../kernel/messages.ts';
import { assertCurrency, type Money } from '../../kernel/money.ts';
import { fromPathForm } from '../../kernel/phone.ts';
import { creditEntry } from '../domain.ts';
import {
  actingAdminNumber,
  checkReplay,
  explainAdminRefusal,
  type Operation,
  operationGuard,
  unlessGroupHidden,
} from '../operations.ts';
import { newPaymentReference, type Payment, type TopUp, type TopUpBody, topUpView } from '../payments.ts';
import { MoneyRefused, type TopUpDeps } from '../ports.ts';
import { declined, type TopUpView } from '../top-up-records.ts';
import { redeemVoucher } from './redeem-voucher.ts';

export async function topUp(
  deps: TopUpDeps,
  actor: Actor,
  groupId: string,
  digits: string,
  body: TopUpBody,
  op: Operation,
): Promise<TopUpView> {
  const msisdn = fromPathForm(digits);
  await unlessGroupHidden(deps, actor.principal, groupId, () => {
    actingAdminNumber(actor.principal);
    if (body.method !== 'voucher') assertCurrency(body.amount, actor.tenant.currency, 'body.amount.currency');
  });
  switch (body.method) {
    case 'voucher':
      return redeemVoucher(deps, actor, groupId, msisdn, body.code, op);
    case 'bank-transfer':
      return bankTopUp(deps, actor, groupId, msisdn, body.amount, op);
    case 'paypal':
      return payPalTopUp(deps, actor, groupId, msisdn, body.amount, body.orderId, op);
  }
}

function newTopUp(
  actor: Actor,
  groupId: string,
  msisdn: string,
  method: TopUp['method'],
  amount: Money,
  at: Date,
): TopUp {
  return {
    topUpId: newId(),
    groupId,
    msisdn,
    method,
    status: 'pending',
    amount,
    createdAt: at.toISOString(),
    createdBy: causedBy(actor.principal),
  };
}

/** Guard, admin, membership, the top-up and its reference; the refusals explained. */
async function create(
  deps: TopUpDeps,
  actor: Actor,
  topUp: TopUp,
  op: Operation,
  result: TopUpView | undefined,
  at: Date,
) {
  const { tenant, principal } = actor;
  try {
    await deps.payments.createTopUp({
      tenantId: tenant.tenantId,
      guard: operationGuard(
        tenant.tenantId,
        op,
        at,
        result ? { result } : { ref: { type: 'top-up', id: topUp.topUpId } },
      ),
      admin: actingAdminNumber(principal),
      topUp,
      at,
    });
    return undefined;
  } catch (e) {
    if (!(e instanceof MoneyRefused)) throw e;
    if (e.tag === 'replay') return checkReplay(e.item, op);
    if (e.tag === 'admin') return explainAdminRefusal(deps, tenant.tenantId, topUp.groupId, false);
    if (e.tag === 'member') throw new NotFound(message('member.not-found'));
    throw e;
  }
}

async function bankTopUp(
  deps: TopUpDeps,
  actor: Actor,
  groupId: string,
  msisdn: string,
  amount: Money,
  op: Operation,
) {
  assertCurrency(amount, actor.tenant.currency, 'body.amount.currency');
  const at = deps.clock.now();
  const topUp: TopUp = {
    ...newTopUp(actor, groupId, msisdn, 'bank-transfer', amount, at),
    paymentReference: newPaymentReference(),
  };
  const view = topUpView(topUp);
  const replayed = await create(deps, actor, topUp, op, view, at);
  return replayed ? (replayed.result as TopUpView) : view;
}

/**
 * PayPal: (1) the pending top-up and the guard in one transaction; (2) the capture, keyed at the
 * provider by the top-up id, so repeating it never charges twice; (3) one transaction completing
 * the top-up with the captured amount (credit, ledger, the provider's payment under its own id,
 * events) — or the top-up is declined. A retry with the same Idempotency-Key resumes a pending
 * top-up at (2): a crash between the steps loses nothing and charges once.
 */
async function payPalTopUp(
  deps: TopUpDeps,
  actor: Actor,
  groupId: string,
  msisdn: string,
  amount: Money,
  orderId: string,
  op: Operation,
): Promise<TopUpView> {
  const { tenant } = actor;
  assertCurrency(amount, tenant.currency, 'body.amount.currency');
  let at = deps.clock.now();
  let topUp: TopUp = { ...newTopUp(actor, groupId, msisdn, 'paypal', amount, at), providerOrderId: orderId };
  const replayed = await create(deps, actor, topUp, op, undefined, at);
  if (replayed) {
    const stored = replayed.ref ? await deps.payments.getTopUp(tenant.tenantId, replayed.ref.id) : undefined;
    if (!stored) throw new Error('PayPal top-up guard without its top-up');
    topUp = stored;
    if (topUp.status === 'completed') return topUpView(topUp);
    if (topUp.status === 'declined') throw declined(topUp);
  }

  const capture = await deps.provider().capture({
    tenantId: tenant.tenantId,
    orderId,
    amount,
    requestId: topUp.topUpId,
    description: `Prepaid top-up ${msisdn}`,
  });
  at = deps.clock.now();
  if (capture.status === 'declined') {
    await deps.payments.declineTopUp(tenant.tenantId, topUp.topUpId, capture.reason, at);
    return settled(deps, tenant.tenantId, topUp.topUpId);
  }
  if (capture.amount.currency !== tenant.currency) {
    // Received in another currency: kept for the operator (refund or manual credit), never lost.
    await deps.payments.recordPayment({
      tenantId: tenant.tenantId,
      payment: {
        paymentId: `paypal-${capture.providerPaymentId}`,
        amount: capture.amount,
        method: 'paypal',
        receivedAt: at.toISOString(),
        recordedAt: at.toISOString(),
        recordedBy: { role: actor.principal.role, subject: actor.principal.subject },
        status: 'unmatched',
        unmatchedReason: `PayPal top-up ${topUp.topUpId} captured in ${capture.amount.currency}`,
      },
      entries: [],
      events: [],
      at,
    });
    await deps.payments.declineTopUp(tenant.tenantId, topUp.topUpId, 'CURRENCY_MISMATCH', at);
    return settled(deps, tenant.tenantId, topUp.topUpId);
  }

  const paymentId = `paypal-${capture.providerPaymentId}`;
  const target = { type: 'top-up' as const, topUpId: topUp.topUpId, groupId, msisdn };
  const payment: Payment = {
    paymentId,
    amount: capture.amount,
    method: 'paypal',
    receivedAt: at.toISOString(),
    recordedAt: at.toISOString(),
    recordedBy: { role: actor.principal.role, subject: actor.principal.subject },
    status: 'matched',
    target,
    applied: capture.amount,
  };
  const completed: TopUp = {
    ...topUp,
    status: 'completed',
    credited: capture.amount,
    completedAt: at.toISOString(),
    paymentId,
  };
  try {
    await deps.payments.completeTopUp({
      tenantId: tenant.tenantId,
      topUpId: topUp.topUpId,
      set: { credited: capture.amount, completedAt: completed.completedAt, paymentId },
      payment,
      credit: { msisdn, amount: capture.amount },
      entries: [
        creditEntry(
          {
            entryId: newId(),
            tenantId: tenant.tenantId,
            groupId,
            msisdn,
            reference: { type: 'top-up', id: topUp.topUpId },
            at,
            timeZone: tenant.timeZone,
            causedBy: causedBy(actor.principal),
            ...(actor.correlationId ? { correlationId: actor.correlationId } : {}),
          },
          'top-up',
          capture.amount,
        ),
      ],
      events: [
        {
          contract: PaymentReceived,
          data: {
            paymentId,
            amount: capture.amount,
            receivedAt: payment.receivedAt,
            status: 'matched',
            target,
            applied: capture.amount,
          },
        },
        {
          contract: BalanceToppedUp,
          data: {
            groupId,
            msisdn,
            method: 'paypal',
            amount: capture.amount,
            topUpId: topUp.topUpId,
            paymentId,
          },
        },
      ],
      at,
      correlationId: actor.correlationId,
    });
  } catch (e) {
    if (!(e instanceof MoneyRefused)) throw e;
    if (e.tag === 'state') return settled(deps, tenant.tenantId, topUp.topUpId);
    if (e.tag === 'payment-exists') {
      const earlier = await deps.payments.getPayment(tenant.tenantId, paymentId);
      if (earlier?.target?.type === 'top-up' && earlier.target.topUpId === topUp.topUpId) {
        return settled(deps, tenant.tenantId, topUp.topUpId);
      }
      await deps.payments.declineTopUp(tenant.tenantId, topUp.topUpId, 'DUPLICATE_CAPTURE', at);
      throw new Conflict(message('topup.order-used'), {
        topUpId: topUp.topUpId,
      });
    }
    throw e;
  }
  return topUpView(completed);
}

/** A top-up that is no longer pending: completed → its view; declined → the 422. */
async function settled(deps: TopUpDeps, tenantId: string, topUpId: string): Promise<TopUpView> {
  const t = await deps.payments.getTopUp(tenantId, topUpId);
  if (!t) throw new Error(`top-up ${topUpId} vanished`);
  if (t.status === 'declined') throw declined(t);
  if (t.status === 'pending') throw new Error(`top-up ${topUpId} is still pending`);
  return topUpView(t);
}
