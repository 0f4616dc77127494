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
 * a fifth are late by an exponential amount, and day 9 has a storm (more delays and cancellations).
 * Cancelled legs have no delays or air time.
 */
export function generateDay(seed: number, day: number, flights: number, order: RowOrder): DayColumns {
  const rng = createRng(`${seed}:flights:${day}`);
  const storm = day === 9;
  type Leg = { dep: number; carrier: string; flight: number; tail: string; origin: string; dest: string; delay: number | null; arr: number | null; taxi: number | null; air: number | null; km: number; cancelled: boolean };
  const legs: Leg[] = [];
  for (let i = 0; i < flights; i++) {
    const carrier = weighted(rng, CARRIERS, CARRIER_WEIGHT);
    const origin = weighted(rng, AIRPORTS, AIRPORT_WEIGHT);
    let dest: string = weighted(rng, AIRPORTS, AIRPORT_WEIGHT);
    if (dest === origin) dest = AIRPORTS[(AIRPORTS.indexOf(origin) + 1) % AIRPORTS.length] as string;
    const km = rng.int(300, 4_200);
    const cancelled = rng.bernoulli(storm ? 0.08 : 0.015);
    const late = rng.bernoulli(storm ? 0.45 : 0.2);
    const delay = cancelled ? null : late ? Math.round(rng.exponential(1 / 38)) + 1 : Math.round(rng.normal(-3, 4));
    const missing = !cancelled && rng.bernoulli(0.004);
    legs.push({
      dep: rng.int(5 * 60, 23 * 60 + 30),
      carrier,
      flight: rng.int(1, 2_999),
      tail: `N${rng.int(100, 999)}${String.fromCharCode(65 + rng.int(0, 25), 65 + rng.int(0, 25))}`,
      origin,
      dest,
      delay: missing ? null : delay,
      arr: delay === null ? null : delay + rng.int(-12, 8),
      taxi: cancelled ? null : rng.int(6, 35),
      air: cancelled ? null : Math.round(km / 12.5 + rng.int(10, 25)),
      km,
      cancelled,
    });
  }
  if (order === 'departure') legs.sort((a, b) => a.dep - b.dep);
  else if (order === 'carrier') legs.sort((a, b) => (a.carrier < b.carrier ? -1 : a.carrier > b.carrier ? 1 : a.dep - b.dep));
  else {
    const shuffled = rng.shuffle(legs);
    legs.splice(0, legs.length, ...shuffled);
  }
  return {
    sched_dep_min: legs.map((l) => l.dep),
    carrier: legs.map((l) => l.carrier),
    flight_number: legs.map((l) => l.flight),
    tail_number: legs.map((l) => l.tail),
    origin_airport: legs.map((l) => l.origin),
    dest_airport: legs.map((l) => l.dest),
    dep_delay_min: legs.map((l) => l.delay),
    arr_delay_min: legs.map((l) => l.arr),
    taxi_out_min: legs.map((l) => l.taxi),
    air_time_min: legs.map((l) => l.air),
    distance_km: legs.map((l) => l.km),
    is_cancelled: legs.map((l) => l.cancelled),
  };
}

export function toArrow(day: DayColumns): arrow.Table {
  const int = (values: ReadonlyArray<number | null>) => arrow.vectorFromArray(values, new arrow.Int32());
  const text = (values: readonly string[]) => arrow.vectorFromArray(values, new arrow.Utf8());
  return new arrow.Table({
    sched_dep_min: int(day.sched_dep_min),
    carrier: text(day.carrier),
    flight_number: int(day.flight_number),
    tail_number: text(day.tail_number),
    origin_airport: text(day.origin_airport),
    dest_airport: text(day.dest_airport),
    dep_delay_min: int(day.dep_delay_min),
    arr_delay_min: int(day.arr_delay_min),
    taxi_out_min: int(day.taxi_out_min),
    air_time_min: int(day.air_time_min),
    distance_km: int(day.distance_km),
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
