import * as z from 'zod';
import { defineRoute } from '#shared/handlers/route.ts';

export const getHealth = defineRoute({
  operationId: 'getHealth',
  method: 'GET',
  path: '/health',
  handler: 'functions/system/get-health',
  summary: 'Liveness check',
  tag: 'system',
  access: 'public',
  responses: { 200: { description: 'Up', schema: z.object({ status: z.literal('ok'), time: z.string() }) } },
});

export const getOpenApi = defineRoute({
  operationId: 'getOpenApi',
  method: 'GET',
  path: '/openapi.json',
  handler: 'functions/system/get-openapi',
  summary: 'This contract, as OpenAPI 3.1',
  tag: 'system',
  access: 'public',
  responses: { 200: { description: 'The OpenAPI document' } },
});
