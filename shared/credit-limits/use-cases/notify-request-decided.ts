import type * as z from 'zod';
import type { EventDetail } from '../../../events/contract.ts';
import type { CreditLimitRequestDecided } from '../../../events/credit-limit-request-decided.ts';
import type { CreditLimitNotifyDeps } from '../ports.ts';
import { type CreditLimitTemplate, tellNumberAndAdmin } from '../sms.ts';

/**
 * The operator decided an increase request: an SMS to the number and to its administrator, in
 * the group's language, once per event: approved (for good, or for the period) or refused with
 * the reason the operator recorded.
 */
export async function notifyRequestDecided(
  deps: CreditLimitNotifyDeps,
  event: EventDetail<z.output<(typeof CreditLimitRequestDecided)['schema']>>,
): Promise<('sent' | 'already-sent')[]> {
  const d = event.data;
  const template: CreditLimitTemplate =
    d.decision === 'rejected'
      ? 'rejected'
      : d.kind === 'permanent'
        ? 'approved-permanent'
        : 'approved-temporary';
  return tellNumberAndAdmin(
    deps,
    {
      tenantId: event.metadata.tenantId,
      eventId: event.metadata.eventId,
      groupId: d.groupId,
      msisdn: d.msisdn,
    },
    template,
    {
      amount: d.amount,
      ...(d.period ? { period: d.period } : {}),
      ...(d.reason ? { reason: d.reason } : {}),
    },
  );
}
