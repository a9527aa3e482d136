import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { JWTPayload } from 'jose';
import { routes as apiRoutes } from '../../functions/registry.ts';
import { MAX_PROOF_BYTES } from '../../shared/dunning/ports.ts';
import type { HttpResponse } from '../../shared/handlers/errors.ts';
import { PROBLEM_CONTENT_TYPE, type Problem, problemType } from '../../shared/handlers/problem.ts';
import type { RouteDefinition } from '../../shared/handlers/route.ts';
import { config } from '../../shared/kernel/config.ts';
import { logger } from '../../shared/kernel/observability.ts';
import { localContext, matchPath, toApiEvent } from './api-event.ts';
import { invoke } from './invocations.ts';
import type { PortalFiles } from './portal-files.ts';
import { LOCAL_UPLOADS_PATH, type LocalProofFiles, UploadRefused } from './proof-files.ts';
import { type LocalQueues, MessageRefused, type OutgoingMessage } from './queue.ts';
import { REPO_ROOT } from './settings.ts';
import { TokenRejected, verifyToken } from './tokens.ts';

type LambdaHandler = (event: unknown, context: unknown) => Promise<unknown>;

export interface LocalServerOptions {
  /** Defaults to the API's route table. */
  routes?: RouteDefinition[];
  /** Verifies a bearer token and returns its claims; defaults to the data folder's key (`tokens.ts`). */
  verify?: (token: string) => Promise<JWTPayload>;
  /** Loads a route's handler module; defaults to `import(<repo>/<route.handler>.ts)`. */
  load?: (handlerPath: string) => Promise<LambdaHandler>;
  /**
   * The local queues producers send to over `POST /_local/queues/{name}` (`npm start` passes them).
   * A local-only endpoint: no route of the registry, the OpenAPI document or CDK; on AWS producers
   * send to the SQS queue itself.
   */
  queues?: LocalQueues;
  /**
   * The payment-proof documents clients upload and staff download through the signed URLs the API
   * hands out, at `PUT` and `GET /_local/uploads/<key>` (`npm start` passes them). Local only: on
   * AWS those URLs are the documents bucket's presigned ones.
   */
  uploads?: LocalProofFiles;
  /**
   * The portal's built files, served at `/` and `/assets/*` (`npm start` passes them; on AWS
   * CloudFront serves them from the portal bucket, the API under the same domain).
   */
  portal?: PortalFiles;
}

/** The local runtime's own endpoints live under this prefix, which no API route uses. */
export const LOCAL_QUEUES_PATH = '/_local/queues';
/** One request may carry many messages (JSON Lines), each at most `MAX_MESSAGE_BYTES`. */
const LOCAL_QUEUE_REQUEST_BYTES = 8 * 1024 * 1024;
const NDJSON = /^application\/(x-ndjson|jsonl|x-jsonlines)\b/i;
const JSON_TYPE = /^application\/json\b/i;

const handlers = new Map<string, Promise<LambdaHandler>>();

/** The same module Lambda runs, imported once per process. */
function loadHandler(handlerPath: string): Promise<LambdaHandler> {
  let h = handlers.get(handlerPath);
  if (!h) {
    h = import(pathToFileURL(resolve(REPO_ROOT, `${handlerPath}.ts`)).href).then(
      (mod: { handler?: unknown }) => {
        if (typeof mod.handler !== 'function') throw new Error(`${handlerPath}.ts exports no handler`);
        return mod.handler as LambdaHandler;
      },
    );
    h.catch(() => handlers.delete(handlerPath));
    handlers.set(handlerPath, h);
  }
  return h;
}

/** Literal segments win over parameters, as API Gateway picks the most specific route. */
const specificity = (template: string): number =>
  template.split('/').filter((s) => !s.startsWith('{')).length;

interface Match {
  route: RouteDefinition;
  params: Record<string, string>;
}

function findRoute(
  table: RouteDefinition[],
  method: string,
  path: string,
): { match?: Match; allowed: string[] } {
  const candidates: Match[] = [];
  for (const route of table) {
    const params = matchPath(route.path, path);
    if (params) candidates.push({ route, params });
  }
  const allowed = [...new Set(candidates.map((c) => c.route.method))];
  const match = candidates
    .filter((c) => c.route.method === method)
    .sort((a, b) => specificity(b.route.path) - specificity(a.route.path))[0];
  return { match, allowed };
}

function problem(
  status: number,
  kind: string,
  title: string,
  detail: string,
  instance: string,
  correlationId: string,
) {
  const body: Problem = { type: problemType(kind), title, status, detail, instance, correlationId };
  return {
    statusCode: status,
    headers: { 'content-type': PROBLEM_CONTENT_TYPE, 'x-correlation-id': correlationId },
    body: JSON.stringify(body),
  } satisfies HttpResponse;
}

/** Content types API Gateway passes as text; anything else arrives base64-encoded. */
const TEXTUAL = /^(text\/|application\/(.+\+)?(json|xml)|application\/x-www-form-urlencoded)/i;

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage, max: number): Promise<Buffer> {
  return new Promise((res, rej) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) tooLarge = true;
      if (!tooLarge) chunks.push(chunk);
      // Past 16× the cap the rest is not worth draining: drop the connection.
      if (size > max * 16) req.destroy();
    });
    req.on('end', () => (tooLarge ? rej(new BodyTooLarge()) : res(Buffer.concat(chunks))));
    req.on('close', () => (tooLarge ? rej(new BodyTooLarge()) : undefined));
    req.on('error', rej);
  });
}

function headerMap(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) {
    if (v === undefined) continue;
    out[k.toLowerCase()] = Array.isArray(v) ? v.join(',') : v;
  }
  return out;
}

function write(res: ServerResponse, out: HttpResponse, extra: Record<string, string> = {}) {
  const body = out.isBase64Encoded
    ? Buffer.from(out.body ?? '', 'base64')
    : Buffer.from(out.body ?? '', 'utf8');
  res.writeHead(out.statusCode, { ...out.headers, ...extra, 'content-length': String(body.length) });
  res.end(body);
}

/** Lambda proxy results may also be a bare value (payload format 2.0 then answers 200 JSON). */
function asHttpResponse(result: unknown): HttpResponse {
  if (result && typeof result === 'object' && 'statusCode' in result) {
    const r = result as Partial<HttpResponse> & { statusCode: number; cookies?: string[] };
    return {
      statusCode: r.statusCode,
      headers: { ...(r.headers ?? {}) },
      body: r.body ?? '',
      ...(r.isBase64Encoded ? { isBase64Encoded: true } : {}),
    };
  }
  return {
    statusCode: 200,
    headers: { 'content-type': 'application/json' },
    body: typeof result === 'string' ? result : JSON.stringify(result ?? null),
  };
}

/**
 * The HTTP adapter that stands in for API Gateway: routes by the API's route table, enforces the
 * body cap, verifies bearer tokens like the HttpApi JWT authorizer (a refused token never reaches
 * a handler), builds the payload 2.0 event and calls the very handler module Lambda runs.
 */
export function createLocalServer(opts: LocalServerOptions = {}): Server {
  const table = opts.routes ?? apiRoutes;
  const verify = opts.verify ?? ((token: string) => verifyToken(token));
  const load = opts.load ?? loadHandler;

  async function handle(
    req: IncomingMessage,
  ): Promise<{ out: HttpResponse; extra?: Record<string, string> }> {
    const headers = headerMap(req);
    const given = headers['x-correlation-id'];
    const correlationId = given && /^[A-Za-z0-9._:-]{1,128}$/.test(given) ? given : randomUUID();
    const url = new URL(req.url ?? '/', 'http://localhost');
    const method = (req.method ?? 'GET').toUpperCase();
    const path = url.pathname;

    if (opts.queues && (path === LOCAL_QUEUES_PATH || path.startsWith(`${LOCAL_QUEUES_PATH}/`))) {
      return queueRequest(opts.queues, req, { method, path, headers, correlationId });
    }
    if (opts.uploads && path.startsWith(`${LOCAL_UPLOADS_PATH}/`)) {
      return uploadRequest(opts.uploads, req, { method, url, headers, correlationId });
    }

    const { match, allowed } = findRoute(table, method, path);
    if (!match && opts.portal && (method === 'GET' || method === 'HEAD')) {
      const file = await opts.portal.get(path);
      if (file) return { out: file };
    }
    if (!match) {
      if (allowed.length === 0) {
        return {
          out: problem(404, 'not-found', 'Not found', `No route matches ${path}.`, path, correlationId),
        };
      }
      return {
        out: problem(
          405,
          'method-not-allowed',
          'Method not allowed',
          `${method} is not allowed on ${path}; use ${allowed.join(', ')}.`,
          path,
          correlationId,
        ),
        extra: { allow: allowed.join(', ') },
      };
    }
    const { route, params } = match;

    const max = route.maxBodyBytes ?? config().MAX_BODY_BYTES;
    const declared = Number(headers['content-length'] ?? '0');
    const tooLarge = () =>
      problem(
        413,
        'payload-too-large',
        'Payload too large',
        `The request body must not exceed ${max} bytes.`,
        path,
        correlationId,
      );
    // A body far past the cap is refused unread; a smaller excess is drained so the client reads the 413.
    if (declared > max * 16) return { out: tooLarge(), extra: { connection: 'close' } };
    let raw: Buffer;
    try {
      raw = await readBody(req, max);
    } catch (e) {
      if (e instanceof BodyTooLarge) return { out: tooLarge(), extra: { connection: 'close' } };
      throw e;
    }

    let claims: Record<string, string | number | boolean> | undefined;
    if (route.access !== 'public') {
      const auth = headers.authorization ?? '';
      const bearer = /^Bearer\s+(\S+)\s*$/i.exec(auth);
      const unauthorized = (detail: string) => ({
        out: problem(401, 'unauthenticated', 'Authentication required', detail, path, correlationId),
        extra: {
          'www-authenticate': `Bearer error="invalid_token", error_description="${detail.replace(/"/g, "'")}"`,
        },
      });
      if (!bearer) {
        return unauthorized(
          auth
            ? 'The Authorization header must be "Bearer <token>".'
            : 'A bearer token is required (Authorization: Bearer <token>).',
        );
      }
      try {
        const payload = await verify(bearer[1]!);
        claims = {};
        for (const [k, v] of Object.entries(payload)) {
          if (v === undefined || v === null) continue;
          claims[k] = typeof v === 'object' ? JSON.stringify(v) : (v as string | number | boolean);
        }
      } catch (e) {
        if (e instanceof TokenRejected) return unauthorized(e.message);
        throw e;
      }
    }

    const contentType = headers['content-type'] ?? '';
    const textual = raw.length === 0 || contentType === '' || TEXTUAL.test(contentType);
    const event = toApiEvent(
      route,
      {
        method,
        path,
        rawQueryString: url.search.slice(1),
        headers: { ...headers, 'x-correlation-id': correlationId },
        body: raw.length === 0 ? undefined : textual ? raw.toString('utf8') : raw.toString('base64'),
        claims,
      },
      params,
    );
    if (!textual) event.isBase64Encoded = true;

    const handler = await load(route.handler);
    const result = await invoke(handler, event, localContext(route.operationId));
    return { out: asHttpResponse(result) };
  }

  const server = createServer({ maxHeaderSize: MAX_HEADER_BYTES }, (req, res) => {
    const started = performance.now();
    handle(req)
      .catch((error: unknown) => {
        logger.error('local server error', { error: error as Error, method: req.method, url: req.url });
        return {
          out: problem(
            500,
            'internal',
            'Internal error',
            'Something went wrong on our side.',
            req.url ?? '',
            randomUUID(),
          ) as HttpResponse,
          extra: undefined,
        };
      })
      .then(({ out, extra }) => {
        write(res, out, extra);
        logger.debug('request', {
          method: req.method,
          path: req.url,
          status: out.statusCode,
          ms: Math.round(performance.now() - started),
        });
      });
  });
  server.on('clientError', onClientError);
  return server;
}

/**
 * `GET /_local/queues`: every local queue and how many messages it holds.
 * `POST /_local/queues/{name}`: sends to the queue. `application/json`: the body is one message,
 * passed on as it is; `application/x-ndjson`: one message per non-empty line. Every message must be
 * JSON (the consumers read JSON; a typo is answered now, not dead-lettered later) and carries the
 * request's correlation id (`x-correlation-id`, or the one the answer names) as its `correlationId`
 * attribute. Answers 202 `{ queue, messageIds }` once the messages are on disk.
 */
async function queueRequest(
  queues: LocalQueues,
  req: IncomingMessage,
  call: { method: string; path: string; headers: Record<string, string>; correlationId: string },
): Promise<{ out: HttpResponse; extra?: Record<string, string> }> {
  const { method, path, headers, correlationId } = call;
  const refuse = (status: number, kind: string, title: string, detail: string) => ({
    out: problem(status, kind, title, detail, path, correlationId),
  });
  const json = (statusCode: number, body: unknown): { out: HttpResponse } => ({
    out: {
      statusCode,
      headers: { 'content-type': 'application/json', 'x-correlation-id': correlationId },
      body: JSON.stringify(body),
    },
  });
  const names = queues.all().map((q) => q.name);
  if (path === LOCAL_QUEUES_PATH || path === `${LOCAL_QUEUES_PATH}/`) {
    if (method !== 'GET') {
      return {
        ...refuse(
          405,
          'method-not-allowed',
          'Method not allowed',
          `${method} is not allowed on ${path}; use GET.`,
        ),
        extra: { allow: 'GET' },
      };
    }
    return json(200, { queues: queues.all().map((q) => ({ name: q.name, ...q.counts() })) });
  }
  let name: string;
  try {
    name = decodeURIComponent(path.slice(LOCAL_QUEUES_PATH.length + 1));
  } catch {
    name = '';
  }
  const queue = queues.get(name);
  if (!queue) {
    return refuse(
      404,
      'not-found',
      'Not found',
      names.length
        ? `No local queue named "${name}"; the queues are ${names.join(', ')}.`
        : `No local queue named "${name}": no area manifest lists a queue consumer.`,
    );
  }
  if (method !== 'POST') {
    return {
      ...refuse(
        405,
        'method-not-allowed',
        'Method not allowed',
        `${method} is not allowed on ${path}; use POST.`,
      ),
      extra: { allow: 'POST' },
    };
  }
  const contentType = headers['content-type'] ?? '';
  const lines = NDJSON.test(contentType);
  if (!lines && !JSON_TYPE.test(contentType)) {
    return refuse(
      415,
      'unsupported-media-type',
      'Unsupported media type',
      'Send application/json (one message) or application/x-ndjson (one message per line).',
    );
  }
  let raw: Buffer;
  try {
    raw = await readBody(req, LOCAL_QUEUE_REQUEST_BYTES);
  } catch (e) {
    if (!(e instanceof BodyTooLarge)) throw e;
    return {
      ...refuse(
        413,
        'payload-too-large',
        'Payload too large',
        `One request carries at most ${LOCAL_QUEUE_REQUEST_BYTES} bytes.`,
      ),
      extra: { connection: 'close' },
    };
  }
  const text = raw.toString('utf8');
  const bodies = lines ? text.split('\n').map((l) => l.trim()) : [text.trim()];
  const messages: OutgoingMessage[] = [];
  for (const [i, body] of bodies.entries()) {
    if (lines && body === '') continue;
    try {
      JSON.parse(body);
    } catch (e) {
      const where = lines ? `Line ${i + 1} is` : 'The body is';
      return refuse(400, 'invalid-input', 'Invalid input', `${where} not JSON: ${(e as Error).message}`);
    }
    messages.push({ body, correlationId });
  }
  try {
    const messageIds = await queue.send(messages);
    return json(202, { queue: queue.name, messageIds });
  } catch (e) {
    if (e instanceof MessageRefused) return refuse(400, 'invalid-input', 'Invalid input', `${e.message}.`);
    throw e;
  }
}

/**
 * `PUT /_local/uploads/<key>?expires=…&sig=…`: a payment-proof document, through the upload URL the
 * API gave (its signature binds the key, the expiry, the content type and the size). Answers 200
 * once the document is on disk, whole; refusals are problem+json with the status S3 would give.
 * `GET /_local/uploads/<key>?expires=…&sig=…`: the document, through a download URL of the API.
 */
async function uploadRequest(
  uploads: LocalProofFiles,
  req: IncomingMessage,
  call: { method: string; url: URL; headers: Record<string, string>; correlationId: string },
): Promise<{ out: HttpResponse; extra?: Record<string, string> }> {
  const { method, url, headers, correlationId } = call;
  const path = url.pathname;
  const refuse = (status: number, kind: string, title: string, detail: string) => ({
    out: problem(status, kind, title, detail, path, correlationId),
  });
  const refused = (e: UploadRefused) => {
    const kinds = {
      400: ['invalid-input', 'Invalid input'],
      403: ['forbidden', 'Forbidden'],
      404: ['not-found', 'Not found'],
      413: ['payload-too-large', 'Payload too large'],
    } as const;
    const [kind, title] = kinds[e.status];
    return {
      ...refuse(e.status, kind, title, e.message),
      ...(e.status === 413 ? { extra: { connection: 'close' } } : {}),
    };
  };
  try {
    if (method === 'PUT') {
      let body: Buffer;
      try {
        body = await readBody(req, MAX_PROOF_BYTES);
      } catch (e) {
        if (e instanceof BodyTooLarge)
          throw new UploadRefused(413, `A document is at most ${MAX_PROOF_BYTES} bytes.`);
        throw e;
      }
      await uploads.receive(url, headers['content-type'] ?? '', body);
      return { out: { statusCode: 200, headers: { 'x-correlation-id': correlationId }, body: '' } };
    }
    if (method === 'GET') {
      const doc = await uploads.serve(url);
      return {
        out: {
          statusCode: 200,
          headers: {
            'content-type': doc.contentType,
            'x-content-type-options': 'nosniff',
            'x-correlation-id': correlationId,
          },
          body: doc.body.toString('base64'),
          isBase64Encoded: true,
        },
      };
    }
  } catch (e) {
    if (e instanceof UploadRefused) return refused(e);
    throw e;
  }
  return {
    ...refuse(
      405,
      'method-not-allowed',
      'Method not allowed',
      `${method} is not allowed on ${path}; use PUT or GET.`,
    ),
    extra: { allow: 'PUT, GET' },
  };
}

/** Largest request line plus headers accepted, in bytes (Node's default, stated once). */
export const MAX_HEADER_BYTES = 16 * 1024;

/** What Node answers, bodyless, to the malformed requests it refuses itself. */
const NODE_CLIENT_ERRORS: Record<string, string> = {
  HPE_CHUNK_EXTENSIONS_OVERFLOW: 'HTTP/1.1 413 Payload Too Large\r\nConnection: close\r\n\r\n',
  ERR_HTTP_REQUEST_TIMEOUT: 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n',
};
const NODE_BAD_REQUEST = 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n';

/**
 * Requests Node refuses before any handler sees them. A request line and headers over
 * MAX_HEADER_BYTES get a 431 problem+json like every other refusal; anything else gets Node's own
 * answer.
 */
function onClientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  if (error.code === 'HPE_HEADER_OVERFLOW') {
    const out = problem(
      431,
      'header-fields-too-large',
      'Request header fields too large',
      `The request line and headers must not exceed ${MAX_HEADER_BYTES} bytes.`,
      '',
      randomUUID(),
    );
    const body = Buffer.from(out.body, 'utf8');
    const head = [
      'HTTP/1.1 431 Request Header Fields Too Large',
      ...Object.entries(out.headers).map(([k, v]) => `${k}: ${v}`),
      `content-length: ${body.length}`,
      'connection: close',
      '',
      '',
    ].join('\r\n');
    socket.end(Buffer.concat([Buffer.from(head, 'latin1'), body]));
    return;
  }
  socket.end(NODE_CLIENT_ERRORS[error.code ?? ''] ?? NODE_BAD_REQUEST);
}

/** Closes the server and every open connection (keep-alive sockets included). */
export function closeServer(server: Server): Promise<void> {
  return new Promise((res) => {
    server.close(() => res());
    server.closeIdleConnections();
    setTimeout(() => server.closeAllConnections(), 2000).unref();
  });
}
