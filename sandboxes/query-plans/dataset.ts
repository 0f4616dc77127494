import * as arrow from 'apache-arrow';
import type { ParquetModule } from '@/lib/engines/parquet';
import { createRng, type Rng } from '@/lib/random';
import { CARRIERS, PARTITION_DAYS, type RowOrder } from './model';

/** One day's flight legs as columns, in the order they are written to the file. */
export interface DayColumns {
  sched_dep_min: number[];
  carrier: string[];
  flight_number: number[];
  tail_number: string[];
  origin_airport: string[];
  dest_airport: string[];
  dep_delay_min: Array<number | null>;
  arr_delay_min: Array<number | null>;
  taxi_out_min: Array<number | null>;
  air_time_min: Array<number | null>;
  distance_km: number[];
  is_cancelled: boolean[];
}
export type ColumnName = keyof DayColumns;
/** The stored columns, in file order. The partition column flight_date lives in the folder name only. */
export const COLUMNS: readonly ColumnName[] = ['sched_dep_min', 'carrier', 'flight_number', 'tail_number', 'origin_airport', 'dest_airport', 'dep_delay_min', 'arr_delay_min', 'taxi_out_min', 'air_time_min', 'distance_km', 'is_cancelled'];

/** Share of flights per airline (roughly a US day), in CARRIERS order. */
const CARRIER_WEIGHT = [0.17, 0.06, 0.05, 0.17, 0.04, 0.05, 0.15, 0.31];
const AIRPORTS = ['ATL', 'DFW', 'DEN', 'ORD', 'LAX', 'JFK', 'LAS', 'MCO', 'MIA', 'CLT', 'SEA', 'PHX', 'EWR', 'SFO', 'IAH', 'BOS', 'MSP', 'DTW'] as const;
const AIRPORT_WEIGHT = [10, 9, 9, 8, 7, 6, 6, 5, 5, 5, 4, 4, 4, 4, 4, 3, 3, 3];

export const dateOfDay = (day: number): string => `2026-03-${String(day).padStart(2, '0')}`;
export const partitionPath = (day: number): string => `flights_clean/flight_date=${dateOfDay(day)}/part-0.parquet`;

function weighted<T>(rng: Rng, items: readonly T[], weights: readonly number[]): T {
  const total = weights.reduce((a, b) => a + b, 0);
  let draw = rng.next() * total;
  for (let i = 0; i < items.length; i++) {
    draw -= weights[i] ?? 0;
    if (draw < 0) return items[i] as T;
  }
  return items[items.length - 1] as T;
}

/**
 * One day of flights, seeded by (seed, day). Delays are whole minutes: most legs leave close to time,
 * a fifth are late by an exponential amount, and March 5 has a storm (more delays and cancellations).
 * Cancelled legs have no delays, taxi or air time. Rows are then put in the chosen order.
 */
export function generateDay(seed: number, day: number, flights: number, order: RowOrder): DayColumns {
  const rng = createRng(`${seed}:flights:${day}`);
  const storm = day === 5;
  const d: DayColumns = { sched_dep_min: [], carrier: [], flight_number: [], tail_number: [], origin_airport: [], dest_airport: [], dep_delay_min: [], arr_delay_min: [], taxi_out_min: [], air_time_min: [], distance_km: [], is_cancelled: [] };
  for (let i = 0; i < flights; i++) {
    const origin = weighted(rng, AIRPORTS, AIRPORT_WEIGHT);
    let dest: string = weighted(rng, AIRPORTS, AIRPORT_WEIGHT);
    if (dest === origin) dest = AIRPORTS[(AIRPORTS.indexOf(origin) + 1) % AIRPORTS.length] as string;
    const km = rng.int(300, 4_200);
    const cancelled = rng.bernoulli(storm ? 0.08 : 0.015);
    const late = rng.bernoulli(storm ? 0.45 : 0.2);
    const delay = cancelled || rng.bernoulli(0.004) ? null : late ? Math.round(rng.exponential(1 / 38)) + 1 : Math.round(rng.normal(-3, 4));
    d.sched_dep_min.push(rng.int(5 * 60, 23 * 60 + 30));
    d.carrier.push(weighted(rng, CARRIERS, CARRIER_WEIGHT));
    d.flight_number.push(rng.int(1, 2_999));
    d.tail_number.push(`N${rng.int(100, 999)}${String.fromCharCode(65 + rng.int(0, 25), 65 + rng.int(0, 25))}`);
    d.origin_airport.push(origin);
    d.dest_airport.push(dest);
    d.dep_delay_min.push(delay);
    d.arr_delay_min.push(delay === null ? null : delay + rng.int(-12, 8));
    d.taxi_out_min.push(cancelled ? null : rng.int(6, 35));
    d.air_time_min.push(cancelled ? null : Math.round(km / 12.5 + rng.int(10, 25)));
    d.distance_km.push(km);
    d.is_cancelled.push(cancelled);
  }
  const index = Array.from({ length: flights }, (_, i) => i);
  if (order === 'departure') index.sort((a, b) => (d.sched_dep_min[a] ?? 0) - (d.sched_dep_min[b] ?? 0) || a - b);
  else if (order === 'carrier') index.sort((a, b) => compare(d.carrier[a], d.carrier[b]) || (d.sched_dep_min[a] ?? 0) - (d.sched_dep_min[b] ?? 0) || a - b);
  else index.splice(0, flights, ...rng.shuffle(index));
  const pick = <T,>(values: T[]): T[] => index.map((i) => values[i] as T);
  return {
    sched_dep_min: pick(d.sched_dep_min),
    carrier: pick(d.carrier),
    flight_number: pick(d.flight_number),
    tail_number: pick(d.tail_number),
    origin_airport: pick(d.origin_airport),
    dest_airport: pick(d.dest_airport),
    dep_delay_min: pick(d.dep_delay_min),
    arr_delay_min: pick(d.arr_delay_min),
    taxi_out_min: pick(d.taxi_out_min),
    air_time_min: pick(d.air_time_min),
    distance_km: pick(d.distance_km),
    is_cancelled: pick(d.is_cancelled),
  };
}

const compare = (a: string | undefined, b: string | undefined): number => (a === b ? 0 : (a ?? '') < (b ?? '') ? -1 : 1);

const encoder = new TextEncoder();

/** A Utf8 vector built in one pass (apache-arrow's builder is slow for many short strings). */
function utf8(values: readonly string[]): arrow.Vector<arrow.Utf8> {
  const offsets = new Int32Array(values.length + 1);
  const bytes = encoder.encode(values.join(''));
  let at = 0;
  values.forEach((v, i) => {
    at += v.length; // ASCII only: codes, airports, tail numbers
    offsets[i + 1] = at;
  });
  return arrow.makeVector(arrow.makeData({ type: new arrow.Utf8(), length: values.length, valueOffsets: offsets, data: bytes }));
}

/** An Int32 vector with nulls, built from a validity bitmap. */
function int32(values: ReadonlyArray<number | null>): arrow.Vector<arrow.Int32> {
  const data = new Int32Array(values.length);
  const valid = new Uint8Array(Math.ceil(values.length / 8));
  let nulls = 0;
  values.forEach((v, i) => {
    if (v === null) nulls += 1;
    else {
      data[i] = v;
      valid[i >> 3] = (valid[i >> 3] ?? 0) | (1 << (i & 7));
    }
  });
  return arrow.makeVector(arrow.makeData({ type: new arrow.Int32(), length: values.length, nullCount: nulls, nullBitmap: nulls ? valid : null, data }));
}

export function toArrow(day: DayColumns): arrow.Table {
  return new arrow.Table({
    sched_dep_min: int32(day.sched_dep_min),
    carrier: utf8(day.carrier),
    flight_number: int32(day.flight_number),
    tail_number: utf8(day.tail_number),
    origin_airport: utf8(day.origin_airport),
    dest_airport: utf8(day.dest_airport),
    dep_delay_min: int32(day.dep_delay_min),
    arr_delay_min: int32(day.arr_delay_min),
    taxi_out_min: int32(day.taxi_out_min),
    air_time_min: int32(day.air_time_min),
    distance_km: int32(day.distance_km),
    is_cancelled: arrow.vectorFromArray(day.is_cancelled, new arrow.Bool()),
  });
}

/**
 * Writes a Parquet file with parquet-wasm (Rust's parquet crate): snappy, row groups of at most
 * `rowGroupRows` rows, min/max statistics per column chunk (the writer's default).
 */
export function writeParquet(pq: ParquetModule, table: arrow.Table, rowGroupRows: number): Uint8Array {
  const properties = new pq.WriterPropertiesBuilder()
    .setCompression(pq.Compression.SNAPPY)
    .setMaxRowGroupSize(rowGroupRows)
    .setStatisticsEnabled(pq.EnabledStatistics.Chunk)
    .build();
  return pq.writeParquet(pq.Table.fromIPCStream(arrow.tableToIPC(table, 'stream')), properties);
}

export interface PartitionFile {
  day: number;
  date: string;
  path: string;
  bytes: Uint8Array;
  rows: number;
}

/** The whole table: one file per day, March 1 to 14, each in its own flight_date= folder. */
export function writeDataset(pq: ParquetModule, seed: number, flightsPerDay: number, rowGroupRows: number, order: RowOrder, onFile: (done: number) => void = () => undefined): PartitionFile[] {
  const files: PartitionFile[] = [];
  for (let day = 1; day <= PARTITION_DAYS; day++) {
    const bytes = writeParquet(pq, toArrow(generateDay(seed, day, flightsPerDay, order)), rowGroupRows);
    files.push({ day, date: dateOfDay(day), path: partitionPath(day), bytes, rows: flightsPerDay });
    onFile(day);
  }
  return files;
}
