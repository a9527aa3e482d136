import type { RouteDefinition } from '#shared/handlers/route.ts';
import * as catalog from './catalog/routes.ts';
import * as groups from './groups/routes.ts';
import * as money from './money/routes.ts';
import * as system from './system/routes.ts';
import * as tenants from './tenants/routes.ts';

const isRoute = (v: unknown): v is RouteDefinition =>
  typeof v === 'object' && v !== null && 'operationId' in v && 'handler' in v && 'method' in v;

/**
 * Every route of the API: every route definition exported by an area module. CDK makes one
 * function and one HttpApi route per entry, the local server routes by it, the OpenAPI document
 * is generated from it and the isolation test walks it. A new area adds its module here.
 */
export const routes: RouteDefinition[] = [system, tenants, catalog, groups, money].flatMap((area) =>
  Object.values(area).filter(isRoute),
);
