import type { Row, SqlEngine } from '@/lib/engines/sql';
import type { Cell, Question, RanQuery, RowsTable } from './model';

/**
 * The SQL the sandbox runs on DuckDB, each question asked twice: as a reader who skipped the
 * dictionary would ask it, and as the dictionary says it must be asked.
 */
export const QUESTION_SQL: Record<Question['id'], { naive: string; codebook: string }> = {
  'avg-tip': {
    naive: 'SELECT avg(tip_amount) AS answer FROM trips',
    // tip_amount is recorded for credit-card tips only: cash tips never appear, so only payment_type 1 observes a tip.
    codebook: 'SELECT avg(tip_amount) AS answer FROM trips WHERE payment_type = 1',
  },
  'share-tipping': {
    naive: 'SELECT 100 * avg(CASE WHEN tip_amount > 0 THEN 1 ELSE 0 END) AS answer FROM trips',
    codebook: 'SELECT 100 * avg(CASE WHEN tip_amount > 0 THEN 1 ELSE 0 END) AS answer FROM trips WHERE payment_type = 1',
  },
  'standard-fare': {
    naive: 'SELECT avg(fare_amount) AS answer FROM trips',
    // fare_amount is the meter's time-and-distance fare only under the standard rate (RatecodeID 1); 99 means the rate is unknown; payment_type 6 is a voided trip.
    codebook: 'SELECT avg(fare_amount) AS answer FROM trips WHERE RatecodeID = 1 AND payment_type <> 6',
  },
};

export const BY_PAYMENT_SQL = `SELECT payment_type, count(*) AS trips,
  round(avg(tip_amount), 2) AS avg_tip,
  round(100 * avg(CASE WHEN tip_amount > 0 THEN 1 ELSE 0 END), 1) AS pct_with_tip,
  round(avg(fare_amount), 2) AS avg_fare
FROM trips GROUP BY payment_type ORDER BY payment_type`;

export const BY_RATE_SQL = `SELECT RatecodeID, count(*) AS trips,
  round(avg(trip_distance), 2) AS avg_miles,
  round(avg(fare_amount), 2) AS avg_fare,
  round(min(fare_amount), 2) AS min_fare,
  round(max(fare_amount), 2) AS max_fare
FROM trips GROUP BY RatecodeID ORDER BY RatecodeID`;

export const TIP_BINS = 16;
/** Recorded tips of card and cash trips in $1 bins, the last one open-ended. */
export const TIP_HISTOGRAM_SQL = `SELECT least(CAST(floor(tip_amount) AS INTEGER), ${TIP_BINS - 1}) AS bin,
  count(*) FILTER (WHERE payment_type = 1) AS card,
  count(*) FILTER (WHERE payment_type = 2) AS cash
FROM trips WHERE payment_type IN (1, 2) GROUP BY bin ORDER BY bin`;

export const SAMPLE_SQL = 'SELECT * FROM trips ORDER BY tpep_pickup_datetime LIMIT 8';

/**
 * The trips table as the dictionary names its columns, times as TIMESTAMP (loaded as seconds since the
 * epoch). A view, not a copy: DuckDB converts the times only for the queries that read them.
 */
export const CREATE_TRIPS_SQL = `CREATE VIEW trips AS SELECT
  VendorID,
  make_timestamp(CAST(pickup_s AS BIGINT) * 1000000) AS tpep_pickup_datetime,
  make_timestamp(CAST(dropoff_s AS BIGINT) * 1000000) AS tpep_dropoff_datetime,
  passenger_count, trip_distance, RatecodeID, store_and_fwd_flag, PULocationID, DOLocationID, payment_type,
  fare_amount, extra, mta_tax, tip_amount, tolls_amount, improvement_surcharge, total_amount, congestion_surcharge, airport_fee
FROM raw_trips`;

/** The reader's query sees at most this many rows. */
export const READER_ROWS = 20;

const cell = (v: Row[string] | undefined): Cell => (v === undefined ? null : v);

export function rowsTable(rows: readonly Row[]): RowsTable {
  const columns = rows.length > 0 ? Object.keys(rows[0]!) : [];
  return { columns, rows: rows.map((r) => columns.map((c) => cell(r[c]))) };
}

export function timed(db: SqlEngine, sql: string, now: () => number): RanQuery {
  const t0 = now();
  const [row] = db.query(sql);
  const raw = row?.answer;
  return { sql, value: typeof raw === 'number' ? raw : null, ms: now() - t0 };
}

/** Runs the reader's SELECT inside a LIMIT, so it can neither change the table nor return a million rows; DuckDB's message on error. */
export function runReaderQuery(db: SqlEngine, sql: string, now: () => number) {
  const body = sql.trim().replace(/;\s*$/, '');
  const t0 = now();
  try {
    const rows = db.query(`SELECT * FROM (\n${body}\n) AS your_query LIMIT ${READER_ROWS + 1}`);
    return { sql, table: rowsTable(rows.slice(0, READER_ROWS)), more: rows.length > READER_ROWS, error: null, ms: now() - t0 };
  } catch (error) {
    return { sql, table: null, more: false, error: error instanceof Error ? error.message : String(error), ms: now() - t0 };
  }
}
