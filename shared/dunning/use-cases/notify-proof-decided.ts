import { deliverOnce } from '../../notifications/delivery.ts';
import { dunningTexts } from '../notices.ts';
import type { DunningNoticeDeps } from '../ports.ts';

export interface ProofDecidedEvent {
  tenantId: string;
  eventId: string;
  proofId: string;
  invoiceId: string;
  groupId: string;
  number: string;
  decision: 'approved' | 'rejected';
  reason?: string;
  outstanding: { amount: number; currency: string };
  paymentReference: string;
}

/**
 * `PaymentProofDecided` → a rejected proof is told to the group's administrator by SMS, in the
 * group's language, once per event: the staff's reason, what is still due and the reference to
 * quote. An approval says nothing here: the service it restores is told by the dunning's change.
 */
export async function notifyProofDecided(
  deps: DunningNoticeDeps,
  e: ProofDecidedEvent,
): Promise<'sent' | 'already-sent' | 'approved' | 'no-group'> {
  if (e.decision !== 'rejected') return 'approved';
  const [group, tenant] = await Promise.all([
    deps.groups.getGroup(e.tenantId, e.groupId),
    deps.tenant(e.tenantId),
  ]);
  if (!group) return 'no-group';
  const t = dunningTexts(group.language, ['proof-rejected-sms'], {
    number: e.number,
    groupId: e.groupId,
    company: group.company.legalName,
    due: e.outstanding,
    dueDate: '',
    reference: e.paymentReference,
    iban: tenant?.seller?.iban ?? '',
    proofAddress: tenant?.seller?.email ?? '',
    ...(e.reason ? { reason: e.reason } : {}),
  });
  return deliverOnce(
    { log: deps.sent, notifier: deps.notifier, clock: deps.clock, leaseSeconds: deps.leaseSeconds },
    `${e.eventId}:sms`,
    {
      tenantId: e.tenantId,
      channel: 'sms',
      to: group.adminMsisdn,
      locale: t.language,
      text: t['proof-rejected-sms'],
      template: 'dunning-proof-rejected',
    },
  );
}
