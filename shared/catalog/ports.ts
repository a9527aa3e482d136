import type { Page } from '../db/pagination.ts';
import type { TransactionPart } from '../db/transactions.ts';
import type { Clock } from '../kernel/clock.ts';
import type { CatalogVersion } from './domain.ts';

export interface CatalogRepository {
  current(tenantId: string): Promise<CatalogVersion | undefined>;
  /** Writes `next` as the new current version iff the current one is still `next.version - 1`. */
  save(tenantId: string, next: CatalogVersion): Promise<void>;
  listVersions(tenantId: string, limit: number, cursor?: string): Promise<Page<CatalogVersion>>;
  planHasSubscribers(tenantId: string, planCode: string): Promise<boolean>;
  /** The writes of a new tenant's version 1, joined to the onboarding transaction. */
  firstVersion(tenantId: string, catalog: CatalogVersion): TransactionPart;
}

export interface CatalogDeps {
  catalogs: CatalogRepository;
  clock: Clock;
}
