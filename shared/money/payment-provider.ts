import { config } from '../kernel/config.ts';
import type { Money } from '../kernel/money.ts';
import { localPaymentProvider } from './local-paypal.ts';

/**
 * Port to the card/PayPal payment provider. A top-up by PayPal (cards go through PayPal too)
 * captures an order the payer approved in the provider's checkout. `requestId` is the
 * provider-side idempotency key (PayPal-Request-Id): capturing again with the same id returns the
 * first result, so a retried top-up never charges twice.
 */
export interface CaptureRequest {
  tenantId: string;
  /** The order the payer approved (PayPal order id). */
  orderId: string;
  /** What the top-up expects (the result reports what was actually captured). */
  amount: Money;
  /** Our top-up id: the idempotency key at the provider. */
  requestId: string;
  /** Shown to the payer, e.g. the payment reference. */
  description: string;
}

export type CaptureResult =
  | { status: 'completed'; providerPaymentId: string; amount: Money }
  | { status: 'declined'; reason: string };

export interface PaymentProvider {
  readonly name: string;
  capture(request: CaptureRequest): Promise<CaptureResult>;
}

let installed: PaymentProvider | undefined;

/**
 * The provider in force: one installed by the composition root (the AWS wiring installs the
 * PayPal adapter with its credentials; tests may install a fake), else the local adapter when
 * running locally. On AWS without an installed provider, PayPal top-ups fail loudly.
 */
export function paymentProvider(): PaymentProvider {
  if (installed) return installed;
  if (config().RUNTIME === 'local') return localPaymentProvider;
  throw new Error(
    'No payment provider installed: install the PayPal adapter (createPayPalProvider) at start-up.',
  );
}

export function installPaymentProvider(p: PaymentProvider | undefined): void {
  installed = p;
}
