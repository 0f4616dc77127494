import { z } from 'zod';
import { scriptSchema } from '@/lib/sandbox/params';

export const SANDBOX_ID = 'quality-gates';
/** Bump it when a result or the params change shape, so old runs are not compared with new ones. */
export const RESULTS_VERSION = 1;

export const MAX_DAYS = 60;
/** Good days already in the table before day 1: the history the row-count and shift checks compare with. */
export const WARMUP_DAYS = 7;

export const faultKinds = ['empty', 'rename', 'duplicate', 'late', 'unit', 'nulls', 'borough', 'agency'] as const;
export type FaultKind = (typeof faultKinds)[number];
export const faultLabel: Record<FaultKind, string> = {
  empty: 'Empty pull',
  rename: 'Renamed column',
  duplicate: 'Duplicated batch',
  late: 'Late data',
  unit: 'Unit change',
  nulls: 'Burst of nulls',
  borough: 'Borough spelled differently',
  agency: 'New agency code',
};
/** What each fault does to the day's pull, in a phrase. */
export const faultWhat: Record<FaultKind, string> = {
  empty: '200 OK, zero rows',
  rename: 'complaint_type arrives as problem_type',
  duplicate: 'a retried load writes the batch twice',
  late: 'requests from 17:00 on come a day late',
  unit: 'hours_to_close arrives in minutes',
  nulls: 'complaint_type null from 09:00 to 12:59',
  borough: '“Brooklyn” for “BROOKLYN”',
  agency: 'DSNY arrives as SANIT',
};

export const ingestResponses = ['fail', 'warn', 'quarantine'] as const;
export type Response = (typeof ingestResponses)[number];
export const useResponses = ['fail', 'warn'] as const;
export type UseResponse = (typeof useResponses)[number];
export const publishModes = ['wap', 'in-place'] as const;
export type PublishMode = (typeof publishModes)[number];

const wholeDay = z.number({ error: 'Name the day by its number.' }).int('Name the day by its number.').min(1, 'Days are numbered from 1.').max(MAX_DAYS, `There are at most ${MAX_DAYS} days.`);

/** One step of the fault script: on `day`, this fault hits the pull. */
export const faultSchema = z.object({ kind: z.enum(faultKinds, { error: 'Choose one of the listed faults.' }), day: wholeDay });
export type Fault = z.infer<typeof faultSchema>;
/** The version of a fault step's shape, carried with the script in links. */
export const FAULTS_VERSION = 1;

export const qualityGatesParamsSchema = z
  .object({
    days: z.number({ error: 'Enter a whole number of days.' }).int('Enter a whole number of days.').min(3, 'Run at least 3 days.').max(MAX_DAYS, `At most ${MAX_DAYS} days.`),
    rows: z
      .number({ error: 'Enter a whole number of requests.' })
      .int('Enter a whole number of requests.')
      .min(200, 'Use at least 200 requests a day: fewer make every day look like a shift.')
      .max(20_000, 'At most 20,000 requests a day.'),
    faults: scriptSchema(faultSchema, { max: 40, what: 'faults' }),
    ingest: z.enum(ingestResponses, { error: 'Choose fail, warn or quarantine.' }),
    transform: z.enum(ingestResponses, { error: 'Choose fail, warn or quarantine.' }),
    use: z.enum(useResponses, { error: 'Choose fail or warn.' }),
    publish: z.enum(publishModes, { error: 'Choose write-audit-publish or write in place.' }),
    shift: z
      .number({ error: 'Enter a share between 0.01 and 1.' })
      .min(0.01, 'A threshold below 0.01 flags ordinary day-to-day noise.')
      .max(1, 'The distance between two distributions is at most 1.'),
    seed: z.number({ error: 'Enter a whole number as the seed.' }).int('Enter a whole number as the seed.').min(0, 'The seed is 0 or more.').max(4_294_967_295, 'The seed fits in 32 bits (at most 4,294,967,295).'),
  })
  .superRefine((p, context) => {
    p.faults.forEach((fault, step) => {
      if (fault.day > p.days) context.addIssue({ code: 'custom', path: ['faults', step], message: `Step ${step + 1}: there is no day ${fault.day}; this run has days 1 to ${p.days}.` });
    });
  });
export type QualityGatesParams = z.infer<typeof qualityGatesParamsSchema>;

export const defaultQualityGatesParams: QualityGatesParams = {
  days: 14,
  rows: 1_000,
  faults: [
    { kind: 'rename', day: 3 },
    { kind: 'duplicate', day: 5 },
    { kind: 'late', day: 8 },
    { kind: 'unit', day: 10 },
    { kind: 'nulls', day: 12 },
    { kind: 'empty', day: 13 },
  ],
  ingest: 'fail',
  transform: 'fail',
  use: 'fail',
  publish: 'wap',
  shift: 0.1,
  seed: 42,
};

export type Gate = 'ingest' | 'transform' | 'use';
export const gateLabel: Record<Gate, string> = { ingest: 'Ingestion', transform: 'After the transform', use: 'At use' };
export type CheckId =
  | 'schema'
  | 'row_count'
  | 'freshness'
  | 'unique'
  | 'not_null'
  | 'accepted_values'
  | 'relationships'
  | 'partition'
  | 'shift_mix'
  | 'shift_hours';
export const checkGate: Record<CheckId, Gate> = {
  schema: 'ingest',
  row_count: 'ingest',
  freshness: 'ingest',
  unique: 'transform',
  not_null: 'transform',
  accepted_values: 'transform',
  relationships: 'transform',
  partition: 'use',
  shift_mix: 'use',
  shift_hours: 'use',
};

export interface CheckOutcome {
  check: CheckId;
  passed: boolean;
  /** Failing rows for a row-level test; for the others 0 or 1. */
  failing: number;
  /** What it measured, in words: "2,113 rows against a median of 2,050". */
  detail: string;
}

/** What a gate did with its checks today. `skipped`: an earlier gate stopped the run. */
export type GateOutcome = 'pass' | 'fail' | 'warn' | 'quarantine' | 'skipped';

/** What readers of the published table see for the day: the day itself (right, partial or wrong), or an older version. */
export type ReaderState = 'fresh' | 'partial' | 'broken' | 'stale';

export interface DayCompare {
  /** Rows of the day's truth missing from the table. */
  missing: number;
  /** Rows beyond one per request (second copies). */
  extra: number;
  /** Rows whose values differ from the source's truth. */
  wrong: number;
  rows: number;
}

export const metricIds = ['requests', 'meanHours', 'noiseShare', 'brooklynShare'] as const;
export type MetricId = (typeof metricIds)[number];
export const metricLabel: Record<MetricId, string> = {
  requests: 'Requests (joined to agencies)',
  meanHours: 'Mean hours to close',
  noiseShare: 'Share of noise complaints',
  brooklynShare: 'Share in Brooklyn',
};
export type Metrics = Record<MetricId, number | null>;

export interface DayResult {
  day: number;
  /** ISO date of the day, for labels. */
  date: string;
  faults: FaultKind[];
  /** Days rebuilt at the start of this run (their cause fixed overnight). */
  backfilled: number[];
  pulled: number;
  checks: CheckOutcome[];
  gates: Record<Gate, GateOutcome>;
  /** The first check whose failure stopped the run or set rows aside; null if nothing did. */
  stoppedBy: CheckId | null;
  quarantined: number;
  /** True when this run wrote the day's rows into the published table. */
  published: boolean;
  /** What readers of the table see after the run. */
  readers: ReaderState;
  /** The newest day with rows in the table after the run. */
  latestDay: number;
  compare: DayCompare;
  /** The consumer's metrics for the day, or null when the use gate held them (or there was nothing to read). */
  reported: Metrics | null;
  truth: Metrics;
  /** Relative errors of the reported metrics against the truth (null where either is missing). */
  errors: Metrics;
  /** On a fault day: the errors had every gate only warned (the consumer reads the faulty rows as they are). */
  slipped: Metrics | null;
}

export interface WorstError {
  metric: MetricId;
  error: number;
}

export interface FaultSummary {
  day: number;
  kind: FaultKind;
  /** Every check that failed that day, in gate order. */
  caughtBy: CheckId[];
  stoppedBy: CheckId | null;
  readers: ReaderState;
  /** The largest reported metric error that day, or null when nothing was reported. */
  worst: WorstError | null;
  /** The same, had every gate only warned: what the fault costs when it slips through. */
  slipped: WorstError | null;
  /** The same day's rows in the table at the end of the run. */
  final: DayCompare;
}

export interface SqlShown {
  check: CheckId;
  sql: string;
}

export interface QualityGatesResult {
  days: DayResult[];
  faults: FaultSummary[];
  /** The day rows in the table at the end of the run compared with the truth, day by day. */
  final: DayCompare[];
  quarantineRows: number;
  /** The tests' SQL, as run on the last day. */
  sql: SqlShown[];
  engineVersion: string;
  ms: number;
}

export interface QualityGatesProgress {
  day: number;
  days: number;
}
