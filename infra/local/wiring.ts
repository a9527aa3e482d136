import * as production from '../../functions/wiring.ts';
import type {
  PasswordResetDeps,
  PinDestinationDeps,
  ProvisionDeps,
  SignInDeps,
  StaffSignInDeps,
} from '../../shared/auth/ports.ts';
import type { CreditLimitNotifyDeps } from '../../shared/credit-limits/ports.ts';
import type {
  DunningEventDeps,
  DunningNoticeDeps,
  ProofDeps,
  ProofMailDeps,
} from '../../shared/dunning/ports.ts';
import type { ClubNoticeDeps } from '../../shared/groups/use-cases/notify-club-below-minimum.ts';
import { localDirectDebitBank } from '../../shared/invoices/bank.ts';
import type { InvoiceDeps, InvoicingMessage } from '../../shared/invoices/ports.ts';
import type { InvoiceNoticeDeps } from '../../shared/invoices/use-cases/notify-invoice-issued.ts';
import { localPaymentProvider } from '../../shared/money/local-paypal.ts';
import type { TopUpDeps } from '../../shared/money/ports.ts';
import type { NotifyDeps } from '../../shared/money/use-cases/notify-credit-transferred.ts';
import { createLocalNotifier } from '../../shared/notifications/local-outbox.ts';
import type { PublishDeps } from '../../shared/publishing/ports.ts';
import type { SupportNotifyDeps } from '../../shared/support/ports.ts';
import type { MachineClientDeps } from '../../shared/tenants/ports.ts';
import type { SpendingNoticeDeps } from '../../shared/usage/ports.ts';
import { localBus } from './event-bus.ts';
import { localInvoiceFiles } from './invoice-files.ts';
import { localMachineCredentials } from './machine-credentials.ts';
import { localProofFiles } from './proof-files.ts';
import { localQueueSender } from './queue.ts';
import { localSettings } from './settings.ts';
import { localDunningWorkflow } from './workflows.ts';

/**
 * The local composition root: `#wiring` under the `switchboard-local` import condition (`npm
 * start`, the CLI, the tests and the benchmarks). The same DynamoDB adapters run against DynamoDB
 * Local; only the edges are local: PayPal is the deterministic local adapter, SMS and e-mail go to
 * the outbox in the table (`npm run cli -- outbox`), events to the in-process bus. Every set not
 * named here is the production one.
 */
export * from '../../functions/wiring.ts';

export const topUpDeps: TopUpDeps = { ...production.topUpDeps, provider: () => localPaymentProvider };

/** Machine clients: the registry in DynamoDB Local, the app clients made up (no token endpoint locally). */
export const machineClientDeps: MachineClientDeps = {
  ...production.machineClientDeps,
  credentials: localMachineCredentials(),
};

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

/**
 * The bill run's messages go to the invoicing queue open in this process (`npm start`'s, or the
 * CLI's); invoice PDFs are kept in the data folder.
 */
const invoicingQueue = localQueueSender('invoicing');
export const invoiceDeps: InvoiceDeps = {
  ...production.invoiceDeps,
  queue: {
    send: (messages: readonly InvoicingMessage[]) =>
      invoicingQueue.send(messages.map((m) => JSON.stringify(m))),
  },
  files: localInvoiceFiles(),
  bank: localDirectDebitBank(),
};

export const invoiceRunFileDeps: Pick<InvoiceDeps, 'invoices' | 'files'> = {
  ...production.invoiceRunFileDeps,
  files: localInvoiceFiles(),
};

export const invoiceFileDeps: Pick<InvoiceDeps, 'invoices' | 'groups' | 'files' | 'usage'> = {
  ...production.invoiceFileDeps,
  files: localInvoiceFiles(),
};

/** The invoice notices go to the outbox; the PDF link points at the local API. */
export const invoiceNoticeDeps: InvoiceNoticeDeps = {
  ...production.invoiceNoticeDeps,
  notifier: createLocalNotifier(),
  pdfLink: (groupId, invoiceId) => {
    const { host, port } = localSettings();
    return `http://${host}:${port}/v1/groups/${groupId}/invoices/${invoiceId}/pdf`;
  },
};

/** Sign-in against cognito-local (`infra/local/cognito.ts` points the adapter at it); PINs and passwords to the outbox. */
export const signInDeps: SignInDeps = { ...production.signInDeps, notifier: createLocalNotifier() };

/** The recovery code and the notice of the change to the outbox too. */
export const recoveryDeps: SignInDeps = signInDeps;

export const provisionDeps: ProvisionDeps = { ...production.provisionDeps, notifier: createLocalNotifier() };

/** The notices and the initial password of a fixed line's PIN destination to the outbox. */
export const pinDestinationDeps: PinDestinationDeps = {
  ...production.pinDestinationDeps,
  notifier: createLocalNotifier(),
};

/** The staff's sign-in codes and initial passwords to the outbox. */
export const staffSignInDeps: StaffSignInDeps = {
  ...production.staffSignInDeps,
  notifier: createLocalNotifier(),
};

export const passwordResetDeps: PasswordResetDeps = {
  ...production.passwordResetDeps,
  notifier: createLocalNotifier(),
};

/** The dunning workflow runs in this process (`infra/local/workflows.ts`); its notices go to the outbox. */
export const dunningEventDeps: DunningEventDeps = {
  ...production.dunningEventDeps,
  workflow: localDunningWorkflow,
};

export const dunningNoticeDeps: DunningNoticeDeps = {
  ...production.dunningNoticeDeps,
  notifier: createLocalNotifier(),
};

/** Payment-proof documents in the data folder, uploaded and downloaded through the local server. */
export const proofDeps: ProofDeps = { ...production.proofDeps, documents: localProofFiles() };

/** The document of a proof by e-mail goes to the data folder too. */
export const proofMailDeps: ProofMailDeps = { ...production.proofMailDeps, documents: localProofFiles() };
