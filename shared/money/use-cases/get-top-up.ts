import { accessGroup, requireAdmin } from '../../groups/access.ts';
import type { Actor } from '../../kernel/actor.ts';
import { NotFound } from '../../kernel/errors.ts';
import { message } from '../../kernel/messages.ts';
import { fromPathForm } from '../../kernel/phone.ts';
import { topUpView } from '../payments.ts';
import type { TopUpDeps } from '../ports.ts';
import type { TopUpView } from '../top-up-records.ts';

/** A top-up of a number of the group; the admin only. */
export async function getTopUp(
  deps: Pick<TopUpDeps, 'groups' | 'payments'>,
  actor: Actor,
  groupId: string,
  digits: string,
  topUpId: string,
): Promise<TopUpView> {
  const access = await accessGroup(deps, actor.principal, groupId);
  requireAdmin(access);
  const t = await deps.payments.getTopUp(actor.tenant.tenantId, topUpId);
  if (!t || t.groupId !== groupId || t.msisdn !== fromPathForm(digits))
    throw new NotFound(message('topup.not-found'));
  return topUpView(t);
}
