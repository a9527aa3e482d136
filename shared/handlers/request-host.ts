/**
 * The host a public request was sent to, which names its tenant on AWS (`<tenant>.<domain>`):
 * `X-Forwarded-Host` where the portal's CloudFront distribution passed the viewer's host on (its
 * origin request carries the API's own host), else `Host`. It chooses only which tenant a sign-in
 * or a quote is about, a choice that is the caller's anyway (its credentials belong to one tenant),
 * so a value a client sets itself gains it nothing.
 */
export function requestHost(headers: Record<string, string | undefined>): string | undefined {
  return headers['x-forwarded-host']?.split(',')[0]?.trim() || headers.host;
}
