import { z } from 'zod';

export const SANDBOX_ID = 'query-plans';
/** Bump it when a result or the params change shape, so old runs are not compared with new ones. */
export const RESULTS_VERSION = 1;

/** The table spans these 14 days, one Hive-style folder each: flight_date=2026-03-01 … 2026-03-14. */
export const PARTITION_DAYS = 14;
/** The date range the query asks for starts on March 2 (the chapter's week starts there). */
export const FIRST_QUERY_DAY = 2;
/** Airlines in the data, in alphabetical order; the filter keeps the first `airlines` of them. */
export const CARRIERS = ['AA', 'AS', 'B6', 'DL', 'F9', 'NK', 'UA', 'WN'] as const;

export const rowOrders = ['carrier', 'departure', 'random'] as const;
export type RowOrder = (typeof rowOrders)[number];
export const rowOrderLabels: Record<RowOrder, string> = {
  carrier: 'Sorted by airline',
  departure: 'By departure time',
  random: 'Random order',
};
/** The order as a phrase: "the rows in …". */
export const rowOrderPhrase: Record<RowOrder, string> = {
  carrier: 'airline order (clustered on the filter column)',
  departure: 'departure-time order (as the flights happen)',
  random: 'random order',
};

const whole = (what: string) => z.number({ error: `Enter a whole number of ${what}.` }).int(`Enter a whole number of ${what}.`);

/** Every setting, with the message the reader sees beside its control when a value is refused. */
export const queryPlansParamsSchema = z.object({
  flightsPerDay: whole('flights').min(200, 'Use at least 200 flights a day.').max(40_000, 'At most 40,000 flights a day (560,000 in all).'),
  rowGroupRows: whole('rows').min(100, 'A row group holds at least 100 rows.').max(40_000, 'At most 40,000 rows per row group.'),
  days: whole('days')
    .min(1, 'The range covers at least 1 day.')
    .max(PARTITION_DAYS - FIRST_QUERY_DAY + 1, `The range starts on March ${FIRST_QUERY_DAY} and the data ends on March ${PARTITION_DAYS}: at most ${PARTITION_DAYS - FIRST_QUERY_DAY + 1} days.`),
  airlines: whole('airlines').min(1, 'Keep at least 1 airline.').max(CARRIERS.length, `There are ${CARRIERS.length} airlines.`),
  order: z.enum(rowOrders, { error: 'Choose one of the row orders.' }),
  partitionPruning: z.boolean(),
  statsPruning: z.boolean(),
  columnPruning: z.boolean(),
  repeats: whole('timed runs').min(1, 'Time each plan at least once.').max(9, 'At most 9 timed runs per plan.'),
  seed: z
    .number({ error: 'Enter a whole number as the seed.' })
    .int('Enter a whole number as the seed.')
    .min(0, 'The seed is 0 or more.')
    .max(4_294_967_295, 'The seed fits in 32 bits (at most 4,294,967,295).'),
});
export type QueryPlansParams = z.infer<typeof queryPlansParamsSchema>;

export const defaultQueryPlansParams: QueryPlansParams = {
  flightsPerDay: 4_000,
  rowGroupRows: 500,
  days: 7,
  airlines: 2,
  order: 'carrier',
  partitionPruning: true,
  statsPruning: true,
  columnPruning: true,
  repeats: 3,
  seed: 42,
};

/** Which of the three pushdowns a plan uses. */
export interface Pushdown {
  partitions: boolean;
  stats: boolean;
  columns: boolean;
}

export interface QueryPlansProgress {
  step: 'writing' | 'scanning' | 'duckdb';
  done: number;
  total: number;
}

/** One output row of the query: an origin airport, its flights with a delay and their mean delay. */
export interface GroupRow {
  origin: string;
  flights: number;
  /** Sum of delay minutes (whole minutes, so sums are exact and every plan agrees to the bit). */
  delaySum: number;
  meanDelay: number | null;
}

/** What one plan read and how long it took. */
export interface PlanRun {
  name: string;
  pushdown: Pushdown;
  bytesRead: number;
  requests: number;
  filesRead: number;
  filesSkipped: number;
  rowGroupsRead: number;
  /** Row groups skipped by their min/max statistics (in files that were opened). */
  rowGroupsSkippedByStats: number;
  /** Row groups never seen because their file was pruned by its folder name. */
  rowGroupsInSkippedFiles: number;
  columnsRead: number;
  rowsDecoded: number;
  rowsMatched: number;
  /** Median over the timed runs, and every run. */
  ms: number;
  runsMs: number[];
  /** The query's answer from this plan equals the no-pushdown plan's, row for row. */
  sameAnswer: boolean;
}

export interface FileInfo {
  path: string;
  date: string;
  bytes: number;
  rowGroups: number;
  /** Row groups whose carrier min/max could contain a kept airline. */
  groupsMatchingCarrier: number;
}

/** One file's row groups as the reader's plan met them, bucketed so a chart can draw them. */
export interface LayoutRow {
  date: string;
  /** The file was skipped by its folder's date. */
  pruned: boolean;
  /** Per cell, the share of its row groups that were read (the rest were skipped by statistics). */
  cells: number[];
}
/** At most this many cells per file in the layout map. */
export const MAX_LAYOUT_CELLS = 40;

export interface QueryPlansResult {
  sql: string;
  rows: number;
  columnsInFile: number;
  neededColumns: string[];
  totalBytes: number;
  totalRowGroups: number;
  files: FileInfo[];
  /** Share of the rows in the date range that pass the airline and cancelled filters. */
  matchShare: number;
  /** Plans: no pushdown, each pushdown alone, all three, and the reader's choice (if different). */
  plans: PlanRun[];
  /** Index in `plans` of the reader's own choice. */
  chosen: number;
  /** Which row groups the reader's plan read, file by file. */
  layout: { groupsPerCell: number; rows: LayoutRow[] };
  /** The answer (from the no-pushdown plan), best-first by mean delay, at most 20 rows; `moreGroups` counts the rest. */
  answer: GroupRow[];
  moreGroups: number;
  duckdb: {
    version: string;
    plan: string;
    loadMs: number;
    queryMs: number;
    /** DuckDB's answer equals the plans' answer (same airports, counts, means). */
    agrees: boolean;
    mismatch: string | null;
  };
}
