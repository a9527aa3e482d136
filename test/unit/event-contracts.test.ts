import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EventContract } from '../../events/contract.ts';
import { schedules } from '../../events/schedules.ts';
import { subscriptions } from '../../events/subscriptions.ts';

/** Every event module of `events/` exports exactly one well-formed, unique, versioned contract. */
const EVENTS = resolve(import.meta.dirname, '../../events');
const NOT_CONTRACTS = new Set(['contract.ts', 'subscriptions.ts', 'schedules.ts']);
const files = readdirSync(EVENTS).filter((f) => f.endsWith('.ts') && !NOT_CONTRACTS.has(f));

const isContract = (v: unknown): v is EventContract =>
  typeof v === 'object' && v !== null && 'detailType' in v && 'source' in v && 'schema' in v;

async function contracts(): Promise<[string, EventContract][]> {
  const out: [string, EventContract][] = [];
  for (const f of files) {
    const mod = (await import(resolve(EVENTS, f))) as Record<string, unknown>;
    const found = Object.values(mod).filter(isContract);
    expect(found, `${f} must export one contract`).toHaveLength(1);
    out.push([f, found[0]!]);
  }
  return out;
}

describe('event contracts', () => {
  it('are named after their file, sourced from switchboard.*, versioned, and unique', async () => {
    const all = await contracts();
    expect(all.length).toBeGreaterThan(10);
    for (const [file, c] of all) {
      const kebab = c.detailType.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
      expect(`${kebab}.ts`).toBe(file);
      expect(c.source).toMatch(/^switchboard\.[a-z]+$/);
      expect(Number.isInteger(c.version) && c.version >= 1).toBe(true);
    }
    const ids = all.map(([, c]) => `${c.source}/${c.detailType}`);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('subscriptions and schedules name handler modules that exist and export a handler', async () => {
    const all = new Set((await contracts()).map(([, c]) => c));
    for (const s of subscriptions) {
      for (const c of s.events) expect(all.has(c), `${s.name} subscribes to an unknown contract`).toBe(true);
    }
    for (const entry of [...subscriptions, ...schedules]) {
      const mod = (await import(resolve(EVENTS, '..', `${entry.handler}.ts`))) as { handler?: unknown };
      expect(typeof mod.handler, entry.handler).toBe('function');
    }
  });
});
