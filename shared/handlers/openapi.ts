import * as z from 'zod';
import { MoneySchema } from '../kernel/money.ts';
import { PROBLEM_CONTENT_TYPE } from './problem.ts';
import {
  declaredResponses,
  type HeaderSpec,
  type ResponseSpec,
  type RouteDefinition,
  rolesThatSucceed,
} from './route.ts';

/**
 * RFC 9457 problem details, with the extension members our problems carry. An extension member
 * a domain error adds must be declared here, or the contract check of the tests refuses it.
 */
export const ProblemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  instance: z.string().optional(),
  correlationId: z.string().optional(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  code: z
    .string()
    .optional()
    .describe('the stable code of `detail` (the same in every language; absent where the detail has none)'),
  // ----- extension members ------------------------------------------------------------------
  available: MoneySchema.optional().describe('the credit the sender has (insufficient credit)'),
  limit: MoneySchema.optional().describe('the transfer limit that refuses the request'),
  transferredToday: MoneySchema.optional().describe("the group's transfers so far today (daily limit)"),
  remainingToday: MoneySchema.optional().describe('what may still be transferred today (daily limit)'),
  plan: z.string().optional().describe('the plan a rule refuses'),
  maxMembersPerGroup: z.number().int().optional().describe("the plan's per-group member limit"),
  minMembers: z
    .number()
    .int()
    .optional()
    .describe("the package's minimum of business-club members on monthly contracts"),
  addOn: z.string().optional().describe('the add-on a rule refuses'),
  addOns: z.array(z.string()).optional().describe('add-ons to deactivate first'),
  commitmentEndsOn: z.string().optional().describe('the day the commitment that refuses a downgrade ends'),
  currentVersion: z.number().int().optional().describe('the catalog version in force (If-Match mismatch)'),
  paymentId: z.string().optional().describe('the payment recorded earlier under this id'),
  paymentStatus: z.string().optional().describe('the status that refuses another assignment'),
  groupStatus: z
    .string()
    .optional()
    .describe('the status of the group that refuses the change (e.g. suspended)'),
  topUpId: z.string().optional().describe('the top-up the refusal is about'),
  declineReason: z.string().optional().describe("the payment provider's reason"),
  attemptsLeft: z
    .number()
    .int()
    .optional()
    .describe('invalid voucher codes left before the number is blocked'),
  retryAfterSeconds: z
    .number()
    .int()
    .optional()
    .describe('seconds until voucher redemption is possible again'),
  validUntil: z.string().optional().describe('the last day the voucher was valid'),
  nextRequestFrom: z
    .string()
    .optional()
    .describe('the first day (tenant calendar) a credit-limit increase may be requested again'),
  requestStatus: z
    .string()
    .optional()
    .describe('the status of the credit-limit request that refuses a decision'),
  invoiceStatus: z.string().optional().describe('the status of the invoice that refuses a proof of payment'),
  proofStatus: z
    .string()
    .optional()
    .describe('the status of the proof of payment that refuses a submission or another decision'),
});

const headerObject = (spec: HeaderSpec) => ({ description: spec.description, schema: spec.schema });

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const out = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  delete out.$schema;
  return out;
}

function parameters(route: RouteDefinition) {
  const params: Record<string, unknown>[] = [];
  for (const [where, schema] of [
    ['path', route.params],
    ['query', route.query],
  ] as const) {
    if (!schema) continue;
    const js = jsonSchema(schema, 'input') as {
      properties?: Record<string, unknown>;
      required?: string[];
      examples?: Record<string, unknown>[];
    };
    for (const [name, s] of Object.entries(js.properties ?? {})) {
      // An example of the whole query or path becomes each parameter's example.
      const example = js.examples?.[0]?.[name];
      params.push({
        name,
        in: where,
        required: where === 'path' || (js.required ?? []).includes(name),
        schema: s,
        ...(example !== undefined ? { example } : {}),
      });
    }
  }
  params.push(ACCEPT_LANGUAGE);
  for (const [name, spec] of Object.entries(route.headers ?? {})) {
    params.push({ name, in: 'header', required: spec.required ?? false, ...headerObject(spec) });
  }
  if (route.idempotent) {
    params.push({
      name: 'Idempotency-Key',
      in: 'header',
      required: true,
      description: 'A unique key per operation; a retry with the same key replays the first response.',
      schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{8,128}$' },
    });
  }
  return params;
}

/**
 * Every operation takes `Accept-Language`: the `title`, `detail` and field messages of a problem
 * follow it, and its `Content-Language` header names the language used (`type` and field paths
 * never change).
 */
const ACCEPT_LANGUAGE = {
  name: 'Accept-Language',
  in: 'header',
  required: false,
  description:
    "The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so.",
  schema: { type: 'string' },
};

const PROBLEM_REF = '#/components/schemas/Problem';

/** The JSON Schema the contract gives a response body (problem bodies refer to `Problem`). */
export function responseJsonSchema(spec: ResponseSpec): Record<string, unknown> | undefined {
  if ((spec.contentType ?? 'application/json') === PROBLEM_CONTENT_TYPE) return { $ref: PROBLEM_REF };
  return spec.schema ? jsonSchema(spec.schema, 'output') : undefined;
}

/** The JSON Schema of every problem body. */
export const problemJsonSchema = (): Record<string, unknown> => jsonSchema(ProblemSchema, 'output');

/** The OpenAPI 3.1 document, generated from the route table and its zod schemas. */
export function buildOpenApi(routes: RouteDefinition[], info: { version: string; serverUrl?: string }) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const responses: Record<string, unknown> = {};
    for (const [status, spec] of Object.entries(declaredResponses(route))) {
      const type = spec.contentType ?? 'application/json';
      const schema = responseJsonSchema(spec);
      responses[status] = {
        description: spec.description,
        ...(spec.headers
          ? {
              headers: Object.fromEntries(Object.entries(spec.headers).map(([n, h]) => [n, headerObject(h)])),
            }
          : {}),
        ...(schema || type !== 'application/json' ? { content: { [type]: schema ? { schema } : {} } } : {}),
      };
    }
    const operation: Record<string, unknown> = {
      operationId: route.operationId,
      summary: route.summary,
      ...(route.description ? { description: route.description } : {}),
      tags: [route.tag],
      security: route.access === 'public' ? [] : [{ bearer: [] }],
      'x-roles': [...rolesThatSucceed(route)],
      parameters: parameters(route),
      responses,
    };
    if (route.body) {
      operation.requestBody = {
        required: true,
        content: { 'application/json': { schema: jsonSchema(route.body, 'input') } },
      };
    }
    paths[route.path] ??= {};
    paths[route.path]![route.method.toLowerCase()] = operation;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Switchboard API',
      version: info.version,
      description:
        "Business self-care and billing for telecom operators. Money is `{ amount: <integer minor units>, currency }`; phone numbers are E.164 (path form: digits only); errors are RFC 9457 problem+json. `x-roles` of an operation lists the roles that can succeed on it (an admin acts only while it is the group's admin number, a member only on its own number); list cursors are opaque and valid only for the list and principal that received them.",
    },
    ...(info.serverUrl ? { servers: [{ url: info.serverUrl }] } : {}),
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      schemas: { Problem: problemJsonSchema() },
    },
  };
}
