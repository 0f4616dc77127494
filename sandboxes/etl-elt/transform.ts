import type { ColumnData, ColumnSpec } from '@/lib/engines/sql';
import { cleanAmount, cleanChannel, cleanCountry, cleanTimestamp, cleanWholeNumber, cleanWord } from './clean';
import { parseCsv, type CsvValue } from './csv';
import { DROP_REASONS, RAW_FIELDS, type Complexity, type DropReason } from './model';
import { LOOKUP_FIELDS, type Source } from './source';

/** The raw extract as columns: the line number, then every field as the text it came as. */
export interface Extracted {
  lines: number;
  /** line, order_id, customer_id, country, amount, created_at, status, channel. */
  raw: ColumnData;
  /** code, name, region. */
  lookup: ColumnData;
}

/** How the raw rows land in the warehouse for ELT: all text, as extracted, plus the line they came from. */
export const RAW_COLUMNS: readonly ColumnSpec[] = [{ name: 'line', type: 'int' }, ...RAW_FIELDS.map((name) => ({ name, type: 'text' as const }))];
export const LOOKUP_COLUMNS: readonly ColumnSpec[] = LOOKUP_FIELDS.map((name) => ({ name, type: 'text' as const }));

/** Extract: reads the source's two CSV files into columns. Both patterns start here. */
export function extract(source: Pick<Source, 'csv' | 'lookupCsv'>): Extracted {
  const fields = parseCsv(source.csv, RAW_FIELDS);
  const lines = fields[0]!.length;
  const line = Array.from({ length: lines }, (_, i) => i + 1);
  return { lines, raw: [line, ...fields], lookup: parseCsv(source.lookupCsv, LOOKUP_FIELDS) };
}

/** The final table's columns at each complexity; `channel` only once the new question asks for it. */
export function finalColumns(complexity: Complexity, withChannel: boolean): ColumnSpec[] {
  const cols: ColumnSpec[] = [
    { name: 'order_id', type: 'int' },
    { name: 'customer_id', type: 'int' },
    { name: 'country', type: 'text' },
  ];
  if (complexity !== 'light') cols.push({ name: 'region', type: 'text' });
  cols.push({ name: 'amount', type: 'float' }, { name: 'created_at', type: 'text' }, { name: 'status', type: 'text' });
  if (complexity === 'heavy') cols.push({ name: 'running_total', type: 'float' }, { name: 'order_number', type: 'int' });
  if (withChannel) cols.push({ name: 'channel', type: 'text' });
  return cols;
}

export interface Transformed {
  columns: ColumnSpec[];
  data: ColumnData;
  rows: number;
  /** Per extract line: 0 if kept, else 1 + its index in DROP_REASONS. */
  outcome: Uint8Array;
  dropped: Record<DropReason, number>;
}

/**
 * ETL's transform, in the worker: parse and clean each line, drop what fails, keep the first copy of
 * each order (medium and heavy), join the country lookup (medium and heavy), and add each customer's
 * running total and order number (heavy). Lines are read in extract order, so "first copy" is the
 * lowest line number, as in the SQL.
 */
export function transformJs(ex: Extracted, complexity: Complexity, withChannel = false): Transformed {
  const [, orderId, customerId, country, amount, createdAt, status, channel] = ex.raw as CsvValue[][];
  const outcome = new Uint8Array(ex.lines);
  const dropped = Object.fromEntries(DROP_REASONS.map((r) => [r, 0])) as Record<DropReason, number>;
  const drop = (i: number, reason: DropReason) => {
    outcome[i] = DROP_REASONS.indexOf(reason) + 1;
    dropped[reason]++;
  };
  const dedupe = complexity !== 'light';
  const seen = new Set<number>();
  const k = { id: [] as number[], customer: [] as number[], country: [] as (string | null)[], amount: [] as number[], at: [] as string[], status: [] as (string | null)[], channel: [] as string[] };

  for (let i = 0; i < ex.lines; i++) {
    const id = cleanWholeNumber(orderId![i]!);
    if (id === null) { drop(i, 'order_id'); continue; }
    const customer = cleanWholeNumber(customerId![i]!);
    if (customer === null) { drop(i, 'customer_id'); continue; }
    const value = cleanAmount(amount![i]!);
    if (value === null || !(value > 0)) { drop(i, 'amount'); continue; }
    const at = cleanTimestamp(createdAt![i]!);
    if (at === null) { drop(i, 'created_at'); continue; }
    const state = cleanWord(status![i]!);
    if (state === 'test') { drop(i, 'test'); continue; }
    if (dedupe) {
      if (seen.has(id)) { drop(i, 'duplicate'); continue; }
      seen.add(id);
    }
    k.id.push(id);
    k.customer.push(customer);
    k.country.push(cleanCountry(country![i]!));
    k.amount.push(value);
    k.at.push(at);
    k.status.push(state);
    if (withChannel) k.channel.push(cleanChannel(channel![i]!));
  }

  const rows = k.id.length;
  const data: (number | string | null)[][] = [k.id, k.customer, k.country];
  if (complexity !== 'light') {
    const [codes, , regions] = ex.lookup as CsvValue[][];
    const regionOf = new Map<string, string>();
    codes!.forEach((code, i) => code !== null && regions![i] && regionOf.set(code, regions![i]));
    data.push(k.country.map((c) => (c === null ? undefined : regionOf.get(c)) ?? 'Unknown'));
  }
  data.push(k.amount, k.at, k.status);
  if (complexity === 'heavy') {
    const { running, number } = customerWindows(k.customer, k.at, k.id, k.amount);
    data.push(running, number);
  }
  if (withChannel) data.push(k.channel);
  return { columns: finalColumns(complexity, withChannel), data, rows, outcome, dropped };
}

/**
 * Each order's running total of its customer's spending and its place in the customer's orders, by
 * time and then order id: what SUM(amount) and ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY
 * created_at, order_id) give in SQL.
 */
export function customerWindows(customer: readonly number[], at: readonly string[], id: readonly number[], amount: readonly number[]) {
  const order = Array.from({ length: customer.length }, (_, i) => i);
  order.sort((a, b) => customer[a]! - customer[b]! || (at[a]! < at[b]! ? -1 : at[a]! > at[b]! ? 1 : 0) || id[a]! - id[b]!);
  const running = new Array<number>(customer.length);
  const number = new Array<number>(customer.length);
  let total = 0;
  let count = 0;
  for (let j = 0; j < order.length; j++) {
    const i = order[j]!;
    if (j === 0 || customer[i] !== customer[order[j - 1]!]) {
      total = 0;
      count = 0;
    }
    total += amount[i]!;
    running[i] = total;
    number[i] = ++count;
  }
  return { running, number };
}
