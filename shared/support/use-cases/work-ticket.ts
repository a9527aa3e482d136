import { TicketReplied } from '../../../events/ticket-replied.ts';
import { TicketStatusChanged } from '../../../events/ticket-status-changed.ts';
import type { DomainEvent } from '../../db/outbox.ts';
import { type Actor, causedBy } from '../../kernel/actor.ts';
import { Conflict, NotFound } from '../../kernel/errors.ts';
import { message } from '../../kernel/messages.ts';
import { type Ticket, type TicketStatus, type TicketView, ticketView } from '../domain.ts';
import { type SupportDeps, SupportRefused } from '../ports.ts';
import { requireOperator } from './read-tickets.ts';

/**
 * The operator's staff reply to a ticket (kept on it; the ticket becomes `answered`) or change its
 * status (`closed`, or `open` again). Each change writes its event in the same transaction, so the
 * customer is told once (the notifier, on the ticket's channel). A reply to a closed ticket is 409.
 */
export async function replyToTicket(
  deps: Pick<SupportDeps, 'support' | 'clock'>,
  actor: Actor,
  ticketId: string,
  body: string,
): Promise<TicketView> {
  requireOperator(actor.principal);
  return change(deps, actor, ticketId, (t, at) => {
    if (t.status === 'closed') throw new Conflict(message('support.ticket-closed'));
    const next: Ticket = {
      ...t,
      status: 'answered',
      messages: [...t.messages, { from: 'operator', body, at, by: causedBy(actor.principal) }],
    };
    return { next, event: { contract: TicketReplied, data: eventData(next) } };
  });
}

export async function changeTicketStatus(
  deps: Pick<SupportDeps, 'support' | 'clock'>,
  actor: Actor,
  ticketId: string,
  status: Extract<TicketStatus, 'open' | 'closed'>,
): Promise<TicketView> {
  requireOperator(actor.principal);
  return change(deps, actor, ticketId, (t) => {
    if (t.status === status || (status === 'open' && t.status !== 'closed')) return { next: t };
    const next: Ticket = { ...t, status };
    return { next, event: { contract: TicketStatusChanged, data: eventData(next) } };
  });
}

const eventData = (t: Ticket) => ({
  ticketId: t.ticketId,
  ...(t.groupId ? { groupId: t.groupId } : {}),
  status: t.status,
});

async function change(
  deps: Pick<SupportDeps, 'support' | 'clock'>,
  actor: Actor,
  ticketId: string,
  decide: (t: Ticket, at: string) => { next: Ticket; event?: DomainEvent },
): Promise<TicketView> {
  const tenantId = actor.tenant.tenantId;
  for (let attempt = 0; attempt < 5; attempt++) {
    const ticket = await deps.support.getTicket(tenantId, ticketId);
    if (!ticket) throw new NotFound(message('support.ticket-not-found'));
    const now = deps.clock.now();
    const { next, event } = decide(ticket, now.toISOString());
    if (!event) return ticketView(ticket);
    const written = { ...next, updatedAt: now.toISOString(), version: ticket.version + 1 };
    try {
      await deps.support.updateTicket(tenantId, written, ticket.version, [event], now, actor.correlationId);
      return ticketView(written);
    } catch (e) {
      if (e instanceof SupportRefused && e.tag === 'version') continue;
      throw e;
    }
  }
  throw new Conflict(message('support.ticket-changed-meanwhile'));
}
