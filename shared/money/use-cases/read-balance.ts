import type { Actor } from '../../kernel/actor.ts';
import { type Money, zero } from '../../kernel/money.ts';
import { readableNumber } from '../operations.ts';
import type { MoneyDeps } from '../ports.ts';

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
