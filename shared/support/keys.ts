import { createHash } from 'node:crypto';
import { type Key, tenantPrefix } from '../db/keys.ts';
import { groupPk } from '../groups/keys.ts';

/**
 * Keys of the support desk (access patterns in docs/data-model.md, section "Support desk"). Every
 * key starts with the tenant.
 */
export const ticketKeys = {
  /** A ticket, by its id (the operator works it by id). */
  ticket: (tenantId: string, ticketId: string): Key => ({
    pk: `${tenantPrefix(tenantId)}#TICKET#${ticketId}`,
    sk: 'TICKET',
  }),
  /**
   * GSI1, set while the ticket is not closed and removed when it is: the operator's queue, oldest
   * first. One partition per tenant holding only the tickets being worked on.
   */
  openEntry: (tenantId: string, ticketId: string) => ({
    gsi1pk: `${tenantPrefix(tenantId)}#TICKETS#OPEN`,
    gsi1sk: ticketId,
  }),
  openPartition: (tenantId: string): string => `${tenantPrefix(tenantId)}#TICKETS#OPEN`,
  /**
   * GSI2: the group's tickets, by opener (the number's digits, or `EMAIL` for mail) then id, so a
   * member reads its own with a sort-key prefix and the admin the whole partition.
   */
  groupEntry: (tenantId: string, groupId: string, opener: string, ticketId: string) => ({
    gsi2pk: `${groupPk(tenantId, groupId)}#TICKETS`,
    gsi2sk: `${opener}#${ticketId}`,
  }),
  groupPartition: (tenantId: string, groupId: string): string => `${groupPk(tenantId, groupId)}#TICKETS`,
  openerPrefix: (opener: string): string => `${opener}#`,
};

export const mailKeys = {
  /** One inbound message, by a hash of its message id: a resend finds it (written with the ticket or rejection). */
  inbound: (tenantId: string, messageId: string): Key => ({
    pk: `${tenantPrefix(tenantId)}#INMAIL#${createHash('sha256').update(messageId).digest('hex')}`,
    sk: 'INMAIL',
  }),
  /** A rejected message, kept for the operator; one partition per tenant and day (tenant calendar). */
  rejected: (tenantId: string, day: string, rejectionId: string): Key => ({
    pk: `${tenantPrefix(tenantId)}#MAILREJ#${day}`,
    sk: rejectionId,
  }),
  rejectedPartition: (tenantId: string, day: string): string => `${tenantPrefix(tenantId)}#MAILREJ#${day}`,
};

export const authorisedEmailKeys = {
  /** An address the admin authorised on the group's record. */
  listed: (tenantId: string, groupId: string, address: string): Key => ({
    pk: `${groupPk(tenantId, groupId)}#MAILS`,
    sk: `A#${address}`,
  }),
  /** The group's billing e-mail, which counts as authorised too (kept in step with the group). */
  billing: (tenantId: string, groupId: string): Key => ({
    pk: `${groupPk(tenantId, groupId)}#MAILS`,
    sk: 'BILLING',
  }),
  partition: (tenantId: string, groupId: string): string => `${groupPk(tenantId, groupId)}#MAILS`,
  listedPrefix: 'A#',
  /** GSI1 of both: which groups of the tenant authorise an address. */
  senderEntry: (tenantId: string, address: string, groupId: string) => ({
    gsi1pk: `${tenantPrefix(tenantId)}#MAILFROM#${address}`,
    gsi1sk: `G#${groupId}`,
  }),
  senderPartition: (tenantId: string, address: string): string =>
    `${tenantPrefix(tenantId)}#MAILFROM#${address}`,
};
