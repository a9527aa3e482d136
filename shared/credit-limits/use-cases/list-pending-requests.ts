import type { Page } from '../../db/pagination.ts';
import type { Actor } from '../../kernel/actor.ts';
import { Forbidden } from '../../kernel/errors.ts';
import { message } from '../../kernel/messages.ts';
import { type RequestView, requestView } from '../domain.ts';
import type { CreditLimitDeps } from '../ports.ts';

/** The operator's queue: the tenant's pending increase requests, oldest first, with their documents. */
export async function listPendingRequests(
  deps: Pick<CreditLimitDeps, 'limits'>,
  actor: Actor,
  limit: number,
  cursor?: string,
): Promise<Page<RequestView>> {
  if (actor.principal.role !== 'operator') {
    throw new Forbidden(message('role.not-allowed', { role: actor.principal.role }));
  }
  const page = await deps.limits.listPending(actor.tenant.tenantId, limit, cursor);
  return { ...page, items: page.items.map((r) => requestView(r, 'operator')) };
}
