import { PaymentProofDecided } from '../../../events/payment-proof-decided.ts';
import { outboxPut } from '../../db/outbox.ts';
import type { Page } from '../../db/pagination.ts';
import type { TransactionPart } from '../../db/transactions.ts';
import { accessGroup, requireAdmin, requireGroupReader } from '../../groups/access.ts';
import { type IssuedHeader, isIssued } from '../../invoices/ports.ts';
import { parseInvoiceId } from '../../invoices/runs.ts';
import type { Actor } from '../../kernel/actor.ts';
import { localDate } from '../../kernel/calendar.ts';
import {
  Conflict,
  type FieldIssue,
  Forbidden,
  fieldIssue,
  InvalidInput,
  NotFound,
} from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import { message } from '../../kernel/messages.ts';
import { isDecisive, mergeOutcome, type Outcome } from '../domain.ts';
import { ProofChanged, StaleDunning } from '../dynamo.ts';
import {
  type PaymentProof,
  type ProofDeps,
  type ProofRecordDeps,
  type ProofStatus,
  proofDocumentKey,
} from '../ports.ts';
import {
  type CreateProofBody,
  earliestPaidOn,
  hasSignatureOf,
  isOpen,
  MAX_OPEN_PROOFS,
  type ProofDecisionBody,
  type ProofView,
  proofView,
} from '../proofs.ts';

/**
 * Payment proofs (document 002). A customer whose service is suspended for non-payment, or who
 * just paid late, sends proof of the payment instead of waiting for the bank: its administrator
 * declares it (amount, day, bank reference, the document's name, type and size) and gets an upload
 * URL, puts the document there, then submits the proof; the operator's staff review it from their
 * queue and approve or reject it within minutes. A submission (where the tenant restores service on
 * a proof alone) and a decision end the dunning's wait when they are decisive for its stage: the
 * outcome is recorded on the dunning in the proof's own transaction, with `DunningOutcomeRecorded`,
 * which wakes the workflow.
 */

const NO_SUCH_INVOICE = message('invoice.not-found');
const NO_SUCH_PROOF = message('proof.not-found');

/** A dunning that moved between the read and the write, or a concurrent change of the proof, is read again. */
export const ATTEMPTS = 5;

function requireOperator(actor: Actor): void {
  if (actor.principal.role !== 'operator')
    throw new Forbidden(message('role.not-allowed', { role: actor.principal.role }));
}

/** The group's current administrator (checked against the stored group), else 404 / 403. */
async function adminOf(deps: ProofRecordDeps, actor: Actor, groupId: string): Promise<void> {
  requireAdmin(await accessGroup(deps, actor.principal, groupId));
}

/** The group's administrator or the operator's staff: who reads the proofs of an invoice. */
async function readerOf(deps: ProofRecordDeps, actor: Actor, groupId: string): Promise<'admin' | 'operator'> {
  const access = await accessGroup(deps, actor.principal, groupId);
  requireGroupReader(access);
  return access.viewer;
}

/** The group's issued invoice `invoiceId`, else 404. */
async function issuedInvoice(
  deps: ProofRecordDeps,
  actor: Actor,
  groupId: string,
  invoiceId: string,
): Promise<IssuedHeader> {
  const id = parseInvoiceId(invoiceId);
  if (!id || id.groupId !== groupId) throw new NotFound(NO_SUCH_INVOICE);
  const header = await deps.invoices.getHeader(actor.tenant.tenantId, groupId, id.period);
  if (!header || !isIssued(header)) throw new NotFound(NO_SUCH_INVOICE);
  return header;
}

async function proofOf(
  deps: ProofRecordDeps,
  actor: Actor,
  groupId: string,
  invoiceId: string,
  proofId: string,
): Promise<PaymentProof> {
  const id = parseInvoiceId(invoiceId);
  if (!id || id.groupId !== groupId) throw new NotFound(NO_SUCH_PROOF);
  const proof = await deps.dunnings.getProof(actor.tenant.tenantId, invoiceId, proofId);
  if (!proof) throw new NotFound(NO_SUCH_PROOF);
  return proof;
}

/** The invoice's proofs that wait for their document or for review. */
export async function openProofs(
  deps: Pick<ProofRecordDeps, 'dunnings'>,
  tenantId: string,
  invoiceId: string,
): Promise<number> {
  let open = 0;
  let cursor: string | undefined;
  do {
    const page = await deps.dunnings.listInvoiceProofs(tenantId, invoiceId, 100, cursor);
    open += page.items.filter(isOpen).length;
    cursor = page.nextCursor;
  } while (cursor && open < MAX_OPEN_PROOFS);
  return open;
}

/** What a declared proof answers: the proof, and where and how to upload its document. */
export interface CreatedProof {
  proof: ProofView;
  upload: { method: 'PUT'; url: string; headers: { 'content-type': string }; expiresAt: string };
}

/**
 * The group's administrator declares a proof of payment of an issued invoice that still has
 * something due: the amount in the invoice's currency, the day it paid (not in the future in the
 * tenant's calendar, not long before the invoice), the bank's reference and the document it will
 * upload. At most `MAX_OPEN_PROOFS` of an invoice wait at once. The answer carries the upload URL.
 */
export async function createProof(
  deps: ProofDeps,
  actor: Actor,
  groupId: string,
  invoiceId: string,
  body: CreateProofBody,
): Promise<CreatedProof> {
  const { tenant, principal } = actor;
  await adminOf(deps, actor, groupId);
  const invoice = await issuedInvoice(deps, actor, groupId, invoiceId);
  if (invoice.status !== 'issued' || invoice.outstanding.amount <= 0)
    throw new Conflict(
      message('proof.invoice-not-due', { status: invoice.status, outstanding: invoice.outstanding }),
      { invoiceStatus: invoice.status },
    );

  const now = deps.clock.now();
  const issues: FieldIssue[] = [];
  const currency = invoice.outstanding.currency;
  if (body.amount.currency !== currency)
    issues.push(fieldIssue('body.amount.currency', message('field.in-currency', { currency })));
  const earliest = earliestPaidOn(invoice.issueDate);
  if (body.paidOn > localDate(now, tenant.timeZone))
    issues.push(fieldIssue('body.paidOn', message('field.not-in-future')));
  else if (body.paidOn < earliest)
    issues.push(fieldIssue('body.paidOn', message('field.not-before', { date: earliest })));
  if (issues.length) throw new InvalidInput(issues);

  // A cap against a flood of proofs, not an invariant: two declared at the same instant may both pass.
  if ((await openProofs(deps, tenant.tenantId, invoiceId)) >= MAX_OPEN_PROOFS)
    throw new Conflict(message('proof.too-many-open', { max: MAX_OPEN_PROOFS }));

  const proofId = newId();
  const proof: PaymentProof = {
    tenantId: tenant.tenantId,
    proofId,
    groupId,
    invoiceId,
    period: invoice.period,
    amount: body.amount,
    paidOn: body.paidOn,
    bankReference: body.bankReference,
    document: {
      fileName: body.document.fileName,
      contentType: body.document.contentType,
      size: body.document.size,
      key: proofDocumentKey(tenant.tenantId, groupId, proofId),
    },
    status: 'awaiting-document',
    channel: 'portal',
    submittedBy: `+${principal.msisdn}`,
    createdAt: now.toISOString(),
    version: 1,
  };
  await deps.dunnings.createProof(proof);
  const upload = await deps.documents.uploadUrl(
    proof.document.key,
    proof.document.contentType,
    proof.document.size,
  );
  return {
    proof: proofView(proof, 'admin'),
    upload: {
      method: 'PUT',
      url: upload.url,
      headers: { 'content-type': proof.document.contentType },
      expiresAt: upload.expiresAt,
    },
  };
}

/**
 * The writes a proof's change carries for the invoice's dunning: the outcome, merged with the one
 * recorded, with its event, when it is decisive for the dunning's stage under the tenant's policy;
 * otherwise a check that the dunning did not move since it was read (a move makes the transaction
 * fail and the caller decide again, so a proof never misses a stage that it would have ended).
 */
export async function dunningWrites(
  deps: Pick<ProofRecordDeps, 'dunnings' | 'catalogs'>,
  actor: Actor,
  invoiceId: string,
  outcome: Outcome,
  at: Date,
): Promise<TransactionPart> {
  const tenantId = actor.tenant.tenantId;
  const dunning = await deps.dunnings.get(tenantId, invoiceId);
  if (!dunning) return [];
  const policy = (await deps.catalogs.current(tenantId))?.catalog.policies.dunning;
  const merged =
    policy && isDecisive(dunning.stage, outcome.kind, policy)
      ? mergeOutcome(dunning.outcome, outcome)
      : undefined;
  if (!merged) return deps.dunnings.unchangedCheck(dunning);
  return deps.dunnings.recordOutcomeWrites(dunning, merged, {
    at,
    ...(actor.correlationId ? { correlationId: actor.correlationId } : {}),
  });
}

/** A conflict naming the document. */
const documentConflict = () =>
  new Conflict(message('proof.not-uploaded'), {
    errors: [fieldIssue('document', message('proof.not-uploaded'))],
  });

/**
 * The administrator submits a proof whose document it uploaded: a copy of the document is kept out
 * of the upload URL's reach, and it must be what was declared (the size, at most `MAX_PROOF_BYTES`,
 * and the first bytes of the declared type), else 400 naming `document`; nothing uploaded is 409.
 * The proof then waits in the staff's queue (`pending`). Submitting it again answers the same.
 */
export async function submitProof(
  deps: ProofDeps,
  actor: Actor,
  groupId: string,
  invoiceId: string,
  proofId: string,
): Promise<ProofView> {
  await adminOf(deps, actor, groupId);
  for (let attempt = 1; ; attempt++) {
    const proof = await proofOf(deps, actor, groupId, invoiceId, proofId);
    if (proof.status === 'pending') return proofView(proof, 'admin');
    if (proof.status !== 'awaiting-document')
      throw new Conflict(message('proof.decided', { status: proof.status }), { proofStatus: proof.status });

    const reviewKey = await deps.documents.keep(proof.document.key);
    const seen = reviewKey ? await deps.documents.inspect(reviewKey) : undefined;
    if (!reviewKey || !seen) throw documentConflict();
    const declared = proof.document;
    if (seen.size !== declared.size)
      throw new InvalidInput(
        [fieldIssue('document', message('field.document-size', { size: declared.size, actual: seen.size }))],
        message('proof.document-refused'),
      );
    if (!hasSignatureOf(declared.contentType, seen.head))
      throw new InvalidInput(
        [fieldIssue('document', message('field.document-content', { type: declared.contentType }))],
        message('proof.document-refused'),
      );

    const now = deps.clock.now();
    const at = now.toISOString();
    const after: PaymentProof = {
      ...proof,
      status: 'pending',
      submittedAt: at,
      document: { ...declared, reviewKey },
    };
    try {
      await deps.dunnings.updateProof(
        proof,
        after,
        await dunningWrites(deps, actor, invoiceId, { kind: 'proof-submitted', at, proofId }, now),
      );
      return proofView(after, 'admin');
    } catch (e) {
      if ((e instanceof StaleDunning || e instanceof ProofChanged) && attempt < ATTEMPTS) continue;
      throw e;
    }
  }
}

/**
 * The operator's staff approve or reject a submitted proof (a rejection says why), recorded with
 * who decided and when, and `PaymentProofDecided` (a rejection is told to the customer by SMS). An
 * approval ends the dunning's wait in any active stage; a rejection ends a provisional
 * reactivation. The same decision again answers the same; another one is 409, as is a decision on a
 * proof not yet submitted.
 */
export async function decideProof(
  deps: ProofRecordDeps,
  actor: Actor,
  groupId: string,
  invoiceId: string,
  proofId: string,
  body: ProofDecisionBody,
): Promise<ProofView> {
  // Another tenant's staff learn nothing (404) before the role is refused (403).
  await accessGroup(deps, actor.principal, groupId);
  requireOperator(actor);
  const invoice = await issuedInvoice(deps, actor, groupId, invoiceId);
  const status: ProofStatus = body.decision === 'approve' ? 'approved' : 'rejected';
  for (let attempt = 1; ; attempt++) {
    const proof = await proofOf(deps, actor, groupId, invoiceId, proofId);
    if (proof.status === status) return proofView(proof, 'operator');
    if (proof.status === 'awaiting-document') throw new Conflict(message('proof.not-submitted'));
    if (proof.status !== 'pending')
      throw new Conflict(message('proof.decided', { status: proof.status }), { proofStatus: proof.status });

    const now = deps.clock.now();
    const at = now.toISOString();
    const after: PaymentProof = {
      ...proof,
      status,
      decidedBy: actor.principal.subject,
      decidedAt: at,
      ...(body.reason ? { reason: body.reason } : {}),
    };
    const outcome: Outcome =
      status === 'approved'
        ? { kind: 'proof-approved', at, proofId }
        : { kind: 'proof-rejected', at, proofId, ...(body.reason ? { reason: body.reason } : {}) };
    const event = outboxPut(
      PaymentProofDecided,
      actor.tenant.tenantId,
      {
        proofId,
        invoiceId,
        groupId,
        number: invoice.number,
        decision: status === 'approved' ? 'approved' : 'rejected',
        ...(body.reason ? { reason: body.reason } : {}),
        amount: proof.amount,
        outstanding: invoice.outstanding,
        paymentReference: invoice.paymentReference,
      },
      now,
      actor.correlationId,
    );
    try {
      await deps.dunnings.updateProof(proof, after, [
        ...(await dunningWrites(deps, actor, invoiceId, outcome, now)),
        { item: event },
      ]);
      return proofView(after, 'operator');
    } catch (e) {
      if ((e instanceof StaleDunning || e instanceof ProofChanged) && attempt < ATTEMPTS) continue;
      throw e;
    }
  }
}

/** One proof, for the group's administrator or the staff; the staff's view links the submitted document. */
export async function getProof(
  deps: ProofDeps,
  actor: Actor,
  groupId: string,
  invoiceId: string,
  proofId: string,
): Promise<ProofView & { documentUrl?: string }> {
  const viewer = await readerOf(deps, actor, groupId);
  const proof = await proofOf(deps, actor, groupId, invoiceId, proofId);
  const view = proofView(proof, viewer);
  if (viewer !== 'operator' || !proof.document.reviewKey) return view;
  return { ...view, documentUrl: await deps.documents.downloadUrl(proof.document.reviewKey) };
}

/** The proofs sent for one invoice, oldest first. */
export async function listInvoiceProofs(
  deps: ProofRecordDeps,
  actor: Actor,
  groupId: string,
  invoiceId: string,
  limit: number,
  cursor?: string,
): Promise<Page<ProofView>> {
  const viewer = await readerOf(deps, actor, groupId);
  await issuedInvoice(deps, actor, groupId, invoiceId);
  const page = await deps.dunnings.listInvoiceProofs(actor.tenant.tenantId, invoiceId, limit, cursor);
  return { ...page, items: page.items.map((p) => proofView(p, viewer)) };
}

/** The staff's queue: the tenant's proofs in `status` (`pending`: waiting for review), oldest submission first. */
export async function listProofQueue(
  deps: ProofRecordDeps,
  actor: Actor,
  status: Exclude<ProofStatus, 'awaiting-document'>,
  limit: number,
  cursor?: string,
): Promise<Page<ProofView>> {
  requireOperator(actor);
  const page = await deps.dunnings.listProofs(actor.tenant.tenantId, status, limit, cursor);
  return { ...page, items: page.items.map((p) => proofView(p, 'operator')) };
}
