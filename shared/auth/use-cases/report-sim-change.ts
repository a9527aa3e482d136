import { accessGroup } from '../../groups/access.ts';
import type { GroupRepository } from '../../groups/ports.ts';
import type { Actor } from '../../kernel/actor.ts';
import type { Clock } from '../../kernel/clock.ts';
import { Conflict, Forbidden, NotFound } from '../../kernel/errors.ts';
import { message } from '../../kernel/messages.ts';
import { SignInChanged, type SignInRepository } from '../ports.ts';

export interface SimChangeDeps {
  signIn: Pick<SignInRepository, 'getAccount' | 'putAccount'>;
  groups: GroupRepository;
  clock: Clock;
}

/**
 * The operator reports that a number got a new SIM (the shop swapped it): for the tenant's hold
 * (`smsPinHoldDays`) its sign-in sends no PIN by SMS, so someone holding a swapped SIM cannot sign
 * in with it; e-mail recovery or the shop is the way in meanwhile. The report is the operator's
 * only: it knows the SIM; a customer cannot lift the hold by reporting again.
 */
export async function reportSimChange(
  deps: SimChangeDeps,
  actor: Actor,
  groupId: string,
  digits: string,
): Promise<{ msisdn: string; simChangedAt: string }> {
  // Another group's or tenant's caller learns nothing (404) before the role is refused (403).
  await accessGroup(deps, actor.principal, groupId);
  if (actor.principal.role !== 'operator')
    throw new Forbidden(message('role.not-allowed', { role: actor.principal.role }));
  const tenantId = actor.tenant.tenantId;
  const member = await deps.groups.getMember(tenantId, groupId, `+${digits}`);
  if (!member) throw new NotFound(message('member.not-found'));
  for (let attempt = 0; attempt < 5; attempt++) {
    const account = await deps.signIn.getAccount(tenantId, member.msisdn);
    // The account is made when the number joins (from its event); until then there is nothing to hold.
    if (!account) throw new Conflict(message('sign-in.no-account-yet'));
    const at = deps.clock.now().toISOString();
    try {
      await deps.signIn.putAccount(
        { ...account, simChangedAt: at, updatedAt: at, version: account.version + 1 },
        account.version,
      );
      return { msisdn: member.msisdn, simChangedAt: at };
    } catch (e) {
      if (!(e instanceof SignInChanged)) throw e;
    }
  }
  throw new Conflict(message('sign-in.no-account-yet'));
}
