import { createRng, type Rng } from '@/lib/random';
import { csvLine, type CsvValue } from './csv';
import { RAW_FIELDS } from './model';

/** The lookup the transform joins: ISO country code → name and region. */
export const COUNTRIES = [
  { code: 'US', name: 'United States', region: 'North America', weight: 30 },
  { code: 'CA', name: 'Canada', region: 'North America', weight: 6 },
  { code: 'MX', name: 'Mexico', region: 'North America', weight: 4 },
  { code: 'BR', name: 'Brazil', region: 'South America', weight: 5 },
  { code: 'GB', name: 'United Kingdom', region: 'Europe', weight: 9 },
  { code: 'DE', name: 'Germany', region: 'Europe', weight: 9 },
  { code: 'FR', name: 'France', region: 'Europe', weight: 7 },
  { code: 'ES', name: 'Spain', region: 'Europe', weight: 4 },
  { code: 'NL', name: 'Netherlands', region: 'Europe', weight: 3 },
  { code: 'IN', name: 'India', region: 'Asia', weight: 8 },
  { code: 'JP', name: 'Japan', region: 'Asia', weight: 6 },
  { code: 'AU', name: 'Australia', region: 'Oceania', weight: 4 },
] as const;
export const LOOKUP_FIELDS = ['code', 'name', 'region'] as const;
/** Codes that reach the extract but are in no lookup: they keep region "Unknown". */
const STRAY_CODES = ['XX', 'EU', 'UK'] as const;

const CHANNELS = [
  ['web', 50],
  ['app', 30],
  ['phone', 12],
  ['partner', 8],
] as const;

/** 2025-01-01T00:00:00Z in seconds; orders span that year. */
export const START_SECONDS = 1_735_689_600;
const YEAR_SECONDS = 365 * 86_400;

/** One order as the source system knows it, before it is written out. */
interface Order {
  id: number;
  customer: number;
  country: string | null;
  cents: number;
  createdAt: number;
  status: 'paid' | 'refunded';
  channel: string | null;
}

export interface Source {
  /** orders.csv: header and one line per extracted row. */
  csv: string;
  /** countries.csv: the lookup table. */
  lookupCsv: string;
  lines: number;
}

export interface SourceOptions {
  rows: number;
  seed: number;
  duplicatePercent: number;
  dirtyPercent: number;
}

function weighted<T>(rng: Rng, items: ReadonlyArray<readonly [T, number]>): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let r = rng.next() * total;
  for (const [item, w] of items) {
    if ((r -= w) < 0) return item;
  }
  return items[items.length - 1]![0];
}

const COUNTRY_WEIGHTS = COUNTRIES.map((c) => [c.code as string, c.weight] as const);
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Seconds since the epoch as "YYYY-MM-DD HH:MM:SS" (UTC). */
export function formatTimestamp(seconds: number): string {
  const d = new Date(seconds * 1000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/** The ways people and systems write a country code: ' us', 'U.S.', 'Us '… */
function spellCountry(code: string, rng: Rng): string {
  const r = rng.next();
  if (r < 0.55) return code;
  if (r < 0.7) return code.toLowerCase();
  if (r < 0.8) return ` ${code}`;
  if (r < 0.85) return `${code} `;
  if (r < 0.95) return `${code.split('').join('.')}.`;
  return code[0]! + code.slice(1).toLowerCase() + (rng.next() < 0.5 ? ' ' : '');
}

function spellWord(word: string, rng: Rng): string {
  const r = rng.next();
  if (r < 0.7) return word;
  if (r < 0.85) return word.toUpperCase();
  return `${word[0]!.toUpperCase()}${word.slice(1)} `;
}

function spellAmount(cents: number, rng: Rng): string {
  let text = (cents / 100).toFixed(2);
  const r = rng.next();
  if (r < 0.2) text = text.replace(/0+$/, '').replace(/\.$/, '');
  else if (r < 0.25) text = ` ${text}`;
  return text;
}

/** Written as "2025-03-04 10:15:00" or as ISO 8601 "2025-03-04T10:15:00Z". */
function spellTimestamp(seconds: number, rng: Rng): string {
  const text = formatTimestamp(seconds);
  return rng.next() < 0.3 ? `${text.replace(' ', 'T')}Z` : text;
}

function newOrder(id: number, index: number, rows: number, customers: number, rng: Rng): Order {
  const stray = rng.next();
  return {
    id,
    customer: rng.int(1, customers),
    country: stray < 0.01 ? null : stray < 0.03 ? rng.pick(STRAY_CODES) : weighted(rng, COUNTRY_WEIGHTS),
    cents: rng.int(199, 49_999),
    createdAt: START_SECONDS + Math.floor(((index + rng.next()) / rows) * YEAR_SECONDS),
    status: rng.next() < 0.88 ? 'paid' : 'refunded',
    channel: rng.next() < 0.03 ? null : weighted(rng, CHANNELS),
  };
}

function render(order: Order, rng: Rng): CsvValue[] {
  return [
    rng.next() < 0.05 ? ` ${order.id}` : String(order.id),
    String(order.customer),
    order.country === null ? null : spellCountry(order.country, rng),
    spellAmount(order.cents, rng),
    spellTimestamp(order.createdAt, rng),
    spellWord(order.status, rng),
    order.channel === null ? null : spellWord(order.channel, rng),
  ];
}

/** Breaks one field the way real extracts break: a missing id, a decimal comma, a US-style date. */
function breakOne(fields: CsvValue[], order: Order, rng: Rng): void {
  const at = (name: (typeof RAW_FIELDS)[number]) => RAW_FIELDS.indexOf(name);
  const kind = rng.int(0, 4);
  if (kind === 0) fields[at('order_id')] = rng.next() < 0.5 ? null : `ORD-${order.id}`;
  else if (kind === 1) fields[at('customer_id')] = rng.next() < 0.5 ? null : 'unknown';
  else if (kind === 2) fields[at('amount')] = rng.pick([null, 'n/a', (order.cents / 100).toFixed(2).replace('.', ','), '0.00']);
  else if (kind === 3) {
    const ts = formatTimestamp(order.createdAt);
    const [y, m, d] = [ts.slice(0, 4), ts.slice(5, 7), ts.slice(8, 10)];
    fields[at('created_at')] = rng.pick([null, `${y}-13-${d}${ts.slice(10)}`, `${y}-02-30${ts.slice(10)}`, `${m}/${d}/${y} ${ts.slice(11, 16)}`, 'not recorded']);
  } else fields[at('status')] = 'test';
}

/**
 * The source system's export: `rows` CSV lines of orders, some re-sent (a retried batch sends an
 * order again, written differently), some with one broken field, and every code written as people
 * write it. Generating it is the source's work, not the pipeline's, so it is never timed.
 */
export function generateSource(options: SourceOptions): Source {
  const { rows, seed, duplicatePercent, dirtyPercent } = options;
  const rng = createRng(`${seed}:orders`);
  const customers = Math.max(50, Math.floor(rows / 8));
  const orders: Order[] = [];
  const out: string[] = [RAW_FIELDS.join(',')];
  for (let index = 0; index < rows; index++) {
    const resend = orders.length > 0 && rng.next() < duplicatePercent / 100;
    // A re-sent order comes from the last few hundred: retries repeat a recent batch.
    const order = resend ? orders[orders.length - 1 - rng.int(0, Math.min(orders.length - 1, 500))]! : newOrder(100_001 + orders.length, index, rows, customers, rng);
    if (!resend) orders.push(order);
    const fields = render(order, rng);
    if (rng.next() < dirtyPercent / 100) breakOne(fields, order, rng);
    out.push(csvLine(fields));
  }
  const lookup = [LOOKUP_FIELDS.join(','), ...COUNTRIES.map((c) => csvLine([c.code, c.name, c.region]))];
  return { csv: `${out.join('\n')}\n`, lookupCsv: `${lookup.join('\n')}\n`, lines: rows };
}
