import { ServiceSettingsChanged } from '../../../events/service-settings-changed.ts';
import type { Actor } from '../../kernel/actor.ts';
import { accessGroup, requireAdmin } from '../access.ts';
import { applySettings, type Member, type MemberPatch, settingsChanged } from '../domain.ts';
import { memberFor, writeMember } from '../members.ts';
import type { GroupDeps } from '../ports.ts';
import { auditEntry, changeRecord } from '../records.ts';

// ----- label, service settings and cost control ------------------------------------------------

export async function updateMember(
  deps: GroupDeps,
  actor: Actor,
  groupId: string,
  digits: string,
  patch: MemberPatch,
): Promise<Member> {
  const access = await accessGroup(deps, actor.principal, groupId);
  requireAdmin(access);
  const member = await memberFor(deps, access, digits);
  const settings = patch.settings
    ? applySettings(member.settings, patch.settings, actor.tenant.currency, 'body.settings')
    : member.settings;
  const labelChanged = patch.label !== undefined && (patch.label ?? undefined) !== member.label;
  const settingsDiffer = settingsChanged(member.settings, settings);
  if (!labelChanged && !settingsDiffer) return member;

  const at = deps.clock.now();
  const { label: _old, ...rest } = member;
  const after: Member = {
    ...rest,
    ...(labelChanged
      ? patch.label
        ? { label: patch.label }
        : {}
      : member.label
        ? { label: member.label }
        : {}),
    settings,
    version: member.version + 1,
    updatedAt: at.toISOString(),
  };
  const rec = changeRecord(actor, at);
  if (settingsDiffer) {
    rec.audit.push(
      auditEntry(actor, at, groupId, 'member.settings-changed', member.msisdn, member.settings, settings),
    );
    rec.events.push({
      contract: ServiceSettingsChanged,
      data: { groupId, msisdn: member.msisdn, before: member.settings, after: settings },
    });
  }
  if (labelChanged) {
    rec.audit.push(
      auditEntry(
        actor,
        at,
        groupId,
        'member.label-changed',
        member.msisdn,
        { label: member.label ?? null },
        { label: after.label ?? null },
      ),
    );
  }
  await writeMember(deps, actor, access, member, after, undefined, rec);
  return after;
}
