import { CreditLimitChanged } from '../../../events/credit-limit-changed.ts';
import { CreditLimitRequestDecided } from '../../../events/credit-limit-request-decided.ts';
import type { DomainEvent } from '../../db/outbox.ts';
import { auditEntry } from '../../groups/records.ts';
import { type Actor, causedBy } from '../../kernel/actor.ts';
import { billingPeriod } from '../../kernel/calendar.ts';
import { Conflict, Forbidden, NotFound, RuleViolation } from '../../kernel/errors.ts';
import { message } from '../../kernel/messages.ts';
import {
  type DecisionBody,
  type IncreaseRequest,
  type RequestView,
  raisePeriod,
  requestView,
  withPermanentIncrease,
} from '../domain.ts';
import { type CreditLimitDeps, CreditLimitRefused, type LimitChange } from '../ports.ts';

/**
 * The operator approves or rejects a pending increase request under its risk policy, recording
 * the reason (required for a rejection). An approval raises the number's limit in the same
 * transaction: a permanent increase on its standing, a temporary one on the current billing
 * period, and emits `CreditLimitChanged`; both decisions emit `CreditLimitRequestDecided`, which
 * tells the customer by SMS. A decided request cannot be decided again (409).
 */
export async function decideRequest(
  deps: Pick<CreditLimitDeps, 'limits' | 'clock'>,
  actor: Actor,
  requestId: string,
  body: DecisionBody,
): Promise<RequestView> {
  const { tenant, principal } = actor;
  if (principal.role !== 'operator')
    throw new Forbidden(message('role.not-allowed', { role: principal.role }));
  for (let attempt = 0; attempt < 5; attempt++) {
    const request = await deps.limits.getRequest(tenant.tenantId, requestId);
    if (!request) throw new NotFound(message('credit-limit.request-not-found'));
    if (request.status !== 'pending') {
      throw new Conflict(message('credit-limit.request-decided', { status: request.status }), {
        requestStatus: request.status,
      });
    }
    const at = deps.clock.now();
    const period = billingPeriod(at, tenant.timeZone);
    const approved = body.decision === 'approve';
    const decided: IncreaseRequest = {
      ...request,
      status: approved ? 'approved' : 'rejected',
      decidedAt: at.toISOString(),
      decidedBy: causedBy(principal),
      ...(body.reason ? { reason: body.reason } : {}),
      ...(approved ? { period } : {}),
    };
    let change: LimitChange | undefined;
    const events: DomainEvent[] = [];
    if (approved) {
      const limits = await deps.limits.limitsOf(tenant.tenantId, request.msisdn, period);
      change =
        request.kind === 'permanent'
          ? {
              item: 'standing',
              next: withPermanentIncrease(limits.standing, request.groupId, request.msisdn, request.amount),
              ...(limits.standing ? { expectedVersion: limits.standing.version } : {}),
            }
          : {
              item: 'period',
              next: raisePeriod(
                limits.period,
                request.groupId,
                request.msisdn,
                period,
                'temporaryIncrease',
                request.amount,
              ),
              ...(limits.period ? { expectedVersion: limits.period.version } : {}),
            };
      events.push({
        contract: CreditLimitChanged,
        data: {
          groupId: request.groupId,
          msisdn: request.msisdn,
          period,
          reason: request.kind === 'permanent' ? 'permanent-increase' : 'temporary-increase',
          amount: request.amount,
        },
      });
    }
    events.push({
      contract: CreditLimitRequestDecided,
      data: {
        requestId,
        groupId: request.groupId,
        msisdn: request.msisdn,
        kind: request.kind,
        amount: request.amount,
        decision: approved ? 'approved' : 'rejected',
        ...(body.reason ? { reason: body.reason } : {}),
        ...(approved ? { period } : {}),
      },
    });
    try {
      await deps.limits.decideRequest({
        tenantId: tenant.tenantId,
        request: decided,
        ...(change ? { change } : {}),
        audit: auditEntry(
          actor,
          at,
          request.groupId,
          'credit-limit.request-decided',
          request.msisdn,
          { requestId, status: 'pending' },
          { requestId, status: decided.status, ...(body.reason ? { reason: body.reason } : {}) },
        ),
        events,
        at,
        ...(actor.correlationId ? { correlationId: actor.correlationId } : {}),
      });
      return requestView(decided, 'operator');
    } catch (e) {
      if (!(e instanceof CreditLimitRefused)) throw e;
      if (e.tag === 'request' || e.tag === 'limit') continue; // decided or changed meanwhile: read again
      if (e.tag === 'member') {
        throw new RuleViolation(message('credit-limit.number-left', { msisdn: request.msisdn }), undefined, {
          requestStatus: 'pending',
        });
      }
      throw e;
    }
  }
  throw new Conflict(message('credit-limit.changed-meanwhile'));
}
