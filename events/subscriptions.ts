import type { EventContract } from './contract.ts';
import { CreditTransferred } from './credit-transferred.ts';

/** One consumer of domain events: a Lambda handler and the event contracts it receives. */
export interface Subscription {
  /** Unique, kebab-case: names the function and its rules, e.g. `notify-credit-transferred`. */
  name: string;
  /** Handler module from the repo root, without extension, e.g. `functions/money/on-credit-transferred`. */
  handler: string;
  /** The contracts it receives (matched on `source` and `detail-type`). */
  events: EventContract[];
  /**
   * Channels it notifies on through `shared/notify`: `sms` allows SNS SMS to phone numbers (never
   * topics), `email` allows SES sending from the stage's sender (`-c notifyEmailFrom=...`).
   */
  sends?: readonly ('sms' | 'email')[];
}

/**
 * Every subscriber of the event bus. CDK makes one function and one rule per source for each entry
 * (`infra/stacks/events-stack.ts`); the local runtime dispatches its in-process bus by the same list.
 */
export const subscriptions: Subscription[] = [
  {
    name: 'notify-credit-transferred',
    handler: 'functions/money/on-credit-transferred',
    events: [CreditTransferred],
    sends: ['sms'],
  },
];
