import type { Money } from '../kernel/money.ts';

/**
 * Collection assurance: what raises a number's credit limit above the tenant's table for its
 * tariff model. The usage area computes the limit in force from the table and these adjustments;
 * this area records them (approved increase requests, deposits).
 */
export interface LimitAdjustments {
  /** An approved permanent increase, in force from its approval on. */
  permanentIncrease: Money;
  /** Approved temporary increases for the period (they end with it). */
  temporaryIncrease: Money;
  /** Deposits paid in the period: each raises the period's limit by its amount. */
  deposits: Money;
}

export interface CreditLimitReader {
  /** The adjustments of a number for a billing period (`YYYY-MM`, tenant calendar); zero when none. */
  adjustmentsOf(
    tenantId: string,
    msisdn: string,
    period: string,
    currency: string,
  ): Promise<LimitAdjustments>;
}
