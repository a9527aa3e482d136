import { zero } from '../kernel/money.ts';
import type { CreditLimitReader } from './ports.ts';

/** Until deposits and increase requests are recorded, no number has an adjustment. */
export const creditLimitReader: CreditLimitReader = {
  async adjustmentsOf(_tenantId, _msisdn, _period, currency) {
    return { permanentIncrease: zero(currency), temporaryIncrease: zero(currency), deposits: zero(currency) };
  },
};
