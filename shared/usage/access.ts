import { accessGroup, requireNotOperator } from '../groups/access.ts';
import type { Actor } from '../kernel/actor.ts';
import { billingPeriod } from '../kernel/calendar.ts';
import { InvalidInput, NotFound } from '../kernel/errors.ts';
import { message } from '../kernel/messages.ts';
import { fromPathForm } from '../kernel/phone.ts';
import type { UsageDeps } from './ports.ts';

const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * Usage detail of one number is its group's administrator's and that member's own; never the
 * operator's (403: privacy) and never another member's (404, as for a number that is not there).
 * Returns the number (E.164) and the period asked for, no later than the open one.
 */
export async function readableUsage(
  deps: Pick<UsageDeps, 'groups' | 'clock'>,
  actor: Actor,
  groupId: string,
  digits: string,
  period: string | undefined,
): Promise<{ msisdn: string; period: string }> {
  const access = await accessGroup(deps, actor.principal, groupId);
  requireNotOperator(access);
  const msisdn = fromPathForm(digits);
  if (access.viewer === 'member' && access.msisdn !== msisdn) throw new NotFound(message('member.not-found'));
  const open = billingPeriod(deps.clock.now(), actor.tenant.timeZone);
  const wanted = period ?? open;
  if (!PERIOD.test(wanted) || wanted > open)
    throw InvalidInput.field('query.period', `must be a billing period (YYYY-MM) no later than ${open}`);
  return { msisdn, period: wanted };
}
