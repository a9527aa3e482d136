import type { Page } from '../../db/pagination.ts';
import type { Actor } from '../../kernel/actor.ts';
import type { VoucherDeps } from '../ports.ts';
import { batchView } from '../vouchers.ts';

export async function listVoucherBatches(
  deps: Pick<VoucherDeps, 'vouchers'>,
  actor: Actor,
  limit: number,
  cursor?: string,
): Promise<Page<ReturnType<typeof batchView>>> {
  const page = await deps.vouchers.listBatches(actor.tenant.tenantId, limit, cursor);
  return { items: page.items.map(batchView), ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
}
