import type { Context, PreTokenGenerationTriggerEvent } from 'aws-lambda';
import { tokenClaims } from '#shared/auth/use-cases/token-claims.ts';
import { countMetric, observed } from '#shared/handlers/middleware.ts';
import { logger } from '#shared/kernel/observability.ts';
import { tokenClaimsDeps } from '#wiring';

type TriggerEvent = PreTokenGenerationTriggerEvent & { version: string };

/**
 * The user pool's pre-token-generation trigger: the claims of a person's ID token from the table
 * (`token-claims.ts`). It answers in the format of the event's version: V1 (`claimsOverrideDetails`,
 * also what cognito-local sends) or V2/V3 (`claimsAndScopeOverrideDetails.idTokenGeneration`). A
 * refusal throws, so the user pool issues no token.
 */
async function core(event: TriggerEvent, _context: Context): Promise<TriggerEvent> {
  let claims: Record<string, string>;
  try {
    claims = await tokenClaims(tokenClaimsDeps, { username: event.userName });
  } catch (e) {
    logger.info('token refused', { triggerSource: event.triggerSource, reason: (e as Error).message });
    countMetric('TokenRefused');
    throw new Error('sign-in refused');
  }
  countMetric(Object.keys(claims).length ? 'TokenIssued' : 'TokenWithoutClaims');
  const response = event.response as Record<string, unknown>;
  if (event.version === '1' || event.version === '0' || !event.version) {
    response.claimsOverrideDetails = { claimsToAddOrOverride: claims };
  } else {
    response.claimsAndScopeOverrideDetails = { idTokenGeneration: { claimsToAddOrOverride: claims } };
  }
  return event;
}

export const handler = observed(core, (event) => ({ trigger: event.triggerSource }));
