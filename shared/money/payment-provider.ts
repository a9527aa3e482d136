import { config } from '../kernel/config.ts';
import { localPaymentProvider } from './local-paypal.ts';
import type { PaymentProvider } from './ports.ts';

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
