import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import {
  defineEvent,
  type EventContract,
  envelope,
  InvalidEventDetail,
  isFor,
  majorOf,
  parseDetail,
  parseVersion,
  strippedPaths,
  UndeclaredEventField,
  UnsupportedEventVersion,
} from '../../events/contract.ts';
import { schedules, subscriptions } from '../../functions/registry.ts';
import { localContext } from '../../infra/local/api-event.ts';
import { outboxPut } from '../../shared/db/outbox.ts';

/** Every event module of `events/` exports well-formed, unique, versioned contracts with fixtures. */
const EVENTS = resolve(import.meta.dirname, '../../events');
const FIXTURES = resolve(import.meta.dirname, '../fixtures/events');
const NOT_CONTRACTS = new Set(['contract.ts']);
const files = readdirSync(EVENTS).filter((f) => f.endsWith('.ts') && !NOT_CONTRACTS.has(f));

const isContract = (v: unknown): v is EventContract =>
  typeof v === 'object' && v !== null && 'detailType' in v && 'source' in v && 'schema' in v;

/** The contracts of each module: one per major version (two only while a new major is rolled out). */
async function contracts(): Promise<[string, EventContract[]][]> {
  const out: [string, EventContract[]][] = [];
  for (const f of files) {
    const mod = (await import(resolve(EVENTS, f))) as Record<string, unknown>;
    const found = Object.values(mod).filter(isContract);
    expect(found.length, `${f} must export a contract`).toBeGreaterThan(0);
    out.push([f, found]);
  }
  return out;
}

interface Fixture {
  module: string;
  file: string;
  version: string;
  detail: { metadata: Record<string, unknown>; data: unknown };
}

/** `test/fixtures/events/<module>/v<major>.<minor>[-label].json`: full details as they travel on the bus. */
const FIXTURE_NAME = /^v([1-9]\d*\.(?:0|[1-9]\d*))(?:-[a-z0-9-]+)?\.json$/;
function fixturesOf(module: string): Fixture[] {
  const dir = resolve(FIXTURES, module);
  if (!existsSync(dir)) return [];
  return readdirSync(dir).map((file) => {
    const m = FIXTURE_NAME.exec(file);
    if (!m) throw new Error(`${module}/${file}: name it v<major>.<minor>[-label].json`);
    return { module, file, version: m[1]!, detail: JSON.parse(readFileSync(resolve(dir, file), 'utf8')) };
  });
}

async function cases() {
  return (await contracts()).flatMap(([file, cs]) => {
    const module = basename(file, '.ts');
    return fixturesOf(module).map((fixture) => {
      const contract = cs.find((c) => majorOf(c.version) === majorOf(fixture.version));
      if (!contract) throw new Error(`${module}/${fixture.file}: no contract of major ${fixture.version}`);
      return { contract, fixture, name: `${module}/${fixture.file}` };
    });
  });
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A copy of `value` with `key` added to every object in it, at any depth. */
function withKeyEverywhere(value: unknown, key: string): unknown {
  if (Array.isArray(value)) return value.map((v) => withKeyEverywhere(v, key));
  if (!isRecord(value)) return value;
  const out: Record<string, unknown> = { [key]: { unknown: true } };
  for (const [k, v] of Object.entries(value)) out[k] = withKeyEverywhere(v, key);
  return out;
}

/** The paths (`[]` the root) of every object in `value`. */
function objectPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => objectPaths(v, [...path, i]));
  if (!isRecord(value)) return [];
  return [path, ...Object.entries(value).flatMap(([k, v]) => objectPaths(v, [...path, k]))];
}

function withKeyAt(value: unknown, path: (string | number)[], key: string): unknown {
  const copy = structuredClone(value);
  let target = copy as Record<string | number, unknown>;
  for (const p of path) target = target[p] as Record<string | number, unknown>;
  target[key] = 1;
  return copy;
}

const pathText = (path: (string | number)[]) =>
  path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('');

const metaOf = (f: Fixture) => {
  const { eventId, tenantId, occurredAt, correlationId } = f.detail.metadata as Record<string, string>;
  return { eventId: eventId!, tenantId: tenantId!, occurredAt: occurredAt!, correlationId };
};

describe('event contracts', () => {
  it('are named after their file, sourced from switchboard.*, versioned <major>.<minor>, and unique', async () => {
    const all = await contracts();
    expect(all.length).toBeGreaterThan(10);
    const ids: string[] = [];
    for (const [file, cs] of all) {
      for (const c of cs) {
        const kebab = c.detailType.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
        expect(`${kebab}.ts`).toBe(file);
        expect(c.source).toMatch(/^switchboard\.[a-z]+(-[a-z]+)*$/);
        expect(c.version).toMatch(/^[1-9]\d*\.(0|[1-9]\d*)$/);
        ids.push(`${c.source}/${c.detailType}/${majorOf(c.version)}`);
      }
      expect(new Set(cs.map((c) => `${c.source}/${c.detailType}`)).size, `${file}: one event`).toBe(1);
    }
    expect(new Set(ids).size, 'one contract per major').toBe(ids.length);
  });

  it('subscriptions and schedules name handler modules that exist and export a handler', async () => {
    const all = new Set((await contracts()).flatMap(([, cs]) => cs));
    for (const s of subscriptions) {
      for (const c of s.events) expect(all.has(c), `${s.name} subscribes to an unknown contract`).toBe(true);
      const events = s.events.map((c) => `${c.source}/${c.detailType}`);
      expect(new Set(events).size, `${s.name} reads one major of each event`).toBe(events.length);
    }
    for (const entry of [...subscriptions, ...schedules]) {
      const mod = (await import(resolve(EVENTS, '..', `${entry.handler}.ts`))) as { handler?: unknown };
      expect(typeof mod.handler, entry.handler).toBe('function');
    }
  });

  it('refuse a version that is not <major>.<minor>', () => {
    for (const bad of ['1', '0.1', '1.01', 'v1.0', '1.0.0', '']) {
      expect(() => parseVersion(bad), bad).toThrow(/not an event version/);
      expect(() =>
        defineEvent({
          detailType: 'X',
          source: 'switchboard.x',
          version: bad as '1.0',
          schema: z.object({}),
        }),
      ).toThrow();
    }
    expect(parseVersion('12.30')).toEqual({ major: 12, minor: 30 });
  });
});

describe('event contract fixtures', () => {
  it('exist for every event module: one at each contract version, one of a newer minor with extra fields', async () => {
    for (const [file, cs] of await contracts()) {
      const module = basename(file, '.ts');
      const fixtures = fixturesOf(module);
      for (const c of cs) {
        const { major, minor } = parseVersion(c.version);
        expect(
          fixtures.some((f) => f.version === c.version),
          `${module}: v${c.version}.json (what the producer writes today)`,
        ).toBe(true);
        expect(
          fixtures.some(
            (f) => parseVersion(f.version).major === major && parseVersion(f.version).minor > minor,
          ),
          `${module}: v${major}.${minor + 1}-newer.json (a later minor this consumer must read)`,
        ).toBe(true);
      }
      for (const f of fixtures) {
        expect(f.detail.metadata.version, `${module}/${f.file}: metadata.version`).toBe(f.version);
      }
    }
    const modules = new Set(files.map((f) => basename(f, '.ts')));
    for (const dir of readdirSync(FIXTURES))
      expect(modules.has(dir), `fixtures of no module: ${dir}`).toBe(true);
  });

  it('each parse with the contract of their major', async () => {
    for (const { contract, fixture, name } of await cases()) {
      const parsed = parseDetail(contract, fixture.detail);
      expect(parsed.metadata.version, name).toBe(fixture.version);
      expect(parsed.metadata.eventId, name).toBe(fixture.detail.metadata.eventId);
    }
  });

  it('at the contract version are exactly what the producer writes', async () => {
    for (const { contract, fixture, name } of await cases()) {
      if (fixture.version !== contract.version) continue;
      expect(envelope(contract, fixture.detail.data, metaOf(fixture)), name).toEqual(fixture.detail);
      expect(parseDetail(contract, fixture.detail), name).toEqual(fixture.detail);
    }
  });

  it('of a newer minor are read by the current consumer: extra fields in data and metadata stripped, known ones kept', async () => {
    let newer = 0;
    for (const { contract, fixture, name } of await cases()) {
      if (parseVersion(fixture.version).minor <= parseVersion(contract.version).minor) continue;
      newer++;
      const parsed = parseDetail(contract, fixture.detail);
      // The fixture really carries fields this consumer does not know, in data and in metadata...
      expect(strippedPaths(fixture.detail.data, parsed.data, 'data').length, name).toBeGreaterThan(0);
      expect(
        strippedPaths(fixture.detail.metadata, parsed.metadata, 'metadata').length,
        name,
      ).toBeGreaterThan(0);
      // ...and what the consumer keeps is exactly what its own version declares, values unchanged.
      expect(() => envelope(contract, parsed.data as never, metaOf(fixture)), name).not.toThrow();
      expect(fixture.detail, name).toMatchObject(parsed);
    }
    expect(newer).toBeGreaterThan(10);
  });

  it('with an unknown field added to every object, at any depth, read the same as without', async () => {
    for (const { contract, fixture, name } of await cases()) {
      const noisy = {
        metadata: withKeyEverywhere(fixture.detail.metadata, 'addedLater'),
        data: withKeyEverywhere(fixture.detail.data, 'addedLater'),
      };
      expect(parseDetail(contract, noisy), name).toEqual(parseDetail(contract, fixture.detail));
    }
  });

  it('of another major are refused with a clear error, before their data is looked at', async () => {
    for (const { contract, fixture, name } of await cases()) {
      const major = majorOf(contract.version);
      for (const other of [`${major + 1}.0`, `${major + 1}.4`, ...(major > 1 ? [`${major - 1}.0`] : [])]) {
        for (const data of [fixture.detail.data, {}]) {
          const detail = { metadata: { ...fixture.detail.metadata, version: other }, data };
          expect(() => parseDetail(contract, detail), `${name} as ${other}`).toThrow(UnsupportedEventVersion);
          expect(() => parseDetail(contract, detail)).toThrow(
            `${contract.detailType} ${other} (event ${fixture.detail.metadata.eventId}) is refused: this consumer reads major version ${major}`,
          );
        }
      }
    }
  });

  it('of another major make every deployed consumer fail its invocation, so the event is dead-lettered', async () => {
    for (const s of subscriptions) {
      const mod = (await import(resolve(EVENTS, '..', `${s.handler}.ts`))) as {
        handler: (event: unknown, context: unknown) => Promise<unknown>;
      };
      for (const c of s.events) {
        const module = c.detailType.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
        const fixture = fixturesOf(module).find((f) => f.version === c.version)!;
        const detail = { ...fixture.detail, metadata: { ...fixture.detail.metadata, version: '99.0' } };
        const event = { 'detail-type': c.detailType, source: c.source, detail };
        expect(isFor(c, { source: c.source, detailType: c.detailType, detail })).toBe(false);
        await expect(mod.handler(event, localContext(s.name)), s.name).rejects.toThrow(
          UnsupportedEventVersion,
        );
      }
    }
  });

  it('fail with the field path when a field the consumer relies on is missing or wrong', async () => {
    const { contract, fixture } = (await cases()).find((c) => c.name === 'credit-transferred/v1.0.json')!;
    const data = fixture.detail.data as Record<string, unknown>;
    const { amount: _, ...withoutAmount } = data;
    for (const broken of [withoutAmount, { ...data, amount: { amount: '12.50', currency: 'EUR' } }]) {
      const detail = { ...fixture.detail, data: broken };
      expect(() => parseDetail(contract, detail)).toThrow(InvalidEventDetail);
      expect(() => parseDetail(contract, detail)).toThrow(
        /CreditTransferred \(event \w+\) is invalid:[\s\S]*data\.amount/,
      );
    }
    expect(() => parseDetail(contract, { data })).toThrow(/metadata/);
  });

  it('written before versions had a minor part (a bare integer) are read as <major>.0', async () => {
    for (const { contract, fixture, name } of await cases()) {
      if (fixture.version !== contract.version) continue;
      const legacy = {
        ...fixture.detail,
        metadata: { ...fixture.detail.metadata, version: majorOf(contract.version) },
      };
      expect(parseDetail(contract, legacy).metadata.version, name).toBe(`${majorOf(contract.version)}.0`);
      expect(
        isFor(contract, { source: contract.source, detailType: contract.detailType, detail: legacy }),
      ).toBe(true);
    }
  });
});

describe('event producers', () => {
  it('refuse a field their contract does not declare, anywhere in data', async () => {
    let checked = 0;
    for (const { contract, fixture, name } of await cases()) {
      if (fixture.version !== contract.version) continue;
      for (const path of objectPaths(fixture.detail.data)) {
        const data = withKeyAt(fixture.detail.data, path, 'undeclared');
        const where = `data${pathText(path)}.undeclared`;
        expect(() => envelope(contract, data as never, metaOf(fixture)), `${name} ${where}`).toThrow(
          UndeclaredEventField,
        );
        expect(() => envelope(contract, data as never, metaOf(fixture))).toThrow(
          `${contract.detailType} ${contract.version} declares no ${where}`,
        );
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('through the outbox writer too, while a field set to undefined is no field', async () => {
    const { contract, fixture } = (await cases()).find((c) => c.name === 'credit-transferred/v1.0.json')!;
    const data = fixture.detail.data as Record<string, unknown>;
    const at = new Date('2025-03-01T09:30:00Z');
    expect(() => outboxPut(contract, 'alpina', { ...data, surprise: true }, at)).toThrow(
      UndeclaredEventField,
    );
    const put = outboxPut(contract, 'alpina', { ...data, surprise: undefined }, at, 'req-1');
    const written = JSON.parse(put.Put!.Item!.detail as string);
    expect(written.data).toEqual(data);
    expect(written.metadata).toMatchObject({
      tenantId: 'alpina',
      version: contract.version,
      correlationId: 'req-1',
    });
    expect(parseDetail(contract, written).data).toEqual(data);
  });
});
