import type { CatalogRepository } from '../catalog/ports.ts';
import type { Page } from '../db/pagination.ts';
import type { TransactionPart } from '../db/transactions.ts';
import type { MachineRole } from '../kernel/actor.ts';
import type { Clock } from '../kernel/clock.ts';
import type { Tenant } from '../kernel/tenant.ts';

export interface TenantRepository {
  get(tenantId: string): Promise<Tenant | undefined>;
  list(limit: number, cursor?: string): Promise<Page<Tenant>>;
  /** The tenant with `alongside` (its first catalog) in one transaction; Conflict if the id is taken. */
  create(tenant: Tenant, alongside: TransactionPart): Promise<void>;
}

export interface TenantDeps {
  tenants: TenantRepository;
  catalogs: Pick<CatalogRepository, 'firstVersion'>;
  clock: Clock;
}

/**
 * A partner machine's credentials, as the registry knows them: the user pool app client that
 * signs it in (client credentials), the tenant it acts for and its role. The secret is the pool's
 * and the machine's only: it is shown once, at creation, and never stored here.
 */
export interface MachineClient {
  clientId: string;
  tenantId: string;
  role: MachineRole;
  name: string;
  createdAt: string;
  /** Who created it (the operator's subject). */
  createdBy: string;
  status: 'active' | 'revoked';
  revokedAt?: string;
  revokedBy?: string;
}

export interface MachineClientRepository {
  get(clientId: string): Promise<MachineClient | undefined>;
  /** The tenant's clients, oldest first. */
  list(tenantId: string, limit: number, cursor?: string): Promise<Page<MachineClient>>;
  /** Conflict if the id is registered already. */
  create(client: MachineClient): Promise<void>;
  /** Marks an active client revoked; false when it is not the tenant's or not active any more. */
  revoke(tenantId: string, clientId: string, at: string, by: string): Promise<boolean>;
}

/** The credentials a new machine client receives once: the app client id and its secret. */
export interface IssuedCredentials {
  clientId: string;
  clientSecret: string;
}

/**
 * Where machines get their tokens (the user pool: one app client per machine, client credentials
 * only, allowed its role's scope only).
 */
export interface MachineCredentialIssuer {
  issue(spec: { tenantId: string; role: MachineRole; name: string }): Promise<IssuedCredentials>;
  /** Deletes the app client; one that is gone already is fine. */
  remove(clientId: string): Promise<void>;
}

export interface MachineClientDeps {
  machineClients: MachineClientRepository;
  credentials: MachineCredentialIssuer;
  clock: Clock;
}

/**
 * A member of the operator's staff: who may sign in to the desk of the tenant (role `operator`).
 * The registry says who they are and whether they may still sign in; their credentials are the
 * sign-in area's (`shared/auth`), made from this record.
 */
export interface StaffMember {
  tenantId: string;
  staffId: string;
  /** Lower-cased; unique in the tenant: the staff member signs in with it. */
  email: string;
  name: string;
  /** Of the sign-in messages (the initial password, the sign-in codes): one of the tenant's locales. */
  language: string;
  status: 'active' | 'disabled';
  createdAt: string;
  /** Who added them: an operator's subject, or the platform's. */
  createdBy: string;
  disabledAt?: string;
  disabledBy?: string;
}

export interface StaffRepository {
  get(tenantId: string, staffId: string): Promise<StaffMember | undefined>;
  /** The staff member whose address `email` is (lower-cased), active or disabled. */
  byEmail(tenantId: string, email: string): Promise<StaffMember | undefined>;
  /** The tenant's staff, oldest first. */
  list(tenantId: string, limit: number, cursor?: string): Promise<Page<StaffMember>>;
  /** The member, its address's claim and its `StaffMemberChanged` in one transaction; `Conflict` if the address is taken. */
  add(member: StaffMember): Promise<void>;
  /** Marks an active member disabled with its event; false when it is not active (any more). */
  disable(tenantId: string, staffId: string, at: string, by: string): Promise<boolean>;
}

export interface StaffDeps {
  staff: StaffRepository;
  tenants: Pick<TenantRepository, 'get'>;
  clock: Clock;
}
