import type { CatalogRepository } from '../catalog/ports.ts';
import type { DomainEvent } from '../db/outbox.ts';
import type { Page } from '../db/pagination.ts';
import type { TransactionPart } from '../db/transactions.ts';
import type { GroupRepository } from '../groups/ports.ts';
import type { Clock } from '../kernel/clock.ts';
import type { Tenant } from '../kernel/tenant.ts';
import type { DeliveryLog } from '../notifications/delivery.ts';
import type { Notifier } from '../notifications/message.ts';
import type { RejectedMail, Ticket } from './domain.ts';

/**
 * What became of one inbound message (the first delivery decided it; a resend reads it back): a
 * ticket, a rejection, or (mail to the business address, decided by dunning) a proof of payment.
 */
export type InboundOutcome =
  | { outcome: 'ticket'; ticketId: string }
  | { outcome: 'rejected'; rejectionId: string }
  | { outcome: 'payment-proof'; proofId: string };

/** A write lost its condition: the ticket changed meanwhile, or the message was already received. */
export class SupportRefused extends Error {
  constructor(readonly tag: 'version' | 'message') {
    super(`support write refused: ${tag}`);
    this.name = 'SupportRefused';
  }
}

export interface SupportRepository {
  getTicket(tenantId: string, ticketId: string): Promise<Ticket | undefined>;
  /** The group's tickets (admin), or one opener's (a member's number digits, `EMAIL`). */
  listGroupTickets(
    tenantId: string,
    groupId: string,
    opener: string | undefined,
    limit: number,
    cursor?: string,
  ): Promise<Page<Ticket>>;
  /** Tickets not closed, oldest first (GSI1). */
  listOpen(tenantId: string, limit: number, cursor?: string): Promise<Page<Ticket>>;
  /** A new ticket; with `messageId` also the inbound record (refused `message` if it exists). */
  createTicket(tenantId: string, ticket: Ticket, at: Date): Promise<void>;
  /** The ticket at `expectedVersion` → `next`, with its events. */
  updateTicket(
    tenantId: string,
    next: Ticket,
    expectedVersion: number,
    events: DomainEvent[],
    at: Date,
    correlationId?: string,
  ): Promise<void>;

  inboundOutcome(tenantId: string, messageId: string): Promise<InboundOutcome | undefined>;
  /**
   * The inbound record of a message another area decided (a proof of payment), for that area's
   * transaction: its condition fails when the message was already received, and with it the whole
   * transaction.
   */
  inboundRecordWrites(
    tenantId: string,
    messageId: string,
    outcome: InboundOutcome,
    at: Date,
  ): TransactionPart;
  /** The rejected message and its inbound record (refused `message` if it exists). */
  recordRejection(tenantId: string, day: string, mail: RejectedMail): Promise<void>;
  listRejected(tenantId: string, day: string, limit: number, cursor?: string): Promise<Page<RejectedMail>>;

  /** The addresses the admin authorised on the group's record, and its billing e-mail as indexed. */
  authorisedEmails(tenantId: string, groupId: string): Promise<{ listed: string[]; billing?: string }>;
  /** Replaces the listed addresses (and indexes the billing e-mail). */
  replaceAuthorisedEmails(
    tenantId: string,
    groupId: string,
    previous: readonly string[],
    next: readonly string[],
    billing: string,
    at: Date,
  ): Promise<void>;
  /** Indexes the group's current billing e-mail (the previous one no longer authorises). */
  indexBillingEmail(tenantId: string, groupId: string, billing: string, at: Date): Promise<void>;
  /** Groups of the tenant that authorise the address (GSI1; at most a few). */
  groupsAuthorising(tenantId: string, address: string): Promise<string[]>;
}

export interface SupportDeps {
  support: SupportRepository;
  groups: GroupRepository;
  catalogs: Pick<CatalogRepository, 'current'>;
  clock: Clock;
}

/** The customer hears of a reply or a status change, in the group's language, once per event. */
export interface SupportNotifyDeps {
  support: Pick<SupportRepository, 'getTicket'>;
  groups: Pick<GroupRepository, 'getGroup'>;
  tenant: (tenantId: string) => Promise<Tenant | undefined>;
  notifier: Notifier;
  sent: DeliveryLog;
  clock: Clock;
  leaseSeconds?: number;
}
