import { accessGroup, requireNotOperator } from '../../groups/access.ts';
import type { Actor } from '../../kernel/actor.ts';
import { billingPeriod } from '../../kernel/calendar.ts';
import { NotFound } from '../../kernel/errors.ts';
import { message } from '../../kernel/messages.ts';
import { fromPathForm } from '../../kernel/phone.ts';
import { adjustmentsOf, depositView, heldBy, requestView } from '../domain.ts';
import type { CreditLimitDeps } from '../ports.ts';

/** How many of its latest deposits and requests the number's page shows. */
export const LATEST = 20;

/**
 * A number's credit-limit page: what raises its limit in the current billing period (the
 * permanent increase, the period's temporary increases and deposits), when it may ask for an
 * increase again, and its latest deposits and requests. The group's admin for any of its numbers,
 * a member for its own; never the operator (it decides requests from its queue, and sees a
 * customer's product list only).
 */
export async function readCreditLimit(deps: CreditLimitDeps, actor: Actor, groupId: string, digits: string) {
  const { tenant } = actor;
  const access = await accessGroup(deps, actor.principal, groupId);
  requireNotOperator(access);
  const msisdn = fromPathForm(digits);
  if (access.viewer === 'member' && access.msisdn !== msisdn) throw new NotFound(message('member.not-found'));
  const period = billingPeriod(deps.clock.now(), tenant.timeZone);
  const [limits, deposits, requests] = await Promise.all([
    deps.limits.limitsOf(tenant.tenantId, msisdn, period),
    deps.limits.listDeposits(tenant.tenantId, groupId, msisdn, LATEST),
    deps.limits.listRequestsOf(tenant.tenantId, groupId, msisdn, LATEST),
  ]);
  if (limits.owner?.groupId !== groupId || limits.owner.status !== 'active') {
    throw new NotFound(message('member.not-found'));
  }
  const standing = heldBy(limits.standing, groupId);
  return {
    msisdn,
    period,
    adjustments: adjustmentsOf(limits.owner, limits.standing, limits.period, tenant.currency),
    ...(standing?.lastRequestOn ? { lastRequestOn: standing.lastRequestOn } : {}),
    ...(standing?.nextRequestFrom ? { nextRequestFrom: standing.nextRequestFrom } : {}),
    deposits: deposits.map(depositView),
    requests: requests.map((r) => requestView(r, access.viewer === 'admin' ? 'admin' : 'member')),
  };
}
