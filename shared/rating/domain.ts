import type { AddOn, Plan, RateZone } from '../catalog/domain.ts';
import { add, type Money, multiplyRatio, zero } from '../kernel/money.ts';

/**
 * The rating engine: one usage record in, one rating decision out. Pure: no I/O, no clock; the
 * caller passes the number's plan, its active add-ons, the allowance state of the period and the
 * business-club membership of both sides.
 *
 * Order of the rules, for one record:
 * 1. A call between two members of the same business club (not roaming) is free (`CLUB-CALL`).
 * 2. Premium calls and messages and donations are always charged at their premium zone's price.
 * 3. The plan's included units, when the record's zone takes them (the domestic zone, or a zone
 *    with `usesAllowance`). An extra SIM shares its primary's units: the caller passes the
 *    primary's allowance state and `sharesUnitsOf`, and the decision names whose units it took.
 * 4. The add-on packs that cover the record's zone (a roaming data pack for its countries, a
 *    country pack), in the order of the add-ons. A pack billed from first use starts its monthly
 *    fee at the first record it takes units from in the period (`packStarts`).
 * 5. What is left is charged at the zone's unit price: the counterpart's number picks an
 *    international (or premium) zone by its longest matching prefix, a visited country the
 *    roaming zone that lists it; anything else is domestic.
 *
 * Partial units (the one rule): quantities are counted in their raw unit — seconds, messages,
 * bytes — and so are allowances (a minute is 60 s, a MB is 1,048,576 bytes). A charged quantity
 * costs `unit price × quantity / unit size` (per second with the minute price, per byte with the
 * MB price), rounded once by the kernel's rule (`multiplyRatio`: half away from zero). A record
 * that straddles the end of an allowance is split: the part that fits is included, the rest is
 * charged.
 *
 * Line codes (stable, printed on the itemized bill and the invoice) and their categories:
 * - `VOICE-INCLUDED`, `SMS-INCLUDED`, `DATA-INCLUDED` — `included`: the plan's units;
 * - `VOICE-OVER-ALLOWANCE`, `SMS-OVER-ALLOWANCE`, `DATA-OVER-ALLOWANCE` — `over-allowance`:
 *   domestic use beyond the included units (or none included);
 * - `INTL-VOICE-<zone>`, `INTL-SMS-<zone>` — `international`;
 * - `ROAMING-VOICE-<zone>`, `ROAMING-SMS-<zone>`, `ROAMING-DATA-<zone>` — `roaming`;
 * - `PREMIUM-CALL-<zone>`, `PREMIUM-MSG-<zone>` — `premium`; `DONATION-<zone>` — `donation`;
 * - `<add-on>-PACK` (a country pack), `<add-on>-DATA-PACK` (a roaming data pack) — `pack`;
 * - `CLUB-CALL` — `club`.
 * `<zone>` and `<add-on>` are the catalog codes, so a code stays the same as long as the catalog
 * entry does.
 *
 * Allowance state is what has been used in the period, per allowance key (`voice`, `sms`, `data`
 * for the plan; `pack:<add-on code>` for a pack), in raw units. Used rather than left, so a plan
 * improvement during the period reaches the number at once.
 */

export const USAGE_TYPES = ['voice', 'sms', 'data', 'premium-call', 'premium-sms', 'donation'] as const;
export type UsageType = (typeof USAGE_TYPES)[number];

export interface UsageRecord {
  recordId: string;
  msisdn: string;
  type: UsageType;
  /** E.164; the called or messaged number (voice, SMS, premium, donation). */
  counterpart?: string;
  /** ISO 8601 UTC. */
  startedAt: string;
  /** Seconds (voice, premium calls), messages (SMS, premium messages, donations) or bytes (data). */
  quantity: number;
  /** ISO 3166 alpha-2, only when roaming. */
  visitedCountry?: string;
}

export interface AllowanceState {
  /** Raw units used in the period per allowance key. */
  used: Readonly<Record<string, number>>;
  /** Codes of the packs billed from first use whose fee has started in the period. */
  packsStarted: readonly string[];
}

export const emptyAllowanceState = (): AllowanceState => ({ used: {}, packsStarted: [] });

export interface RatingInput {
  record: UsageRecord;
  plan: Plan;
  /** The number's active add-ons (those that are not packs are ignored). */
  addOns: readonly AddOn[];
  allowance: AllowanceState;
  /** The primary number whose units an extra SIM shares. */
  sharesUnitsOf?: string;
  /** Business club of the number and of the counterpart, when they are members of one. */
  clubs?: { own?: string; counterpart?: string };
  currency: string;
}

export type LineCategory =
  | 'included'
  | 'over-allowance'
  | 'international'
  | 'roaming'
  | 'premium'
  | 'donation'
  | 'pack'
  | 'club';

export interface RatedPart {
  lineCode: string;
  category: LineCategory;
  /** Raw units (seconds, messages, bytes). */
  quantity: number;
  /** The allowance key the units came from, for included and pack parts. */
  allowance?: string;
  /** The zone whose price applied, for charged parts. */
  zone?: string;
  unitPrice?: Money;
  /** Raw units the unit price is for (60 for a minute price, 1,048,576 for a MB price, 1 each). */
  unitSize?: number;
  charge: Money;
}

export interface PackStart {
  addOn: string;
  /** The monthly fee runs from this instant (the record's start). */
  from: string;
  monthlyFee: Money;
}

export interface RatingDecision {
  recordId: string;
  msisdn: string;
  /** Whose units the record used: the number itself, or the primary of an extra SIM. */
  allowanceOwner: string;
  /** Included parts first, the charged part last. */
  parts: RatedPart[];
  /** The line code and category of the record as a whole: its charged part's, else its first part's. */
  lineCode: string;
  category: LineCategory;
  charge: Money;
  packStarts: PackStart[];
  allowance: AllowanceState;
}

/** A record the catalog cannot price, e.g. a visited country that no roaming zone lists. */
export class UnratableRecord extends Error {
  constructor(
    readonly recordId: string,
    readonly reason: 'no-domestic-zone' | 'no-roaming-zone' | 'no-premium-zone' | 'bad-quantity',
  ) {
    super(`record ${recordId} cannot be rated: ${reason}`);
    this.name = 'UnratableRecord';
  }
}

export const SECONDS_PER_MINUTE = 60;
export const BYTES_PER_MB = 1_048_576;

type Service = 'voice' | 'sms' | 'data';

const SERVICE: Record<UsageType, Service> = {
  voice: 'voice',
  sms: 'sms',
  data: 'data',
  'premium-call': 'voice',
  'premium-sms': 'sms',
  donation: 'sms',
};

const UNIT_SIZE: Record<Service, number> = { voice: SECONDS_PER_MINUTE, sms: 1, data: BYTES_PER_MB };

const PLAN_ALLOWANCE: Record<Service, 'voiceMinutes' | 'sms' | 'dataMb'> = {
  voice: 'voiceMinutes',
  sms: 'sms',
  data: 'dataMb',
};

const UPPER: Record<Service, string> = { voice: 'VOICE', sms: 'SMS', data: 'DATA' };

/** The rate zones of a catalog, indexed for rating: built once per catalog version. */
export interface Tariff {
  domestic?: RateZone;
  /** International and premium zones by destination prefix (digits, no +). */
  byPrefix: Map<string, RateZone>;
  longestPrefix: number;
  /** Roaming zones by visited country. */
  byCountry: Map<string, RateZone>;
  zones: Map<string, RateZone>;
}

export function buildTariff(rateZones: readonly RateZone[]): Tariff {
  const byPrefix = new Map<string, RateZone>();
  const byCountry = new Map<string, RateZone>();
  const zones = new Map<string, RateZone>();
  let domestic: RateZone | undefined;
  let longestPrefix = 0;
  for (const zone of rateZones) {
    zones.set(zone.code, zone);
    if (zone.kind === 'domestic') domestic ??= zone;
    if (zone.kind === 'international' || zone.kind === 'premium') {
      for (const prefix of zone.prefixes) {
        // A premium prefix wins over an international one of the same digits.
        if (!byPrefix.has(prefix) || zone.kind === 'premium') byPrefix.set(prefix, zone);
        longestPrefix = Math.max(longestPrefix, prefix.length);
      }
    }
    if (zone.kind === 'roaming')
      for (const c of zone.countries) if (!byCountry.has(c)) byCountry.set(c, zone);
  }
  return { domestic, byPrefix, longestPrefix, byCountry, zones };
}

function zoneByPrefix(tariff: Tariff, counterpart: string | undefined): RateZone | undefined {
  if (!counterpart) return undefined;
  const digits = counterpart.startsWith('+') ? counterpart.slice(1) : counterpart;
  for (let n = Math.min(tariff.longestPrefix, digits.length); n > 0; n--) {
    const zone = tariff.byPrefix.get(digits.slice(0, n));
    if (zone) return zone;
  }
  return undefined;
}

function unitPrice(zone: RateZone, type: UsageType, service: Service): Money {
  if (type === 'donation') return zone.donationEach ?? zone.smsEach;
  return service === 'voice' ? zone.voicePerMinute : service === 'sms' ? zone.smsEach : zone.dataPerMb;
}

function chargedCode(zone: RateZone, type: UsageType, service: Service): [string, LineCategory] {
  if (type === 'donation') return [`DONATION-${zone.code}`, 'donation'];
  switch (zone.kind) {
    case 'domestic':
      return [`${UPPER[service]}-OVER-ALLOWANCE`, 'over-allowance'];
    case 'international':
      return [`INTL-${UPPER[service]}-${zone.code}`, 'international'];
    case 'roaming':
      return [`ROAMING-${UPPER[service]}-${zone.code}`, 'roaming'];
    case 'premium':
      return [service === 'voice' ? `PREMIUM-CALL-${zone.code}` : `PREMIUM-MSG-${zone.code}`, 'premium'];
  }
}

/** The pack's allowance for a service in raw units; `null` = unlimited, `undefined` = not covered. */
function packUnits(addOn: AddOn, service: Service): number | null | undefined {
  const included =
    service === 'voice'
      ? addOn.includedVoiceMinutes
      : service === 'sms'
        ? addOn.includedSms
        : addOn.includedDataMb;
  if (included === undefined || included === null) return included;
  return included * UNIT_SIZE[service];
}

function packCovers(addOn: AddOn, zone: RateZone, country: string | undefined): boolean {
  if (addOn.kind !== 'roaming-data' && addOn.kind !== 'country-pack') return false;
  if (addOn.zone === zone.code) return true;
  return country !== undefined && (addOn.countries?.includes(country) ?? false);
}

/** Rates one record. Throws `UnratableRecord` when the catalog has no price for it. */
export function rateRecord(tariff: Tariff, input: RatingInput): RatingDecision {
  const { record, plan, currency } = input;
  const { type, quantity } = record;
  if (!Number.isSafeInteger(quantity) || quantity < 0)
    throw new UnratableRecord(record.recordId, 'bad-quantity');
  const service = SERVICE[type];
  const premium = type === 'premium-call' || type === 'premium-sms' || type === 'donation';
  const roaming = record.visitedCountry !== undefined && !premium;

  let zone: RateZone | undefined;
  if (premium) {
    zone = zoneByPrefix(tariff, record.counterpart);
    if (zone?.kind !== 'premium') throw new UnratableRecord(record.recordId, 'no-premium-zone');
  } else if (roaming) {
    zone = tariff.byCountry.get(record.visitedCountry!);
    if (!zone) throw new UnratableRecord(record.recordId, 'no-roaming-zone');
  } else {
    zone = (service === 'data' ? undefined : zoneByPrefix(tariff, record.counterpart)) ?? tariff.domestic;
    if (!zone) throw new UnratableRecord(record.recordId, 'no-domestic-zone');
  }
  // A voice or SMS record to a premium number is a premium call or message.
  const effectiveType: UsageType =
    zone.kind === 'premium' && !premium ? (service === 'voice' ? 'premium-call' : 'premium-sms') : type;

  const allowanceOwner = input.sharesUnitsOf ?? record.msisdn;
  const parts: RatedPart[] = [];
  const free = zero(currency);
  let used: Record<string, number> | undefined;
  let packsStarted = input.allowance.packsStarted;
  const packStarts: PackStart[] = [];
  let left = quantity;

  const own = input.clubs?.own;
  if (
    type === 'voice' &&
    !roaming &&
    zone.kind !== 'premium' &&
    own !== undefined &&
    own === input.clubs?.counterpart
  ) {
    parts.push({ lineCode: 'CLUB-CALL', category: 'club', quantity, charge: free });
    left = 0;
  }

  const take = (key: string, limit: number | null, lineCode: string, category: LineCategory): number => {
    const already = (used ?? input.allowance.used)[key] ?? 0;
    const taken = limit === null ? left : Math.min(left, Math.max(0, limit - already));
    if (taken > 0) {
      used ??= { ...input.allowance.used };
      used[key] = already + taken;
      parts.push({ lineCode, category, quantity: taken, allowance: key, charge: free });
      left -= taken;
    }
    return taken;
  };

  if (left > 0 && effectiveType === type && !premium && (zone.usesAllowance ?? zone.kind === 'domestic')) {
    const included = plan.included[PLAN_ALLOWANCE[service]];
    take(
      service,
      included === null ? null : included * UNIT_SIZE[service],
      `${UPPER[service]}-INCLUDED`,
      'included',
    );
  }

  if (left > 0 && !premium && effectiveType === type) {
    for (const addOn of input.addOns) {
      if (left === 0) break;
      if (!packCovers(addOn, zone, record.visitedCountry)) continue;
      const units = packUnits(addOn, service);
      if (units === undefined) continue;
      const code = addOn.kind === 'roaming-data' ? `${addOn.code}-DATA-PACK` : `${addOn.code}-PACK`;
      const taken = take(`pack:${addOn.code}`, units, code, 'pack');
      if (taken > 0 && addOn.billing === 'from-first-use' && !packsStarted.includes(addOn.code)) {
        packsStarted = [...packsStarted, addOn.code];
        packStarts.push({ addOn: addOn.code, from: record.startedAt, monthlyFee: addOn.monthlyFee });
      }
    }
  }

  let charge = free;
  if (left > 0 || parts.length === 0) {
    const price = unitPrice(zone, effectiveType, service);
    const size = effectiveType === 'donation' ? 1 : UNIT_SIZE[service];
    const [lineCode, category] = chargedCode(zone, effectiveType, service);
    charge = add(free, multiplyRatio(price, left, size));
    parts.push({
      lineCode,
      category,
      quantity: left,
      zone: zone.code,
      unitPrice: price,
      unitSize: size,
      charge,
    });
  }

  const main = parts[parts.length - 1]!.unitPrice ? parts[parts.length - 1]! : parts[0]!;
  return {
    recordId: record.recordId,
    msisdn: record.msisdn,
    allowanceOwner,
    parts,
    lineCode: main.lineCode,
    category: main.category,
    charge,
    packStarts,
    allowance:
      used || packStarts.length ? { used: used ?? input.allowance.used, packsStarted } : input.allowance,
  };
}
