import { describe, expect, it } from 'vitest';
import { errorToProblem } from '../../shared/handlers/errors.ts';
import { NotConfigured } from '../../shared/kernel/errors.ts';
import { payPalFromSecret } from '../../shared/money/paypal-secret.ts';

describe('PayPal on AWS without its credentials', () => {
  it('refuses the capture as not configured, before any call to PayPal', async () => {
    // The test environment names no PAYPAL_SECRET_ARN, as a stage whose operator set none.
    const capture = payPalFromSecret.capture({
      orderId: 'ORDER-1',
      requestId: '01JTESTREQUEST0000000000000',
      expected: { amount: 1000, currency: 'EUR' },
    } as never);
    await expect(capture).rejects.toBeInstanceOf(NotConfigured);
  });

  it('is answered 503 with a problem that says what to use instead', async () => {
    const error = await payPalFromSecret
      .capture({ orderId: 'O', requestId: 'R', expected: { amount: 1, currency: 'EUR' } } as never)
      .catch((e: unknown) => e);
    const { problem } = errorToProblem(error, '/v1/groups/g/members/1/top-ups', 'corr-1');
    expect(problem.status).toBe(503);
    expect(problem.type).toMatch(/not-configured$/);
    expect(problem.detail).toMatch(/bank transfer or a voucher/);
  });
});
