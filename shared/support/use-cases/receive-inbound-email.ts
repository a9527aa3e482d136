import type { Page } from '../../db/pagination.ts';
import type { Actor } from '../../kernel/actor.ts';
import { localDate } from '../../kernel/calendar.ts';
import { Forbidden } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import { message } from '../../kernel/messages.ts';
import { logger } from '../../kernel/observability.ts';
import { decideSender, type InboundEmail, type RejectedMail, type Ticket } from '../domain.ts';
import { type InboundOutcome, type SupportDeps, SupportRefused } from '../ports.ts';
import { requireOperator } from './read-tickets.ts';

/**
 * Mail for the tenant's support address, handed over by the mail gateway through
 * `POST /v1/inbound-email` (an SES receipt rule's Lambda would call this use case the same way).
 * A sender authorised on a group's record (its list, or its billing e-mail: the index keyed by tenant and address) opens a
 * ticket of that group with `channel: 'email'`; under the policy `ticketEmail: 'any'` any sender
 * does (without a group when unknown). Anyone else is rejected: the message is kept with the
 * reason for the operator and logged, and gets no answer. The message id is recorded in the same
 * transaction, so a resend of it opens nothing new and answers what the first delivery decided.
 */
export async function receiveInboundEmail(
  deps: SupportDeps,
  actor: Actor,
  mail: InboundEmail,
): Promise<InboundOutcome & { duplicate: boolean }> {
  const { principal, tenant } = actor;
  if (principal.role !== 'mail-gateway') {
    throw new Forbidden(message('role.not-allowed', { role: principal.role }));
  }
  const tenantId = tenant.tenantId;
  const known = await deps.support.inboundOutcome(tenantId, mail.messageId);
  if (known) return { ...known, duplicate: true };

  const policy = (await deps.catalogs.current(tenantId))?.catalog.policies.ticketEmail ?? 'authorised-only';
  const decision = decideSender(policy, await deps.support.groupsAuthorising(tenantId, mail.from));
  const now = deps.clock.now();
  try {
    if (!decision.accept) {
      const rejected: RejectedMail = {
        rejectionId: newId(),
        messageId: mail.messageId,
        from: mail.from,
        to: mail.to,
        subject: mail.subject,
        reason: decision.reason,
        receivedAt: now.toISOString(),
      };
      await deps.support.recordRejection(tenantId, localDate(now, tenant.timeZone), rejected);
      logger.warn('inbound mail rejected', { reason: decision.reason, rejectionId: rejected.rejectionId });
      return { outcome: 'rejected', rejectionId: rejected.rejectionId, duplicate: false };
    }
    const at = now.toISOString();
    const ticket: Ticket = {
      ticketId: newId(),
      ...(decision.groupId ? { groupId: decision.groupId } : {}),
      email: mail.from,
      channel: 'email',
      subject: mail.subject || '(no subject)',
      status: 'open',
      messages: [{ from: 'customer', body: mail.text, at, by: { role: 'email', subject: mail.from } }],
      messageId: mail.messageId,
      createdAt: at,
      updatedAt: at,
      version: 1,
    };
    await deps.support.createTicket(tenantId, ticket, now);
    return { outcome: 'ticket', ticketId: ticket.ticketId, duplicate: false };
  } catch (e) {
    if (!(e instanceof SupportRefused && e.tag === 'message')) throw e;
    // the same message, delivered twice at once: the other delivery decided it
    const first = await deps.support.inboundOutcome(tenantId, mail.messageId);
    if (!first) throw e;
    return { ...first, duplicate: true };
  }
}

/** The operator reads the mail rejected on one day (tenant calendar; default today), newest first. */
export async function listRejectedMail(
  deps: Pick<SupportDeps, 'support' | 'clock'>,
  actor: Actor,
  day: string | undefined,
  limit: number,
  cursor?: string,
): Promise<Page<RejectedMail>> {
  requireOperator(actor.principal);
  const on = day ?? localDate(deps.clock.now(), actor.tenant.timeZone);
  return deps.support.listRejected(actor.tenant.tenantId, on, limit, cursor);
}
