import { randomUUID } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import {
  type CryptoKey,
  decodeJwt,
  decodeProtectedHeader,
  exportJWK,
  generateKeyPair,
  importJWK,
  type JWK,
  type JWTPayload,
  errors as joseErrors,
  jwtVerify,
  SignJWT,
} from 'jose';
import { CLAIMS } from '../../shared/handlers/principal.ts';
import type { Role } from '../../shared/kernel/actor.ts';
import { dataPaths, localSettings } from './settings.ts';

/**
 * Local tokens: what Cognito and the HttpApi JWT authorizer do on AWS. An ES256 key pair is made
 * once and kept in `DATA_DIR/jwt-keys.json`, so tokens survive restarts. Local mode only: nothing
 * under `infra/local` is bundled into a Lambda.
 */
export const LOCAL_ISSUER = 'switchboard-local';
export const LOCAL_AUDIENCE = 'switchboard-api';
const ALG = 'ES256';
const DEFAULT_TTL_SECONDS = 12 * 3600;

export interface TokenRequest {
  role: Role;
  tenant?: string;
  group?: string;
  msisdn?: string;
  sub?: string;
  /** Lifetime; negative makes an already expired token (tests). Default 12 h. */
  ttlSeconds?: number;
}

export interface KeyPair {
  kid: string;
  privateKey: CryptoKey;
  publicKey: CryptoKey;
}

interface StoredKeys {
  kid: string;
  alg: typeof ALG;
  privateJwk: JWK;
  publicJwk: JWK;
  createdAt: string;
}

/** A fresh key pair, kept only in memory (tests sign "foreign" tokens with one). */
export async function generateLocalKeyPair(): Promise<KeyPair> {
  const { privateKey, publicKey } = await generateKeyPair(ALG, { extractable: true });
  return { kid: randomUUID(), privateKey, publicKey };
}

async function readKeys(file: string): Promise<KeyPair> {
  const stored = JSON.parse(await readFile(file, 'utf8')) as StoredKeys;
  return {
    kid: stored.kid,
    privateKey: (await importJWK(stored.privateJwk, ALG)) as CryptoKey,
    publicKey: (await importJWK(stored.publicJwk, ALG)) as CryptoKey,
  };
}

const loaded = new Map<string, Promise<KeyPair>>();

/** The data folder's key pair, made on first use. Two processes racing to make it agree on one. */
export function localKeys(dataDir: string = localSettings().dataDir): Promise<KeyPair> {
  const file = dataPaths(dataDir).jwtKeys;
  let keys = loaded.get(file);
  if (!keys) {
    keys = (async () => {
      try {
        return await readKeys(file);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      }
      const pair = await generateLocalKeyPair();
      const stored: StoredKeys = {
        kid: pair.kid,
        alg: ALG,
        privateJwk: await exportJWK(pair.privateKey),
        publicJwk: await exportJWK(pair.publicKey),
        createdAt: new Date().toISOString(),
      };
      await mkdir(dirname(file), { recursive: true });
      try {
        await writeFile(file, `${JSON.stringify(stored, null, 2)}\n`, { flag: 'wx', mode: 0o600 });
        return pair;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
        return readKeys(file);
      }
    })();
    keys.catch(() => loaded.delete(file));
    loaded.set(file, keys);
  }
  return keys;
}

/** There is no key pair in the data folder: no system was ever started there. */
export class NoLocalKeys extends Error {
  override readonly name = 'NoLocalKeys';
  constructor(readonly dataDir: string) {
    super(`No Switchboard system in ${dataDir}: no key pair there (it is made by the first npm start).`);
  }
}

/** The key pair of a data folder where the system was started before; never makes one. */
export async function existingLocalKeys(dataDir: string = localSettings().dataDir): Promise<KeyPair> {
  const file = dataPaths(dataDir).jwtKeys;
  try {
    return await readKeys(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new NoLocalKeys(dataDir);
    throw e;
  }
}

/** Signs a token with the claims the API reads (`shared/handlers/principal.ts` `CLAIMS`). */
export async function signToken(req: TokenRequest, keys?: KeyPair): Promise<string> {
  const pair = keys ?? (await localKeys());
  const now = Math.floor(Date.now() / 1000);
  const ttl = req.ttlSeconds ?? DEFAULT_TTL_SECONDS;
  const claims: JWTPayload = { [CLAIMS.role]: req.role };
  if (req.tenant) claims[CLAIMS.tenant] = req.tenant;
  if (req.group) claims[CLAIMS.group] = req.group;
  if (req.msisdn) claims[CLAIMS.msisdn] = req.msisdn;
  const subject =
    req.sub ??
    (req.msisdn ? `${req.role}-${req.msisdn}` : `${req.role}${req.tenant ? `@${req.tenant}` : ''}`);
  return new SignJWT(claims)
    .setProtectedHeader({ alg: ALG, kid: pair.kid, typ: 'JWT' })
    .setSubject(subject)
    .setIssuer(LOCAL_ISSUER)
    .setAudience(LOCAL_AUDIENCE)
    .setIssuedAt(Math.min(now, now + ttl))
    .setExpirationTime(now + ttl)
    .setJti(randomUUID())
    .sign(pair.privateKey);
}

export class TokenRejected extends Error {
  override readonly name = 'TokenRejected';
}

/**
 * Verifies like the API Gateway JWT authorizer: signature, `iss`, `aud`, `exp` (and `nbf` when
 * present). Throws `TokenRejected` with a message fit for the caller.
 */
export async function verifyToken(token: string, keys?: KeyPair): Promise<JWTPayload> {
  const pair = keys ?? (await localKeys());
  let kid: string | undefined;
  try {
    kid = decodeProtectedHeader(token).kid;
  } catch {
    throw new TokenRejected('The token is not a valid JWT.');
  }
  if (kid !== undefined && kid !== pair.kid) {
    throw new TokenRejected(
      "The token was signed with another key than this system's (made on another data folder?): make it with npm run cli -- token and the DATA_DIR this server runs on.",
    );
  }
  try {
    const { payload } = await jwtVerify(token, pair.publicKey, {
      algorithms: [ALG],
      issuer: LOCAL_ISSUER,
      audience: LOCAL_AUDIENCE,
      requiredClaims: ['exp', 'sub'],
    });
    return payload;
  } catch (e) {
    throw new TokenRejected(reason(e));
  }
}

function reason(e: unknown): string {
  if (e instanceof joseErrors.JWTExpired) return 'The token has expired.';
  if (e instanceof joseErrors.JWSSignatureVerificationFailed) return 'The token signature is not valid.';
  if (e instanceof joseErrors.JWTClaimValidationFailed) {
    if (e.claim === 'iss' || e.claim === 'aud') return 'The token was not issued for this API.';
    if (e.claim === 'nbf') return 'The token is not valid yet.';
    return `The token lacks a valid "${e.claim}" claim.`;
  }
  if (e instanceof joseErrors.JOSEAlgNotAllowed)
    return 'The token is not signed with the expected algorithm.';
  return 'The token is not a valid JWT.';
}

/**
 * The verifier of the local server: the local token command's tokens (tests, scripts, machine
 * principals) and the user pool's ID tokens from the sign-in (cognito-local), each checked by
 * the verifier of the issuer it names. The issuer is read unverified only to choose the verifier,
 * which then checks it with the signature.
 */
export function tokenVerifier(opts: {
  keys?: KeyPair;
  userPool?: { issuer: string; verify: (token: string) => Promise<JWTPayload> };
}): (token: string) => Promise<JWTPayload> {
  return async (token) => {
    let issuer: unknown;
    try {
      issuer = decodeJwt(token).iss;
    } catch {
      throw new TokenRejected('The token is not a valid JWT.');
    }
    if (opts.userPool && issuer === opts.userPool.issuer) return opts.userPool.verify(token);
    if (issuer === LOCAL_ISSUER || issuer === undefined) return verifyToken(token, opts.keys);
    throw new TokenRejected('The token was not issued for this API.');
  };
}
