import * as production from '../../functions/wiring.ts';
import type { ProvisionDeps, SignInDeps } from '../../shared/auth/ports.ts';
import type { CreditLimitNotifyDeps } from '../../shared/credit-limits/ports.ts';
import type { ClubNoticeDeps } from '../../shared/groups/use-cases/notify-club-below-minimum.ts';
import { localPaymentProvider } from '../../shared/money/local-paypal.ts';
import type { TopUpDeps } from '../../shared/money/ports.ts';
import type { NotifyDeps } from '../../shared/money/use-cases/notify-credit-transferred.ts';
import { createLocalNotifier } from '../../shared/notifications/local-outbox.ts';
import type { PublishDeps } from '../../shared/publishing/ports.ts';
import type { SupportNotifyDeps } from '../../shared/support/ports.ts';
import type { SpendingNoticeDeps } from '../../shared/usage/ports.ts';
import { localBus } from './event-bus.ts';

/**
 * The local composition root: `#wiring` under the `switchboard-local` import condition (`npm
 * start`, the CLI, the tests and the benchmarks). The same DynamoDB adapters run against DynamoDB
 * Local; only the edges are local: PayPal is the deterministic local adapter, SMS and e-mail go to
 * the outbox in the table (`npm run cli -- outbox`), events to the in-process bus. Every set not
 * named here is the production one.
 */
export * from '../../functions/wiring.ts';

export const topUpDeps: TopUpDeps = { ...production.topUpDeps, provider: () => localPaymentProvider };

export const notifyDeps: NotifyDeps = { ...production.notifyDeps, notifier: createLocalNotifier() };

export const clubNoticeDeps: ClubNoticeDeps = {
  ...production.clubNoticeDeps,
  notifier: createLocalNotifier(),
};

export const spendingNoticeDeps: SpendingNoticeDeps = {
  ...production.spendingNoticeDeps,
  notifier: createLocalNotifier(),
};

export const creditLimitNotifyDeps: CreditLimitNotifyDeps = {
  ...production.creditLimitNotifyDeps,
  notifier: createLocalNotifier(),
};

export const supportNotifyDeps: SupportNotifyDeps = {
  ...production.supportNotifyDeps,
  notifier: createLocalNotifier(),
};

export const publishDeps: PublishDeps = { bus: localBus };

/** Sign-in against cognito-local (`infra/local/cognito.ts` points the adapter at it); PINs and passwords to the outbox. */
export const signInDeps: SignInDeps = { ...production.signInDeps, notifier: createLocalNotifier() };

export const provisionDeps: ProvisionDeps = { ...production.provisionDeps, notifier: createLocalNotifier() };
