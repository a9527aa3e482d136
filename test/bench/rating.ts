/**
 * Rating benchmark: the pure engine (`shared/rating/domain.ts`) rating synthetic records
 * in-process on one core, a mix of domestic calls, SMS and data, international calls, roaming
 * data with a pack, premium messages and club calls, each record against the allowance state
 * the previous one left. No database. Standalone: `npx tsx test/bench/rating.ts`.
 */
import { pathToFileURL } from 'node:url';
import {
  type AllowanceState,
  BYTES_PER_MB,
  buildTariff,
  emptyAllowanceState,
  type RatingInput,
  rateRecord,
  type UsageRecord,
} from '../../shared/rating/domain.ts';
import { ratingCatalog as catalog } from '../support/rating-catalog.ts';

export interface RatingFigure {
  name: string;
  value: number;
  unit: string;
}

function syntheticRecords(n: number): UsageRecord[] {
  const kinds: Omit<UsageRecord, 'recordId' | 'msisdn' | 'startedAt'>[] = [
    { type: 'voice', counterpart: '+38641100002', quantity: 185 },
    { type: 'sms', counterpart: '+38641100003', quantity: 1 },
    { type: 'data', quantity: 7 * BYTES_PER_MB + 1234 },
    { type: 'voice', counterpart: '+38761123456', quantity: 61 },
    { type: 'data', visitedCountry: 'RS', quantity: 3 * BYTES_PER_MB },
    { type: 'premium-sms', counterpart: '+386901234', quantity: 1 },
    { type: 'voice', counterpart: '+38641100004', quantity: 600 },
  ];
  return Array.from({ length: n }, (_, i) => ({
    recordId: `r${i}`,
    msisdn: `+386411${String(i % 1000).padStart(5, '0')}`,
    startedAt: '2025-03-10T10:00:00Z',
    ...kinds[i % kinds.length]!,
  }));
}

export async function benchRating(n = 1_000_000): Promise<RatingFigure[]> {
  const tariff = buildTariff(catalog.rateZones);
  const plan = catalog.plans[0]!;
  const records = syntheticRecords(n);
  const states = new Map<string, AllowanceState>();
  const base: Omit<RatingInput, 'record' | 'allowance'> = { plan, addOns: catalog.addOns, currency: 'EUR' };
  const run = (count: number): number => {
    states.clear();
    let total = 0;
    for (let i = 0; i < count; i++) {
      const record = records[i]!;
      const d = rateRecord(tariff, {
        ...base,
        record,
        allowance: states.get(record.msisdn) ?? emptyAllowanceState(),
        clubs: i % 7 === 6 ? { own: 'C1', counterpart: 'C1' } : undefined,
      });
      states.set(record.msisdn, d.allowance);
      total += d.charge.amount;
    }
    return total;
  };
  run(Math.min(n, 100_000)); // warm-up
  const t0 = performance.now();
  run(n);
  const seconds = (performance.now() - t0) / 1000;
  return [
    { name: 'records rated', value: n, unit: 'records' },
    {
      name: 'rating throughput (one core, aim ≥ 200,000)',
      value: Math.round(n / seconds),
      unit: 'records/s',
    },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const f of await benchRating()) process.stdout.write(`${f.name}: ${f.value} ${f.unit}\n`);
}
