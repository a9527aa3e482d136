import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { problemJsonSchema, responseJsonSchema } from '../../shared/handlers/openapi.ts';
import { PROBLEM_CONTENT_TYPE } from '../../shared/handlers/problem.ts';
import { declaredResponses, type RouteDefinition } from '../../shared/handlers/route.ts';

/**
 * The contract check every test response goes through (`invoke` calls it): the status is one the
 * route declares, the content type is the declared one, the body is valid against the very JSON
 * Schema `GET /openapi.json` publishes for it (objects there refuse undeclared members), and every
 * header besides `content-type` and `x-correlation-id` is declared. So the answers and the
 * contract cannot drift apart without a test failing.
 */

const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
const problem = ajv.compile(problemJsonSchema());
const compiled = new WeakMap<RouteDefinition, Map<number, ValidateFunction | undefined>>();

function validatorOf(route: RouteDefinition, status: number): ValidateFunction | undefined {
  let byStatus = compiled.get(route);
  if (!byStatus) {
    byStatus = new Map();
    compiled.set(route, byStatus);
  }
  if (!byStatus.has(status)) {
    const schema = responseJsonSchema(declaredResponses(route)[status]!);
    byStatus.set(status, schema?.$ref ? problem : schema ? ajv.compile(schema) : undefined);
  }
  return byStatus.get(status);
}

/** Headers every response may carry without declaring them. */
const UNDECLARED_OK = new Set(['content-type', 'x-correlation-id']);

export class ContractViolation extends Error {
  override name = 'ContractViolation';
}

export function checkResponse(
  route: RouteDefinition,
  res: { status: number; headers: Record<string, string>; raw: string },
): void {
  const where = `${route.method} ${route.path} → ${res.status}`;
  const fail = (why: string): never => {
    throw new ContractViolation(`${where}: ${why}\n${res.raw.slice(0, 2000)}`);
  };
  if (res.status >= 500) fail('a server error');
  const spec = declaredResponses(route)[res.status];
  if (!spec) fail(`the contract declares only ${Object.keys(declaredResponses(route)).join(', ')}`);

  const declaredHeaders = new Set(Object.keys(spec!.headers ?? {}).map((h) => h.toLowerCase()));
  for (const name of Object.keys(res.headers)) {
    const h = name.toLowerCase();
    if (!UNDECLARED_OK.has(h) && !declaredHeaders.has(h)) fail(`header ${name} is not declared`);
  }

  const type = spec!.contentType ?? (spec!.schema ? 'application/json' : undefined);
  if (res.raw === '') {
    if (spec!.schema || type === PROBLEM_CONTENT_TYPE) fail('the body is empty');
    return;
  }
  const given = (res.headers['content-type'] ?? '').split(';')[0]!.trim();
  if (type && given !== type) fail(`content-type is ${given}, the contract says ${type}`);
  const validate = type ? validatorOf(route, res.status) : undefined;
  if (!validate) return;
  let body: unknown;
  try {
    body = JSON.parse(res.raw);
  } catch {
    fail('the body is not JSON');
  }
  if (!validate(body)) {
    fail(
      `the body breaks its schema: ${validate.errors
        ?.map(
          (e) =>
            `${e.instancePath || '/'} ${e.message}${e.params && 'additionalProperty' in e.params ? ` (${e.params.additionalProperty})` : ''}`,
        )
        .join('; ')}`,
    );
  }
}
