import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { routes } from '../../functions/registry.ts';
import { buildOpenApi } from '../../shared/handlers/openapi.ts';
import { problemResponses } from '../../shared/handlers/responses.ts';
import { defineRoute } from '../../shared/handlers/route.ts';
import { ContractViolation, checkResponse } from '../support/contract.ts';

/** The check `invoke` runs on every answer of the tests refuses whatever the contract does not state. */
const route = defineRoute({
  operationId: 'probe',
  method: 'GET',
  path: '/probe',
  handler: 'functions/system/get-health',
  summary: 'probe',
  tag: 'test',
  access: ['operator'],
  responses: {
    200: {
      description: 'ok',
      schema: z.object({ a: z.string(), b: z.number().optional() }),
      headers: { ETag: { description: 'v', schema: { type: 'string' } } },
    },
    ...problemResponses(400),
  },
});

const json = (status: number, body: unknown, headers: Record<string, string> = {}) => ({
  status,
  headers: { 'content-type': status < 400 ? 'application/json' : 'application/problem+json', ...headers },
  raw: JSON.stringify(body),
});
const problem = (extra: Record<string, unknown> = {}) => ({
  type: 'https://switchboard.dev/problems/invalid-input',
  title: 'Invalid input',
  status: 400,
  detail: 'x',
  ...extra,
});

describe('the contract check of test answers', () => {
  it('passes what the contract states', () => {
    expect(() => checkResponse(route, json(200, { a: 'x' }, { etag: '"1"' }))).not.toThrow();
    expect(() =>
      checkResponse(route, json(400, problem({ errors: [{ field: 'f', message: 'm' }] }))),
    ).not.toThrow();
    expect(() =>
      checkResponse(route, json(400, problem({ available: { amount: 1, currency: 'EUR' } }))),
    ).not.toThrow();
  });

  it.each([
    ['an undeclared member', json(200, { a: 'x', tenantId: 't' })],
    ['a missing required member', json(200, { b: 1 })],
    ['a member of the wrong type', json(200, { a: 1 })],
    ['an undeclared status', json(404, problem({ status: 404 }))],
    ['a server error', json(500, problem({ status: 500 }))],
    ['an undeclared header', json(200, { a: 'x' }, { location: '/x' })],
    ['another content type', { ...json(200, { a: 'x' }), headers: { 'content-type': 'text/plain' } }],
    ['an undeclared problem member', json(400, problem({ secret: 'x' }))],
    ['a problem whose status is not a number', json(400, problem({ status: 'suspended' }))],
    ['an empty problem', { status: 400, headers: {}, raw: '' }],
  ])('refuses %s', (_n, res) => {
    expect(() => checkResponse(route, res)).toThrow(ContractViolation);
  });
});

describe('the contract states headers and problem members', () => {
  const doc = buildOpenApi(routes, { version: 'test' });
  type Op = {
    parameters: { name: string; in: string }[];
    responses: Record<string, { headers?: Record<string, unknown> }>;
  };
  const op = (path: string, method: string) => (doc.paths[path] as Record<string, Op>)[method]!;

  it('the catalog version travels in ETag and If-Match', () => {
    expect(op('/v1/catalog', 'get').responses['200']!.headers).toHaveProperty('ETag');
    expect(op('/v1/catalog', 'put').responses['200']!.headers).toHaveProperty('ETag');
    expect(op('/v1/catalog', 'put').parameters).toContainEqual(
      expect.objectContaining({ name: 'If-Match', in: 'header' }),
    );
  });

  it('problem bodies declare their extension members', () => {
    const problemSchema = doc.components.schemas.Problem as { properties: Record<string, unknown> };
    for (const member of ['available', 'limit', 'paymentId', 'paymentStatus', 'plan']) {
      expect(problemSchema.properties).toHaveProperty(member);
    }
  });

  it('every route with a body declares 413, every route 500', () => {
    for (const r of routes) {
      const responses = op(r.path, r.method.toLowerCase()).responses;
      expect(responses, r.operationId).toHaveProperty('500');
      if (r.body) expect(responses, r.operationId).toHaveProperty('413');
    }
  });
});
