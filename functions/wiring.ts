import { cognitoMachineCredentials } from '#shared/auth/app-clients.ts';
import { cognitoDirectory } from '#shared/auth/cognito.ts';
import { dynamoSignInRepository, dynamoStaffSignInRepository } from '#shared/auth/dynamo.ts';
import type {
  PasswordResetDeps,
  PinDestinationDeps,
  ProvisionDeps,
  SignInDeps,
  StaffSignInDeps,
  TokenClaimsDeps,
} from '#shared/auth/ports.ts';
import type { SimChangeDeps } from '#shared/auth/use-cases/report-sim-change.ts';
import { cachedCatalogs, dynamoCatalogRepository } from '#shared/catalog/dynamo.ts';
import type { CatalogDeps } from '#shared/catalog/ports.ts';
import { DEPOSIT_PURPOSE } from '#shared/credit-limits/domain.ts';
import {
  depositPayments,
  creditLimitReader as dynamoCreditLimitReader,
  dynamoCreditLimitRepository,
} from '#shared/credit-limits/dynamo.ts';
import type {
  CreditLimitDeps,
  CreditLimitNotifyDeps,
  CreditLimitReader,
} from '#shared/credit-limits/ports.ts';
import { readParts } from '#shared/db/items.ts';
import { createDunningRepository } from '#shared/dunning/dynamo.ts';
import type {
  DunningDeps,
  DunningEventDeps,
  DunningNoticeDeps,
  ProofDeps,
  ProofMailDeps,
  ProofRecordDeps,
} from '#shared/dunning/ports.ts';
import { s3ProofDocuments } from '#shared/dunning/s3-proofs.ts';
import { stepFunctionsWorkflow } from '#shared/dunning/sfn-workflow.ts';
import { dynamoGroupRepository, dynamoNumberAllocator } from '#shared/groups/dynamo.ts';
import type { CreditSettlement, GroupDeps } from '#shared/groups/ports.ts';
import type { ClubNoticeDeps } from '#shared/groups/use-cases/notify-club-below-minimum.ts';
import type { PublicQuoteDeps } from '#shared/groups/use-cases/public-quote.ts';
import { operatorSendsTheFile } from '#shared/invoices/bank.ts';
import { dynamoInvoiceRepository, invoicePayments } from '#shared/invoices/dynamo.ts';
import type { InvoiceDeps } from '#shared/invoices/ports.ts';
import { INVOICE_PURPOSE } from '#shared/invoices/runs.ts';
import { s3InvoiceFiles } from '#shared/invoices/s3-files.ts';
import type { InvoiceNoticeDeps } from '#shared/invoices/use-cases/notify-invoice-issued.ts';
import { sqsWorkQueue } from '#shared/invoices/work-queue.ts';
import { systemClock } from '#shared/kernel/clock.ts';
import { config } from '#shared/kernel/config.ts';
import { creditSettlement, dynamoMoneyRepository, usagePayments } from '#shared/money/dynamo.ts';
import { dynamoPaymentRepository, paymentReferences } from '#shared/money/dynamo-payments.ts';
import { dynamoVoucherRepository } from '#shared/money/dynamo-vouchers.ts';
import { payPalFromSecret } from '#shared/money/paypal-secret.ts';
import type { MoneyDeps, PaymentDeps, TopUpDeps, VoucherDeps } from '#shared/money/ports.ts';
import type { NotifyDeps } from '#shared/money/use-cases/notify-credit-transferred.ts';
import { recordPayment } from '#shared/money/use-cases/record-payment.ts';
import { dynamoDeliveryLog } from '#shared/notifications/dynamo.ts';
import { awsNotifierFor, sendEmail, sendSms } from '#shared/notifications/sns-ses.ts';
import { eventBridgeBus } from '#shared/publishing/eventbridge.ts';
import type { PublishDeps } from '#shared/publishing/ports.ts';
import { dynamoSupportRepository } from '#shared/support/dynamo.ts';
import type { SupportDeps, SupportNotifyDeps } from '#shared/support/ports.ts';
import { cachedTenant } from '#shared/tenants/cached-tenant.ts';
import { dynamoTenantRepository } from '#shared/tenants/dynamo.ts';
import { dynamoMachineClientRepository } from '#shared/tenants/dynamo-machine-clients.ts';
import { dynamoStaffRepository } from '#shared/tenants/dynamo-staff.ts';
import type { MachineClientDeps, StaffDeps, TenantDeps } from '#shared/tenants/ports.ts';
import { dynamoUsageRepository } from '#shared/usage/dynamo.ts';
import type { SpendingNoticeDeps, UsageDeps } from '#shared/usage/ports.ts';

/**
 * The production composition root: every port of every area bound to its AWS adapter, once per
 * container. A handler imports the dependency set its use case declares (in its area's
 * `ports.ts`) from `#wiring` and passes it as it is; tests pass fakes to the use cases instead.
 * The local runtime, the tests and the benchmarks resolve `#wiring` to `infra/local/wiring.ts`
 * (the `switchboard-local` import condition), which binds the edges to the local adapters.
 * One named set per need keeps each Lambda bundle to the adapters its handler uses.
 */

export const tenantDeps: TenantDeps = {
  tenants: dynamoTenantRepository,
  catalogs: dynamoCatalogRepository,
  clock: systemClock,
};

/** The tenant's machine clients: the registry and the user pool's app clients (client credentials). */
export const machineClientDeps: MachineClientDeps = {
  machineClients: dynamoMachineClientRepository,
  credentials: cognitoMachineCredentials,
  clock: systemClock,
};

/** The operator's staff: the registry (the tenant's, read for the platform's first member too). */
export const staffDeps: StaffDeps = {
  staff: dynamoStaffRepository,
  tenants: dynamoTenantRepository,
  clock: systemClock,
};

export const catalogDeps: CatalogDeps = { catalogs: dynamoCatalogRepository, clock: systemClock };

/** Groups read the catalog fresh: plan changes and registration decide on the version in force. */
export const groupDeps: GroupDeps = {
  groups: dynamoGroupRepository,
  numbers: dynamoNumberAllocator,
  catalogs: dynamoCatalogRepository,
  clock: systemClock,
};

/** A number leaving its group: the groups commands plus money's settlement of its credit. */
export const departureDeps: GroupDeps & { credit: CreditSettlement } = {
  groups: dynamoGroupRepository,
  numbers: dynamoNumberAllocator,
  catalogs: dynamoCatalogRepository,
  clock: systemClock,
  credit: creditSettlement,
};

/** The public plan quote: the catalog in force (cached per container) and the tenant. */
export const publicQuoteDeps: PublicQuoteDeps = {
  catalogs: cachedCatalogs,
  tenant: cachedTenant,
  clock: systemClock,
};

/** Money reads the catalog for its policies only (transfer limits): cached per container. */
export const moneyDeps: MoneyDeps = {
  money: dynamoMoneyRepository,
  groups: dynamoGroupRepository,
  policies: cachedCatalogs,
  clock: systemClock,
};

export const voucherDeps: VoucherDeps = {
  money: dynamoMoneyRepository,
  groups: dynamoGroupRepository,
  policies: cachedCatalogs,
  clock: systemClock,
  vouchers: dynamoVoucherRepository,
};

export const topUpDeps: TopUpDeps = {
  money: dynamoMoneyRepository,
  groups: dynamoGroupRepository,
  policies: cachedCatalogs,
  clock: systemClock,
  vouchers: dynamoVoucherRepository,
  payments: dynamoPaymentRepository,
  provider: () => payPalFromSecret,
};

/** Payments in: a reference of a credit-limit deposit is settled by that area, in the payment's transaction. */
export const paymentDeps: PaymentDeps = {
  payments: dynamoPaymentRepository,
  groups: dynamoGroupRepository,
  clock: systemClock,
  purposes: { [DEPOSIT_PURPOSE]: depositPayments, [INVOICE_PURPOSE]: invoicePayments },
};

/** Deposits, increase requests and a number's credit-limit page; deposit references are money's. */
export const creditLimitDeps: CreditLimitDeps = {
  limits: dynamoCreditLimitRepository,
  groups: dynamoGroupRepository,
  references: paymentReferences,
  clock: systemClock,
};

/**
 * What raises a number's credit limit in a billing period (permanent and temporary increases,
 * deposits), for spending control: the usage area's composition adds it to the tenant's table.
 */
export const creditLimitReader: CreditLimitReader = dynamoCreditLimitReader;

/**
 * The credit-transfer notifier: SMS through SNS (the channel its subscription is granted), each
 * delivery recorded once.
 */
export const notifyDeps: NotifyDeps = {
  groups: dynamoGroupRepository,
  tenant: cachedTenant,
  // `@__PURE__`: a bundle whose handler does not import this set leaves the SNS adapter out.
  notifier: /* @__PURE__ */ awsNotifierFor({ sms: sendSms }),
  sent: dynamoDeliveryLog,
  clock: systemClock,
};

/** The SMS of collection assurance (paid deposits, decided requests): SNS, each delivery recorded once. */
export const creditLimitNotifyDeps: CreditLimitNotifyDeps = {
  groups: dynamoGroupRepository,
  tenant: cachedTenant,
  notifier: /* @__PURE__ */ awsNotifierFor({ sms: sendSms }),
  sent: dynamoDeliveryLog,
  clock: systemClock,
};

/** The support desk: tickets, inbound mail, authorised addresses; the tenant's policy from the cached catalog. */
export const supportDeps: SupportDeps = {
  support: dynamoSupportRepository,
  groups: dynamoGroupRepository,
  catalogs: cachedCatalogs,
  clock: systemClock,
};

/** The customer told of a reply or a status change: SMS through SNS, e-mail through SES, each once. */
export const supportNotifyDeps: SupportNotifyDeps = {
  support: dynamoSupportRepository,
  groups: dynamoGroupRepository,
  tenant: cachedTenant,
  notifier: /* @__PURE__ */ awsNotifierFor({ sms: sendSms, email: sendEmail }),
  sent: dynamoDeliveryLog,
  clock: systemClock,
};

/** The outbox publisher: the stage's EventBridge bus. */
export const publishDeps: PublishDeps = { bus: eventBridgeBus };

/**
 * Rating, authorization, the usage view and spending control: the number's group and plan, the
 * catalog's prices (cached per container), credit-limit adjustments, and prepaid payments.
 */
export const usageDeps: UsageDeps = {
  usage: dynamoUsageRepository,
  groups: dynamoGroupRepository,
  catalogs: cachedCatalogs,
  limits: creditLimitReader,
  payments: usagePayments,
  tenant: cachedTenant,
  clock: systemClock,
  readTogether: readParts,
};

/** The administrator's SMS when the business club falls below its minimum. */
export const clubNoticeDeps: ClubNoticeDeps = {
  groups: dynamoGroupRepository,
  tenant: cachedTenant,
  notifier: /* @__PURE__ */ awsNotifierFor({ sms: sendSms }),
  sent: dynamoDeliveryLog,
  clock: systemClock,
};

/** The SMS of spending control (warning, bar, bar lifted). */
export const spendingNoticeDeps: SpendingNoticeDeps = {
  groups: dynamoGroupRepository,
  tenant: cachedTenant,
  notifier: /* @__PURE__ */ awsNotifierFor({ sms: sendSms }),
  sent: dynamoDeliveryLog,
  clock: systemClock,
};

/**
 * Bill runs and invoices: the invoices' own storage, and the reads of every area an invoice is
 * made from (members and their audit trail, charges, usage, deposits, payment settings, catalog).
 */
export const invoiceDeps: InvoiceDeps = {
  invoices: dynamoInvoiceRepository,
  groups: dynamoGroupRepository,
  usage: dynamoUsageRepository,
  creditLimits: dynamoCreditLimitRepository,
  payments: dynamoPaymentRepository,
  ledger: dynamoMoneyRepository,
  catalogs: dynamoCatalogRepository,
  readTogether: readParts,
  queue: sqsWorkQueue,
  references: paymentReferences,
  bank: operatorSendsTheFile,
  receivePayment: (actor, body) => recordPayment(paymentDeps, actor, body),
  files: s3InvoiceFiles,
  clock: systemClock,
};

/** The invoice and bill-run reads: storage only (no queue, no documents bucket). */
export const invoiceReadDeps: Pick<InvoiceDeps, 'invoices' | 'groups'> = {
  invoices: dynamoInvoiceRepository,
  groups: dynamoGroupRepository,
};

/** Voiding an invoice: its storage and the clock. */
export const invoiceVoidDeps: Pick<InvoiceDeps, 'invoices' | 'groups' | 'clock'> = {
  invoices: dynamoInvoiceRepository,
  groups: dynamoGroupRepository,
  clock: systemClock,
};

/** The reads that serve a document (the PDF, the direct-debit file) from the documents bucket. */
/** The run's direct-debit file: the run's storage and the documents bucket. */
export const invoiceRunFileDeps: Pick<InvoiceDeps, 'invoices' | 'files'> = {
  invoices: dynamoInvoiceRepository,
  files: s3InvoiceFiles,
};

// No spread in this module: an object spread is not free of side effects to the bundler, so it
// would keep every set's clients (the S3 client here) in every function's bundle.
export const invoiceFileDeps: Pick<InvoiceDeps, 'invoices' | 'groups' | 'files' | 'usage'> = {
  invoices: dynamoInvoiceRepository,
  groups: dynamoGroupRepository,
  files: s3InvoiceFiles,
  usage: dynamoUsageRepository,
};

/** The administrator's e-mail and SMS when an invoice is issued; the PDF link under the stage's public API URL. */
export const invoiceNoticeDeps: InvoiceNoticeDeps = {
  groups: dynamoGroupRepository,
  tenant: cachedTenant,
  notifier: /* @__PURE__ */ awsNotifierFor({ sms: sendSms, email: sendEmail }),
  sent: dynamoDeliveryLog,
  clock: systemClock,
  pdfLink: (groupId, invoiceId) =>
    `${config().PUBLIC_API_URL ?? ''}/v1/groups/${groupId}/invoices/${invoiceId}/pdf`,
};

/**
 * Dunning: its own items, and the invoice's and group's views of it and the reconnection fee
 * written in its transactions (their areas' writes).
 */
const dunnings = /* @__PURE__ */ createDunningRepository({
  invoiceView: (tenantId, groupId, period, view) =>
    dynamoInvoiceRepository.dunningWrite(tenantId, groupId, period, view),
  groupView: (tenantId, groupId, view) => dynamoGroupRepository.dunningWrite(tenantId, groupId, view),
  charge: (tenantId, charge) => dynamoGroupRepository.chargeWrite(tenantId, charge),
});

/** The dunning workflow's tasks: the dunning, the invoice, the group, the policy in force. */
export const dunningDeps: DunningDeps = {
  dunnings,
  invoices: dynamoInvoiceRepository,
  groups: dynamoGroupRepository,
  catalogs: dynamoCatalogRepository,
  tenant: cachedTenant,
  clock: systemClock,
};

/** What starts and wakes the dunning workflow (Step Functions). */
export const dunningEventDeps: DunningEventDeps = {
  dunnings,
  invoices: dynamoInvoiceRepository,
  groups: dynamoGroupRepository,
  catalogs: dynamoCatalogRepository,
  tenant: cachedTenant,
  clock: systemClock,
  workflow: stepFunctionsWorkflow,
};

/**
 * Payment proofs: the dunning (its outcome is recorded in the proof's transaction), the invoice,
 * the group (access), the policy in force and the documents bucket (presigned uploads and downloads).
 */
export const proofDeps: ProofDeps = {
  dunnings,
  invoices: dynamoInvoiceRepository,
  groups: dynamoGroupRepository,
  catalogs: dynamoCatalogRepository,
  tenant: cachedTenant,
  clock: systemClock,
  documents: s3ProofDocuments,
};

/** The proofs' decision and lists, which touch no document: no documents bucket in their bundles. */
export const proofRecordDeps: ProofRecordDeps = {
  dunnings,
  invoices: dynamoInvoiceRepository,
  groups: dynamoGroupRepository,
  catalogs: dynamoCatalogRepository,
  tenant: cachedTenant,
  clock: systemClock,
};

/**
 * A proof of payment by e-mail to the business address: the dunning, the group's invoices, the
 * policy in force, the support desk's authorised senders and inbound mail records, and the
 * documents bucket (the mail's document is put there).
 */
export const proofMailDeps: ProofMailDeps = {
  dunnings,
  invoices: dynamoInvoiceRepository,
  catalogs: dynamoCatalogRepository,
  mail: dynamoSupportRepository,
  documents: s3ProofDocuments,
  clock: systemClock,
};

/** The operator's list of dunnings: their storage only. */
export const dunningListDeps: Pick<ProofDeps, 'dunnings'> = { dunnings };

/** The dunning's SMS and e-mail (and the SMS of a rejected proof). */
export const dunningNoticeDeps: DunningNoticeDeps = {
  groups: dynamoGroupRepository,
  tenant: cachedTenant,
  notifier: /* @__PURE__ */ awsNotifierFor({ sms: sendSms, email: sendEmail }),
  sent: dynamoDeliveryLog,
  clock: systemClock,
};

/** Self-care sign-in: the user pool, the number's membership, the tenant's policy; the PIN by SMS (or e-mail). */
export const signInDeps: SignInDeps = {
  signIn: dynamoSignInRepository,
  directory: cognitoDirectory,
  groups: dynamoGroupRepository,
  catalogs: cachedCatalogs,
  tenant: cachedTenant,
  // A fixed line's PIN goes by e-mail where customer care registered an address.
  notifier: /* @__PURE__ */ awsNotifierFor({ sms: sendSms, email: sendEmail }),
  clock: systemClock,
};

/** Password recovery: the sign-in set (its code goes by e-mail, the notice of the change by SMS). */
export const recoveryDeps: SignInDeps = signInDeps;

/** The user pool kept in line with the groups; the initial password by SMS, once. */
export const provisionDeps: ProvisionDeps = {
  signIn: dynamoSignInRepository,
  directory: cognitoDirectory,
  groups: dynamoGroupRepository,
  notifier: /* @__PURE__ */ awsNotifierFor({ sms: sendSms, email: sendEmail }),
  sent: dynamoDeliveryLog,
  clock: systemClock,
};

/**
 * The staff's sign-in to the desk: the registry, their credentials, the user pool; the codes and the
 * initial passwords by e-mail.
 */
export const staffSignInDeps: StaffSignInDeps = {
  registry: dynamoStaffRepository,
  staffSignIn: dynamoStaffSignInRepository,
  signIn: dynamoSignInRepository,
  directory: cognitoDirectory,
  tenant: cachedTenant,
  notifier: /* @__PURE__ */ awsNotifierFor({ sms: sendSms, email: sendEmail }),
  sent: dynamoDeliveryLog,
  clock: systemClock,
};

/** The pre-token-generation trigger: claims from the table. */
export const tokenClaimsDeps: TokenClaimsDeps = {
  signIn: dynamoSignInRepository,
  staffSignIn: dynamoStaffSignInRepository,
  registry: dynamoStaffRepository,
  groups: dynamoGroupRepository,
  tenant: cachedTenant,
  clock: systemClock,
};

/** Customer care registers where a fixed line's PIN goes: the account, the audit, the notices (SMS or e-mail). */
export const pinDestinationDeps: PinDestinationDeps = {
  signIn: dynamoSignInRepository,
  groups: dynamoGroupRepository,
  notifier: /* @__PURE__ */ awsNotifierFor({ sms: sendSms, email: sendEmail }),
  sent: dynamoDeliveryLog,
  clock: systemClock,
};

/** Customer care's password reset: the account, the membership, the user pool, the new initial password's SMS. */
export const passwordResetDeps: PasswordResetDeps = {
  signIn: dynamoSignInRepository,
  groups: dynamoGroupRepository,
  directory: cognitoDirectory,
  notifier: /* @__PURE__ */ awsNotifierFor({ sms: sendSms, email: sendEmail }),
  sent: dynamoDeliveryLog,
  clock: systemClock,
};

/** The operator's report of a new SIM: the number's sign-in account. */
export const simChangeDeps: SimChangeDeps = {
  signIn: dynamoSignInRepository,
  groups: dynamoGroupRepository,
  clock: systemClock,
};
