import { accessGroup } from '../../groups/access.ts';
import type { Member } from '../../groups/domain.ts';
import { auditEntry } from '../../groups/records.ts';
import type { Actor } from '../../kernel/actor.ts';
import { Conflict, Forbidden, InvalidInput, NotFound, RuleViolation } from '../../kernel/errors.ts';
import { message } from '../../kernel/messages.ts';
import { logger } from '../../kernel/observability.ts';
import { lineTypeOf, normalizeServedMobile } from '../../kernel/phone.ts';
import {
  destinationEmail,
  initialCredentialOf,
  maskedDestination,
  type PinDestination,
  type PinDestinationInput,
  type SignInRoute,
  signInRouteOf,
} from '../domain.ts';
import { type PinDestinationDeps, type SignInAccount, SignInChanged } from '../ports.ts';
import { signInMessage } from '../sms.ts';
import { sendInitialPassword } from './provision-number.ts';
import { credentialIdOf } from './sign-in.ts';

/**
 * Where a fixed line's sign-in PIN goes (document 002: fixed-line customers first go to the
 * Customer Care Centre to give the e-mail or mobile number where they want the PIN). Customer care
 * registers it after checking the customer's identity: the operator's staff only, never the
 * group's admin (whose stolen session would otherwise redirect every PIN of the group), with the
 * reference of that check kept on the destination and in the group's audit trail. A mobile number
 * gets its PIN by SMS itself and has no destination.
 *
 * Registering or removing one tells the previous and the new destination; while the first sign-in
 * has not happened, the initial password goes to the new destination too (once per destination).
 */

export interface PinDestinationView {
  msisdn: string;
  kind: PinDestination['kind'];
  to: string;
  reference: string;
  registeredAt: string;
  /** The initial password went to this destination with the registration (the first sign-in is pending). */
  initialPasswordSent: boolean;
}

const ATTEMPTS = 5;

/** `PUT /v1/groups/{groupId}/members/{msisdn}/pin-destination`. */
export async function setPinDestination(
  deps: PinDestinationDeps,
  actor: Actor,
  groupId: string,
  digits: string,
  body: PinDestinationInput,
): Promise<PinDestinationView> {
  const { member, language } = await fixedLineOf(deps, actor, groupId, digits);
  const to = destinationOf(body, actor.tenant.country);
  const t = actor.tenant.tenantId;
  for (let attempt = 0; ; attempt++) {
    const account = await accountOf(deps, member);
    const at = deps.clock.now();
    const before = account.pinDestination;
    const destination: PinDestination = {
      kind: body.kind,
      to,
      reference: body.reference,
      registeredAt: at.toISOString(),
      registeredBy: actor.principal.subject,
    };
    try {
      await deps.signIn.putAccountAudited(
        {
          ...account,
          pinDestination: destination,
          updatedAt: at.toISOString(),
          version: account.version + 1,
        },
        account.version,
        auditEntry(
          actor,
          at,
          groupId,
          'sign-in.pin-destination-set',
          member.msisdn,
          before ? { ...maskedDestination(before), reference: before.reference } : null,
          { ...maskedDestination(destination), reference: destination.reference },
        ),
      );
    } catch (e) {
      if (e instanceof SignInChanged && attempt < ATTEMPTS) continue;
      throw e;
    }
    logger.info('PIN destination registered', {
      audit: 'pin-destination-set',
      tenantId: t,
      groupId,
      msisdn: member.msisdn,
      kind: destination.kind,
    });
    const route = signInRouteOf(member.msisdn, 'fixed-line', destination)!;
    const old = before && signInRouteOf(member.msisdn, 'fixed-line', before);
    const moved = !old || old.channel !== route.channel || old.to !== route.to;
    if (moved) {
      const destinationText = maskedDestination(destination).to;
      const params = { number: member.msisdn, destination: destinationText };
      await notify(deps, t, route, 'pin-destination-set', language, params);
      if (old) await notify(deps, t, old, 'pin-destination-set', language, params);
    }
    let initialPasswordSent = false;
    if (account.initialPasswordPending) {
      await sendInitialPassword(
        { log: deps.sent, notifier: deps.notifier, clock: deps.clock },
        { tenantId: t, msisdn: member.msisdn, credentialId: initialCredentialOf(account), language },
        route,
      );
      initialPasswordSent = true;
    }
    return {
      msisdn: member.msisdn,
      kind: destination.kind,
      to: destination.to,
      reference: destination.reference,
      registeredAt: destination.registeredAt,
      initialPasswordSent,
    };
  }
}

/** `DELETE /v1/groups/{groupId}/members/{msisdn}/pin-destination`: the fixed line signs in no more until another is registered. */
export async function removePinDestination(
  deps: PinDestinationDeps,
  actor: Actor,
  groupId: string,
  digits: string,
): Promise<void> {
  const { member, language } = await fixedLineOf(deps, actor, groupId, digits);
  const t = actor.tenant.tenantId;
  for (let attempt = 0; ; attempt++) {
    const account = await accountOf(deps, member);
    const before = account.pinDestination;
    if (!before) throw new NotFound(message('pin-destination.none'));
    const at = deps.clock.now();
    const { pinDestination: _removed, ...rest } = account;
    try {
      await deps.signIn.putAccountAudited(
        { ...rest, updatedAt: at.toISOString(), version: account.version + 1 },
        account.version,
        auditEntry(
          actor,
          at,
          groupId,
          'sign-in.pin-destination-removed',
          member.msisdn,
          { ...maskedDestination(before), reference: before.reference },
          null,
        ),
      );
    } catch (e) {
      if (e instanceof SignInChanged && attempt < ATTEMPTS) continue;
      throw e;
    }
    logger.info('PIN destination removed', {
      audit: 'pin-destination-removed',
      tenantId: t,
      groupId,
      msisdn: member.msisdn,
    });
    const old = signInRouteOf(member.msisdn, 'fixed-line', before)!;
    await notify(deps, t, old, 'pin-destination-removed', language, { number: member.msisdn });
    return;
  }
}

/**
 * The member behind the path, for the operator only, and a fixed line. Another group's or
 * tenant's caller learns nothing (404) before the role is refused (403).
 */
async function fixedLineOf(
  deps: PinDestinationDeps,
  actor: Actor,
  groupId: string,
  digits: string,
): Promise<{ member: Member; language: string }> {
  const access = await accessGroup(deps, actor.principal, groupId);
  if (actor.principal.role !== 'operator') {
    throw new Forbidden(message('role.not-allowed', { role: actor.principal.role }));
  }
  const member = await deps.groups.getMember(actor.tenant.tenantId, groupId, `+${digits}`);
  if (!member) throw new NotFound(message('member.not-found'));
  if (lineTypeOf(member.msisdn) !== 'fixed-line') {
    throw new RuleViolation(message('pin-destination.fixed-line-only'), 'path.msisdn');
  }
  return { member, language: access.group.language };
}

/** The account of the member's credentials: made from the number's event, so briefly absent. */
async function accountOf(deps: PinDestinationDeps, member: Member): Promise<SignInAccount> {
  const account = await deps.signIn.getAccount(member.tenantId, member.msisdn);
  if (!account || account.credentialId !== credentialIdOf(member)) {
    throw new Conflict(message('sign-in.no-account-yet'));
  }
  return account;
}

/** The destination's address as stored: an e-mail lower-cased, a mobile number in E.164. */
function destinationOf(body: PinDestinationInput, country: string): string {
  if (body.kind === 'mobile') return normalizeServedMobile(body.to, country, 'body.to');
  const email = destinationEmail(body.to);
  if (!email) throw InvalidInput.field('body.to', message('field.invalid-email'));
  return email;
}

/** A notice of the change: it is done, so a notice that fails is logged, not answered. */
async function notify(
  deps: PinDestinationDeps,
  tenantId: string,
  route: SignInRoute,
  template: 'pin-destination-set' | 'pin-destination-removed',
  language: string,
  params: Record<string, string>,
): Promise<void> {
  try {
    await deps.notifier.send(signInMessage(tenantId, route, template, language, params));
  } catch (e) {
    logger.error('PIN destination notice not sent', { tenantId, template, error: e as Error });
  }
}
