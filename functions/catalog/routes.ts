import * as z from 'zod';
import { CatalogSchema } from '#shared/catalog/domain.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { pageOf, pageQuery, problemResponses } from '../../shared/handlers/responses.ts';

export const CatalogView = z.object({
  version: z.number().int(),
  createdAt: z.string(),
  createdBy: z.string(),
  catalog: CatalogSchema,
});

export const getCatalog = defineRoute({
  operationId: 'getCatalog',
  method: 'GET',
  path: '/v1/catalog',
  handler: 'functions/catalog/get-catalog',
  summary: "The tenant's catalog in force",
  tag: 'catalog',
  access: ['operator', 'admin', 'member', 'mediation'],
  responses: {
    200: { description: 'The current catalog version', schema: CatalogView },
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
  responses: {
    200: { description: 'The new version', schema: CatalogView },
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
