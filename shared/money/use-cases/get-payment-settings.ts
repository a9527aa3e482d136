import { accessGroup, requireGroupReader } from '../../groups/access.ts';
import type { Actor } from '../../kernel/actor.ts';
import { paymentSettingsView } from '../payments.ts';
import type { PaymentDeps } from '../ports.ts';

// ----- payment settings --------------------------------------------------------------------------

export async function getPaymentSettings(
  deps: Pick<PaymentDeps, 'payments' | 'groups'>,
  actor: Actor,
  groupId: string,
) {
  const access = await accessGroup(deps, actor.principal, groupId);
  requireGroupReader(access);
  const settings = (await deps.payments.getSettings(actor.tenant.tenantId, groupId)) ?? {
    method: 'manual' as const,
  };
  return paymentSettingsView(settings, access.viewer);
}
