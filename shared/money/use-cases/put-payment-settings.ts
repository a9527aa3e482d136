import { accessGroup, requireAdmin } from '../../groups/access.ts';
import { auditEntry } from '../../groups/records.ts';
import type { Actor } from '../../kernel/actor.ts';
import { localDate } from '../../kernel/calendar.ts';
import { explainAdminRefusal } from '../operations.ts';
import { decidePaymentSettings, type PaymentSettingsInput, paymentSettingsView } from '../payments.ts';
import { MoneyRefused, type PaymentDeps } from '../ports.ts';

/** Only the group's admin: direct debit from the group's IBAN under a mandate, or manual payment; audited. */
export async function putPaymentSettings(
  deps: PaymentDeps,
  actor: Actor,
  groupId: string,
  input: PaymentSettingsInput,
) {
  const { tenant } = actor;
  const access = await accessGroup(deps, actor.principal, groupId);
  requireAdmin(access);
  const at = deps.clock.now();
  const before = await deps.payments.getSettings(tenant.tenantId, groupId);
  const settings = decidePaymentSettings(
    input,
    access.group.iban,
    localDate(at, tenant.timeZone),
    at.toISOString(),
    actor.principal.subject,
  );
  const summary = (s: typeof settings | undefined) =>
    s
      ? { method: s.method, ...(s.method === 'direct-debit' ? { mandate: s.mandate } : {}) }
      : { method: 'manual' };
  try {
    await deps.payments.putSettings({
      tenantId: tenant.tenantId,
      groupId,
      admin: access.msisdn,
      settings,
      audit: auditEntry(
        actor,
        at,
        groupId,
        'payment-settings.changed',
        'group',
        summary(before),
        summary(settings),
      ),
    });
  } catch (e) {
    if (e instanceof MoneyRefused && e.tag === 'admin')
      return explainAdminRefusal(deps, tenant.tenantId, groupId, false);
    throw e;
  }
  return paymentSettingsView(settings, 'admin');
}
