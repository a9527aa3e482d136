import * as z from 'zod';

/**
 * Domain event contracts.
 *
 * A contract is an EventBridge detail-type, a source, a version and the zod schema of the event's
 * `data`. Every event detail is `{ metadata, data }`; `metadata.version` is the contract version the
 * producer wrote.
 *
 * **Versions** are strings `'<major>.<minor>'` (`'1.0'`, `'1.2'`, `'2.0'`), the same in the contract
 * and in `metadata.version`.
 * - A **minor** bump is a change every existing consumer can read: a new optional field (in `data`,
 *   or in a nested object). Consumers accept every minor version of their major, older or newer.
 * - A **major** bump is anything else: a field removed, renamed, retyped or made required, an enum
 *   value added or removed, a changed meaning. A consumer refuses another major
 *   (`UnsupportedEventVersion`: the delivery fails and ends in the dead-letter queue, never dropped
 *   in silence). The new major is published alongside the old one, as a second contract of the same
 *   detail-type, until every consumer has moved; the CDK rules route each consumer its own major
 *   only (`isFor` is the same match in code).
 *
 * **Tolerant reader, exact writer.** Schemas are declared with `z.object`, which strips unknown keys:
 * a consumer (`parseDetail`) keeps and validates the fields it knows and drops the others, in `data`
 * and in `metadata`. A producer (`envelope`, used by the outbox writer) must write exactly what the
 * schema declares: a field the schema does not know is a programming error (`UndeclaredEventField`).
 *
 * Fixtures of every version live in `test/fixtures/events/<module>/v<major>.<minor>[-label].json` and
 * are checked by `test/unit/event-contracts.test.ts`.
 */

/** `'<major>.<minor>'`, e.g. `'1.2'`; major ≥ 1. */
export type EventVersion = `${number}.${number}`;

const VERSION = /^([1-9]\d*)\.(0|[1-9]\d*)$/;

export interface EventContract<S extends z.ZodType = z.ZodType> {
  detailType: string;
  source: string;
  version: EventVersion;
  /** The schema of `data`: `z.object` (never `z.strictObject`), so that consumers tolerate new fields. */
  schema: S;
}

export function defineEvent<S extends z.ZodType>(contract: EventContract<S>): EventContract<S> {
  parseVersion(contract.version);
  return contract;
}

export function parseVersion(version: string): { major: number; minor: number } {
  const m = VERSION.exec(version);
  if (!m) throw new Error(`"${version}" is not an event version such as "1.0"`);
  return { major: Number(m[1]), minor: Number(m[2]) };
}

export const majorOf = (version: string): number => parseVersion(version).major;

/**
 * `metadata.version` as consumers read it: `'<major>.<minor>'`, or a bare integer `N` (details
 * written before versions had a minor part), read as `'N.0'`.
 */
const VersionSchema = z.union([
  z.string().regex(VERSION, 'must be "<major>.<minor>", e.g. "1.0"'),
  z
    .number()
    .int()
    .positive()
    .transform((n): string => `${n}.0`),
]);

export const EventMetadataSchema = z.object({
  eventId: z.string().min(1),
  tenantId: z.string().min(1),
  occurredAt: z.iso.datetime(),
  version: VersionSchema,
  correlationId: z.string().optional(),
});

export interface EventMetadata {
  eventId: string;
  tenantId: string;
  occurredAt: string;
  version: EventVersion;
  correlationId?: string;
}

export interface EventDetail<T> {
  metadata: EventMetadata;
  data: T;
}

/** The event reached a consumer of another major version. Permanent: retrying cannot help. */
export class UnsupportedEventVersion extends Error {
  override readonly name = 'UnsupportedEventVersion';
  constructor(
    readonly detailType: string,
    readonly received: string,
    readonly accepted: EventVersion,
    readonly eventId?: string,
  ) {
    const major = majorOf(accepted);
    super(
      `${detailType} ${received}${eventId ? ` (event ${eventId})` : ''} is refused: this consumer reads major version ${major} (${major}.x, written against ${accepted})`,
    );
  }
}

/** The detail does not satisfy the fields the consumer relies on. */
export class InvalidEventDetail extends Error {
  override readonly name = 'InvalidEventDetail';
  constructor(
    readonly detailType: string,
    readonly issues: z.core.$ZodIssue[],
    readonly eventId?: string,
  ) {
    super(
      `${detailType}${eventId ? ` (event ${eventId})` : ''} is invalid: ${z.prettifyError(new z.ZodError(issues))}`,
    );
  }
}

/** A producer tried to write a field its contract does not declare. */
export class UndeclaredEventField extends Error {
  override readonly name = 'UndeclaredEventField';
  constructor(
    readonly detailType: string,
    readonly version: EventVersion,
    readonly paths: string[],
  ) {
    super(`${detailType} ${version} declares no ${paths.join(', ')}: add the field to the contract first`);
  }
}

const EnvelopeSchema = z.object({ metadata: EventMetadataSchema, data: z.unknown() });

/** The schema of a whole detail under `contract` (tolerant: unknown keys are stripped). */
export function detailSchema<S extends z.ZodType>(contract: EventContract<S>) {
  return z.object({ metadata: EventMetadataSchema, data: contract.schema });
}

/**
 * The consumer entry point. Accepts any minor version of the contract's major; refuses another
 * major (`UnsupportedEventVersion`) before looking at `data`; validates the fields the contract
 * declares and strips the others (`InvalidEventDetail` when a declared field is wrong or missing).
 */
export function parseDetail<S extends z.ZodType>(
  contract: EventContract<S>,
  detail: unknown,
): EventDetail<z.output<S>> {
  const envelope = EnvelopeSchema.safeParse(detail);
  const eventId = eventIdOf(detail);
  if (!envelope.success) throw new InvalidEventDetail(contract.detailType, envelope.error.issues, eventId);
  const { metadata } = envelope.data;
  if (majorOf(metadata.version) !== majorOf(contract.version)) {
    throw new UnsupportedEventVersion(contract.detailType, metadata.version, contract.version, eventId);
  }
  const data = contract.schema.safeParse(envelope.data.data);
  if (!data.success) {
    const issues = data.error.issues.map((i) => ({ ...i, path: ['data', ...i.path] }));
    throw new InvalidEventDetail(contract.detailType, issues, eventId);
  }
  return { metadata: metadata as EventMetadata, data: data.data as z.output<S> };
}

function eventIdOf(detail: unknown): string | undefined {
  const id = (detail as { metadata?: { eventId?: unknown } } | null)?.metadata?.eventId;
  return typeof id === 'string' ? id : undefined;
}

/**
 * The producer side: the detail exactly as it is published, stamped with the contract's version.
 * Throws when `data` breaks the schema or carries a field the schema does not declare (anywhere,
 * nested objects and arrays included).
 */
export function envelope<S extends z.ZodType>(
  contract: EventContract<S>,
  data: z.input<S>,
  meta: Omit<EventMetadata, 'version'>,
): EventDetail<z.output<S>> {
  const parsed = contract.schema.parse(data);
  const undeclared = strippedPaths(data, parsed, 'data');
  if (undeclared.length > 0)
    throw new UndeclaredEventField(contract.detailType, contract.version, undeclared);
  return {
    metadata: {
      eventId: meta.eventId,
      tenantId: meta.tenantId,
      occurredAt: meta.occurredAt,
      version: contract.version,
      ...(meta.correlationId ? { correlationId: meta.correlationId } : {}),
    },
    data: parsed as z.output<S>,
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Paths of the keys of `input` that parsing dropped from `output` (keys set to `undefined` excepted). */
export function strippedPaths(input: unknown, output: unknown, path: string): string[] {
  if (Array.isArray(input) && Array.isArray(output)) {
    return input.flatMap((v, i) => strippedPaths(v, output[i], `${path}[${i}]`));
  }
  if (!isRecord(input) || !isRecord(output)) return [];
  return Object.entries(input).flatMap(([key, v]) => {
    if (v === undefined) return [];
    if (!(key in output)) return [`${path}.${key}`];
    return strippedPaths(v, output[key], `${path}.${key}`);
  });
}

/**
 * Whether an event on the bus is for `contract`: same source and detail-type, same major version.
 * The CDK rules of `infra/stacks/events-stack.ts` express the same match as an event pattern.
 */
export function isFor(
  contract: EventContract,
  event: { source: string; detailType: string; detail: unknown },
): boolean {
  if (event.source !== contract.source || event.detailType !== contract.detailType) return false;
  const version = EventMetadataSchema.shape.version.safeParse(
    (event.detail as { metadata?: { version?: unknown } } | null)?.metadata?.version,
  );
  return version.success && majorOf(version.data) === majorOf(contract.version);
}
