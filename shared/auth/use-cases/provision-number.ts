import { toPathForm } from '../../kernel/phone.ts';
import { deliverOnce } from '../../notifications/delivery.ts';
import { initialPassword, usernameOf } from '../domain.ts';
import type { ProvisionDeps } from '../ports.ts';
import { signInSecret } from '../secrets.ts';
import { signInText } from '../sms.ts';
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
  if (account?.credentialId !== credentialId) {
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
  const { text, locale } = signInText('initial-password', group?.language ?? 'en', { password });
  await deliverOnce(
    { log: deps.sent, notifier: deps.notifier, clock: deps.clock, leaseSeconds: deps.leaseSeconds },
    `initial-password:${toPathForm(msisdn)}:${credentialId}`,
    { tenantId, channel: 'sms', to: msisdn, locale, text, template: 'initial-password' },
  );
  return outcome;
}
