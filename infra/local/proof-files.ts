import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { copyFile, mkdir, open, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';
import {
  MAX_PROOF_BYTES,
  PROOF_URL_SECONDS,
  type ProofDocuments,
  reviewKeyOf,
} from '../../shared/dunning/ports.ts';
import { contentTypeOf, HEAD_BYTES } from '../../shared/dunning/proofs.ts';
import { dataPaths, localSettings } from './settings.ts';

/**
 * Payment-proof documents in the data folder (`DATA_DIR/proofs/<tenant>/<group>/<proof>`): what
 * the documents bucket and its presigned URLs are on AWS. The local server takes the upload at
 * `PUT /_local/uploads/<key>` and serves a download at `GET /_local/uploads/<key>`, each through a
 * URL this module signed (HMAC-SHA256 with a key kept in the data folder, made on first use) and
 * that expires like a presigned one. An upload URL holds the client to the declared content type
 * and size, as the signed headers of a presigned PUT do.
 */

/** The local runtime's upload and download endpoint (no API route uses `/_local`). */
export const LOCAL_UPLOADS_PATH = '/_local/uploads';

/** An upload or download the local server refuses, with the status S3 would answer. */
export class UploadRefused extends Error {
  override readonly name = 'UploadRefused';
  constructor(
    readonly status: 400 | 403 | 404 | 413,
    message: string,
  ) {
    super(message);
  }
}

export interface LocalProofFiles extends ProofDocuments {
  /** Checks an upload to a URL of `uploadUrl` (signature, expiry, type, size) and keeps its body whole. */
  receive(url: URL, contentType: string, body: Buffer): Promise<void>;
  /** The document a URL of `downloadUrl` names, with its type (read from its first bytes). */
  serve(url: URL): Promise<{ body: Buffer; contentType: string }>;
}

const KEY = /^proofs(\/[A-Za-z0-9_-][A-Za-z0-9._-]*)+$/;

const keys = new Map<string, Promise<Buffer>>();

/** The data folder's signing key, made on first use; two processes racing to make it agree on one. */
function signingKey(dataDir: string): Promise<Buffer> {
  const file = dataPaths(dataDir).uploadKey;
  let key = keys.get(file);
  if (!key) {
    key = (async () => {
      try {
        return Buffer.from((await readFile(file, 'utf8')).trim(), 'hex');
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      }
      await mkdir(dirname(file), { recursive: true });
      const made = randomBytes(32);
      try {
        await writeFile(file, `${made.toString('hex')}\n`, { flag: 'wx', mode: 0o600 });
        return made;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
        return Buffer.from((await readFile(file, 'utf8')).trim(), 'hex');
      }
    })();
    key.catch(() => keys.delete(file));
    keys.set(file, key);
  }
  return key;
}

export function localProofFiles(
  opts: { dataDir?: () => string; baseUrl?: () => string; now?: () => number } = {},
): LocalProofFiles {
  const dataDir = opts.dataDir ?? (() => localSettings().dataDir);
  const baseUrl =
    opts.baseUrl ??
    (() => {
      const { host, port } = localSettings();
      return `http://${host}:${port}`;
    });
  const now = opts.now ?? Date.now;

  const pathOf = (key: string): string => {
    if (!KEY.test(key) || key.split('/').includes('..')) throw new UploadRefused(404, `No document ${key}.`);
    const root = resolve(dataDir(), 'proofs');
    const file = resolve(dataDir(), key);
    if (!file.startsWith(`${root}${sep}`)) throw new UploadRefused(404, `No document ${key}.`);
    return file;
  };

  const sign = async (what: string): Promise<string> =>
    createHmac('sha256', await signingKey(dataDir()))
      .update(what)
      .digest('base64url');

  const signedUrl = async (method: 'PUT' | 'GET', key: string, bound: string) => {
    const expires = Math.floor(now() / 1000) + PROOF_URL_SECONDS;
    const sig = await sign(`${method}\n${key}\n${expires}\n${bound}`);
    return { url: `${baseUrl()}${LOCAL_UPLOADS_PATH}/${key}?expires=${expires}&sig=${sig}`, expires };
  };

  /** The key a URL names, once its signature over `bound` and its expiry are checked. */
  const verified = async (method: 'PUT' | 'GET', url: URL, bound: string): Promise<string> => {
    let key: string;
    try {
      key = decodeURIComponent(url.pathname.slice(LOCAL_UPLOADS_PATH.length + 1));
    } catch {
      throw new UploadRefused(404, 'No such document.');
    }
    pathOf(key);
    const expires = Number(url.searchParams.get('expires'));
    const given = Buffer.from(url.searchParams.get('sig') ?? '', 'utf8');
    const expected = Buffer.from(
      await sign(`${method}\n${key}\n${url.searchParams.get('expires')}\n${bound}`),
    );
    if (given.length !== expected.length || !timingSafeEqual(given, expected))
      throw new UploadRefused(
        403,
        method === 'PUT'
          ? 'The signature does not match: upload to the URL as it was given, with its content type and exactly the declared size.'
          : 'The signature does not match: use the URL as it was given.',
      );
    if (!Number.isInteger(expires) || expires * 1000 < now())
      throw new UploadRefused(403, 'The URL has expired: ask for a new one.');
    return key;
  };

  /** Written whole or not at all: a reader never sees half a document. */
  const writeWhole = async (file: string, write: (tmp: string) => Promise<void>) => {
    await mkdir(dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    await write(tmp);
    await rename(tmp, file);
  };

  return {
    async uploadUrl(key, contentType, size) {
      pathOf(key);
      const { url, expires } = await signedUrl('PUT', key, `${contentType}\n${size}`);
      return { url, expiresAt: new Date(expires * 1000).toISOString() };
    },

    async keep(key) {
      const kept = reviewKeyOf(key);
      try {
        await writeWhole(pathOf(kept), (tmp) => copyFile(pathOf(key), tmp));
        return kept;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw e;
      }
    },

    async inspect(key) {
      let file: Awaited<ReturnType<typeof open>>;
      try {
        file = await open(pathOf(key), 'r');
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw e;
      }
      try {
        const { size } = await file.stat();
        const head = Buffer.alloc(Math.min(HEAD_BYTES, size));
        await file.read(head, 0, head.length, 0);
        return { size, head: new Uint8Array(head) };
      } finally {
        await file.close();
      }
    },

    async downloadUrl(key) {
      return (await signedUrl('GET', key, '')).url;
    },

    async put(key, bytes) {
      // The type is read back from the first bytes when the document is served.
      await writeWhole(pathOf(key), (tmp) => writeFile(tmp, bytes));
    },

    async receive(url, contentType, body) {
      if (body.length > MAX_PROOF_BYTES)
        throw new UploadRefused(413, `A document is at most ${MAX_PROOF_BYTES} bytes.`);
      const key = await verified('PUT', url, `${contentType}\n${body.length}`);
      await writeWhole(pathOf(key), (tmp) => writeFile(tmp, body));
    },

    async serve(url) {
      const key = await verified('GET', url, '');
      try {
        const body = await readFile(pathOf(key));
        return {
          body,
          contentType: contentTypeOf(body.subarray(0, HEAD_BYTES)) ?? 'application/octet-stream',
        };
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT')
          throw new UploadRefused(404, `No document ${key}.`);
        throw e;
      }
    },
  };
}
