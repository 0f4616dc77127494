import type { SqlEngine } from '@/lib/engines/sql';
import { generateTrips, TRIP_COLUMNS, type Hidden } from './generate';
import { sqlText, type CodebookTrapParams, type CodebookTrapProgress, type CodebookTrapResult, type Question, type RowsTable } from './model';
import { BY_PAYMENT_SQL, BY_RATE_SQL, CREATE_TRIPS_SQL, QUESTION_SQL, rowsTable, runReaderQuery, SAMPLE_SQL, timed, TIP_BINS, TIP_HISTOGRAM_SQL } from './queries';

export interface ComputeHooks {
  now(): number;
  progress(progress: CodebookTrapProgress): void;
}

/** What only the generator knows, per question: every tip given (cash ones too), and the standard fares behind each 99. */
export function truths(h: Hidden): Record<Question['id'], number> {
  return {
    'avg-tip': h.paying > 0 ? h.tipSum / h.paying : 0,
    'share-tipping': h.paying > 0 ? (100 * h.tippers) / h.paying : 0,
    'standard-fare': h.standardTrips > 0 ? h.standardFareSum / h.standardTrips : 0,
  };
}

/** Asks each question of a `trips` table both ways, on DuckDB. */
export function askQuestions(db: SqlEngine, truth: Record<Question['id'], number>, now: () => number): Question[] {
  return (Object.keys(QUESTION_SQL) as Question['id'][]).map((id) => ({
    id,
    naive: timed(db, QUESTION_SQL[id].naive, now),
    codebook: timed(db, QUESTION_SQL[id].codebook, now),
    truth: truth[id],
  }));
}

/** Dates arrive from DuckDB as milliseconds: shown as the timestamps they are. */
function withTimes(table: RowsTable): RowsTable {
  const timeColumns = new Set(['tpep_pickup_datetime', 'tpep_dropoff_datetime']);
  return {
    columns: table.columns,
    rows: table.rows.map((r) => r.map((v, i) => (timeColumns.has(table.columns[i]!) && typeof v === 'number' ? new Date(v).toISOString().slice(0, 19).replace('T', ' ') : v))),
  };
}

/**
 * Generates the month's trips from the seed, loads them into a clean in-memory DuckDB, and asks
 * each question naively and as the dictionary says, plus the reader's own query.
 */
export async function runCodebookTrap(params: CodebookTrapParams, openDuckDB: () => Promise<SqlEngine>, hooks: ComputeHooks): Promise<CodebookTrapResult> {
  hooks.progress({ phase: 'generating', fraction: 0 });
  const t0 = hooks.now();
  const { columns, hidden } = generateTrips(params, (fraction) => hooks.progress({ phase: 'generating', fraction }));
  const generateMs = hooks.now() - t0;

  hooks.progress({ phase: 'loading', fraction: 0 });
  const db = await openDuckDB();
  try {
    const t1 = hooks.now();
    db.load('raw_trips', TRIP_COLUMNS, columns);
    db.exec(CREATE_TRIPS_SQL);
    const loadMs = hooks.now() - t1;

    hooks.progress({ phase: 'querying', fraction: 0 });
    const questions = askQuestions(db, truths(hidden), hooks.now);
    hooks.progress({ phase: 'querying', fraction: 0.5 });
    const histogram = db.query(TIP_HISTOGRAM_SQL);
    const tipHistogram = Array.from({ length: TIP_BINS }, (_, bin) => {
      const row = histogram.find((r) => r.bin === bin);
      return { bin: bin === TIP_BINS - 1 ? `$${bin}+` : `$${bin}–${bin + 1}`, card: Number(row?.card ?? 0), cash: Number(row?.cash ?? 0) };
    });
    const result: CodebookTrapResult = {
      trips: params.trips,
      duckdbVersion: db.version,
      generateMs,
      loadMs,
      paymentCounts: hidden.paymentCounts,
      rateCounts: hidden.rateCounts,
      hiddenRates: hidden.hiddenRates,
      questions,
      byPayment: rowsTable(db.query(BY_PAYMENT_SQL)),
      byRate: rowsTable(db.query(BY_RATE_SQL)),
      tipHistogram,
      sample: withTimes(rowsTable(db.query(SAMPLE_SQL))),
      reader: runReaderQuery(db, sqlText(params.sql), hooks.now),
    };
    hooks.progress({ phase: 'querying', fraction: 1 });
    return result;
  } finally {
    db.close();
  }
}
