import { describe, expect, it } from 'vitest';
import type { PaymentProof } from '../../shared/dunning/ports.ts';
import {
  CreateProofBodySchema,
  contentTypeOf,
  earliestPaidOn,
  hasSignatureOf,
  isOpen,
  ProofDecisionBodySchema,
  proofView,
} from '../../shared/dunning/proofs.ts';

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
});
