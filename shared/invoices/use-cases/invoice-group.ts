import type { CatalogVersion } from '../../catalog/domain.ts';
import type { DepositRecord } from '../../credit-limits/domain.ts';
import { containerCache } from '../../db/container-cache.ts';
import type { OneTimeCharge } from '../../groups/charges.ts';
import type { Member } from '../../groups/domain.ts';
import { subscriptionHistory } from '../../groups/history.ts';
import type { AuditEntry } from '../../groups/ports.ts';
import type { Actor } from '../../kernel/actor.ts';
import { zero } from '../../kernel/money.ts';
import type { LedgerEntry } from '../../money/domain.ts';
import type { PeriodUsage } from '../../usage/ports.ts';
import type { PaymentMeans } from '../document.ts';
import {
  computeInvoice,
  type DepositToCredit,
  InconsistentInvoiceData,
  type NumberInput,
} from '../domain.ts';
import type { GroupOutcome, InvoiceDeps, InvoiceHeader } from '../ports.ts';
import { invoiceIdOf, periodWindow, previousPeriod, runIdOf } from '../runs.ts';
import { checkRunFinished } from './number-invoices.ts';

const PAGE = 200;

async function all<T>(page: (cursor?: string) => Promise<{ items: T[]; nextCursor?: string }>): Promise<T[]> {
  const out: T[] = [];
  let cursor: string | undefined;
  do {
    const p = await page(cursor);
    out.push(...p.items);
    cursor = p.nextCursor;
  } while (cursor);
  return out;
}

/** The group's audit entries from now back to `from`, newest first (the trail is read no further). */
async function auditSince(
  deps: InvoiceDeps,
  tenantId: string,
  groupId: string,
  from: string,
): Promise<AuditEntry[]> {
  const out: AuditEntry[] = [];
  let cursor: string | undefined;
  do {
    const p = await deps.groups.listAudit(tenantId, groupId, PAGE, cursor);
    for (const e of p.items) {
      if (e.at < from) return out;
      out.push(e);
    }
    cursor = p.nextCursor;
  } while (cursor);
  return out;
}

/**
 * The catalog version in force at the end of the period (the last one created before it). Versions
 * never change once written, so a worker reads it once per container for all its groups.
 */
const versionCaches = new WeakMap<InvoiceDeps['catalogs'], (key: string) => Promise<CatalogVersion>>();
function catalogAt(deps: InvoiceDeps, tenantId: string, end: string): Promise<CatalogVersion> {
  let versionAt = versionCaches.get(deps.catalogs);
  if (!versionAt) {
    versionAt = containerCache((key) => {
      const [t, e] = key.split('|') as [string, string];
      return findCatalogAt(deps.catalogs, t, e);
    });
    versionCaches.set(deps.catalogs, versionAt);
  }
  return versionAt(`${tenantId}|${end}`);
}

async function findCatalogAt(
  catalogs: InvoiceDeps['catalogs'],
  tenantId: string,
  end: string,
): Promise<CatalogVersion> {
  let cursor: string | undefined;
  do {
    const p = await catalogs.listVersions(tenantId, 20, cursor);
    const v = p.items.find((c) => c.createdAt < end);
    if (v) return v;
    cursor = p.nextCursor;
  } while (cursor);
  const current = await catalogs.current(tenantId);
  if (!current) throw new InconsistentInvoiceData('the tenant has no catalog');
  return current;
}

/**
 * Computes one group's invoice for a period from what the other areas recorded and stores it as a
 * draft of the run (or records why it has none). Inputs:
 * - the numbers and their plan and add-on spans: the members now and the group's audit trail back
 *   to the period's start (`shared/groups/history.ts`);
 * - each number's period usage (one batch read), the period's one-time charges and paid deposits;
 * - the previous invoice: what it left unpaid and the deposits it carried over;
 * - the catalog version in force at the end of the period, the tenant's VAT rate and seller
 *   details, the group's payment settings (a direct-debit mandate or a transfer).
 * A group whose data cannot make an invoice fails alone with the reason; the others go on.
 * Idempotent: a group that already has an outcome in the run is left as it is.
 */
export async function invoiceGroup(
  deps: InvoiceDeps,
  actor: Actor,
  period: string,
  groupId: string,
): Promise<GroupOutcome['status'] | 'already'> {
  const tenantId = actor.tenant.tenantId;
  const runGroup = await deps.invoices.getRunGroup(tenantId, period, groupId);
  if (runGroup?.status !== 'pending') {
    await checkRunFinished(deps, tenantId, period);
    return 'already';
  }
  let outcome: GroupOutcome;
  try {
    outcome = await draftOf(deps, actor, period, groupId);
  } catch (e) {
    if (!(e instanceof InconsistentInvoiceData)) throw e;
    outcome = { status: 'failed', reason: e.reason };
  }
  await deps.invoices.finishGroup(tenantId, period, groupId, outcome, deps.clock.now().toISOString());
  await checkRunFinished(deps, tenantId, period);
  return outcome.status;
}

async function draftOf(
  deps: InvoiceDeps,
  actor: Actor,
  period: string,
  groupId: string,
): Promise<GroupOutcome> {
  const tenant = actor.tenant;
  const tenantId = tenant.tenantId;
  const group = await deps.groups.getGroup(tenantId, groupId);
  if (!group) return { status: 'skipped', reason: 'the group no longer exists' };
  if (!tenant.seller)
    throw new InconsistentInvoiceData('the operator has no seller details (tenant settings: seller)');
  const window = periodWindow(period, tenant.timeZone);

  const [members, audit, charges, deposits, previous, catalog, settings, ledger] = await Promise.all([
    all<Member>((c) => deps.groups.listMembers(tenantId, groupId, PAGE, c)),
    auditSince(deps, tenantId, groupId, window.from),
    all<OneTimeCharge>((c) => deps.groups.listCharges(tenantId, groupId, period, PAGE, c)),
    all<DepositRecord>((c) => deps.creditLimits.depositsOfPeriod(tenantId, groupId, period, PAGE, c)),
    deps.invoices.getHeader(tenantId, groupId, previousPeriod(period)),
    catalogAt(deps, tenantId, window.to),
    deps.payments.getSettings(tenantId, groupId),
    all<LedgerEntry>((c) => deps.ledger.statement(tenantId, groupId, period, PAGE, c)),
  ]);
  const history = subscriptionHistory(groupId, members, audit, window.from, window.to);

  const numbers = new Map<string, NumberInput>();
  for (const h of history)
    numbers.set(h.msisdn, {
      msisdn: h.msisdn,
      plans: h.plans,
      addOns: h.addOns,
      charges: [],
      ...(h.sharesUnitsOf ? { sharesUnitsOf: h.sharesUnitsOf } : {}),
    });
  for (const c of charges) {
    const n = numbers.get(c.msisdn) ?? { msisdn: c.msisdn, plans: [], addOns: [], charges: [] };
    numbers.set(c.msisdn, { ...n, charges: [...n.charges, c] });
  }
  // Top-ups of prepaid balances in the period (shown for information beside the usage they paid).
  for (const e of ledger) {
    if ((e.kind !== 'top-up' && e.kind !== 'voucher') || e.amount.amount <= 0) continue;
    const n = numbers.get(e.msisdn) ?? { msisdn: e.msisdn, plans: [], addOns: [], charges: [] };
    numbers.set(e.msisdn, {
      ...n,
      topUps: [...(n.topUps ?? []), { kind: e.kind, amount: e.amount, at: e.at }],
    });
  }
  // The previous invoice: what it asked for and the payments received on it since (a voided one
  // asked for nothing).
  const billed = previous && (previous.status === 'issued' || previous.status === 'paid');
  const previousDue = billed ? previous.totals.amountDue : zero(tenant.currency);
  const paymentsReceived = billed
    ? (previous.payments ?? []).map((p) => ({
        paymentId: p.paymentId,
        amount: p.amount,
        receivedAt: p.receivedAt,
      }))
    : [];
  const carried: DepositToCredit[] =
    previous && previous.status !== 'draft'
      ? previous.depositsCarriedOver.map((d) => ({ ...d, paidAt: previous.issueDate }))
      : [];
  if (!numbers.size && previousDue.amount === 0 && !deposits.length && !carried.length)
    return { status: 'skipped', reason: 'nothing to invoice: no number in the period' };

  const msisdns = [...numbers.keys()];
  const usage = (await deps.readTogether(
    msisdns.map((m) => deps.usage.periodUsageRead(tenantId, m, period, groupId)),
  )) as (PeriodUsage | undefined)[];
  for (const [i, m] of msisdns.entries()) {
    const u = usage[i];
    if (u && u.records > 0)
      numbers.set(m, {
        ...numbers.get(m)!,
        usage: { lines: u.lines, packStarts: u.packStarts, paidFromBalance: u.paidFromBalance },
      });
  }

  const result = computeInvoice({
    tenant: {
      currency: tenant.currency,
      vatRateBasisPoints: tenant.vatRateBasisPoints,
      timeZone: tenant.timeZone,
    },
    period,
    catalog: catalog.catalog,
    group: { groupId, language: group.language, itemizedBill: group.itemizedBill ?? false },
    numbers: [...numbers.values()],
    deposits: [...carried, ...deposits.filter((d) => d.remaining.amount > 0)],
    previousDue,
    payments: paymentsReceived,
  });
  const paymentMeans: PaymentMeans =
    settings?.method === 'direct-debit'
      ? {
          kind: 'direct-debit',
          debtorIban: settings.iban,
          mandateReference: settings.mandate.reference,
          mandateSignedOn: settings.mandate.signedOn,
        }
      : { kind: 'credit-transfer' };
  const { lines, ...rest } = result;
  const header: InvoiceHeader = {
    ...rest,
    tenantId,
    groupId,
    invoiceId: invoiceIdOf(groupId, period),
    runId: runIdOf(period),
    status: 'draft',
    seller: tenant.seller,
    buyer: {
      legalName: group.company.legalName,
      vatId: group.company.vatId,
      registrationNumber: group.company.registrationNumber,
      address: { ...group.company.address, country: group.company.address.country || tenant.country },
      email: group.billingEmail,
    },
    paymentMeans,
    outstanding: result.totals.amountDue,
    adminMsisdn: group.adminMsisdn,
    itemizedBill: group.itemizedBill ?? false,
    lineCount: lines.length,
    chunks: 0,
    draftedAt: deps.clock.now().toISOString(),
  };
  return { status: 'done', draft: { header, lines } };
}
