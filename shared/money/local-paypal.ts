import { createHash } from 'node:crypto';
import type { CaptureResult, PaymentProvider } from './ports.ts';

/**
 * The local stand-in for PayPal: no network, and the same order always gives the same answer.
 *
 * - An order id starting with `DECLINE` is declined (`INSTRUMENT_DECLINED`, like a refused card);
 *   one starting with `LIMIT` is declined as `PAYER_ACTION_REQUIRED`.
 * - Any other order id is captured for exactly the requested amount; the capture id is derived
 *   from the order id, so a second capture of one order yields the same capture id (and is
 *   recognised as a duplicate payment, as PayPal refuses to capture an order twice).
 */
export const localPaymentProvider: PaymentProvider = {
  name: 'paypal',
  async capture(req): Promise<CaptureResult> {
    const order = req.orderId.toUpperCase();
    if (order.startsWith('DECLINE')) return { status: 'declined', reason: 'INSTRUMENT_DECLINED' };
    if (order.startsWith('LIMIT')) return { status: 'declined', reason: 'PAYER_ACTION_REQUIRED' };
    const captureId = createHash('sha256')
      .update(`${req.tenantId}:${req.orderId}`)
      .digest('hex')
      .slice(0, 17)
      .toUpperCase();
    return { status: 'completed', providerPaymentId: `LOCAL-${captureId}`, amount: req.amount };
  },
};
