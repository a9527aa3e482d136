import type { Actor } from '../kernel/actor.ts';
import { newId } from '../kernel/ids.ts';
import type { AuditEntry, ChangeRecord } from './ports.ts';

// ----- change records ------------------------------------------------------------------------

export function changeRecord(actor: Actor, at: Date): ChangeRecord {
  return {
    tenantId: actor.tenant.tenantId,
    at,
    ...(actor.correlationId ? { correlationId: actor.correlationId } : {}),
    audit: [],
    events: [],
    charges: [],
  };
}

export function auditEntry(
  actor: Actor,
  at: Date,
  groupId: string,
  action: string,
  target: string,
  before: unknown,
  after: unknown,
): AuditEntry {
  const p = actor.principal;
  return {
    entryId: newId(),
    groupId,
    at: at.toISOString(),
    actor: { role: p.role, subject: p.subject, ...(p.msisdn ? { msisdn: `+${p.msisdn}` } : {}) },
    action,
    target,
    before: before ?? null,
    after: after ?? null,
    ...(actor.correlationId ? { correlationId: actor.correlationId } : {}),
  };
}

/** A change record that starts with one audit entry: who did what to which target, before → after. */
export function auditedChange(
  actor: Actor,
  at: Date,
  groupId: string,
  action: string,
  target: string,
  before: unknown,
  after: unknown,
): ChangeRecord {
  const rec = changeRecord(actor, at);
  rec.audit.push(auditEntry(actor, at, groupId, action, target, before, after));
  return rec;
}
