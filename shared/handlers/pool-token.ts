import { createRemoteJWKSet, type JWTVerifyGetKey, jwtVerify } from 'jose';
import { config } from '../kernel/config.ts';
import { Unauthenticated } from '../kernel/errors.ts';
import { message } from '../kernel/messages.ts';
import { logger } from '../kernel/observability.ts';

/**
 * The user pool's tokens, verified by the handler itself: on AWS, the routes that admit partner
 * machines. The HttpApi JWT authorizer compares a token's `aud` (or, without one, its `client_id`)
 * with a fixed audience list, and a machine's app client is made at run time, so those routes have
 * no gateway authorizer and their handler checks what the authorizer would: the signature (the
 * pool's keys), `iss`, `exp`, and the audience: an ID token's `aud` must be the self-care client;
 * an access token's `client_id` is checked against the registry of machine clients
 * (`principal.ts`), with its scope.
 */
export function poolTokenVerifier(opts: {
  issuer: string;
  selfCareClientId: string;
  keys: JWTVerifyGetKey;
}): (authorization: string | undefined) => Promise<Record<string, unknown>> {
  const refused = (reason: string): never => {
    logger.info('token refused', { reason });
    throw new Unauthenticated(message('token.invalid-principal'));
  };
  return async (authorization) => {
    const bearer = /^Bearer +([A-Za-z0-9._~+/=-]+)$/i.exec(authorization ?? '');
    if (!bearer) return refused('no bearer token');
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(bearer[1]!, opts.keys, {
        issuer: opts.issuer,
        algorithms: ['RS256'],
        requiredClaims: ['exp', 'sub', 'token_use'],
      }));
    } catch (e) {
      return refused((e as Error).name);
    }
    if (payload.token_use === 'id' && payload.aud === opts.selfCareClientId) return payload;
    if (
      payload.token_use === 'access' &&
      typeof payload.client_id === 'string' &&
      payload.aud === undefined
    ) {
      return payload;
    }
    return refused('not a token of this API');
  };
}

let stageVerifier: ReturnType<typeof poolTokenVerifier> | undefined;

/** The stage's pool (`TOKEN_ISSUER`, `USER_POOL_CLIENT_ID`); its keys are fetched once per container. */
export function verifyPoolToken(authorization: string | undefined): Promise<Record<string, unknown>> {
  if (!stageVerifier) {
    const { TOKEN_ISSUER, USER_POOL_CLIENT_ID } = config();
    if (!TOKEN_ISSUER || !USER_POOL_CLIENT_ID) {
      throw new Error('TOKEN_ISSUER and USER_POOL_CLIENT_ID must be set on a route that verifies its tokens');
    }
    stageVerifier = poolTokenVerifier({
      issuer: TOKEN_ISSUER,
      selfCareClientId: USER_POOL_CLIENT_ID,
      keys: createRemoteJWKSet(new URL(`${TOKEN_ISSUER}/.well-known/jwks.json`)),
    });
  }
  return stageVerifier(authorization);
}
