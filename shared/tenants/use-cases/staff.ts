import type { Page } from '../../db/pagination.ts';
import type { Principal } from '../../kernel/actor.ts';
import { Conflict, InvalidInput, NotFound } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import { message } from '../../kernel/messages.ts';
import { logger } from '../../kernel/observability.ts';
import type { StaffDeps, StaffMember } from '../ports.ts';

export interface StaffInput {
  email: string;
  name: string;
  language?: string;
}

/**
 * Adds a member of the operator's staff: the tenant's operator adds colleagues, the platform adds
 * a new tenant's first one. The address is unique in the tenant (409 otherwise, a disabled
 * member's too: their history keeps the address); the language is one of the tenant's locales (its
 * first by default). Sign-in makes the credentials from the `StaffMemberChanged` written with it:
 * the initial password goes to the address by e-mail.
 */
export async function addStaffMember(
  deps: StaffDeps,
  by: Principal,
  tenantId: string,
  input: StaffInput,
): Promise<StaffMember> {
  const tenant = await deps.tenants.get(tenantId);
  if (!tenant) throw new NotFound(message('tenant.not-found'));
  const language = input.language ?? tenant.locales[0]!;
  if (!tenant.locales.includes(language)) {
    throw InvalidInput.field('body.language', message('field.one-of', { values: tenant.locales.join(', ') }));
  }
  const member: StaffMember = {
    tenantId,
    staffId: newId(),
    email: input.email.trim().toLowerCase(),
    name: input.name,
    language,
    status: 'active',
    createdAt: deps.clock.now().toISOString(),
    createdBy: by.subject,
  };
  await deps.staff.add(member);
  logger.info('staff member added', {
    audit: 'staff-added',
    tenantId,
    staffId: member.staffId,
    by: by.subject,
  });
  return member;
}

export function listStaff(
  deps: Pick<StaffDeps, 'staff'>,
  tenantId: string,
  limit: number,
  cursor?: string,
): Promise<Page<StaffMember>> {
  return deps.staff.list(tenantId, limit, cursor);
}

/**
 * Disables a member of the staff: their tokens are refused from then on (within the cache time)
 * and sign-in disables their credentials. Disabling a disabled member succeeds; nobody disables
 * themselves (409: a tenant is never left without the one who could add the others back).
 */
export async function disableStaffMember(
  deps: StaffDeps,
  by: Principal & { tenantId: string; staffId?: string },
  staffId: string,
): Promise<StaffMember> {
  const member = await deps.staff.get(by.tenantId, staffId);
  if (!member) throw new NotFound(message('staff.not-found'));
  if (by.staffId === staffId) throw new Conflict(message('staff.not-yourself'));
  if (member.status === 'active') {
    const at = deps.clock.now().toISOString();
    await deps.staff.disable(by.tenantId, staffId, at, by.subject);
    logger.info('staff member disabled', {
      audit: 'staff-disabled',
      tenantId: by.tenantId,
      staffId,
      by: by.subject,
    });
  }
  return (await deps.staff.get(by.tenantId, staffId))!;
}
