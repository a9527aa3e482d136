import { createHash } from 'node:crypto';
import { logger } from '../../kernel/observability.ts';
import { lineTypeOf, toPathForm } from '../../kernel/phone.ts';
import { type DeliveryDeps, deliverOnce } from '../../notifications/delivery.ts';
import {
  initialCredentialOf,
  initialPassword,
  type SignInRoute,
  signInRouteOf,
  usernameOf,
} from '../domain.ts';
import type { ProvisionDeps, SignInAccount } from '../ports.ts';
import { signInSecret } from '../secrets.ts';
import { signInMessage } from '../sms.ts';
import { credentialIdOf } from './sign-in.ts';

export type ProvisionOutcome = 'provisioned' | 'unchanged' | 'disabled';

/**
 * Brings the user pool in line with what the groups area holds for one number, whichever group
 * event said it changed (added, removed, a new holder, the admin role handed over, a group
 * registered), so a redelivered or late event does no harm: it reads the present, not the event.
 *
 * - no active membership: the user is disabled and signed out;
 * - a membership without credentials (a new number, a new holder): the user gets an initial
 *   password derived from the membership (`domain.ts` `initialPassword`), so a redelivery sets the
 *   same one, and the number gets it by SMS in the group's language, once (`deliverOnce`);
 * - credentials of this membership: nothing changes (the role is read at every token).
 *
 * A fixed line receives no SMS: its initial password goes to the destination customer care
 * registered for it (`pin-destination.ts`), which new credentials never have yet; so a fixed
 * line's credentials are made here and its initial password goes out when the destination is
 * registered.
 */
export async function provisionNumber(
  deps: ProvisionDeps,
  tenantId: string,
  msisdn: string,
): Promise<ProvisionOutcome> {
  const username = usernameOf(tenantId, msisdn);
  const owner = await deps.groups.getNumber(tenantId, msisdn);
  const member =
    owner?.status === 'active' ? await deps.groups.getMember(tenantId, owner.groupId, msisdn) : undefined;
  if (!member) {
    await deps.directory.disable(username);
    return 'disabled';
  }
  const [group, account] = await Promise.all([
    deps.groups.getGroup(tenantId, member.groupId),
    deps.signIn.getAccount(tenantId, msisdn),
  ]);
  const credentialId = credentialIdOf(member);
  const password = initialPassword(signInSecret('initial-password'), credentialId, username);
  let outcome: ProvisionOutcome = 'unchanged';
  // New credentials start without a PIN destination (a new holder registers its own).
  let destination = account?.pinDestination;
  if (account?.credentialId !== credentialId) {
    destination = undefined;
    await deps.directory.provision({ username, phone: msisdn, temporaryPassword: password });
    const now = deps.clock.now().toISOString();
    await deps.signIn.putAccount(
      {
        tenantId,
        msisdn,
        credentialId,
        initialPasswordPending: true,
        pinSends: account?.pinSends ?? [],
        ...(account?.simChangedAt ? { simChangedAt: account.simChangedAt } : {}),
        updatedAt: now,
        version: (account?.version ?? 0) + 1,
      },
      account?.version ?? 0,
    );
    outcome = 'provisioned';
  } else if (!account.initialPasswordPending) {
    return 'unchanged';
  }
  const route = signInRouteOf(msisdn, lineTypeOf(msisdn), destination);
  if (!route) {
    logger.info('initial password waits for a PIN destination', { tenantId, outcome });
    return outcome;
  }
  // A pending reset of these credentials (customer care) has its own initial password.
  const initial = outcome === 'provisioned' ? credentialId : initialCredentialOf(account!);
  await sendInitialPassword(
    { log: deps.sent, notifier: deps.notifier, clock: deps.clock, leaseSeconds: deps.leaseSeconds },
    { tenantId, msisdn, credentialId: initial, language: group?.language ?? 'en' },
    route,
  );
  return outcome;
}

/**
 * The initial password of `account`'s credentials to `route`, once per route: by SMS to the number
 * itself (a mobile), or to a fixed line's registered destination, naming the number it is for. A
 * destination registered anew gets it too, while the first sign-in has not happened.
 */
export async function sendInitialPassword(
  deps: DeliveryDeps,
  who: Pick<SignInAccount, 'tenantId' | 'msisdn' | 'credentialId'> & { language: string },
  route: SignInRoute,
): Promise<'sent' | 'already-sent'> {
  const username = usernameOf(who.tenantId, who.msisdn);
  const password = initialPassword(signInSecret('initial-password'), who.credentialId, username);
  const own = route.channel === 'sms' && route.to === who.msisdn;
  const deliveryId = own
    ? `initial-password:${toPathForm(who.msisdn)}:${who.credentialId}`
    : `initial-password:${toPathForm(who.msisdn)}:${who.credentialId}:${createHash('sha256')
        .update(`${route.channel}:${route.to}`)
        .digest('base64url')
        .slice(0, 22)}`;
  const message = own
    ? signInMessage(who.tenantId, route, 'initial-password', who.language, { password })
    : signInMessage(who.tenantId, route, 'initial-password-for', who.language, {
        password,
        number: who.msisdn,
      });
  return deliverOnce(deps, deliveryId, message);
}
