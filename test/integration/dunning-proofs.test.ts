import { writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onPaymentProofDecided } from '../../functions/dunning/notify-proof-decided.ts';
import { onOutcomeRecorded } from '../../functions/dunning/wake-on-outcome.ts';
import { localContext } from '../../infra/local/api-event.ts';
import { closeServer, createLocalServer } from '../../infra/local/http-server.ts';
import { localProofFiles } from '../../infra/local/proof-files.ts';
import { localSettings } from '../../infra/local/settings.ts';
import { dunningEventDeps, dunningNoticeDeps, proofDeps } from '../../infra/local/wiring.ts';
import { MAX_PROOF_BYTES } from '../../shared/dunning/ports.ts';
import { submitProof } from '../../shared/dunning/use-cases/proofs.ts';
import type { TenantPrincipal } from '../../shared/kernel/actor.ts';
import { cachedTenant } from '../../shared/tenants/cached-tenant.ts';
import { claims, invoke } from '../support/invoke.ts';
import { useTestTable } from '../support/table.ts';
import { runBill } from './bill-run-fixture.ts';
import {
  declareProof,
  documentOf,
  invoiceIdOf,
  openDunningAt,
  payInFull,
  pendingProof,
  proofBody,
  upload,
} from './dunning-fixture.ts';
import {
  addNewMember,
  busDelivery,
  FIXTURE_CATALOG,
  idem,
  outboxDetails,
  type RegisteredGroup,
  registerGroup,
  setUpTenant,
} from './groups-fixture.ts';
import { recordingNotifier } from './usage-fixture.ts';

useTestTable();

/**
 * Payment proofs through the real routes against DynamoDB Local and the data folder: declared by
 * the group's admin, the document uploaded through the local server's signed URL, submitted,
 * reviewed by the operator's staff from their queue and decided; every refusal on the way; and the
 * outcome recorded on the invoice's dunning (with its event, in the proof's transaction) only when
 * it ends the dunning's wait at its stage. Tenant `proofs` restores service on a proof alone
 * (`provisionalOnProof`); tenant `proofs-b` does not.
 */

const T = 'proofs';
const T2 = 'proofs-b';
const PERIOD = new Date().toISOString().slice(0, 7);

let server: Server;
let base: string;
/** The group whose proofs are walked, a second group of the same tenant, a third whose invoice is paid. */
let g: RegisteredGroup & { member: string };
let h: RegisteredGroup;
let paid: RegisteredGroup;
let other: RegisteredGroup;
/** More groups of `proofs`, each for one case (a bill run invoices the groups registered before it). */
const more: Record<'provisional' | 'reminded' | 'ended' | 'none' | 'moved' | 'capped', RegisteredGroup> =
  {} as never;

const invoiceOf = (x: { groupId: string }) => invoiceIdOf(x.groupId, PERIOD);
const adminOf = (x: RegisteredGroup, tenantId = T) => claims.admin(tenantId, x.groupId, x.admin);
const proofsPath = (x: { groupId: string }) =>
  `/v1/groups/${x.groupId}/invoices/${invoiceOf(x)}/payment-proofs`;
const proofPath = (x: { groupId: string }, proofId: string) => `${proofsPath(x)}/${proofId}`;
const operator = claims.operator(T);
type Claims = Record<string, string>;

/** The local server's address in place of the configured one (the server here listens on a free port). */
const atServer = (url: string) => {
  const u = new URL(url);
  return `${base}${u.pathname}${u.search}`;
};

const put = (url: string, body: Buffer, contentType: string) =>
  fetch(atServer(url), { method: 'PUT', headers: { 'content-type': contentType }, body });

const decide = (x: { groupId: string }, proofId: string, body: unknown, who: Claims = operator) =>
  invoke('POST', `${proofPath(x, proofId)}/decision`, { claims: who, body });

const submit = (x: RegisteredGroup, proofId: string, who: Claims = adminOf(x)) =>
  invoke('POST', `${proofPath(x, proofId)}/submit`, { claims: who });

const create = (x: RegisteredGroup, body: unknown, who: Claims = adminOf(x), invoiceId = invoiceOf(x)) =>
  invoke('POST', `/v1/groups/${x.groupId}/invoices/${invoiceId}/payment-proofs`, {
    claims: who,
    body,
    headers: idem(),
  });

const fields = (res: { body: { errors?: { field: string }[] } }) => res.body.errors?.map((e) => e.field);

beforeAll(async () => {
  server = createLocalServer({ uploads: localProofFiles() });
  await new Promise<void>((res) => server.listen(0, '127.0.0.1', res));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => closeServer(server));

describe('payment proofs', () => {
  it('setup: two tenants, groups with an issued invoice each, one of them paid', async () => {
    await setUpTenant(T, { ...FIXTURE_CATALOG, policies: { dunning: { provisionalOnProof: true } } });
    await setUpTenant(T2);
    g = { ...(await registerGroup(T)), member: '' };
    g.member = await addNewMember(T, g);
    h = await registerGroup(T);
    paid = await registerGroup(T);
    for (const name of ['provisional', 'reminded', 'ended', 'none', 'moved', 'capped'] as const)
      more[name] = await registerGroup(T);
    other = await registerGroup(T2);
    await runBill(T, PERIOD);
    await runBill(T2, PERIOD);
    await payInFull(T, paid.groupId, invoiceOf(paid), adminOf(paid));
  });

  it('declare → upload through the local server → submit → the staff queue → approve', async () => {
    const dunning = await openDunningAt(T, invoiceOf(g), 'suspended', { taskToken: 'token-of-the-wait' });
    const body = proofBody({
      document: { fileName: 'potrdilo.pdf', contentType: 'application/pdf', size: 4096 },
    });
    const key = idem();
    const created = await invoke('POST', proofsPath(g), { claims: adminOf(g), body, headers: key });
    expect(created.status, created.raw).toBe(201);
    const { proof, upload: up } = created.body;
    expect(proof).toMatchObject({
      groupId: g.groupId,
      invoiceId: invoiceOf(g),
      status: 'awaiting-document',
      amount: body.amount,
      paidOn: body.paidOn,
      channel: 'portal',
    });
    expect(created.headers.location).toBe(proofPath(g, proof.proofId));
    expect(up).toMatchObject({ method: 'PUT', headers: { 'content-type': 'application/pdf' } });
    const url = new URL(up.url);
    const { host, port } = localSettings();
    expect(url.origin).toBe(`http://${host}:${port}`);
    expect(url.pathname).toBe(`/_local/uploads/proofs/${T}/${g.groupId}/${proof.proofId}`);
    expect(Date.parse(up.expiresAt) - Date.now()).toBeGreaterThan(14 * 60_000);
    // The same Idempotency-Key answers the same proof.
    const again = await invoke('POST', proofsPath(g), { claims: adminOf(g), body, headers: key });
    expect(again.body.proof.proofId).toBe(proof.proofId);

    // Not uploaded yet: 409 naming the document.
    const early = await submit(g, proof.proofId);
    expect(early.status, early.raw).toBe(409);
    expect(fields(early)).toEqual(['document']);

    const pdf = documentOf(4096);
    const uploaded = await put(up.url, pdf, 'application/pdf');
    expect(uploaded.status, await uploaded.clone().text()).toBe(200);

    const submitted = await submit(g, proof.proofId);
    expect(submitted.status, submitted.raw).toBe(200);
    expect(submitted.body).toMatchObject({ status: 'pending', submittedAt: expect.any(String) });
    // Submitting again answers the same.
    const twice = await submit(g, proof.proofId);
    expect(twice.status).toBe(200);
    expect(twice.body).toEqual(submitted.body);

    // Suspended at a tenant that restores service on a proof: the submission is the dunning's outcome,
    // recorded with its event, and the event wakes the workflow's wait.
    const recorded = await proofDeps.dunnings.get(T, invoiceOf(g));
    expect(recorded!.outcome).toMatchObject({ kind: 'proof-submitted', proofId: proof.proofId });
    expect(recorded!.version).toBe(dunning.version + 1);
    const events = (await outboxDetails(T)).filter((e) => e.detailType === 'DunningOutcomeRecorded');
    expect(events.map((e) => e.detail.data)).toEqual([
      { invoiceId: invoiceOf(g), groupId: g.groupId, outcome: 'proof-submitted', proofId: proof.proofId },
    ]);
    const woken: [string, unknown][] = [];
    const waker = onOutcomeRecorded({
      ...dunningEventDeps,
      workflow: {
        start: async () => 'exists',
        wake: async (token, output) => {
          woken.push([token, output]);
          return 'woken';
        },
      },
    });
    await waker(busDelivery(events[0]!) as never, localContext('wake-dunning-on-outcome'));
    expect(woken).toEqual([['token-of-the-wait', { outcome: 'proof-submitted' }]]);

    // The staff's queue, oldest first; not the admin's.
    const queue = await invoke('GET', '/v1/payment-proofs', { claims: operator });
    expect(queue.status, queue.raw).toBe(200);
    expect(queue.body.items.map((p: { proofId: string }) => p.proofId)).toContain(proof.proofId);
    expect((await invoke('GET', '/v1/payment-proofs', { claims: adminOf(g) })).status).toBe(403);

    // The operator's view links the submitted document; the admin's does not; a member's is 403.
    const seen = await invoke('GET', proofPath(g, proof.proofId), { claims: operator });
    expect(seen.status, seen.raw).toBe(200);
    expect(seen.body.documentUrl).toEqual(expect.stringContaining('/_local/uploads/'));
    const doc = await fetch(atServer(seen.body.documentUrl));
    expect(doc.status).toBe(200);
    expect(doc.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await doc.arrayBuffer()).equals(pdf)).toBe(true);
    // The download URL reads the copy taken at submission: a later upload changes nothing there.
    const replaced = await put(
      up.url,
      documentOf(4096, 'application/pdf', Buffer.from('%PDF-2.0')),
      'application/pdf',
    );
    expect(replaced.status).toBe(200);
    const after = await fetch(atServer(seen.body.documentUrl));
    expect(Buffer.from(await after.arrayBuffer()).equals(pdf)).toBe(true);
    const byAdmin = await invoke('GET', proofPath(g, proof.proofId), { claims: adminOf(g) });
    expect(byAdmin.status).toBe(200);
    expect(byAdmin.body.documentUrl).toBeUndefined();
    expect(byAdmin.body.decidedBy).toBeUndefined();
    const byMember = await invoke('GET', proofPath(g, proof.proofId), {
      claims: claims.member(T, g.groupId, g.member),
    });
    expect(byMember.status).toBe(403);

    // Approved: the outcome says more than the submission, and replaces it.
    const approved = await decide(g, proof.proofId, { decision: 'approve' });
    expect(approved.status, approved.raw).toBe(200);
    expect(approved.body).toMatchObject({
      status: 'approved',
      decidedBy: operator.sub,
      decidedAt: expect.any(String),
    });
    expect((await proofDeps.dunnings.get(T, invoiceOf(g)))!.outcome).toMatchObject({
      kind: 'proof-approved',
      proofId: proof.proofId,
    });
    // The same decision again answers the same; another is 409.
    const same = await decide(g, proof.proofId, { decision: 'approve' });
    expect(same.status).toBe(200);
    expect(same.body).toEqual(approved.body);
    const changed = await decide(g, proof.proofId, { decision: 'reject', reason: 'Changed my mind.' });
    expect(changed.status, changed.raw).toBe(409);
    // Decided: submitting it again is 409.
    expect((await submit(g, proof.proofId)).status).toBe(409);
    // It left the pending queue for the approved one.
    const pending = await invoke('GET', '/v1/payment-proofs?status=pending', { claims: operator });
    expect(pending.body.items.map((p: { proofId: string }) => p.proofId)).not.toContain(proof.proofId);
    const done = await invoke('GET', '/v1/payment-proofs?status=approved', { claims: operator });
    expect(done.body.items.map((p: { proofId: string }) => p.proofId)).toContain(proof.proofId);
    // Every proof of the invoice, for its admin and the staff.
    const list = await invoke('GET', proofsPath(g), { claims: adminOf(g) });
    expect(list.status, list.raw).toBe(200);
    expect(list.body.items.map((p: { proofId: string }) => p.proofId)).toContain(proof.proofId);
    expect((await invoke('GET', proofsPath(g), { claims: operator })).status).toBe(200);
    expect(
      (await invoke('GET', proofsPath(g), { claims: claims.member(T, g.groupId, g.member) })).status,
    ).toBe(403);
  });

  it('a rejection says why, is recorded only where it ends the wait (provisional), and is told by SMS', async () => {
    // h's dunning is suspended: a rejection is not decisive there.
    await openDunningAt(T, invoiceOf(h), 'suspended');
    const first = await pendingProof(T, h, invoiceOf(h));
    const noReason = await decide(h, first, { decision: 'reject' });
    expect(noReason.status).toBe(400);
    expect(fields(noReason)).toEqual(['body.reason']);
    const short = await decide(h, first, { decision: 'reject', reason: 'No.' });
    expect(fields(short)).toEqual(['body.reason']);
    // The submission was decisive (suspended, provisional restoration on): its outcome is on record.
    expect((await proofDeps.dunnings.get(T, invoiceOf(h)))!.outcome?.kind).toBe('proof-submitted');
    const reason = 'The transfer is not on our account: the reference does not match';
    const rejected = await decide(h, first, { decision: 'reject', reason });
    expect(rejected.status, rejected.raw).toBe(200);
    expect(rejected.body).toMatchObject({ status: 'rejected', reason });
    // Not decisive while suspended: the submission stays the recorded outcome.
    expect((await proofDeps.dunnings.get(T, invoiceOf(h)))!.outcome?.kind).toBe('proof-submitted');

    // The customer is told, once per event, in the group's language, with the reason and what is due.
    const decided = (await outboxDetails(T)).filter(
      (e) => e.detailType === 'PaymentProofDecided' && e.detail.data.proofId === first,
    );
    expect(decided).toHaveLength(1);
    expect(decided[0]!.detail.data).toMatchObject({ decision: 'rejected', reason, groupId: h.groupId });
    const notifier = recordingNotifier();
    const notify = onPaymentProofDecided({ ...dunningNoticeDeps, notifier });
    await notify(busDelivery(decided[0]!) as never, localContext('notify-proof-decided'));
    await notify(busDelivery(decided[0]!) as never, localContext('notify-proof-decided'));
    expect(notifier.sent).toHaveLength(1);
    expect(notifier.sent[0]).toMatchObject({ channel: 'sms', to: `+${h.admin}`, locale: 'sl' });
    expect(notifier.sent[0]!.text).toContain(`${reason}.`);
    expect(notifier.sent[0]!.text).toContain(decided[0]!.detail.data.number as string);

    // During a provisional restoration a rejection ends it: recorded, replacing the submission.
    const prov = more.provisional;
    await openDunningAt(T, invoiceOf(prov), 'provisional');
    const second = await pendingProof(T, prov, invoiceOf(prov));
    expect((await proofDeps.dunnings.get(T, invoiceOf(prov)))!.outcome).toBeUndefined();
    expect((await decide(prov, second, { decision: 'reject', reason })).status).toBe(200);
    expect((await proofDeps.dunnings.get(T, invoiceOf(prov)))!.outcome).toMatchObject({
      kind: 'proof-rejected',
      proofId: second,
      reason,
    });
  });

  it('records nothing where the outcome does not end the wait, and decides again when the dunning moved', async () => {
    // Reminded: a submission is not decisive; no event.
    const reminded = more.reminded;
    await openDunningAt(T, invoiceOf(reminded), 'reminded');
    await pendingProof(T, reminded, invoiceOf(reminded));
    expect((await proofDeps.dunnings.get(T, invoiceOf(reminded)))!.outcome).toBeUndefined();
    // At a tenant that does not restore on a proof alone, not even while suspended.
    await openDunningAt(T2, invoiceOf(other), 'suspended');
    const otherProof = await pendingProof(T2, other, invoiceOf(other));
    expect((await proofDeps.dunnings.get(T2, invoiceOf(other)))!.outcome).toBeUndefined();
    expect((await outboxDetails(T2)).filter((e) => e.detailType === 'DunningOutcomeRecorded')).toEqual([]);
    // An approval is decisive in any active stage; a final stage records nothing.
    expect((await decide(other, otherProof, { decision: 'approve' }, claims.operator(T2))).status).toBe(200);
    expect((await proofDeps.dunnings.get(T2, invoiceOf(other)))!.outcome?.kind).toBe('proof-approved');
    const ended = more.ended;
    await openDunningAt(T, invoiceOf(ended), 'reactivated');
    const late = await pendingProof(T, ended, invoiceOf(ended));
    expect((await decide(ended, late, { decision: 'approve' })).status).toBe(200);
    expect((await proofDeps.dunnings.get(T, invoiceOf(ended)))!.outcome).toBeUndefined();
    // No dunning at all: the proof is decided all the same.
    const none = more.none;
    const alone = await pendingProof(T, none, invoiceOf(none));
    expect((await decide(none, alone, { decision: 'approve' })).status).toBe(200);

    // Read while reminded, suspended by the time the proof is written: the transaction fails on the
    // moved dunning and the submission is decided again, on the stage it now has.
    const moved = more.moved;
    const now = await openDunningAt(T, invoiceOf(moved), 'suspended');
    const created = await declareProof(T, moved, invoiceOf(moved));
    await upload(created, documentOf(2048));
    let reads = 0;
    const staleFirst = {
      ...proofDeps,
      dunnings: {
        ...proofDeps.dunnings,
        get: async (tenantId: string, invoiceId: string) => {
          const d = await proofDeps.dunnings.get(tenantId, invoiceId);
          return reads++ === 0 && d ? { ...d, stage: 'reminded' as const, version: d.version - 1 } : d;
        },
      },
    };
    const principal: TenantPrincipal = {
      role: 'admin',
      subject: `adm-${moved.admin}`,
      tenantId: T,
      groupId: moved.groupId,
      msisdn: moved.admin,
    };
    const view = await submitProof(
      staleFirst,
      { principal, tenant: (await cachedTenant(T))! },
      moved.groupId,
      invoiceOf(moved),
      created.proof.proofId,
    );
    expect(view.status).toBe('pending');
    expect(reads).toBe(2);
    const written = await proofDeps.dunnings.get(T, invoiceOf(moved));
    expect(written!.outcome).toMatchObject({ kind: 'proof-submitted', proofId: created.proof.proofId });
    expect(written!.version).toBe(now.version + 1);
  });

  it('refuses a declaration that is not a proof of this invoice', async () => {
    const invalid = async (body: unknown, field: string[]) => {
      const res = await create(g, body);
      expect(res.status, res.raw).toBe(400);
      expect(fields(res), JSON.stringify(body)).toEqual(field);
    };
    const doc = proofBody().document;
    await invalid(proofBody({ document: { ...doc, contentType: 'image/gif' } }), [
      'body.document.contentType',
    ]);
    await invalid(proofBody({ document: { ...doc, size: 0 } }), ['body.document.size']);
    await invalid(proofBody({ document: { ...doc, size: MAX_PROOF_BYTES + 1 } }), ['body.document.size']);
    await invalid(proofBody({ document: { ...doc, fileName: '' } }), ['body.document.fileName']);
    await invalid(proofBody({ amount: { amount: 0, currency: 'EUR' } }), ['body.amount.amount']);
    await invalid(proofBody({ amount: { amount: 1000, currency: 'USD' } }), ['body.amount.currency']);
    await invalid(proofBody({ bankReference: 'x' }), ['body.bankReference']);
    await invalid(proofBody({ paidOn: '2026-02-30' }), ['body.paidOn']);
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    await invalid(proofBody({ paidOn: tomorrow }), ['body.paidOn']);
    const inv = await invoke('GET', `/v1/groups/${g.groupId}/invoices/${invoiceOf(g)}`, {
      claims: adminOf(g),
    });
    const tooEarly = new Date(Date.parse(`${inv.body.billDate}T00:00:00Z`) - 91 * 86_400_000)
      .toISOString()
      .slice(0, 10);
    await invalid(proofBody({ paidOn: tooEarly }), ['body.paidOn']);
    const earliest = new Date(Date.parse(`${inv.body.billDate}T00:00:00Z`) - 90 * 86_400_000)
      .toISOString()
      .slice(0, 10);
    expect((await create(g, proofBody({ paidOn: earliest }))).status).toBe(201);
    // Unknown fields are refused.
    await invalid({ ...proofBody(), note: 'x' }, ['body.note']);
  });

  it('the admin of the group only; another group, tenant or invoice learns nothing', async () => {
    const body = proofBody();
    const status = async (who: Record<string, string>, x: RegisteredGroup = g, invoiceId = invoiceOf(g)) =>
      (await create(x, body, who, invoiceId)).status;
    expect(await status(claims.member(T, g.groupId, g.member))).toBe(403);
    expect(await status(operator)).toBe(403);
    // A former admin: the group's admin number is another one now.
    expect(await status(claims.admin(T, g.groupId, g.member))).toBe(403);
    expect(await status(adminOf(h))).toBe(404);
    expect(await status(claims.admin(T2, g.groupId, g.admin))).toBe(404);
    // Another period's invoice, or another group's, under this group.
    expect(await status(adminOf(g), g, invoiceIdOf(g.groupId, '2020-01'))).toBe(404);
    expect(await status(adminOf(g), g, invoiceOf(h))).toBe(404);
    // A paid invoice has nothing to prove.
    const settled = await create(paid, body);
    expect(settled.status, settled.raw).toBe(409);
    expect(settled.body.detail).toContain('paid');

    // The proofs of g: another tenant's staff and another group's admin get 404.
    const [first] = (await invoke('GET', proofsPath(g), { claims: operator })).body.items;
    expect((await invoke('GET', proofPath(g, first.proofId), { claims: claims.operator(T2) })).status).toBe(
      404,
    );
    expect((await invoke('GET', proofPath(g, first.proofId), { claims: adminOf(h) })).status).toBe(404);
    expect((await decide(g, first.proofId, { decision: 'approve' }, claims.operator(T2))).status).toBe(404);
    expect((await submit(g, first.proofId, claims.member(T, g.groupId, g.member))).status).toBe(403);
    expect(
      (await invoke('GET', proofPath(g, '01J0000000000000000000NONE'), { claims: operator })).status,
    ).toBe(404);
  });

  it('submits only the declared document: its size and the signature of its type', async () => {
    const pdf = proofBody();
    // The right size, not a PDF.
    const fake = await declareProof(T, g, invoiceOf(g), pdf);
    await upload(fake, Buffer.alloc(pdf.document.size, 0x41));
    const notPdf = await submit(g, fake.proof.proofId);
    expect(notPdf.status, notPdf.raw).toBe(400);
    expect(fields(notPdf)).toEqual(['document']);
    expect(notPdf.body.errors[0].message).toContain('application/pdf');
    // A PNG declared as a JPEG.
    const jpeg = proofBody({ document: { fileName: 'scan.jpg', contentType: 'image/jpeg', size: 1000 } });
    const png = await declareProof(T, g, invoiceOf(g), jpeg);
    await upload(png, documentOf(1000, 'image/png'));
    expect(fields(await submit(g, png.proof.proofId))).toEqual(['document']);
    // Another size than declared, left there by something that did not hold the upload to it.
    const short = await declareProof(T, g, invoiceOf(g), pdf);
    const key = new URL(short.upload.url).pathname.replace('/_local/uploads/', '');
    await writeFile(resolve(localSettings().dataDir, key), documentOf(100));
    const mismatch = await submit(g, short.proof.proofId);
    expect(mismatch.status, mismatch.raw).toBe(400);
    expect(fields(mismatch)).toEqual(['document']);
    // Uploaded again, right this time: submitted.
    await upload(fake, documentOf(pdf.document.size));
    expect((await submit(g, fake.proof.proofId)).status).toBe(200);
    // Not submitted: nothing to decide.
    expect((await decide(g, short.proof.proofId, { decision: 'approve' })).status).toBe(409);
  });

  it('the upload endpoint holds the client to the URL it was given', async () => {
    const created = await declareProof(T, h, invoiceOf(h));
    const { url } = created.upload;
    const right = documentOf(2048);
    // Another content type, another size, a tampered signature, another key: the signature fails.
    expect((await put(url, right, 'image/png')).status).toBe(403);
    expect((await put(url, documentOf(2047), 'application/pdf')).status).toBe(403);
    const tampered = url.slice(0, -1) + (url.endsWith('A') ? 'B' : 'A');
    expect((await put(tampered, right, 'application/pdf')).status).toBe(403);
    expect(
      (await put(url.replace(created.proof.proofId, '01J0000000000000000000NONE'), right, 'application/pdf'))
        .status,
    ).toBe(403);
    // Past its expiry.
    const later = localProofFiles({ now: () => Date.now() + 16 * 60_000 });
    await expect(later.receive(new URL(url), 'application/pdf', right)).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining('expired'),
    });
    // Larger than any document.
    const huge = await put(url, Buffer.alloc(MAX_PROOF_BYTES + 1), 'application/pdf');
    expect(huge.status).toBe(413);
    // A download URL is no upload URL, and an upload URL downloads nothing.
    expect((await fetch(atServer(url))).status).toBe(403);
    // A key outside the proofs is no document, signed or not.
    expect((await fetch(`${base}/_local/uploads/proofs%2F..%2F..%2Fupload-key?expires=1&sig=x`)).status).toBe(
      404,
    );
    // The right one.
    expect((await put(url, right, 'application/pdf')).status).toBe(200);
    expect((await submit(h, created.proof.proofId)).status).toBe(200);
  });

  it('at most ten proofs of an invoice wait at once', async () => {
    const capped = more.capped;
    for (let i = 0; i < 10; i++) await declareProof(T, capped, invoiceOf(capped));
    const eleventh = await create(capped, proofBody());
    expect(eleventh.status, eleventh.raw).toBe(409);
    expect(eleventh.body.detail).toContain('10');
  });

  it("lists the tenant's dunnings by stage for the staff", async () => {
    const res = await invoke('GET', '/v1/dunnings?stage=suspended', { claims: operator });
    expect(res.status, res.raw).toBe(200);
    const mine = res.body.items.find((d: { invoiceId: string }) => d.invoiceId === invoiceOf(h));
    expect(mine).toMatchObject({
      groupId: h.groupId,
      stage: 'suspended',
      suspendedNumbers: 1,
      amountDue: { currency: 'EUR' },
      number: expect.any(String),
      dueDate: expect.any(String),
    });
    const byDefault = await invoke('GET', '/v1/dunnings', { claims: operator });
    expect(byDefault.body.items).toEqual(res.body.items);
    const provisional = await invoke('GET', '/v1/dunnings?stage=provisional', { claims: operator });
    expect(provisional.body.items).toHaveLength(1);
    expect((await invoke('GET', '/v1/dunnings?stage=paid', { claims: operator })).status).toBe(400);
    expect((await invoke('GET', '/v1/dunnings', { claims: adminOf(g) })).status).toBe(403);
    expect((await invoke('GET', '/v1/dunnings', { claims: claims.operator(T2) })).body.items).toHaveLength(1);
  });
});
