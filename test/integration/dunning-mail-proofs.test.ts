import { describe, expect, it } from 'vitest';
import { onOutcomeRecorded } from '../../functions/dunning/wake-on-outcome.ts';
import { localContext } from '../../infra/local/api-event.ts';
import { localProofFiles } from '../../infra/local/proof-files.ts';
import { dunningEventDeps, proofDeps } from '../../infra/local/wiring.ts';
import { MAX_PROOF_BYTES } from '../../shared/dunning/ports.ts';
import { MAX_OPEN_PROOFS } from '../../shared/dunning/proofs.ts';
import { newId } from '../../shared/kernel/ids.ts';
import { claims, invoke } from '../support/invoke.ts';
import { useTestTable } from '../support/table.ts';
import { runBill } from './bill-run-fixture.ts';
import { documentOf, invoiceIdOf, openDunningAt, payInFull } from './dunning-fixture.ts';
import {
  busDelivery,
  FIXTURE_CATALOG,
  FIXTURE_SELLER,
  outboxDetails,
  type RegisteredGroup,
  registerGroup,
  setUpTenant,
} from './groups-fixture.ts';

useTestTable();

/**
 * Proofs of payment by e-mail to the business address (the tenant's seller e-mail), handed over by
 * the mail gateway through the real route against DynamoDB Local and the data folder: a proof in
 * the staff's queue with its document, the dunning's outcome where the tenant restores service on
 * a proof, one proof per message id, and every mail rejected and kept. The tenant opens tickets
 * for any sender (`ticketEmail: any`), which does not widen who sends a proof.
 */

const T = 'mail-proofs';
const PERIOD = new Date().toISOString().slice(0, 7);
const BUSINESS = FIXTURE_SELLER.email;
const SUPPORT = 'podpora@operater.example';

const gateway = claims.mailGateway(T);
const operator = claims.operator(T);
const documents = localProofFiles();

/** The suspended group, one whose invoice is due without a dunning, one that paid, one never invoiced. */
let g: RegisteredGroup;
let h: RegisteredGroup;
let paid: RegisteredGroup;
let fresh: RegisteredGroup;

const invoiceOf = (x: { groupId: string }) => invoiceIdOf(x.groupId, PERIOD);
const senderOf = (x: RegisteredGroup) => `accounts-${x.groupId.toLowerCase()}@customer.example`;
const b64 = (bytes: Buffer | string) => Buffer.from(bytes).toString('base64');
const pdf = documentOf(3000);

const mail = (from: string, over: Record<string, unknown> = {}) => ({
  messageId: `<${newId()}@mail.example>`,
  from,
  to: BUSINESS,
  subject: 'NLB 000184',
  text: 'The confirmation of our transfer is attached.',
  attachments: [{ fileName: 'potrdilo.pdf', contentType: 'application/pdf', contentBase64: b64(pdf) }],
  ...over,
});
const send = (body: unknown) => invoke('POST', '/v1/inbound-email', { claims: gateway, body });

const queue = async (): Promise<{ proofId: string; channel: string; groupId: string }[]> => {
  const res = await invoke('GET', '/v1/payment-proofs?status=pending&limit=100', { claims: operator });
  expect(res.status, res.raw).toBe(200);
  return res.body.items;
};
const rejected = async (): Promise<{ messageId: string; reason: string; to: string; from: string }[]> => {
  const res = await invoke('GET', '/v1/rejected-mail?limit=100', { claims: operator });
  expect(res.status, res.raw).toBe(200);
  return res.body.items;
};

describe('proofs of payment by e-mail', () => {
  it('setup: a tenant restoring service on a proof, groups with their senders authorised', async () => {
    await setUpTenant(T, {
      ...FIXTURE_CATALOG,
      policies: { dunning: { provisionalOnProof: true }, ticketEmail: 'any' },
    });
    g = await registerGroup(T);
    h = await registerGroup(T);
    paid = await registerGroup(T);
    await runBill(T, PERIOD);
    fresh = await registerGroup(T);
    for (const x of [g, h, paid, fresh]) {
      const res = await invoke('PUT', `/v1/groups/${x.groupId}/authorised-emails`, {
        claims: claims.admin(T, x.groupId, x.admin),
        body: { emails: [senderOf(x)] },
      });
      expect(res.status, res.raw).toBe(200);
    }
    await payInFull(T, paid.groupId, invoiceOf(paid), claims.admin(T, paid.groupId, paid.admin));
  });

  it("an authorised sender's mail to the business address: a pending proof in the staff's queue, its document downloadable, the suspension's outcome recorded", async () => {
    const dunning = await openDunningAt(T, invoiceOf(g), 'suspended', { taskToken: 'token-of-the-wait' });
    const msg = mail(senderOf(g).toUpperCase(), {
      to: BUSINESS.toUpperCase(),
      // A GIF and a "PDF" that is none come first: the first usable attachment is the document.
      attachments: [
        { fileName: 'logo.gif', contentType: 'image/gif', contentBase64: b64('GIF89a') },
        { fileName: 'fake.pdf', contentType: 'application/pdf', contentBase64: b64('not a pdf') },
        {
          fileName: 'potrdilo.pdf',
          contentType: 'application/pdf; name="potrdilo.pdf"',
          contentBase64: b64(pdf),
        },
      ],
    });
    const res = await send(msg);
    expect(res.status, res.raw).toBe(200);
    expect(res.body).toEqual({ outcome: 'payment-proof', proofId: expect.any(String), duplicate: false });
    const { proofId } = res.body;

    // The same message again: the same answer, no second proof.
    const again = await send(msg);
    expect(again.body).toEqual({ ...res.body, duplicate: true });
    const inQueue = (await queue()).filter((p) => p.groupId === g.groupId);
    expect(inQueue.map((p) => p.proofId)).toEqual([proofId]);

    // What staff see: a proof by e-mail, declaring nothing; the amount due, today, the subject.
    const inv = await invoke('GET', `/v1/groups/${g.groupId}/invoices/${invoiceOf(g)}`, {
      claims: claims.admin(T, g.groupId, g.admin),
    });
    expect(inv.body.remainingAmount.amount).toBeGreaterThan(0);
    const path = `/v1/groups/${g.groupId}/invoices/${invoiceOf(g)}/payment-proofs/${proofId}`;
    const seen = await invoke('GET', path, { claims: operator });
    expect(seen.status, seen.raw).toBe(200);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Ljubljana' }).format(new Date());
    expect(seen.body).toMatchObject({
      proofId,
      invoiceId: invoiceOf(g),
      status: 'pending',
      channel: 'email',
      declared: false,
      amount: inv.body.remainingAmount,
      paidOn: today,
      bankReference: 'NLB 000184',
      document: { fileName: 'potrdilo.pdf', contentType: 'application/pdf', size: pdf.length },
      submittedAt: expect.any(String),
    });
    const stored = await proofDeps.dunnings.getProof(T, invoiceOf(g), proofId);
    expect(stored).toMatchObject({ submittedBy: senderOf(g), messageId: msg.messageId });
    // Downloaded as a submitted proof's document is.
    expect(seen.body.documentUrl).toContain(`/_local/uploads/proofs/${T}/${g.groupId}/${proofId}.submitted`);
    const served = await documents.serve(new URL(seen.body.documentUrl));
    expect(served.contentType).toBe('application/pdf');
    expect(served.body.equals(pdf)).toBe(true);

    // Suspended, where the tenant restores on a proof: the outcome and its event, in the proof's
    // transaction; the event wakes the workflow's wait.
    const recorded = await proofDeps.dunnings.get(T, invoiceOf(g));
    expect(recorded!.outcome).toMatchObject({ kind: 'proof-submitted', proofId });
    expect(recorded!.version).toBe(dunning.version + 1);
    const events = (await outboxDetails(T)).filter((e) => e.detailType === 'DunningOutcomeRecorded');
    expect(events.map((e) => e.detail.data)).toEqual([
      { invoiceId: invoiceOf(g), groupId: g.groupId, outcome: 'proof-submitted', proofId },
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

    // Staff decide it with the same route as any proof.
    const approved = await invoke('POST', `${path}/decision`, {
      claims: operator,
      body: { decision: 'approve' },
    });
    expect(approved.status, approved.raw).toBe(200);
    expect(approved.body).toMatchObject({ status: 'approved', channel: 'email', declared: false });
    expect((await proofDeps.dunnings.get(T, invoiceOf(g)))!.outcome).toMatchObject({
      kind: 'proof-approved',
      proofId,
    });
  });

  it('an unknown sender is rejected and kept, whatever the ticket policy: no proof, no answer', async () => {
    const before = (await queue()).length;
    const msg = mail('stranger@elsewhere.example');
    const res = await send(msg);
    expect(res.body).toEqual({ outcome: 'rejected', rejectionId: expect.any(String), duplicate: false });
    expect((await send(msg)).body).toEqual({ ...res.body, duplicate: true });
    expect((await rejected()).filter((r) => r.messageId === msg.messageId)).toEqual([
      expect.objectContaining({
        from: 'stranger@elsewhere.example',
        to: BUSINESS,
        reason: 'sender-not-authorised',
      }),
    ]);
    expect((await queue()).length).toBe(before);
    // The same sender to the support address opens a ticket (the tenant's policy is `any`).
    const ticket = await send(mail('stranger@elsewhere.example', { to: SUPPORT }));
    expect(ticket.body.outcome).toBe('ticket');
  });

  it('no attachment, or none whose content is of an accepted type: rejected `no-proof-document`', async () => {
    const bare = mail(senderOf(h), { attachments: undefined });
    const notPdf = mail(senderOf(h), {
      attachments: [
        {
          fileName: 'potrdilo.pdf',
          contentType: 'application/pdf',
          contentBase64: b64(Buffer.alloc(3000, 0x41)),
        },
        { fileName: 'scan.jpg', contentType: 'image/jpeg', contentBase64: b64(documentOf(500, 'image/png')) },
      ],
    });
    for (const msg of [bare, notPdf]) {
      const res = await send(msg);
      expect(res.body, res.raw).toMatchObject({ outcome: 'rejected', duplicate: false });
    }
    const kept = (await rejected()).filter((r) => [bare.messageId, notPdf.messageId].includes(r.messageId));
    expect(kept.map((r) => r.reason)).toEqual(['no-proof-document', 'no-proof-document']);
    expect((await queue()).some((p) => p.groupId === h.groupId)).toBe(false);
  });

  it('a group with nothing due (its invoice paid, or none issued): rejected `nothing-due`', async () => {
    const msgs = [mail(senderOf(paid)), mail(senderOf(fresh))];
    for (const msg of msgs) expect((await send(msg)).body.outcome).toBe('rejected');
    const kept = (await rejected()).filter((r) => msgs.some((m) => m.messageId === r.messageId));
    expect(kept.map((r) => r.reason)).toEqual(['nothing-due', 'nothing-due']);
  });

  it('without an active dunning, the due invoice is proved and its dunning is left alone; at most ten wait', async () => {
    const first = await send(mail(senderOf(h)));
    expect(first.body.outcome, first.raw).toBe('payment-proof');
    const proof = await proofDeps.dunnings.getProof(T, invoiceOf(h), first.body.proofId);
    expect(proof).toMatchObject({ invoiceId: invoiceOf(h), status: 'pending', channel: 'email' });
    expect(await proofDeps.dunnings.get(T, invoiceOf(h))).toBeUndefined();
    for (let i = 1; i < MAX_OPEN_PROOFS; i++)
      expect((await send(mail(senderOf(h)))).body.outcome).toBe('payment-proof');
    const flood = mail(senderOf(h));
    expect((await send(flood)).body.outcome).toBe('rejected');
    expect((await rejected()).find((r) => r.messageId === flood.messageId)?.reason).toBe(
      'too-many-open-proofs',
    );
  });

  it('mail to the support address still opens a ticket, which keeps no attachment', async () => {
    const res = await send(mail(senderOf(g), { to: SUPPORT, subject: 'A question' }));
    expect(res.body.outcome, res.raw).toBe('ticket');
    const t = await invoke('GET', `/v1/tickets/${res.body.ticketId}`, { claims: operator });
    expect(t.body).toMatchObject({ groupId: g.groupId, channel: 'email', subject: 'A question' });
    expect(t.raw).not.toContain('potrdilo');
  });

  it('takes a document as large as one from the client area, beyond the default body cap', async () => {
    const large = documentOf(MAX_PROOF_BYTES);
    const res = await send(
      mail(senderOf(g), {
        attachments: [{ fileName: 'izpisek.pdf', contentType: 'application/pdf', contentBase64: b64(large) }],
      }),
    );
    expect(res.body.outcome, res.raw).toBe('payment-proof');
    const proof = await proofDeps.dunnings.getProof(T, invoiceOf(g), res.body.proofId);
    expect(proof!.document.size).toBe(MAX_PROOF_BYTES);
    expect((await proofDeps.documents.inspect(proof!.document.reviewKey!))?.size).toBe(MAX_PROOF_BYTES);
  });

  it('refuses malformed attachments: more than five, or content that is not base64', async () => {
    const six = mail(senderOf(g), {
      attachments: Array.from({ length: 6 }, () => ({
        fileName: 'a.pdf',
        contentType: 'application/pdf',
        contentBase64: b64(pdf),
      })),
    });
    const many = await send(six);
    expect(many.status).toBe(400);
    expect(many.body.errors.map((e: { field: string }) => e.field)).toEqual(['body.attachments']);
    const bad = await send(
      mail(senderOf(g), {
        attachments: [{ fileName: 'a.pdf', contentType: 'application/pdf', contentBase64: 'JVBE\nRi0x' }],
      }),
    );
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual([
      'body.attachments.0.contentBase64',
    ]);
    // Only the mail gateway hands mail over.
    expect(
      (await invoke('POST', '/v1/inbound-email', { claims: operator, body: mail(senderOf(g)) })).status,
    ).toBe(403);
  });
});
