import { expect } from 'vitest';
import { localProofFiles } from '../../infra/local/proof-files.ts';
import { dunningDeps } from '../../infra/local/wiring.ts';
import type { DunningStage } from '../../shared/dunning/domain.ts';
import type { Dunning } from '../../shared/dunning/ports.ts';
import { parseInvoiceId } from '../../shared/invoices/runs.ts';
import { claims, invoke } from '../support/invoke.ts';
import { idem } from './groups-fixture.ts';

/**
 * Set-up shared by the tests that reach dunnings and payment proofs: a dunning opened on an issued
 * invoice at any stage (as the workflow would have left it), proofs declared, uploaded and
 * submitted through the real routes, and documents of the declared size.
 */

/** A document of `size` bytes starting with the signature of `contentType` (or with `head`). */
export function documentOf(size: number, contentType = 'application/pdf', head?: Buffer): Buffer {
  const signature =
    head ??
    {
      'application/pdf': Buffer.from('%PDF-1.7\n'),
      'image/jpeg': Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
      'image/png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    }[contentType]!;
  return Buffer.concat([signature, Buffer.alloc(Math.max(0, size - signature.length), 0x20)]).subarray(
    0,
    size,
  );
}

/** The invoice of `groupId` for `period` (`YYYY-MM`). */
export const invoiceIdOf = (groupId: string, period: string) => `${groupId}-${period.replace('-', '')}`;

/** Opens the dunning of an issued invoice directly at `stage` (numbers barred when suspended). */
export async function openDunningAt(
  tenantId: string,
  invoiceId: string,
  stage: DunningStage,
  set: Partial<Dunning> = {},
): Promise<Dunning> {
  const id = parseInvoiceId(invoiceId)!;
  const header = await dunningDeps.invoices.getHeader(tenantId, id.groupId, id.period);
  if (!header?.number) throw new Error(`${invoiceId} is not issued`);
  const group = await dunningDeps.groups.getGroup(tenantId, id.groupId);
  const at = new Date().toISOString();
  const barred = stage === 'suspended' || stage === 'collections' || stage === 'provisional';
  return dunningDeps.dunnings.open({
    tenantId,
    invoiceId,
    groupId: id.groupId,
    period: id.period,
    number: header.number,
    amountDue: header.outstanding,
    paymentReference: header.paymentReference,
    dueDate: header.dueDate,
    stage,
    since: at,
    timeline: { remindAt: at, suspendAt: at, collectionsAt: at, dayLengthSeconds: 86_400 },
    ...(barred ? { suspended: { msisdns: [group!.adminMsisdn], at, scope: 'group' as const } } : {}),
    history: [{ stage, at, cause: 'test' }],
    version: 1,
    createdAt: at,
    ...set,
  });
}

export interface ProofBody {
  amount: { amount: number; currency: string };
  paidOn: string;
  bankReference: string;
  document: { fileName: string; contentType: string; size: number };
}

/** A valid declaration paid today (tenant calendar, Europe/Ljubljana) of a small PDF. */
export function proofBody(over: Partial<ProofBody> = {}): ProofBody {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Ljubljana' }).format(new Date());
  return {
    amount: { amount: 1000, currency: 'EUR' },
    paidOn: today,
    bankReference: 'BANK-REF-0001',
    document: { fileName: 'potrdilo.pdf', contentType: 'application/pdf', size: 2048 },
    ...over,
  };
}

const documents = localProofFiles();

/** Declares a proof as the group's admin; the created proof and its upload. */
export async function declareProof(
  tenantId: string,
  g: { groupId: string; admin: string },
  invoiceId: string,
  body: ProofBody = proofBody(),
) {
  const res = await invoke('POST', `/v1/groups/${g.groupId}/invoices/${invoiceId}/payment-proofs`, {
    claims: claims.admin(tenantId, g.groupId, g.admin),
    body,
    headers: idem(),
  });
  expect(res.status, res.raw).toBe(201);
  return res.body as {
    proof: { proofId: string; status: string };
    upload: { method: 'PUT'; url: string; headers: { 'content-type': string }; expiresAt: string };
  };
}

/** Uploads through the URL the API gave, with the checks of the local server's upload endpoint. */
export async function upload(
  created: { upload: { url: string; headers: { 'content-type': string } } },
  body: Buffer,
  contentType = created.upload.headers['content-type'],
): Promise<void> {
  await documents.receive(new URL(created.upload.url), contentType, body);
}

/** Declares, uploads and submits a proof of `size` bytes; its id. */
export async function pendingProof(
  tenantId: string,
  g: { groupId: string; admin: string },
  invoiceId: string,
  body: ProofBody = proofBody(),
): Promise<string> {
  const created = await declareProof(tenantId, g, invoiceId, body);
  await upload(created, documentOf(body.document.size, body.document.contentType));
  const submitted = await invoke(
    'POST',
    `/v1/groups/${g.groupId}/invoices/${invoiceId}/payment-proofs/${created.proof.proofId}/submit`,
    { claims: claims.admin(tenantId, g.groupId, g.admin) },
  );
  expect(submitted.status, submitted.raw).toBe(200);
  return created.proof.proofId;
}

/**
 * Pays an invoice in full as the bank reports it (`POST /v1/payments`, quoting its reference), as
 * read by `readAs` (a principal that may read the invoice).
 */
export async function payInFull(
  tenantId: string,
  groupId: string,
  invoiceId: string,
  readAs: Record<string, string>,
): Promise<void> {
  const inv = await invoke('GET', `/v1/groups/${groupId}/invoices/${invoiceId}`, { claims: readAs });
  expect(inv.status, inv.raw).toBe(200);
  const pay = await invoke('POST', '/v1/payments', {
    claims: claims.psp(tenantId),
    body: {
      paymentId: `PAID-${groupId}`,
      amount: inv.body.remainingAmount,
      reference: inv.body.paymentReference,
    },
    headers: idem(),
  });
  expect(pay.status, pay.raw).toBe(201);
}
