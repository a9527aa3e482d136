import { accessGroup } from '../../groups/access.ts';
import type { Actor } from '../../kernel/actor.ts';
import { Conflict, Forbidden, NotFound } from '../../kernel/errors.ts';
import { message } from '../../kernel/messages.ts';
import type { InvoiceDeps } from '../ports.ts';
import { parseInvoiceId } from '../runs.ts';

/**
 * The operator voids an issued invoice that nothing was paid on (issued to the wrong entity, a
 * charge in dispute): it keeps its legal number, so the series has no unexplained gap, with the
 * reason; nothing is due on it any more, and a payment quoting its reference becomes the
 * administrator's prepaid credit. A paid invoice is not voided (it is refunded or credited).
 */
export async function voidInvoice(
  deps: Pick<InvoiceDeps, 'invoices' | 'groups' | 'clock'>,
  actor: Actor,
  groupId: string,
  invoiceId: string,
  reason: string,
): Promise<{ invoiceId: string; number: string; status: 'void'; reason: string }> {
  // Another group's or tenant's caller learns nothing (404) before the role is refused (403).
  await accessGroup(deps, actor.principal, groupId);
  if (actor.principal.role !== 'operator')
    throw new Forbidden(message('role.not-allowed', { role: actor.principal.role }));
  const id = parseInvoiceId(invoiceId);
  if (!id || id.groupId !== groupId) throw new NotFound(message('invoice.not-found'));
  const header = await deps.invoices.getHeader(actor.tenant.tenantId, groupId, id.period);
  if (!header || header.status === 'draft' || !header.number)
    throw new NotFound(message('invoice.not-found'));
  if (header.status === 'void' && header.voided?.reason === reason)
    return { invoiceId, number: header.number, status: 'void', reason };
  if (
    header.status !== 'issued' ||
    !(await deps.invoices.voidInvoice(header, reason, deps.clock.now(), actor.correlationId))
  )
    throw new Conflict(message('invoice.not-voidable', { status: header.status }), {
      status: header.status,
    });
  return { invoiceId, number: header.number, status: 'void', reason };
}
