/**
 * The portal's security headers, one list for both places that serve it: CloudFront's response
 * headers policy on AWS (`infra/constructs/portal-hosting.ts`) and `npm start`'s server.
 * The content security policy admits only the portal's own origin (its scripts, styles and the
 * API under the same domain), plus the origins the portal uploads payment proofs to.
 */
export function contentSecurityPolicy(uploadOrigins: string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src ${["'self'", ...uploadOrigins].join(' ')}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export const PORTAL_HEADERS = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
} as const;

/** Two years, subdomains included (HTTPS only: CloudFront sends it; the local server does not). */
export const HSTS_SECONDS = 63_072_000;

/**
 * Cache-Control of the portal's files: `index.html` is asked for again every time (it names the
 * current build's files), `assets/*` carry a content hash in their names and never change.
 */
export const CACHE_CONTROL = {
  index: 'no-cache',
  assets: 'public, max-age=31536000, immutable',
} as const;
