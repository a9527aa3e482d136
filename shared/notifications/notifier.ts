import type { Notifier } from './message.ts';
import { awsNotifier } from './sns-ses.ts';

export type { Channel, NotificationMessage, Notifier, SendOptions, SentNotification } from './message.ts';
export { checkMessage, normalizeRecipient } from './message.ts';

let installed: Notifier | undefined;

/** The notifier in force: the one installed by the local runtime (or a test), else SNS/SES. */
export function notifier(): Notifier {
  return installed ?? awsNotifier;
}

/** Called once by the local runtime's composition root (and by tests). */
export function installNotifier(n: Notifier | undefined): void {
  installed = n;
}
