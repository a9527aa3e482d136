import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { routes } from '../../functions/registry.ts';
import { buildOpenApi } from '../../shared/handlers/openapi.ts';

const doc = buildOpenApi(routes, { version: 'test' });

type Schema = {
  type?: string;
  properties?: Record<string, Schema>;
  additionalProperties?: unknown;
  items?: Schema;
};

/** Every object in a request body schema refuses unknown fields. */
function openObjects(schema: Schema, path: string, out: string[]): string[] {
  if (schema.type === 'object' && schema.properties) {
    if (schema.additionalProperties !== false) out.push(path);
    for (const [k, v] of Object.entries(schema.properties)) openObjects(v, `${path}.${k}`, out);
  }
  if (schema.items) openObjects(schema.items, `${path}[]`, out);
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    const list = (schema as Record<string, unknown>)[key];
    if (Array.isArray(list)) {
      list.forEach((s, i) => {
        openObjects(s as Schema, `${path}.${key}${i}`, out);
      });
    }
  }
  return out;
}

describe('OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const validator = new Validator();
    const res = await validator.validate(structuredClone(doc) as never);
    expect(res.errors ?? []).toEqual([]);
    expect(res.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('documents exactly the routes the router serves', () => {
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
    );
    const served = routes.map((r) => `${r.method} ${r.path}`);
    expect(new Set(documented)).toEqual(new Set(served));
    expect(served.length).toBe(new Set(served).size);
  });

  it('has unique operation ids and one handler module per route', () => {
    const ids = routes.map((r) => r.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    const handlers = routes.map((r) => r.handler);
    expect(new Set(handlers).size).toBe(handlers.length);
  });

  it('refuses unknown fields in every request body', () => {
    const open: string[] = [];
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(
        ops as Record<string, { requestBody?: { content: Record<string, { schema: Schema }> } }>,
      )) {
        const schema = op.requestBody?.content['application/json']?.schema;
        if (schema) openObjects(schema, `${method.toUpperCase()} ${path}`, open);
      }
    }
    expect(open).toEqual([]);
  });

  it('lists the roles of every protected route and requires a bearer token there', () => {
    for (const ops of Object.values(doc.paths)) {
      for (const op of Object.values(ops as Record<string, { security: unknown[]; 'x-roles': string[] }>)) {
        if (op['x-roles'].includes('public')) expect(op.security).toEqual([]);
        else expect(op.security).toEqual([{ bearer: [] }]);
      }
    }
  });
});
