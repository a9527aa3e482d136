import { fromDecimalString } from '../kernel/money.ts';
import type { CaptureRequest, CaptureResult, PaymentProvider } from './ports.ts';

/**
 * The PayPal adapter (Orders v2): OAuth2 client credentials, then
 * `POST /v2/checkout/orders/{id}/capture` with `PayPal-Request-Id` = our top-up id, so a retried
 * capture returns the first result. The captured amount is reported as captured (the use case
 * credits what was received). Used on AWS; not exercised by tests.
 */
export interface HttpClient {
  request(input: {
    method: 'GET' | 'POST';
    url: string;
    headers: Record<string, string>;
    body?: string;
  }): Promise<{ status: number; body: string }>;
}

export const fetchHttpClient: HttpClient = {
  async request({ method, url, headers, body }) {
    const res = await fetch(url, {
      method,
      headers,
      ...(body !== undefined ? { body } : {}),
      signal: AbortSignal.timeout(10_000),
    });
    return { status: res.status, body: await res.text() };
  },
};

export interface PayPalSettings {
  /** `https://api-m.paypal.com` or `https://api-m.sandbox.paypal.com`. */
  baseUrl: string;
  clientId: string;
  clientSecret: string;
}

interface CaptureResponse {
  status?: string;
  purchase_units?: {
    payments?: {
      captures?: { id: string; status: string; amount: { currency_code: string; value: string } }[];
    };
  }[];
  details?: { issue?: string }[];
  name?: string;
}

export function createPayPalProvider(
  settings: PayPalSettings,
  http: HttpClient = fetchHttpClient,
): PaymentProvider {
  let token: { value: string; until: number } | undefined;

  async function accessToken(): Promise<string> {
    if (token && token.until > Date.now()) return token.value;
    const res = await http.request({
      method: 'POST',
      url: `${settings.baseUrl}/v1/oauth2/token`,
      headers: {
        authorization: `Basic ${Buffer.from(`${settings.clientId}:${settings.clientSecret}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'grant_type=client_credentials',
    });
    if (res.status !== 200) throw new Error(`PayPal token request failed (${res.status})`);
    const body = JSON.parse(res.body) as { access_token: string; expires_in: number };
    token = { value: body.access_token, until: Date.now() + (body.expires_in - 60) * 1000 };
    return token.value;
  }

  return {
    name: 'paypal',
    async capture(req: CaptureRequest): Promise<CaptureResult> {
      const res = await http.request({
        method: 'POST',
        url: `${settings.baseUrl}/v2/checkout/orders/${encodeURIComponent(req.orderId)}/capture`,
        headers: {
          authorization: `Bearer ${await accessToken()}`,
          'content-type': 'application/json',
          'paypal-request-id': req.requestId,
          prefer: 'return=representation',
        },
        body: '{}',
      });
      const body = (res.body ? JSON.parse(res.body) : {}) as CaptureResponse;
      if (res.status === 422 || res.status === 404) {
        return { status: 'declined', reason: body.details?.[0]?.issue ?? body.name ?? `HTTP_${res.status}` };
      }
      if (res.status < 200 || res.status > 299) throw new Error(`PayPal capture failed (${res.status})`);
      const capture = body.purchase_units?.[0]?.payments?.captures?.[0];
      if (capture?.status !== 'COMPLETED') {
        return { status: 'declined', reason: capture?.status ?? body.status ?? 'NOT_COMPLETED' };
      }
      // What was actually captured: the use case credits exactly this (money received is never lost).
      const amount = {
        amount: fromDecimalString(capture.amount.value),
        currency: capture.amount.currency_code,
      };
      return { status: 'completed', providerPaymentId: capture.id, amount };
    },
  };
}
