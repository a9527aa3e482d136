import type { Tenant } from './tenant.ts';

/**
 * Who acts. People and partner machines reach the API with a verified token (a `Principal`);
 * the platform itself acts too (the monthly scheduler, a workflow step, the notifier), as a
 * `SystemPrincipal` of one tenant. Every command receives an `Actor`, and every record it writes
 * says who caused it (`causedBy`), whichever door the command came through.
 */

/** The roles a token can carry. */
export const ROLES = ['platform', 'operator', 'admin', 'member', 'mediation', 'psp', 'mail-gateway'] as const;
export type Role = (typeof ROLES)[number];
export type TenantRole = Exclude<Role, 'platform'>;

/**
 * Partner machines (the network's mediation, the bank/PSP, the mail gateway). On AWS each signs in
 * with OAuth client credentials as an app client of the user pool, registered to one tenant.
 */
export const MACHINE_ROLES = ['mediation', 'psp', 'mail-gateway'] as const;
export type MachineRole = (typeof MACHINE_ROLES)[number];

export function isMachineRole(role: string): role is MachineRole {
  return (MACHINE_ROLES as readonly string[]).includes(role);
}

/** The user pool's resource server of the API: a machine's access token carries `switchboard/<role>`. */
export const API_RESOURCE_SERVER = 'switchboard';
export const machineScope = (role: MachineRole): string => `${API_RESOURCE_SERVER}/${role}`;

/** The platform owner: not bound to a tenant. */
export interface PlatformPrincipal {
  role: 'platform';
  subject: string;
}

/** Everyone else acts inside exactly one tenant, taken from the verified token only. */
export interface TenantPrincipal {
  role: TenantRole;
  subject: string;
  tenantId: string;
  groupId?: string;
  msisdn?: string;
  /** An operator signed in through the desk's sign-in: the staff member of the tenant's registry. */
  staffId?: string;
}

export type Principal = PlatformPrincipal | TenantPrincipal;

export function isTenantPrincipal(p: Principal): p is TenantPrincipal {
  return p.role !== 'platform';
}

/** The parts of the platform that act on their own, never through a token. */
export const SYSTEM_SUBJECTS = [
  'scheduler',
  'bill-run',
  'workflow',
  'notifier',
  'mediation-queue',
  'spending-control',
] as const;
export type SystemSubject = (typeof SYSTEM_SUBJECTS)[number];

export interface SystemPrincipal {
  role: 'system';
  subject: SystemSubject;
  tenantId: string;
  /** The platform is no subscriber: it has no group and no number of its own. */
  groupId?: never;
  msisdn?: never;
}

export type ActorPrincipal = TenantPrincipal | SystemPrincipal;

/** A command's context: who, in which tenant, under which correlation id. */
export interface Actor {
  principal: ActorPrincipal;
  tenant: Tenant;
  correlationId?: string;
}

/** The platform acting for one tenant (a scheduled run, a workflow task, a queue consumer). */
export function systemActor(tenant: Tenant, subject: SystemSubject, correlationId?: string): Actor {
  return {
    principal: { role: 'system', subject, tenantId: tenant.tenantId },
    tenant,
    ...(correlationId ? { correlationId } : {}),
  };
}

/** Who caused a record: a person (admin, operator), a partner machine (bank/PSP) or the platform. */
export interface CausedBy {
  role: string;
  subject: string;
  /** E.164, for admins and members. */
  msisdn?: string;
}

export function causedBy(principal: ActorPrincipal): CausedBy {
  return {
    role: principal.role,
    subject: principal.subject,
    ...(principal.msisdn ? { msisdn: `+${principal.msisdn}` } : {}),
  };
}
