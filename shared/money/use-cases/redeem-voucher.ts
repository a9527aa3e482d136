import { BalanceToppedUp } from '../../../events/balance-topped-up.ts';
import { VoucherRedeemed } from '../../../events/voucher-redeemed.ts';
import { type Actor, causedBy } from '../../kernel/actor.ts';
import { localDate } from '../../kernel/calendar.ts';
import { Conflict, Forbidden, NotFound, RuleViolation, TooManyRequests } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import { message } from '../../kernel/messages.ts';
import { creditEntry } from '../domain.ts';
import {
  actingAdminNumber,
  checkReplay,
  explainAdminRefusal,
  type Operation,
  operationGuard,
  opHashOf,
  unlessGroupHidden,
} from '../operations.ts';
import { type TopUp, topUpView } from '../payments.ts';
import { MoneyRefused, type VoucherDeps } from '../ports.ts';
import {
  GUESS_LIMITS,
  guessingBlocked,
  guessWindow,
  hashVoucherCode,
  normalizeVoucherCode,
  secondsUntil,
  type Voucher,
  voucherRefusal,
} from '../vouchers.ts';

/**
 * Redeems a voucher code onto a member's number, by the group admin:
 * 1. one consistent read of the voucher, the group, the number and both guessing counters;
 *    a principal that is not the admin, or a number not in the group, is refused before anything
 *    is counted; counters at their limit → 429 whatever the code;
 * 2. an unknown code counts one failure on the number and on the group → 422 (429 past the limit);
 * 3. one transaction: guard, admin, membership, voucher issued→redeemed (valid through today,
 *    tenant calendar), the batch's redeemed count, the top-up, the credit, the ledger entry,
 *    `BalanceToppedUp` and `VoucherRedeemed`.
 */
export async function redeemVoucher(
  deps: VoucherDeps,
  actor: Actor,
  groupId: string,
  msisdn: string,
  code: string,
  op: Operation,
): Promise<ReturnType<typeof topUpView>> {
  const { tenant, principal } = actor;
  const normalized = await unlessGroupHidden(deps, principal, groupId, () => {
    actingAdminNumber(principal);
    return normalizeVoucherCode(code, 'body.code');
  });
  const codeHash = hashVoucherCode(tenant.tenantId, normalized);
  const admin = actingAdminNumber(principal);
  const at = deps.clock.now();
  const window = guessWindow(at);
  const counters = { tenantId: tenant.tenantId, msisdn, groupId, window: window.id };

  const [state, group, owner] = await Promise.all([
    deps.vouchers.redemptionState(counters, codeHash),
    deps.groups.getGroup(tenant.tenantId, groupId),
    deps.groups.getNumber(tenant.tenantId, msisdn),
  ]);
  if (!group) throw new NotFound(message('group.not-found'));
  if (group.adminMsisdn !== admin) throw new Forbidden(message('group.admin-only'));
  if (!owner || owner.groupId !== groupId || owner.status !== 'active')
    throw new NotFound(message('member.not-found'));

  const tooMany = () =>
    new TooManyRequests(message('voucher.too-many-attempts'), {
      retryAfterSeconds: secondsUntil(at, window.endsAt),
    });
  if (guessingBlocked(state.failures)) throw tooMany();

  const voucher = state.voucher;
  if (!voucher) {
    const counted = await deps.vouchers.recordFailedGuess(
      counters,
      GUESS_LIMITS,
      new Date(window.endsAt.getTime() + 86_400_000),
    );
    if (!counted) throw tooMany();
    const attemptsLeft = Math.min(
      GUESS_LIMITS.perNumber - state.failures.number - 1,
      GUESS_LIMITS.perGroup - state.failures.group - 1,
    );
    throw new RuleViolation(message('voucher.invalid'), 'body.code', {
      attemptsLeft: Math.max(0, attemptsLeft),
    });
  }

  const today = localDate(at, tenant.timeZone);
  const refuse = async (v: Pick<Voucher, 'status' | 'validUntil' | 'redeemedByOp'>) => {
    const why = voucherRefusal(v, today);
    if (why === 'redeemed') {
      if (v.redeemedByOp === opHashOf(tenant.tenantId, op)) {
        return checkReplay(await deps.money.getGuard(tenant.tenantId, v.redeemedByOp), op)
          .result as ReturnType<typeof topUpView>;
      }
      throw new Conflict(message('voucher.redeemed'));
    }
    if (why === 'expired') {
      throw new RuleViolation(message('voucher.expired', { validUntil: v.validUntil }), 'body.code', {
        validUntil: v.validUntil,
      });
    }
    return undefined;
  };
  const early = await refuse(voucher);
  if (early) return early;

  const topUp: TopUp = {
    topUpId: newId(),
    groupId,
    msisdn,
    method: 'voucher',
    status: 'completed',
    amount: voucher.value,
    credited: voucher.value,
    voucherBatchId: voucher.batchId,
    createdAt: at.toISOString(),
    completedAt: at.toISOString(),
    createdBy: causedBy(principal),
  };
  const view = topUpView(topUp);
  const entry = creditEntry(
    {
      entryId: newId(),
      tenantId: tenant.tenantId,
      groupId,
      msisdn,
      reference: { type: 'top-up', id: topUp.topUpId },
      at,
      timeZone: tenant.timeZone,
      causedBy: causedBy(principal),
      ...(actor.correlationId ? { correlationId: actor.correlationId } : {}),
    },
    'voucher',
    voucher.value,
  );
  try {
    await deps.vouchers.redeem({
      tenantId: tenant.tenantId,
      guard: operationGuard(tenant.tenantId, op, at, { result: view }),
      admin,
      groupId,
      msisdn,
      codeHash,
      batchId: voucher.batchId,
      today,
      topUp,
      entries: [entry],
      events: [
        {
          contract: BalanceToppedUp,
          data: { groupId, msisdn, method: 'voucher', amount: voucher.value, topUpId: topUp.topUpId },
        },
        {
          contract: VoucherRedeemed,
          data: { batchId: voucher.batchId, topUpId: topUp.topUpId, groupId, msisdn, value: voucher.value },
        },
      ],
      at,
      correlationId: actor.correlationId,
    });
  } catch (e) {
    if (!(e instanceof MoneyRefused)) throw e;
    switch (e.tag) {
      case 'replay':
        return checkReplay(e.item, op).result as ReturnType<typeof topUpView>;
      case 'admin':
        return explainAdminRefusal(deps, tenant.tenantId, groupId, false);
      case 'member':
        throw new NotFound(message('member.not-found'));
      case 'voucher': {
        const again = e.item ? await refuse(e.item as unknown as Voucher) : undefined;
        if (again) return again;
        throw new Conflict(message('voucher.redeemed'));
      }
      default:
        throw e;
    }
  }
  return view;
}
