import type { InvoiceHeader } from '../../invoices/ports.ts';
import type { Actor } from '../../kernel/actor.ts';
import { localDate } from '../../kernel/calendar.ts';
import { Forbidden } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import { message } from '../../kernel/messages.ts';
import { logger } from '../../kernel/observability.ts';
import {
  decideSender,
  type InboundEmail,
  type RejectedMail,
  type RejectionReason,
} from '../../support/domain.ts';
import { type InboundOutcome, SupportRefused } from '../../support/ports.ts';
import { StaleDunning } from '../dynamo.ts';
import { type PaymentProof, type ProofMailDeps, proofDocumentKey, reviewKeyOf } from '../ports.ts';
import { emailedReference, invoiceToProve, MAX_OPEN_PROOFS, proofDocumentOf } from '../proofs.ts';
import { ATTEMPTS, dunningWrites, openProofs } from './proofs.ts';

/**
 * A proof of payment by e-mail (document 002: the customer sends it to the business address, staff
 * reactivate within minutes). The mail gateway hands over mail received at the tenant's business
 * address (its seller e-mail) through `POST /v1/inbound-email`, as it hands over the support
 * desk's. The sender is decided as for a ticket, without the tenant's `ticketEmail` policy: only
 * an address authorised on a group's record (its list or its billing e-mail) sends a proof. The
 * group's invoice to prove is the oldest with something due whose dunning is active, else the
 * newest with something due; the document is the mail's first attachment of an accepted type
 * whose content is of that type. The proof waits in the staff's queue at once (`pending`,
 * `channel: email`, `declared: false`: the amount is what the invoice had due, the day is the
 * receipt's, the reference the subject), and its dunning gets what a submission in the client area
 * gives it. Anything else is rejected with the reason, kept for the operator and logged, and gets
 * no answer. The message id is recorded in the transaction that writes the proof or the
 * rejection, so a resend answers what the first delivery decided.
 */
export async function receiveEmailedProof(
  deps: ProofMailDeps,
  actor: Actor,
  mail: InboundEmail,
): Promise<InboundOutcome & { duplicate: boolean }> {
  const { principal, tenant } = actor;
  if (principal.role !== 'mail-gateway') {
    throw new Forbidden(message('role.not-allowed', { role: principal.role }));
  }
  const tenantId = tenant.tenantId;
  const known = await deps.mail.inboundOutcome(tenantId, mail.messageId);
  if (known) return { ...known, duplicate: true };

  const now = deps.clock.now();
  const reject = (reason: RejectionReason) => rejectMail(deps, actor, mail, reason, now);
  const decision = decideSender('authorised-only', await deps.mail.groupsAuthorising(tenantId, mail.from));
  if (!decision.accept) return reject(decision.reason);
  const groupId = decision.groupId;
  if (!groupId) return reject('sender-not-authorised');
  const invoice = invoiceToProve(await groupInvoices(deps, tenantId, groupId));
  if (!invoice) return reject('nothing-due');
  const document = proofDocumentOf(mail.attachments ?? []);
  if (!document) return reject('no-proof-document');
  // A cap against a flood of mail, as for proofs from the client area.
  if ((await openProofs(deps, tenantId, invoice.invoiceId)) >= MAX_OPEN_PROOFS)
    return reject('too-many-open-proofs');

  const proofId = newId();
  const key = proofDocumentKey(tenantId, groupId, proofId);
  const reviewKey = reviewKeyOf(key);
  // Where a submitted proof's copy is kept: staff download it the same way. Should the proof's
  // transaction fail below, the document stays there unreferenced.
  await deps.documents.put(reviewKey, document.bytes, document.contentType);
  const at = now.toISOString();
  const proof: PaymentProof = {
    tenantId,
    proofId,
    groupId,
    invoiceId: invoice.invoiceId,
    period: invoice.period,
    amount: invoice.outstanding,
    paidOn: localDate(now, tenant.timeZone),
    bankReference: emailedReference(mail),
    document: {
      fileName: document.fileName,
      contentType: document.contentType,
      size: document.bytes.length,
      key,
      reviewKey,
    },
    status: 'pending',
    channel: 'email',
    declared: false,
    messageId: mail.messageId,
    submittedBy: mail.from,
    createdAt: at,
    submittedAt: at,
    version: 1,
  };
  for (let attempt = 1; ; attempt++) {
    try {
      await deps.dunnings.createProof(proof, [
        ...deps.mail.inboundRecordWrites(
          tenantId,
          mail.messageId,
          { outcome: 'payment-proof', proofId },
          now,
        ),
        ...(await dunningWrites(
          deps,
          actor,
          invoice.invoiceId,
          { kind: 'proof-submitted', at, proofId },
          now,
        )),
      ]);
      return { outcome: 'payment-proof', proofId, duplicate: false };
    } catch (e) {
      if (e instanceof StaleDunning && attempt < ATTEMPTS) continue;
      // The same message, delivered twice at once: the other delivery decided it.
      const first = await deps.mail.inboundOutcome(tenantId, mail.messageId);
      if (!first) throw e;
      return { ...first, duplicate: true };
    }
  }
}

/** Every invoice of the group (headers, a few dozen at most: one a month). */
async function groupInvoices(
  deps: ProofMailDeps,
  tenantId: string,
  groupId: string,
): Promise<InvoiceHeader[]> {
  const headers: InvoiceHeader[] = [];
  let cursor: string | undefined;
  do {
    const page = await deps.invoices.listInvoices(tenantId, groupId, 100, cursor);
    headers.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return headers;
}

/** The mail rejected with `reason`: kept for the operator with the support desk's rejected mail, and logged. */
async function rejectMail(
  deps: ProofMailDeps,
  actor: Actor,
  mail: InboundEmail,
  reason: RejectionReason,
  now: Date,
): Promise<InboundOutcome & { duplicate: boolean }> {
  const tenantId = actor.tenant.tenantId;
  const rejected: RejectedMail = {
    rejectionId: newId(),
    messageId: mail.messageId,
    from: mail.from,
    to: mail.to,
    subject: mail.subject,
    reason,
    receivedAt: now.toISOString(),
  };
  try {
    await deps.mail.recordRejection(tenantId, localDate(now, actor.tenant.timeZone), rejected);
  } catch (e) {
    if (!(e instanceof SupportRefused && e.tag === 'message')) throw e;
    const first = await deps.mail.inboundOutcome(tenantId, mail.messageId);
    if (!first) throw e;
    return { ...first, duplicate: true };
  }
  logger.warn('inbound proof of payment rejected', { reason, rejectionId: rejected.rejectionId });
  return { outcome: 'rejected', rejectionId: rejected.rejectionId, duplicate: false };
}
