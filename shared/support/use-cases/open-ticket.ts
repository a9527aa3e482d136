import { accessGroup } from '../../groups/access.ts';
import { type Actor, causedBy } from '../../kernel/actor.ts';
import { Forbidden, InvalidInput } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import { message } from '../../kernel/messages.ts';
import { type NewTicket, type Ticket, type TicketView, ticketView } from '../domain.ts';
import type { SupportDeps } from '../ports.ts';

/**
 * A support request from the client area, by the group's admin or one of its members: the ticket
 * opens with the opener's number and, when a product is named, it must be one of the group's
 * numbers or one of the plans the group has.
 */
export async function openTicket(deps: SupportDeps, actor: Actor, body: NewTicket): Promise<TicketView> {
  const { principal, tenant } = actor;
  if (principal.role !== 'admin' && principal.role !== 'member') {
    throw new Forbidden(message('role.not-allowed', { role: principal.role }));
  }
  const access = await accessGroup(deps, principal, principal.groupId ?? '');
  if (body.product) await checkProduct(deps, tenant.tenantId, access.group, body.product);
  const at = deps.clock.now().toISOString();
  const ticket: Ticket = {
    ticketId: newId(),
    groupId: access.group.groupId,
    msisdn: access.msisdn!,
    channel: 'client-area',
    subject: body.subject,
    category: body.category,
    ...(body.product ? { product: body.product } : {}),
    status: 'open',
    messages: [{ from: 'customer', body: body.body, at, by: causedBy(principal) }],
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
  await deps.support.createTicket(tenant.tenantId, ticket, new Date(at));
  return ticketView(ticket);
}

async function checkProduct(
  deps: SupportDeps,
  tenantId: string,
  group: { groupId: string; planCounts: Record<string, number> },
  product: string,
): Promise<void> {
  if (/^\+\d{8,15}$/.test(product)) {
    if (await deps.groups.getMember(tenantId, group.groupId, product)) return;
  } else if ((group.planCounts[product] ?? 0) > 0) {
    return;
  }
  throw InvalidInput.field('body.product', message('support.product-unknown'));
}
