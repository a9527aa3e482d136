import * as z from 'zod';

/**
 * A domain event contract: EventBridge detail-type, source, version and the zod schema of its
 * data. Producers build details with `envelope()`; consumers parse with `parseDetail()` and the
 * same contract; fixtures are checked by `test/unit/events.test.ts`.
 */
export interface EventContract<S extends z.ZodType = z.ZodType> {
  detailType: string;
  source: string;
  version: number;
  schema: S;
}

export function defineEvent<S extends z.ZodType>(contract: EventContract<S>): EventContract<S> {
  return contract;
}

export const EventMetadataSchema = z.strictObject({
  eventId: z.string().min(1),
  tenantId: z.string().min(1),
  occurredAt: z.iso.datetime(),
  version: z.number().int().positive(),
  correlationId: z.string().optional(),
});

export type EventMetadata = z.infer<typeof EventMetadataSchema>;

export interface EventDetail<T> {
  metadata: EventMetadata;
  data: T;
}

export function detailSchema<S extends z.ZodType>(contract: EventContract<S>) {
  return z.strictObject({ metadata: EventMetadataSchema, data: contract.schema });
}

export function parseDetail<S extends z.ZodType>(
  contract: EventContract<S>,
  detail: unknown,
): EventDetail<z.output<S>> {
  const parsed = detailSchema(contract).parse(detail);
  if (parsed.metadata.version !== contract.version) {
    throw new Error(`${contract.detailType}: version ${parsed.metadata.version} is not ${contract.version}`);
  }
  return parsed as EventDetail<z.output<S>>;
}
