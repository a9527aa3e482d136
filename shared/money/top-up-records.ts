import { RuleViolation } from '../kernel/errors.ts';
import { message } from '../kernel/messages.ts';
import type { TopUp, topUpView } from './payments.ts';

export type TopUpView = ReturnType<typeof topUpView>;

export const declined = (t: TopUp) =>
  new RuleViolation(message('topup.declined', { reason: t.declineReason ?? 'declined' }), 'body.orderId', {
    topUpId: t.topUpId,
    declineReason: t.declineReason ?? 'declined',
  });
