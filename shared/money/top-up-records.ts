import { RuleViolation } from '../kernel/errors.ts';
import type { TopUp, topUpView } from './payments.ts';

export type TopUpView = ReturnType<typeof topUpView>;

export const declined = (t: TopUp) =>
  new RuleViolation(
    `The payment was declined by PayPal (${t.declineReason ?? 'declined'}).`,
    'body.orderId',
    {
      topUpId: t.topUpId,
      declineReason: t.declineReason ?? 'declined',
    },
  );
