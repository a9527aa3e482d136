import { GroupProfileChanged } from '../../../events/group-profile-changed.ts';
import type { Actor } from '../../kernel/actor.ts';
import { InvalidInput } from '../../kernel/errors.ts';
import { message } from '../../kernel/messages.ts';
import { accessGroup, explainGroupFailure, normalizeIban, requireAdmin } from '../access.ts';
import type { Group, GroupPatch } from '../domain.ts';
import { type GroupDeps, GroupPreconditionFailed } from '../ports.ts';
import { auditEntry, changeRecord } from '../records.ts';

/**
 * The admin updates the billing e-mail, language, address or bank account (legal data is changed
 * by the operator on proof), and asks for the itemized bill or stops it.
 */
export async function updateGroup(deps: GroupDeps, actor: Actor, groupId: string, patch: GroupPatch) {
  const access = await accessGroup(deps, actor.principal, groupId);
  requireAdmin(access);
  const { group } = access;
  type Field = 'billingEmail' | 'language' | 'address' | 'iban';
  const set: Partial<Group> = {};
  const changed: Field[] = [];
  if (patch.iban !== undefined) {
    const iban = normalizeIban(patch.iban, 'body.iban');
    if (iban !== group.iban) {
      set.iban = iban;
      changed.push('iban');
    }
  }
  if (patch.language !== undefined) {
    if (!actor.tenant.locales.includes(patch.language)) {
      throw InvalidInput.field(
        'body.language',
        message('field.one-of', { values: actor.tenant.locales.join(', ') }),
      );
    }
    if (patch.language !== group.language) {
      set.language = patch.language;
      changed.push('language');
    }
  }
  if (patch.billingEmail !== undefined && patch.billingEmail !== group.billingEmail) {
    set.billingEmail = patch.billingEmail;
    changed.push('billingEmail');
  }
  if (patch.address !== undefined) {
    const address = { ...patch.address, country: patch.address.country ?? actor.tenant.country };
    if (JSON.stringify(address) !== JSON.stringify(group.company.address)) {
      set.company = { ...group.company, address };
      changed.push('address');
    }
  }
  const itemized = patch.itemizedBill !== undefined && patch.itemizedBill !== (group.itemizedBill ?? false);
  if (itemized) set.itemizedBill = patch.itemizedBill;
  if (changed.length === 0 && !itemized) return group;

  const at = deps.clock.now();
  const rec = changeRecord(actor, at);
  const pick = (g: Partial<Group>) =>
    Object.fromEntries(changed.map((f) => [f, f === 'address' ? g.company?.address : g[f]]));
  const before = { ...pick(group), ...(itemized ? { itemizedBill: group.itemizedBill ?? false } : {}) };
  const after = { ...pick({ ...group, ...set }), ...(itemized ? { itemizedBill: set.itemizedBill } : {}) };
  rec.audit.push(auditEntry(actor, at, groupId, 'group.updated', 'group', before, after));
  // The itemized bill is a billing preference, not the profile the event's consumers follow.
  if (changed.length) rec.events.push({ contract: GroupProfileChanged, data: { groupId, fields: changed } });
  try {
    await deps.groups.updateGroup(access.msisdn, groupId, set, rec);
  } catch (e) {
    if (e instanceof GroupPreconditionFailed) return explainGroupFailure(deps, actor, groupId);
    throw e;
  }
  return { ...group, ...set, updatedAt: at.toISOString() };
}
