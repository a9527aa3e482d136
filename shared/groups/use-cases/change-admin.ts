import { AdminChanged } from '../../../events/admin-changed.ts';
import type { Actor } from '../../kernel/actor.ts';
import { Conflict, RuleViolation } from '../../kernel/errors.ts';
import { message } from '../../kernel/messages.ts';
import { normalizeMsisdn } from '../../kernel/phone.ts';
import { accessGroup, explainGroupFailure, requireAdmin } from '../access.ts';
import type { Member } from '../domain.ts';
import { type GroupDeps, GroupPreconditionFailed, StaleMember } from '../ports.ts';
import { auditedChange } from '../records.ts';

/** The admin hands the admin role to another member of the group; the old admin stays a member. */
export async function changeAdmin(deps: GroupDeps, actor: Actor, groupId: string, to: string) {
  const access = await accessGroup(deps, actor.principal, groupId);
  requireAdmin(access);
  // Any line the group may hold: the number must be one of its members anyway.
  const target = normalizeMsisdn(to, actor.tenant.country, 'body.msisdn', 'mobile-or-fixed');
  if (target === access.group.adminMsisdn) {
    throw new RuleViolation(message('admin.already'), 'body.msisdn');
  }
  const [oldAdmin, newMember] = await Promise.all([
    deps.groups.getMember(actor.tenant.tenantId, groupId, access.group.adminMsisdn),
    deps.groups.getMember(actor.tenant.tenantId, groupId, target),
  ]);
  if (!newMember) throw new RuleViolation(message('admin.must-be-member'), 'body.msisdn');
  if (!oldAdmin) throw new Conflict(message('group.changed-meanwhile'));
  const at = deps.clock.now();
  const newAdmin: Member = {
    ...newMember,
    role: 'admin',
    version: newMember.version + 1,
    updatedAt: at.toISOString(),
  };
  const rec = auditedChange(
    actor,
    at,
    groupId,
    'admin.changed',
    'group',
    { adminMsisdn: oldAdmin.msisdn },
    { adminMsisdn: target },
  );
  rec.events.push({ contract: AdminChanged, data: { groupId, from: oldAdmin.msisdn, to: target } });
  try {
    await deps.groups.changeAdmin(access.msisdn, oldAdmin, newAdmin, rec);
  } catch (e) {
    if (e instanceof GroupPreconditionFailed) return explainGroupFailure(deps, actor, groupId);
    if (e instanceof StaleMember) throw new Conflict(message('member.a-member-changed'));
    throw e;
  }
  return { ...access.group, adminMsisdn: target, updatedAt: at.toISOString() };
}
