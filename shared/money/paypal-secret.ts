import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import * as z from 'zod';
import { config } from '../kernel/config.ts';
import { NotConfigured } from '../kernel/errors.ts';
import { message } from '../kernel/messages.ts';
import { createPayPalProvider } from './paypal.ts';
import type { PaymentProvider } from './ports.ts';

/**
 * PayPal on AWS: its credentials live in the Secrets Manager secret that CDK creates per stage
 * (`PAYPAL_SECRET_ARN`); the operator sets its value (`{ "baseUrl", "clientId", "clientSecret" }`)
 * once, outside the code. Until then, or when the value is not of that shape, every PayPal top-up
 * is refused with a clear "not configured" problem (503) and nothing is written.
 */
const SettingsSchema = z.object({
  baseUrl: z.url(),
  clientId: z.string().min(1),
  clientSecret: z.string().min(1),
});

const NOT_CONFIGURED = message('topup.paypal-not-configured');

let client: SecretsManagerClient | undefined;
let cached: { provider: PaymentProvider; until: number } | undefined;
/** A changed secret is picked up within this time, without a redeploy. */
const REFRESH_MS = 5 * 60_000;

async function load(): Promise<PaymentProvider> {
  if (cached && cached.until > Date.now()) return cached.provider;
  const secretId = config().PAYPAL_SECRET_ARN;
  if (!secretId) throw new NotConfigured(NOT_CONFIGURED);
  client ??= new SecretsManagerClient({ region: config().AWS_REGION });
  let raw: string | undefined;
  try {
    raw = (await client.send(new GetSecretValueCommand({ SecretId: secretId }))).SecretString;
  } catch (e) {
    if ((e as Error).name === 'ResourceNotFoundException') throw new NotConfigured(NOT_CONFIGURED);
    throw e;
  }
  const parsed = SettingsSchema.safeParse(raw ? safeJson(raw) : undefined);
  if (!parsed.success) throw new NotConfigured(NOT_CONFIGURED);
  const provider = createPayPalProvider(parsed.data);
  cached = { provider, until: Date.now() + REFRESH_MS };
  return provider;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The payment-provider port on AWS: PayPal with the credentials of the stage's secret. */
export const payPalFromSecret: PaymentProvider = {
  name: 'paypal',
  capture: async (request) => (await load()).capture(request),
};
