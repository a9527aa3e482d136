import * as z from 'zod';

/**
 * The one place that reads `process.env`. Parsed once, on first use, and fails fast with every
 * missing or malformed variable named. Lambda gets these from the function construct; the local
 * runtime sets them before it loads any handler.
 */
const schema = z
  .object({
    RUNTIME: z.enum(['aws', 'local']).default('aws'),
    TABLE_NAME: z.string().min(3),
    EVENT_BUS_NAME: z.string().min(1).default('switchboard'),
    /** DynamoDB endpoint override (DynamoDB Local). Unset on AWS. */
    DYNAMODB_ENDPOINT: z.url().optional(),
    AWS_REGION: z.string().default('eu-central-1'),
    /** Largest request body accepted, in bytes. */
    MAX_BODY_BYTES: z.coerce
      .number()
      .int()
      .positive()
      .default(256 * 1024),
    /** Seconds an idempotency record is kept (≥ 24 h). */
    IDEMPOTENCY_TTL_SECONDS: z.coerce.number().int().min(86_400).default(172_800),
    /** Seconds a Lambda container caches a tenant's settings. */
    TENANT_CACHE_SECONDS: z.coerce.number().int().min(0).default(60),
    /** Sender address of e-mail notifications (a verified SES identity on AWS). */
    NOTIFY_EMAIL_FROM: z.email().optional(),
    /** The invoicing queue (bill run workers), for the functions that send to it. Unset locally. */
    INVOICING_QUEUE_URL: z.url().optional(),
    /** The bucket of rendered invoice documents (PDF). Unset locally (the data folder keeps them). */
    INVOICE_BUCKET: z.string().min(3).optional(),
    /** The dunning state machine, for the functions that start and wake it. */
    DUNNING_STATE_MACHINE_ARN: z.string().min(20).optional(),
    /** The API's public base URL (links in notifications), e.g. `https://api.operator.example`. */
    PUBLIC_API_URL: z.url().optional(),
    /** Secrets Manager secret with the PayPal credentials (AWS); unset: PayPal is not configured. */
    PAYPAL_SECRET_ARN: z.string().min(1).optional(),
    POWERTOOLS_SERVICE_NAME: z.string().default('switchboard'),
    POWERTOOLS_METRICS_NAMESPACE: z.string().default('Switchboard'),
    /**
     * Secret that seals pagination cursors (HMAC-SHA256), at least 32 characters. Required on AWS,
     * where the function construct sets it from the stage's Secrets Manager secret; locally a key
     * derived from the table name is used when it is unset.
     */
    CURSOR_SIGNING_KEY: z.string().min(32).optional(),
    /** Sign-in: the user pool and its self-care app client (Cognito on AWS, cognito-local locally). */
    USER_POOL_ID: z.string().min(1).optional(),
    USER_POOL_CLIENT_ID: z.string().min(1).optional(),
    /**
     * The user pool's token issuer (`https://cognito-idp.<region>.amazonaws.com/<pool id>`), on the
     * AWS functions of the routes that admit partner machines: they verify their tokens themselves.
     */
    TOKEN_ISSUER: z.url().optional(),
    /** Cognito endpoint override (cognito-local). Unset on AWS. */
    COGNITO_ENDPOINT: z.url().optional(),
    /**
     * On AWS the tenant of a sign-in request is the first label of its host under this domain
     * (`alpina.<domain>`); locally the request names it (`tenant`).
     */
    TENANT_HOST_DOMAIN: z.string().min(3).optional(),
  })
  .refine((c) => c.RUNTIME !== 'aws' || c.CURSOR_SIGNING_KEY !== undefined, {
    path: ['CURSOR_SIGNING_KEY'],
    message: 'is required on AWS (the secret that seals pagination cursors)',
  });

export type Config = z.infer<typeof schema>;

let cached: Config | undefined;

export function config(): Config {
  if (!cached) {
    const parsed = schema.safeParse(process.env);
    if (!parsed.success) {
      const detail = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
      throw new Error(`Invalid configuration: ${detail}`);
    }
    cached = parsed.data;
  }
  return cached;
}

/** The key that seals pagination cursors: the configured secret, or locally one derived from the table. */
export function cursorSigningKey(): string {
  const c = config();
  return c.CURSOR_SIGNING_KEY ?? `switchboard-local-cursors:${c.TABLE_NAME}`;
}

/** For tests and the local runtime, which set the environment before reading it. */
export function resetConfigForTests(): void {
  cached = undefined;
}
