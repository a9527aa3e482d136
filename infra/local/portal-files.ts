/**
 * The portal's files as `npm start` serves them beside the API, with the headers CloudFront
 * sends on AWS: `/` is the app, `/assets/*` its hashed files (cached for a year).
 */
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { HttpResponse } from '../../shared/handlers/errors.ts';
import { CACHE_CONTROL, contentSecurityPolicy, PORTAL_HEADERS } from '../portal/headers.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

export interface PortalFiles {
  /** The portal's answer for a GET of `path`, or undefined when the path is not one of its files. */
  get(path: string): Promise<HttpResponse | undefined>;
}

export function portalFiles(dir: string): PortalFiles {
  const headers = { ...PORTAL_HEADERS, 'content-security-policy': contentSecurityPolicy() };
  return {
    async get(path) {
      const file = path === '/' || path === '/index.html' ? '/index.html' : path;
      if (file !== '/index.html' && !file.startsWith('/assets/')) return undefined;
      const local = normalize(file);
      if (local.includes('..')) return undefined;
      let body: Buffer;
      try {
        body = await readFile(join(dir, local));
      } catch {
        return undefined;
      }
      return {
        statusCode: 200,
        headers: {
          ...headers,
          'content-type': TYPES[extname(local)] ?? 'application/octet-stream',
          'cache-control': file === '/index.html' ? CACHE_CONTROL.index : CACHE_CONTROL.assets,
        },
        body: body.toString('base64'),
        isBase64Encoded: true,
      };
    },
  };
}
