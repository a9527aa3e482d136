import * as z from 'zod';
import { type Principal, ROLES } from '../kernel/actor.ts';
import { Unauthenticated } from '../kernel/errors.ts';
import { message } from '../kernel/messages.ts';

/**
 * Token claims. On AWS the HttpApi JWT authorizer (Cognito) has verified the token and passes
 * the claims as strings; locally `infra/local/http-server.ts` verifies the token the same way.
 */
export const CLAIMS = {
  tenant: 'tenant_id',
  role: 'role',
  group: 'group_id',
  msisdn: 'msisdn',
} as const;

const id = z.string().regex(/^[a-z0-9][a-z0-9-]{1,39}$/);

const claimsSchema = z.object({
  sub: z.string().min(1),
  [CLAIMS.role]: z.enum(ROLES),
  [CLAIMS.tenant]: id.optional(),
  [CLAIMS.group]: z.string().min(1).optional(),
  [CLAIMS.msisdn]: z
    .string()
    .regex(/^\d{8,15}$/)
    .optional(),
});

/** Machine principals authenticate with OAuth client credentials: their tokens are access tokens. */
const MACHINE_ROLES: readonly string[] = ['mediation', 'psp', 'mail-gateway'];

export function principalFromClaims(claims: Record<string, unknown> | undefined): Principal {
  // A user pool token names its use: a person's principal is in its ID token, a machine's in its
  // access token (client credentials); any other token of the pool is not the API's. Local tokens
  // (`npm run cli -- token`) carry no `token_use`.
  const use = claims?.token_use;
  if (use !== undefined) {
    const machine = MACHINE_ROLES.includes(String(claims?.[CLAIMS.role]));
    if (use !== (machine ? 'access' : 'id')) throw new Unauthenticated(message('token.not-for-api'));
  }
  const parsed = claimsSchema.safeParse(claims ?? {});
  if (!parsed.success) throw new Unauthenticated(message('token.invalid-principal'));
  const c = parsed.data;
  const role = c[CLAIMS.role];
  if (role === 'platform') return { role, subject: c.sub };
  const tenantId = c[CLAIMS.tenant];
  if (!tenantId) throw new Unauthenticated(message('token.no-tenant'));
  const groupId = c[CLAIMS.group];
  const msisdn = c[CLAIMS.msisdn];
  if ((role === 'admin' || role === 'member') && (!groupId || !msisdn)) {
    throw new Unauthenticated(message('token.subscriber-incomplete'));
  }
  return {
    role,
    subject: c.sub,
    tenantId,
    ...(groupId ? { groupId } : {}),
    ...(msisdn ? { msisdn } : {}),
  };
}
