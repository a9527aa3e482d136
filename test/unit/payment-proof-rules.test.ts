import { describe, expect, it } from 'vitest';
import { MAX_PROOF_BYTES, type PaymentProof } from '../../shared/dunning/ports.ts';
import {
  CreateProofBodySchema,
  contentTypeOf,
  earliestPaidOn,
  emailedReference,
  hasSignatureOf,
  invoiceToProve,
  isOpen,
  isToBusinessAddress,
  ProofDecisionBodySchema,
  proofDocumentOf,
  proofView,
} from '../../shared/dunning/proofs.ts';
import type { InvoiceHeader } from '../../shared/invoices/ports.ts';
import { readableText } from '../../shared/kernel/text.ts';
import {
  base64Length,
  INBOUND_EMAIL_MAX_BODY_BYTES,
  InboundEmailSchema,
  MAX_INBOUND_ATTACHMENT_BYTES,
} from '../../shared/support/domain.ts';

const bytes = (...b: number[]) => new Uint8Array(b);
const PDF = bytes(0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37);
const JPEG = bytes(0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10);
const PNG = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00);

describe('the type of a proof document, by its first bytes', () => {
  it('is the declared one only when the signature matches', () => {
    expect(hasSignatureOf('application/pdf', PDF)).toBe(true);
    expect(hasSignatureOf('image/jpeg', JPEG)).toBe(true);
    expect(hasSignatureOf('image/png', PNG)).toBe(true);
    expect(hasSignatureOf('application/pdf', JPEG)).toBe(false);
    expect(hasSignatureOf('image/png', PNG.subarray(0, 7))).toBe(false);
    expect(hasSignatureOf('image/jpeg', bytes())).toBe(false);
  });

  it('is read back for a stored document, or none', () => {
    expect([PDF, JPEG, PNG].map(contentTypeOf)).toEqual(['application/pdf', 'image/jpeg', 'image/png']);
    expect(contentTypeOf(bytes(0x3c, 0x68, 0x74, 0x6d, 0x6c))).toBeUndefined();
  });
});

describe('a declaration', () => {
  const valid = {
    amount: { amount: 2440, currency: 'EUR' },
    paidOn: '2026-03-02',
    bankReference: 'NLB 000184',
    document: { fileName: 'potrdilo.pdf', contentType: 'application/pdf', size: 48213 },
  };

  it('names a positive amount, a calendar day, a reference of 2–64 characters and an accepted document', () => {
    expect(CreateProofBodySchema.safeParse(valid).success).toBe(true);
    for (const bad of [
      { ...valid, amount: { amount: 0, currency: 'EUR' } },
      { ...valid, amount: { amount: -5, currency: 'EUR' } },
      { ...valid, paidOn: '2026-02-29' },
      { ...valid, bankReference: 'x' },
      { ...valid, bankReference: 'x'.repeat(65) },
      { ...valid, document: { ...valid.document, contentType: 'text/html' } },
      { ...valid, document: { ...valid.document, size: 5 * 1024 * 1024 + 1 } },
      { ...valid, document: { ...valid.document, fileName: 'x'.repeat(201) } },
    ])
      expect(CreateProofBodySchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
  });

  it('of a payment at most 90 days before the invoice was issued', () => {
    expect(earliestPaidOn('2026-04-01')).toBe('2026-01-01');
    expect(earliestPaidOn('2024-03-01')).toBe('2023-12-02');
  });
});

describe('a decision', () => {
  it('gives a reason of 5–500 characters to reject, and may give one to approve', () => {
    expect(ProofDecisionBodySchema.safeParse({ decision: 'approve' }).success).toBe(true);
    expect(ProofDecisionBodySchema.safeParse({ decision: 'reject' }).success).toBe(false);
    expect(ProofDecisionBodySchema.safeParse({ decision: 'reject', reason: 'No.' }).success).toBe(false);
    expect(
      ProofDecisionBodySchema.safeParse({ decision: 'reject', reason: 'Not on our account.' }).success,
    ).toBe(true);
  });
});

describe('a proof', () => {
  const proof: PaymentProof = {
    tenantId: 't',
    proofId: 'P',
    groupId: 'G',
    invoiceId: 'G-202603',
    period: '2026-03',
    amount: { amount: 100, currency: 'EUR' },
    paidOn: '2026-04-02',
    bankReference: 'REF',
    document: {
      fileName: 'a.pdf',
      contentType: 'application/pdf',
      size: 10,
      key: 'proofs/t/G/P',
      reviewKey: 'proofs/t/G/P.submitted',
    },
    status: 'rejected',
    channel: 'portal',
    submittedBy: '+38640100001',
    createdAt: '2026-04-02T08:00:00Z',
    submittedAt: '2026-04-02T08:01:00Z',
    decidedBy: 'op-t',
    decidedAt: '2026-04-02T08:05:00Z',
    reason: 'Not on our account.',
    version: 3,
  };

  it('holds a place among the open ones while it waits for its document or for review', () => {
    expect(
      ['awaiting-document', 'pending', 'approved', 'rejected'].map((status) => isOpen({ status } as never)),
    ).toEqual([true, true, false, false]);
  });

  it('shows neither its storage keys nor, to the customer, who decided', () => {
    const admin = proofView(proof, 'admin');
    expect(JSON.stringify(admin)).not.toContain('proofs/');
    expect(admin.decidedBy).toBeUndefined();
    expect(admin.reason).toBe('Not on our account.');
    expect(proofView(proof, 'operator').decidedBy).toBe('op-t');
  });

  it('says whether the customer declared it: a proof by e-mail does not', () => {
    expect(proofView(proof, 'operator').declared).toBe(true);
    expect(proofView({ ...proof, channel: 'email', declared: false }, 'operator').declared).toBe(false);
  });
});

describe('a proof by e-mail', () => {
  const b64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64');
  const attachment = (contentType: string, content: Uint8Array | string, fileName = 'scan') => ({
    fileName,
    contentType,
    contentBase64: b64(content),
  });
  const mail = (over: Record<string, unknown> = {}) => ({
    messageId: '<m1@mail.example>',
    from: 'it@example.com',
    to: 'racuni@alpina.example',
    subject: 'NLB 000184',
    text: 'Attached.',
    ...over,
  });

  it('is mail to the seller e-mail, compared lower-cased and trimmed; a tenant without one has none', () => {
    const tenant = { seller: { email: 'Racuni@Alpina.example' } } as never;
    expect(isToBusinessAddress(tenant, { to: 'racuni@alpina.example' })).toBe(true);
    expect(isToBusinessAddress(tenant, { to: ' RACUNI@alpina.EXAMPLE ' })).toBe(true);
    expect(isToBusinessAddress(tenant, { to: 'podpora@alpina.example' })).toBe(false);
    expect(isToBusinessAddress({} as never, { to: 'racuni@alpina.example' })).toBe(false);
  });

  it('proves the oldest invoice whose dunning is active, else the newest with something due', () => {
    const header = (period: string, over: Partial<InvoiceHeader> = {}) =>
      ({
        invoiceId: `G-${period.replace('-', '')}`,
        period,
        number: `ALP-${period}`,
        status: 'issued',
        outstanding: { amount: 500, currency: 'EUR' },
        ...over,
      }) as InvoiceHeader;
    const suspended = { dunning: { stage: 'suspended', since: 'x' } };
    const reminded = { dunning: { stage: 'reminded', since: 'x' } };
    const pick = (...hs: InvoiceHeader[]) => invoiceToProve(hs)?.period;
    // Newest first, as the invoices are listed.
    expect(pick(header('2026-04'), header('2026-03', suspended), header('2026-02', reminded))).toBe(
      '2026-02',
    );
    expect(
      pick(
        header('2026-04'),
        header('2026-03'),
        header('2026-02', { dunning: { stage: 'reactivated', since: 'x' } }),
      ),
    ).toBe('2026-04');
    // Paid, void, nothing outstanding or not issued yet: nothing to prove.
    expect(
      pick(
        header('2026-04', { status: 'paid', outstanding: { amount: 0, currency: 'EUR' } }),
        header('2026-03', { status: 'void', ...suspended }),
        header('2026-02', { outstanding: { amount: 0, currency: 'EUR' } }),
        header('2026-01', { status: 'draft', number: undefined }),
      ),
    ).toBeUndefined();
    expect(pick()).toBeUndefined();
  });

  it('takes its document from the first attachment of an accepted type whose content is of that type', () => {
    const pdf = Buffer.from('%PDF-1.7\n% a bank confirmation\n');
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
    const doc = proofDocumentOf([
      attachment('image/gif', 'GIF89a'),
      attachment('application/pdf', 'not a pdf at all'),
      attachment('image/png', pdf),
      attachment('Application/PDF; name="potrdilo.pdf"', pdf, 'potrdilo\u202E.pdf'),
      attachment('image/png', png, 'later.png'),
    ]);
    expect(doc).toMatchObject({ fileName: 'potrdilo .pdf', contentType: 'application/pdf' });
    expect(doc!.bytes.equals(pdf)).toBe(true);
    expect(proofDocumentOf([attachment('image/png', png, '')])!.fileName).toBe('proof.png');
    expect(proofDocumentOf([])).toBeUndefined();
    expect(proofDocumentOf([attachment('application/pdf', '')])).toBeUndefined();
    expect(proofDocumentOf([attachment('text/plain', pdf)])).toBeUndefined();
    const huge = Buffer.concat([pdf, Buffer.alloc(MAX_PROOF_BYTES)]);
    expect(proofDocumentOf([attachment('application/pdf', huge)])).toBeUndefined();
  });

  it("is referenced by the mail's subject, made readable and cut to 64, else by its message id", () => {
    expect(emailedReference(mail())).toBe('NLB 000184');
    expect(emailedReference(mail({ subject: 'Plačilo\tračuna\u202E ALP-1' }))).toBe('Plačilo računa ALP-1');
    expect(emailedReference(mail({ subject: 'x'.repeat(100) }))).toHaveLength(64);
    expect(emailedReference(mail({ subject: '' }))).toBe('e-mail <m1@mail.example>');
    expect(emailedReference(mail({ subject: '', messageId: `<${'a'.repeat(100)}>` }))).toHaveLength(64);
    // A character of two code units is never cut in half.
    expect(readableText(`${'x'.repeat(63)}😀`, 64)).toBe('x'.repeat(63));
  });

  it('carries at most 5 attachments in base64, together within the cap, and the body cap holds them', () => {
    const ok = (m: unknown) => InboundEmailSchema.safeParse(m).success;
    expect(ok(mail())).toBe(true);
    expect(ok(mail({ attachments: [attachment('application/pdf', '%PDF-1.7')] }))).toBe(true);
    expect(ok(mail({ attachments: Array.from({ length: 6 }, () => attachment('image/png', 'x')) }))).toBe(
      false,
    );
    for (const contentBase64 of ['abc', 'ab=c', 'YWJj\nZGVm', 'YW Jj', '@@@@'])
      expect(
        ok(mail({ attachments: [{ fileName: 'a', contentType: 'a/b', contentBase64 }] })),
        contentBase64,
      ).toBe(false);
    const half = Buffer.alloc(MAX_INBOUND_ATTACHMENT_BYTES / 2 + 1).toString('base64');
    const over = InboundEmailSchema.safeParse(
      mail({
        attachments: [0, 1].map(() => ({ fileName: 'a', contentType: 'image/png', contentBase64: half })),
      }),
    );
    expect(over.success).toBe(false);
    expect(over.error!.issues.map((i) => i.path.join('.'))).toEqual(['attachments']);
    expect(MAX_INBOUND_ATTACHMENT_BYTES).toBeGreaterThan(MAX_PROOF_BYTES);
    expect(INBOUND_EMAIL_MAX_BODY_BYTES).toBeGreaterThan(
      base64Length(MAX_INBOUND_ATTACHMENT_BYTES) + 400_000,
    );
  });
});
