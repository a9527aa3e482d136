import { HolderChangeOffered } from '../../../events/holder-change-offered.ts';
import type { Actor } from '../../kernel/actor.ts';
import { Conflict, Forbidden, NotFound, RuleViolation } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
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
  if (!member) throw new NotFound('No such member in this group.');
  if (msisdn === access.group.adminMsisdn) {
    throw new RuleViolation(
      "The administrator's number cannot change holder; hand the admin role to another member first.",
      'path.msisdn',
    );
  }
  if (toGroupId === groupId)
    throw new RuleViolation('The number is already in this group.', 'body.toGroupId');
  const target = await deps.groups.getGroup(actor.tenant.tenantId, toGroupId);
  if (!target) throw new RuleViolation('No business customer has this group id.', 'body.toGroupId');
  if (target.status !== 'active')
    throw new RuleViolation('The receiving group is not active.', 'body.toGroupId');

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
      throw new Conflict('This number already has an open change-of-holder offer.', {
        errors: [{ field: 'path.msisdn', message: 'has an open change-of-holder offer' }],
      });
    }
    if (e instanceof GroupPreconditionFailed) {
      throw new Forbidden(
        "Only the group's administrator may offer a number, and not the admin's own number.",
      );
    }
    throw e;
  }
  return offer;
}
