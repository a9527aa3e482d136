import { accessGroup, requireAdmin } from '../../groups/access.ts';
import type { Actor } from '../../kernel/actor.ts';
import { normalizeEmail } from '../domain.ts';
import type { SupportDeps } from '../ports.ts';

export interface AuthorisedEmailsView {
  groupId: string;
  emails: string[];
  billingEmail: string;
}

/**
 * The addresses authorised on the customer record (the admin's list; the group's billing e-mail
 * counts as authorised too): mail from them to the tenant's support address opens a ticket.
 */
export async function readAuthorisedEmails(
  deps: SupportDeps,
  actor: Actor,
  groupId: string,
): Promise<AuthorisedEmailsView> {
  const access = await accessGroup(deps, actor.principal, groupId);
  requireAdmin(access);
  const { listed } = await deps.support.authorisedEmails(actor.tenant.tenantId, groupId);
  return { groupId, emails: listed.sort(), billingEmail: normalizeEmail(access.group.billingEmail) };
}

/** The admin replaces the list (validated and lower-cased by the schema; duplicates kept once). */
export async function replaceAuthorisedEmails(
  deps: SupportDeps,
  actor: Actor,
  groupId: string,
  emails: readonly string[],
): Promise<AuthorisedEmailsView> {
  const access = await accessGroup(deps, actor.principal, groupId);
  requireAdmin(access);
  const tenantId = actor.tenant.tenantId;
  const next = [...new Set(emails.map(normalizeEmail))].sort();
  const { listed } = await deps.support.authorisedEmails(tenantId, groupId);
  const billingEmail = normalizeEmail(access.group.billingEmail);
  await deps.support.replaceAuthorisedEmails(tenantId, groupId, listed, next, billingEmail, deps.clock.now());
  return { groupId, emails: next, billingEmail };
}

/**
 * Keeps the index of the group's billing e-mail in step with the group (after its registration
 * and every change of its profile): the current address authorises, the previous one no longer.
 */
export async function indexBillingEmail(
  deps: Pick<SupportDeps, 'support' | 'groups' | 'clock'>,
  tenantId: string,
  groupId: string,
): Promise<'indexed' | 'no-group'> {
  const group = await deps.groups.getGroup(tenantId, groupId);
  if (!group) return 'no-group';
  await deps.support.indexBillingEmail(
    tenantId,
    groupId,
    normalizeEmail(group.billingEmail),
    deps.clock.now(),
  );
  return 'indexed';
}
