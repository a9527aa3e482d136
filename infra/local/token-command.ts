/**
 * The local CLI's `token` command (`npm run cli -- token …`): its arguments read into the claims
 * of a token request, checked as the command checks them. The CLI signs the request with the data
 * folder's key pair and prints the token; the end-to-end tests mint theirs through this too.
 */
import { parseArgs } from 'node:util';
import { ROLES, type Role } from '../../shared/kernel/actor.ts';
import type { TokenRequest } from './tokens.ts';

/** The arguments make no token request; the message says what is wrong. */
export class TokenArgumentsRefused extends Error {
  override readonly name = 'TokenArgumentsRefused';
}

/** `--role ROLE [--tenant ID] [--group ID] [--msisdn DIGITS] [--sub S] [--ttl SECONDS]` as a token request. */
export function tokenRequestOf(args: string[]): TokenRequest {
  const { values } = parseArgs({
    args,
    options: {
      role: { type: 'string' },
      tenant: { type: 'string' },
      group: { type: 'string' },
      msisdn: { type: 'string' },
      sub: { type: 'string' },
      ttl: { type: 'string' },
    },
    strict: true,
  });
  const role = values.role as Role | undefined;
  if (!role || !ROLES.includes(role))
    throw new TokenArgumentsRefused(`--role must be one of ${ROLES.join(', ')}.`);
  if (role !== 'platform' && !values.tenant)
    throw new TokenArgumentsRefused(`--tenant is required for the ${role} role.`);
  if (role === 'platform' && values.tenant)
    throw new TokenArgumentsRefused('A platform token names no tenant.');
  if (values.tenant && !/^[a-z0-9][a-z0-9-]{1,39}$/.test(values.tenant)) {
    throw new TokenArgumentsRefused('--tenant must be a tenant id such as alpina.');
  }
  if ((role === 'admin' || role === 'member') && (!values.group || !values.msisdn)) {
    throw new TokenArgumentsRefused(`--group and --msisdn are required for the ${role} role.`);
  }
  const msisdn = values.msisdn?.replace(/^\+/, '');
  if (msisdn !== undefined && !/^\d{8,15}$/.test(msisdn)) {
    throw new TokenArgumentsRefused('--msisdn must be the number in digits, e.g. 38640123456.');
  }
  let ttlSeconds: number | undefined;
  if (values.ttl !== undefined) {
    ttlSeconds = Number(values.ttl);
    if (!Number.isInteger(ttlSeconds) || ttlSeconds <= 0)
      throw new TokenArgumentsRefused('--ttl must be a positive number of seconds.');
  }
  return { role, tenant: values.tenant, group: values.group, msisdn, sub: values.sub, ttlSeconds };
}
