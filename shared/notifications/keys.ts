import { type Key, tenantPrefix } from '../db/keys.ts';

/** Keys of the notification outbox and the record of notified events (docs/data-model.md). */
export const notificationKeys = {
  /** Local outbox of SMS/e-mail, one item per message, listed per recipient via GSI1. */
  message: (tenantId: string, messageId: string): Key => ({
    pk: `${tenantPrefix(tenantId)}#MSG#${messageId}`,
    sk: 'MSG',
  }),
  byRecipient: (tenantId: string, recipient: string, messageId: string) => ({
    gsi1pk: `${tenantPrefix(tenantId)}#MSGTO#${recipient}`,
    gsi1sk: messageId,
  }),
  /** GSI2: a tenant's whole local outbox, oldest first (message ids are ULIDs). */
  byTenant: (tenantId: string, messageId: string) => ({
    gsi2pk: `${tenantPrefix(tenantId)}#MSGS`,
    gsi2sk: messageId,
  }),
  /**
   * One message's delivery (`shared/notifications/delivery.ts`): claimed while it is being sent,
   * then sent; so a redelivered event sends no second message and a crashed attempt no lost one.
   */
  delivery: (tenantId: string, deliveryId: string): Key => ({
    pk: `${tenantPrefix(tenantId)}#NOTIFIED#${deliveryId}`,
    sk: 'NOTIFIED',
  }),
  recipientPartition: (tenantId: string, recipient: string) => `${tenantPrefix(tenantId)}#MSGTO#${recipient}`,
  tenantPartition: (tenantId: string) => `${tenantPrefix(tenantId)}#MSGS`,
};
