import { AddOnChanged } from '../../../events/add-on-changed.ts';
import type { Actor } from '../../kernel/actor.ts';
import { InvalidInput } from '../../kernel/errors.ts';
import { message } from '../../kernel/messages.ts';
import { accessGroup, currentCatalogOf, requireAdmin } from '../access.ts';
import { type Member, resolveAddOn } from '../domain.ts';
import { memberFor, writeMember } from '../members.ts';
import type { GroupDeps } from '../ports.ts';
import { auditedChange } from '../records.ts';

// ----- add-ons -----------------------------------------------------------------------------------

export async function setAddOn(
  deps: GroupDeps,
  actor: Actor,
  groupId: string,
  digits: string,
  code: string,
  active: boolean,
): Promise<Member> {
  const access = await accessGroup(deps, actor.principal, groupId);
  requireAdmin(access);
  const member = await memberFor(deps, access, digits);
  const catalog = await currentCatalogOf(deps, actor.tenant.tenantId);
  const isActive = member.addOns.some((a) => a.code === code);
  if (active) resolveAddOn(catalog, member.plan, code, 'path.addOnCode');
  else if (!isActive && !catalog.addOns.some((a) => a.code === code)) {
    throw InvalidInput.field('path.addOnCode', message('field.not-an-add-on', { code }));
  }
  if (isActive === active) return member;

  const at = deps.clock.now();
  const addOns = active
    ? [...member.addOns, { code, activatedAt: at.toISOString() }]
    : member.addOns.filter((a) => a.code !== code);
  const after: Member = { ...member, addOns, version: member.version + 1, updatedAt: at.toISOString() };
  const rec = auditedChange(
    actor,
    at,
    groupId,
    active ? 'member.add-on-activated' : 'member.add-on-deactivated',
    member.msisdn,
    { addOns: member.addOns.map((a) => a.code) },
    { addOns: addOns.map((a) => a.code) },
  );
  rec.events.push({
    contract: AddOnChanged,
    data: { groupId, msisdn: member.msisdn, addOn: code, action: active ? 'activated' : 'deactivated' },
  });
  await writeMember(deps, actor, access, member, after, undefined, rec);
  return after;
}
