import type { Page } from '../../db/pagination.ts';
import { accessGroup } from '../../groups/access.ts';
import type { Actor, ActorPrincipal } from '../../kernel/actor.ts';
import { Forbidden, NotFound } from '../../kernel/errors.ts';
import { message } from '../../kernel/messages.ts';
import { toPathForm } from '../../kernel/phone.ts';
import { openerOf, type Ticket, type TicketView, ticketView } from '../domain.ts';
import type { SupportDeps } from '../ports.ts';

/**
 * The customer's tickets: the admin reads every ticket of its group (client area and e-mail), a
 * member only those it opened. The operator reads the tenant's queue instead (`listOpenTickets`).
 */
export async function listMyTickets(
  deps: SupportDeps,
  actor: Actor,
  limit: number,
  cursor?: string,
): Promise<Page<TicketView>> {
  const { principal, tenant } = actor;
  if (principal.role !== 'admin' && principal.role !== 'member') {
    throw new Forbidden(message('role.not-allowed', { role: principal.role }));
  }
  const access = await accessGroup(deps, principal, principal.groupId ?? '');
  const opener = access.viewer === 'admin' ? undefined : toPathForm(access.msisdn!);
  const page = await deps.support.listGroupTickets(
    tenant.tenantId,
    access.group.groupId,
    opener,
    limit,
    cursor,
  );
  return { ...page, items: page.items.map(ticketView) };
}

/** The operator's queue: the tenant's tickets not closed, oldest first. */
export async function listOpenTickets(
  deps: Pick<SupportDeps, 'support'>,
  actor: Actor,
  limit: number,
  cursor?: string,
): Promise<Page<TicketView>> {
  requireOperator(actor.principal);
  const page = await deps.support.listOpen(actor.tenant.tenantId, limit, cursor);
  return { ...page, items: page.items.map(ticketView) };
}

/** One ticket: the operator any of the tenant's; the admin its group's; a member its own (else 404). */
export async function getTicket(deps: SupportDeps, actor: Actor, ticketId: string): Promise<TicketView> {
  return ticketView(await visibleTicket(deps, actor, ticketId));
}

export async function visibleTicket(deps: SupportDeps, actor: Actor, ticketId: string): Promise<Ticket> {
  const { principal, tenant } = actor;
  const ticket = await deps.support.getTicket(tenant.tenantId, ticketId);
  if (!ticket) throw new NotFound(message('support.ticket-not-found'));
  if (principal.role === 'operator') return ticket;
  if (principal.role !== 'admin' && principal.role !== 'member') {
    throw new Forbidden(message('role.not-allowed', { role: principal.role }));
  }
  if (!ticket.groupId || ticket.groupId !== principal.groupId)
    throw new NotFound(message('support.ticket-not-found'));
  const access = await accessGroup(deps, principal, ticket.groupId);
  if (access.viewer !== 'admin' && openerOf(ticket) !== toPathForm(access.msisdn!)) {
    throw new NotFound(message('support.ticket-not-found'));
  }
  return ticket;
}

export function requireOperator(principal: ActorPrincipal): void {
  if (principal.role !== 'operator')
    throw new Forbidden(message('role.not-allowed', { role: principal.role }));
}
