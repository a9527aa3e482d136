import * as z from 'zod';
import { CatalogSchema } from '#shared/catalog/domain.ts';
import { pageOf, pageQuery, problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute, type HeaderSpec } from '#shared/handlers/route.ts';

export const CatalogView = z.object({
  version: z.number().int(),
  createdAt: z.string(),
  createdBy: z.string(),
  catalog: CatalogSchema,
});

/** The catalog version as an entity tag, e.g. `"3"`: send it back in `If-Match` to change that version only. */
const ETAG: Record<string, HeaderSpec> = {
  ETag: {
    description: 'The catalog version, quoted, e.g. `"3"`',
    schema: { type: 'string', pattern: '^"\\d+"$' },
  },
};

export const getCatalog = defineRoute({
  operationId: 'getCatalog',
  method: 'GET',
  path: '/v1/catalog',
  handler: 'functions/catalog/get-catalog',
  summary: "The tenant's catalog in force",
  tag: 'catalog',
  access: ['operator', 'admin', 'member', 'mediation'],
  responses: {
    200: { description: 'The current catalog version', schema: CatalogView, headers: ETAG },
    ...problemResponses(401, 403),
  },
});

export const putCatalog = defineRoute({
  operationId: 'putCatalog',
  method: 'PUT',
  path: '/v1/catalog',
  handler: 'functions/catalog/put-catalog',
  summary: 'Replace the catalog (a new version)',
  description:
    'Writes a new immutable catalog version. `If-Match: <version>` makes it conditional. Refused when it raises the price of a plan that has subscribers while `noPriceIncreaseForExisting` is on.',
  tag: 'catalog',
  access: ['operator'],
  body: CatalogSchema,
  headers: {
    'If-Match': {
      description:
        'The version the change is based on (the `ETag` of `GET /v1/catalog`); another version in force → 409 with `currentVersion`.',
      schema: { type: 'string', pattern: '^"?\\d+"?$' },
    },
  },
  responses: {
    200: { description: 'The new version', schema: CatalogView, headers: ETAG },
    ...problemResponses(400, 401, 403, 409, 413, 422),
  },
});

export const listCatalogVersions = defineRoute({
  operationId: 'listCatalogVersions',
  method: 'GET',
  path: '/v1/catalog/versions',
  handler: 'functions/catalog/list-catalog-versions',
  summary: 'Every catalog version, newest first',
  tag: 'catalog',
  access: ['operator'],
  query: pageQuery,
  responses: {
    200: { description: 'A page of versions', schema: pageOf(CatalogView) },
    ...problemResponses(400, 401, 403),
  },
});
