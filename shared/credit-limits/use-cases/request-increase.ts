import { accessGroup, requireAdmin } from '../../groups/access.ts';
import { auditEntry } from '../../groups/records.ts';
import { type Actor, causedBy } from '../../kernel/actor.ts';
import { billingPeriod, localDate } from '../../kernel/calendar.ts';
import { Conflict, NotFound } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import { message } from '../../kernel/messages.ts';
import { assertCurrency } from '../../kernel/money.ts';
import { fromPathForm } from '../../kernel/phone.ts';
import { explainAdminRefusal } from '../../money/operations.ts';
import {
  afterRequest,
  checkRequestWindow,
  heldBy,
  type IncreaseRequest,
  type IncreaseRequestBody,
  type RequestView,
  requestView,
} from '../domain.ts';
import { type CreditLimitDeps, CreditLimitRefused } from '../ports.ts';

/**
 * The group's admin asks the operator to raise a number's limit, for good or for the current
 * billing period, with references to the documents (the authorised person's identity document
 * and the written request bearing the company stamp; never the images). At most one request per
 * number every two months: an earlier one is 409 naming the day the next is possible. The day is
 * recorded on the number's standing in the request's own transaction, on the condition that the
 * standing is still as read, so of two concurrent requests one is refused.
 */
export async function requestIncrease(
  deps: CreditLimitDeps,
  actor: Actor,
  groupId: string,
  digits: string,
  body: IncreaseRequestBody,
): Promise<RequestView> {
  const { tenant } = actor;
  const access = await accessGroup(deps, actor.principal, groupId);
  requireAdmin(access);
  assertCurrency(body.amount, tenant.currency, 'body.amount.currency');
  const msisdn = fromPathForm(digits);
  if (!(await deps.groups.getMember(tenant.tenantId, groupId, msisdn))) {
    throw new NotFound(message('member.not-found'));
  }
  for (let attempt = 0; attempt < 5; attempt++) {
    const at = deps.clock.now();
    const today = localDate(at, tenant.timeZone);
    const limits = await deps.limits.limitsOf(tenant.tenantId, msisdn, billingPeriod(at, tenant.timeZone));
    checkRequestWindow(heldBy(limits.standing, groupId), today);
    const request: IncreaseRequest = {
      requestId: newId(),
      groupId,
      msisdn,
      kind: body.kind,
      amount: body.amount,
      ...(body.documents ? { documents: body.documents } : {}),
      ...(body.note ? { note: body.note } : {}),
      status: 'pending',
      requestedOn: today,
      requestedAt: at.toISOString(),
      requestedBy: causedBy(actor.principal),
    };
    try {
      await deps.limits.createRequest({
        tenantId: tenant.tenantId,
        admin: access.msisdn,
        request,
        standing: {
          item: 'standing',
          next: afterRequest(limits.standing, groupId, msisdn, today, tenant.currency),
          ...(limits.standing ? { expectedVersion: limits.standing.version } : {}),
        },
        audit: auditEntry(actor, at, groupId, 'credit-limit.increase-requested', msisdn, null, {
          requestId: request.requestId,
          kind: request.kind,
          amount: request.amount,
        }),
        at,
        ...(actor.correlationId ? { correlationId: actor.correlationId } : {}),
      });
      return requestView(request, 'admin');
    } catch (e) {
      if (!(e instanceof CreditLimitRefused)) throw e;
      if (e.tag === 'limit') continue; // another request (or a decision) came first: decide again
      if (e.tag === 'admin') return explainAdminRefusal(deps, tenant.tenantId, groupId, false);
      if (e.tag === 'member') throw new NotFound(message('member.not-found'));
      throw e;
    }
  }
  throw new Conflict(message('credit-limit.changed-meanwhile'));
}
