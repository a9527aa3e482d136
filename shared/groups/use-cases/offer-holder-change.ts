import { HolderChangeOffered } from '../../../events/holder-change-offered.ts';
import type { Actor } from '../../kernel/actor.ts';
import { Conflict, Forbidden, NotFound, RuleViolation } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import { message } from '../../kernel/messages.ts';
import { fromPathForm } from '../../kernel/phone.ts';
import { accessGroup, requireAdmin } from '../access.ts';
import { OFFER_DAYS } from '../holder-changes.ts';
import {
  type GroupDeps,
  GroupPreconditionFailed,
  type HolderChangeOffer,
  OfferNotPending,
} from '../ports.ts';
import { auditEntry, changeRecord } from '../records.ts';

export async function offerHolderChange(
  deps: GroupDeps,
  actor: Actor,
  groupId: string,
  digits: string,
  toGroupId: string,
): Promise<HolderChangeOffer> {
  const access = await accessGroup(deps, actor.principal, groupId);
  requireAdmin(access);
  const msisdn = fromPathForm(digits);
  const member = await deps.groups.getMember(actor.tenant.tenantId, groupId, msisdn);
  if (!member) throw new NotFound(message('member.not-found'));
  if (msisdn === access.group.adminMsisdn) {
    throw new RuleViolation(message('holder.admin-number'), 'path.msisdn');
  }
  if (toGroupId === groupId) throw new RuleViolation(message('holder.already-in-group'), 'body.toGroupId');
  const target = await deps.groups.getGroup(actor.tenant.tenantId, toGroupId);
  if (!target) throw new RuleViolation(message('holder.no-such-customer'), 'body.toGroupId');
  if (target.status !== 'active')
    throw new RuleViolation(message('holder.receiver-inactive'), 'body.toGroupId');

  const at = deps.clock.now();
  const offer: HolderChangeOffer = {
    offerId: newId(),
    msisdn,
    fromGroupId: groupId,
    toGroupId,
    status: 'pending',
    createdAt: at.toISOString(),
    createdBy: access.msisdn,
    expiresAt: new Date(at.getTime() + OFFER_DAYS * 86_400_000).toISOString(),
  };
  const rec = changeRecord(actor, at);
  rec.audit.push(
    auditEntry(actor, at, groupId, 'holder-change.offered', msisdn, null, {
      offerId: offer.offerId,
      toGroupId,
    }),
  );
  rec.events.push({
    contract: HolderChangeOffered,
    data: { offerId: offer.offerId, msisdn, fromGroupId: groupId, toGroupId, expiresAt: offer.expiresAt },
  });
  try {
    await deps.groups.createOffer(access.msisdn, offer, rec);
  } catch (e) {
    if (e instanceof OfferNotPending) {
      throw new Conflict(message('holder.offer-open'), {
        errors: [{ field: 'path.msisdn', message: 'has an open change-of-holder offer' }],
      });
    }
    if (e instanceof GroupPreconditionFailed) {
      throw new Forbidden(message('holder.offer-admin-only'));
    }
    throw e;
  }
  return offer;
}
