import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CognitoIdentityProviderClient,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  DescribeUserPoolClientCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { createRemoteJWKSet, type JWTPayload, jwtVerify } from 'jose';
import { PRE_TOKEN_GENERATION_HANDLER } from '../../functions/auth/manifest.ts';
import { localContext } from './api-event.ts';
import { freePort } from './dynamodb.ts';
import { invoke } from './invocations.ts';
import { REPO_ROOT } from './settings.ts';
import { TokenRejected } from './tokens.ts';

/**
 * The user pool on one machine: cognito-local 5.3 as a child process, its data under
 * `<dir>/.cognito` (kept across restarts with the pool it made), and the pre-token-generation
 * trigger served by a small Lambda-invoke endpoint of our own (cognito-local's `LambdaClient.endpoint`)
 * that calls the very handler module the user pool's trigger runs on AWS.
 *
 * What cognito-local does not do, our code does (docs/architecture.md, "Sign-in"): it checks no
 * initial password, no disabled user, no password policy and signs no user out; the PIN is ours
 * in both runtimes.
 */
export interface LocalCognito {
  endpoint: string;
  issuer: string;
  userPoolId: string;
  clientId: string;
  pid?: number;
  /** Verifies a cognito-local ID token as the HttpApi JWT authorizer would (issuer, audience, `token_use`). */
  verify(token: string): Promise<JWTPayload>;
  stop(): Promise<void>;
}

const require = createRequire(import.meta.url);
const FUNCTION_NAME = 'switchboard-pre-token-generation';

interface PoolFile {
  userPoolId: string;
  clientId: string;
}

type Handler = (event: unknown, context: unknown) => Promise<unknown>;
let trigger: Promise<Handler> | undefined;
const loadTrigger = () =>
  (trigger ??= import(pathToFileURL(resolve(REPO_ROOT, `${PRE_TOKEN_GENERATION_HANDLER}.ts`)).href).then(
    (m: { handler: Handler }) => m.handler,
  ));

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((res, rej) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => res(Buffer.concat(chunks).toString('utf8')));
    req.on('error', rej);
  });
}

/** `POST /2015-03-31/functions/{name}/invocations`, as Lambda's Invoke answers it (errors as `X-Amz-Function-Error`). */
function lambdaEndpoint(): Server {
  return createServer((req, res) => {
    const m = /^\/2015-03-31\/functions\/([^/]+)\/invocations$/.exec(req.url ?? '');
    if (req.method !== 'POST' || !m || decodeURIComponent(m[1]!) !== FUNCTION_NAME) {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ Type: 'User', message: 'Function not found' }));
      return;
    }
    void (async () => {
      let status = 200;
      let headers: Record<string, string> = { 'content-type': 'application/json' };
      let body: string;
      try {
        const event = JSON.parse(await readBody(req));
        const result = await invoke(await loadTrigger(), event, localContext(FUNCTION_NAME, 5));
        body = JSON.stringify(result);
      } catch (e) {
        headers = { ...headers, 'x-amz-function-error': 'Unhandled' };
        body = JSON.stringify({ errorType: (e as Error).name, errorMessage: (e as Error).message });
        status = 200;
      }
      res.writeHead(status, headers);
      res.end(body);
    })();
  });
}

async function listen(server: Server): Promise<number> {
  await new Promise<void>((res, rej) => {
    server.once('error', rej);
    server.listen(0, '127.0.0.1', () => res());
  });
  const address = server.address();
  return typeof address === 'object' && address ? address.port : 0;
}

/** A cognito-local left running by a process that was killed (its pid file names it). */
async function stopStale(pidFile: string): Promise<void> {
  let pid: number;
  try {
    pid = Number(await readFile(pidFile, 'utf8'));
  } catch {
    return;
  }
  try {
    const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8');
    if (cmdline.includes('cognito-local')) process.kill(pid, 'SIGKILL');
  } catch {
    // gone, or not ours to know
  }
}

async function readPool(file: string): Promise<PoolFile | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as PoolFile;
  } catch {
    return undefined;
  }
}

/**
 * The user pool and its self-care app client, made once: no username attributes (the username is
 * `<tenant>#<digits>`), MFA off (the PIN is ours), the pool's password policy, an app client that
 * writes no attribute and signs in with a password or a refresh token.
 */
async function ensurePool(client: CognitoIdentityProviderClient, file: string): Promise<PoolFile> {
  const known = await readPool(file);
  if (known) {
    try {
      await client.send(
        new DescribeUserPoolClientCommand({ UserPoolId: known.userPoolId, ClientId: known.clientId }),
      );
      return known;
    } catch {
      // the emulator's data was deleted: make them again
    }
  }
  const pool = await client.send(
    new CreateUserPoolCommand({
      PoolName: 'switchboard-local',
      UsernameAttributes: [],
      MfaConfiguration: 'OFF',
      Policies: {
        PasswordPolicy: {
          MinimumLength: 12,
          RequireLowercase: true,
          RequireUppercase: true,
          RequireNumbers: true,
          RequireSymbols: true,
          TemporaryPasswordValidityDays: 3,
        },
      },
    }),
  );
  const userPoolId = pool.UserPool!.Id!;
  const app = await client.send(
    new CreateUserPoolClientCommand({
      UserPoolId: userPoolId,
      ClientName: 'self-care',
      ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
      ReadAttributes: ['phone_number'],
      WriteAttributes: [],
      IdTokenValidity: 1,
      AccessTokenValidity: 1,
      RefreshTokenValidity: 30,
      TokenValidityUnits: { IdToken: 'hours', AccessToken: 'hours', RefreshToken: 'days' },
      EnableTokenRevocation: true,
      PreventUserExistenceErrors: 'ENABLED',
    }),
  );
  const made = { userPoolId, clientId: app.UserPoolClient!.ClientId! };
  await writeFile(file, `${JSON.stringify(made, null, 2)}\n`);
  return made;
}

/** Starts cognito-local under `dir` (the data folder's `cognito/`) and resolves once its pool is ready. */
export async function startLocalCognito(opts: { dir: string; port?: number }): Promise<LocalCognito> {
  const dir = resolve(opts.dir);
  const configDir = resolve(dir, '.cognito');
  await mkdir(resolve(configDir, 'db'), { recursive: true });
  const pidFile = resolve(dir, 'cognito-local.pid');
  await stopStale(pidFile);

  const lambda = lambdaEndpoint();
  const lambdaPort = await listen(lambda);
  const port = opts.port ?? (await freePort());
  const endpoint = `http://127.0.0.1:${port}`;
  await writeFile(
    resolve(configDir, 'config.json'),
    `${JSON.stringify(
      {
        LambdaClient: {
          endpoint: `http://127.0.0.1:${lambdaPort}`,
          region: 'local',
          credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
          maxRetries: 0,
        },
        TriggerFunctions: { PreTokenGeneration: FUNCTION_NAME },
        TokenConfig: { IssuerDomain: endpoint },
        UserPoolDefaults: { UsernameAttributes: [] },
      },
      null,
      2,
    )}\n`,
  );

  const bin = resolve(dirname(require.resolve('cognito-local/package.json')), 'lib/bin/start.js');
  const child: ChildProcess = spawn(process.execPath, [bin], {
    cwd: dir,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', NODE_OPTIONS: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (d: Buffer) => {
    output = (output + d.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let gone = false;
  const exited = new Promise<void>((res) =>
    child.once('exit', () => {
      gone = true;
      res();
    }),
  );
  if (child.pid) await writeFile(pidFile, String(child.pid));

  const stop = async () => {
    lambda.close();
    lambda.closeAllConnections();
    if (!gone) {
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
      if (!gone) child.kill('SIGKILL');
    }
  };

  const deadline = Date.now() + 20_000;
  for (;;) {
    if (gone) {
      await stop();
      throw new Error(`cognito-local exited: ${output}`);
    }
    try {
      const res = await fetch(`${endpoint}/health`);
      if (res.ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`cognito-local did not start on ${endpoint}: ${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }

  const client = new CognitoIdentityProviderClient({
    endpoint,
    region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
  let pool: PoolFile;
  try {
    pool = await ensurePool(client, resolve(dir, 'pool.json'));
  } catch (e) {
    await stop();
    throw e;
  } finally {
    client.destroy();
  }
  const issuer = `${endpoint}/${pool.userPoolId}`;
  const jwks = createRemoteJWKSet(new URL(`${issuer}/.well-known/jwks.json`));

  return {
    endpoint,
    issuer,
    userPoolId: pool.userPoolId,
    clientId: pool.clientId,
    pid: child.pid,
    stop,
    async verify(token) {
      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(token, jwks, {
          algorithms: ['RS256'],
          issuer,
          audience: pool.clientId,
          requiredClaims: ['exp', 'sub'],
        }));
      } catch {
        throw new TokenRejected(
          'The token is not valid for this API (signature, issuer, audience or expiry).',
        );
      }
      // Only ID tokens carry the principal; an access token of the pool is not the API's.
      if (payload.token_use !== 'id') throw new TokenRejected('The token was not issued for this API.');
      return payload;
    },
  };
}

/** Points the functions' configuration at the emulator (before any of them reads it). */
export function cognitoEnvironment(c: LocalCognito): Record<string, string> {
  return { COGNITO_ENDPOINT: c.endpoint, USER_POOL_ID: c.userPoolId, USER_POOL_CLIENT_ID: c.clientId };
}
