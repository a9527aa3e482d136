import type { Actor } from '../../kernel/actor.ts';
import { render } from '../../kernel/messages.ts';
import type { OneTimeCharge } from '../charges.ts';
import { isCommitmentActive } from '../commitment.ts';
import { planChangeFor } from '../members.ts';
import type { GroupDeps } from '../ports.ts';

/**
 * A public-style quote for one member: monthly fees before and after, the difference, whether
 * the change is allowed (and why not: a downgrade during a commitment names the end date), the
 * commitment that would apply, and the one-time charges (none: switching plans is free).
 */
export async function quotePlanChange(
  deps: GroupDeps,
  actor: Actor,
  groupId: string,
  digits: string,
  planCode: string,
) {
  const { member, decision, limit, today } = await planChangeFor(
    deps,
    actor,
    groupId,
    digits,
    planCode,
    'query.plan',
  );
  const refusal = decision.refusal ?? (limit ? { message: limit, field: 'query.plan' } : undefined);
  // The quote is an answer, not a problem: its refusal reads in English, as the contract has it.
  const { field: _f, message: text, ...rest } = refusal ?? { field: '', message: '' };
  const refusalView = { message: typeof text === 'string' ? text : render(text), ...rest };
  return {
    msisdn: member.msisdn,
    from: { code: decision.from.code, name: decision.from.name, monthlyFee: decision.from.monthlyFee },
    to: { code: decision.to.code, name: decision.to.name, monthlyFee: decision.to.monthlyFee },
    direction: decision.direction,
    allowed: !refusal,
    ...(refusal ? { refusal: refusalView } : {}),
    monthlyDifference: decision.monthlyDifference,
    ...(decision.commitment ? { commitmentAfter: decision.commitment } : {}),
    commitmentActive: isCommitmentActive(member.commitment, today),
    oneTimeCharges: [] as OneTimeCharge[],
  };
}
