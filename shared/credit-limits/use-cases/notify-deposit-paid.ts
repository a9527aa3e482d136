import type * as z from 'zod';
import type { EventDetail } from '../../../events/contract.ts';
import type { CreditLimitChanged } from '../../../events/credit-limit-changed.ts';
import type { CreditLimitNotifyDeps } from '../ports.ts';
import { tellNumberAndAdmin } from '../sms.ts';

/**
 * A paid deposit raised a number's limit (`CreditLimitChanged`, reason `deposit`): an SMS to the
 * number and to its administrator, in the group's language, once per event. Raises by an
 * approved request are told by the decision's own event (`notify-request-decided.ts`), so a
 * customer is never told twice.
 */
export async function notifyDepositPaid(
  deps: CreditLimitNotifyDeps,
  event: EventDetail<z.output<(typeof CreditLimitChanged)['schema']>>,
): Promise<'not-a-deposit' | ('sent' | 'already-sent')[]> {
  const d = event.data;
  if (d.reason !== 'deposit') return 'not-a-deposit';
  return tellNumberAndAdmin(
    deps,
    {
      tenantId: event.metadata.tenantId,
      eventId: event.metadata.eventId,
      groupId: d.groupId,
      msisdn: d.msisdn,
    },
    'deposit-paid',
    { amount: d.amount, period: d.period },
  );
}
