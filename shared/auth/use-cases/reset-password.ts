import { accessGroup } from '../../groups/access.ts';
import { auditEntry } from '../../groups/records.ts';
import type { Actor } from '../../kernel/actor.ts';
import { Conflict, Forbidden, NotFound } from '../../kernel/errors.ts';
import { message } from '../../kernel/messages.ts';
import { logger } from '../../kernel/observability.ts';
import { lineTypeOf } from '../../kernel/phone.ts';
import {
  initialCredentialOf,
  initialPassword,
  maskedDestination,
  signInRouteOf,
  usernameOf,
} from '../domain.ts';
import { type PasswordResetDeps, SignInChanged } from '../ports.ts';
import { signInSecret } from '../secrets.ts';
import { sendInitialPassword } from './provision-number.ts';
import { credentialIdOf } from './sign-in.ts';

export interface PasswordResetView {
  msisdn: string;
  reference: string;
  resetAt: string;
  /** Where the new initial password went (masked): the number by SMS, or a fixed line's destination. */
  sentTo: string;
}

const ATTEMPTS = 5;

/**
 * Customer care resets a subscriber's password after checking its identity (documents 002/003:
 * besides recovery by e-mail, access is restored only on proof of identity, at a shop): the
 * credentials get a new initial password (never an earlier one again), every session ends, the
 * next sign-in asks for a PIN (where the tenant's policy says so) and a new password, exactly as the
 * first one did. The new initial password goes by SMS to the number, or to a fixed line's
 * registered destination; the reset, with the reference of the identity check, is in the group's
 * audit trail. The operator's staff only.
 */
export async function resetPassword(
  deps: PasswordResetDeps,
  actor: Actor,
  groupId: string,
  digits: string,
  body: { reference: string },
): Promise<PasswordResetView> {
  // Another group's or tenant's caller learns nothing (404) before the role is refused (403).
  const access = await accessGroup(deps, actor.principal, groupId);
  if (actor.principal.role !== 'operator')
    throw new Forbidden(message('role.not-allowed', { role: actor.principal.role }));
  const tenantId = actor.tenant.tenantId;
  const member = await deps.groups.getMember(tenantId, groupId, `+${digits}`);
  if (!member) throw new NotFound(message('member.not-found'));
  for (let attempt = 0; ; attempt++) {
    const account = await deps.signIn.getAccount(tenantId, member.msisdn);
    if (!account || account.credentialId !== credentialIdOf(member))
      throw new Conflict(message('sign-in.no-account-yet'));
    const route = signInRouteOf(member.msisdn, lineTypeOf(member.msisdn), account.pinDestination);
    if (!route) throw new Conflict(message('sign-in.pin-destination-missing'));
    const at = deps.clock.now();
    const next = {
      ...account,
      resets: (account.resets ?? 0) + 1,
      initialPasswordPending: true,
      passwordSetAt: at.toISOString(),
      updatedAt: at.toISOString(),
      version: account.version + 1,
    };
    try {
      await deps.signIn.putAccountAudited(
        next,
        account.version,
        auditEntry(actor, at, groupId, 'sign-in.password-reset', member.msisdn, null, {
          reference: body.reference,
        }),
      );
    } catch (e) {
      if (e instanceof SignInChanged && attempt < ATTEMPTS) continue;
      throw e;
    }
    const username = usernameOf(tenantId, member.msisdn);
    const initial = initialCredentialOf(next);
    // Enabled again with the new initial password; every earlier session is signed out.
    await deps.directory.provision({
      username,
      phone: member.msisdn,
      temporaryPassword: initialPassword(signInSecret('initial-password'), initial, username),
    });
    await sendInitialPassword(
      { log: deps.sent, notifier: deps.notifier, clock: deps.clock },
      { tenantId, msisdn: member.msisdn, credentialId: initial, language: access.group.language },
      route,
    );
    logger.info('password reset by customer care', {
      audit: 'password-reset',
      tenantId,
      groupId,
      msisdn: member.msisdn,
      reference: body.reference,
    });
    const sentTo = account.pinDestination ? maskedDestination(account.pinDestination).to : member.msisdn;
    return { msisdn: member.msisdn, reference: body.reference, resetAt: at.toISOString(), sentTo };
  }
}
