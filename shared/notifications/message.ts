export type Channel = 'sms' | 'email';

/** One SMS or e-mail, already written in the recipient's language. */
export interface NotificationMessage {
  tenantId: string;
  channel: Channel;
  /** E.164 phone number (`+38640123456`, or digits only) for SMS; an e-mail address for e-mail. */
  to: string;
  /** The language the text is written in, e.g. `sl`. */
  locale: string;
  /** E-mail subject; required for e-mail, ignored for SMS. */
  subject?: string;
  text: string;
  /** Which template produced the text, e.g. `login-pin` (kept for audit, never shown). */
  template: string;
}

export interface SentNotification {
  /** The provider's message id (SNS/SES) or the local outbox item's id. */
  messageId: string;
  /** The notifier marked the delivery sent itself, in the same write as the message (the local outbox). */
  recorded?: boolean;
}

export interface SendOptions {
  /** The delivery this message belongs to (`delivery.ts`). */
  delivery?: DeliveryClaim;
  /** Abandons the send: the delivery's lease is over and another attempt may send it. */
  signal?: AbortSignal;
}

/** Port to SMS and e-mail delivery: SNS and SES on AWS, the local outbox when run locally. */
export interface Notifier {
  send(message: NotificationMessage, options?: SendOptions): Promise<SentNotification>;
}

/** `38640123456` / `+386 40 123 456` → `+38640123456`; e-mail addresses lower-cased. */
export function normalizeRecipient(channel: Channel, to: string): string {
  if (channel === 'sms') {
    const digits = to.replace(/[\s().-]/g, '');
    return digits.startsWith('+') ? digits : `+${digits}`;
  }
  return to.trim().toLowerCase();
}

/** Checks what every adapter relies on; a failure is a programming error, not a user's. */
export function checkMessage(message: NotificationMessage): void {
  const to = normalizeRecipient(message.channel, message.to);
  if (message.channel === 'sms' && !/^\+[1-9]\d{7,14}$/.test(to)) {
    throw new Error(`Not an E.164 phone number: ${message.to}`);
  }
  if (message.channel === 'email') {
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(to)) throw new Error(`Not an e-mail address: ${message.to}`);
    if (!message.subject) throw new Error('An e-mail needs a subject');
  }
  if (!message.text) throw new Error('A notification needs a text');
}

/** This attempt's hold on a delivery. */
export interface DeliveryClaim {
  tenantId: string;
  deliveryId: string;
  /** Only the attempt holding this token may mark the delivery sent or give it up. */
  token: string;
  leaseUntil: Date;
}
