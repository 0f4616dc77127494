import { z } from 'zod';

export const SANDBOX_ID = 'cdc-asof';
/** Bump it when a result or the params change shape, so old runs are not compared with new ones. */
export const RESULTS_VERSION = 1;

const whole = (what: string) => z.number({ error: `Enter a whole number of ${what}.` }).int(`Enter a whole number of ${what}.`);

export const INEQUALITIES = ['>=', '>'] as const;
export type Inequality = (typeof INEQUALITIES)[number];

/** Every setting, with the message the reader sees beside its control when a value is refused. */
export const cdcAsofParamsSchema = z
  .object({
    ordersPerDay: whole('orders').min(50, 'Use at least 50 orders a day.').max(2_000, 'At most 2,000 orders a day.'),
    days: whole('days').min(4, 'Use at least 4 days, so some can be kept for the later test period.').max(60, 'At most 60 days.'),
    /** Days whose anchors train the models; the days after them are the later period both are scored on. */
    trainDays: whole('days').min(1, 'Train on at least 1 day.').max(59, 'At most 59 training days.'),
    /** The anchor: this many minutes after the order was placed. */
    anchorMinutes: whole('minutes').min(0, 'The anchor cannot come before the order exists (0 or more minutes).').max(120, 'At most 120 minutes after placement.'),
    inequality: z.enum(INEQUALITIES, { error: 'Choose >= or >.' }),
    /** Share of change events the consumer receives twice (an at-least-once redelivery). */
    duplicatePercent: whole('percent').min(0, 'Duplicates cannot be below 0%.').max(100, 'At most 100% (every event twice).'),
    /** Share of change events that arrive after some later events (a retried batch). */
    latePercent: whole('percent').min(0, 'Late events cannot be below 0%.').max(50, 'At most 50% late events.'),
    /** Share of cancelled orders a cleanup job deletes a day later (a delete event, op d). */
    purgePercent: whole('percent').min(0, 'Purged orders cannot be below 0%.').max(100, 'At most 100% of cancelled orders.'),
    seed: whole('seed').min(0, 'The seed is 0 or more.').max(4_294_967_295, 'The seed fits in 32 bits (at most 4,294,967,295).'),
  })
  .superRefine((p, ctx) => {
    if (p.trainDays >= p.days)
      ctx.addIssue({ code: 'custom', path: ['trainDays'], message: `Keep at least one later day to score on: with ${p.days} days, train on at most ${p.days - 1}.` });
    if (p.ordersPerDay * p.days > 60_000)
      ctx.addIssue({ code: 'custom', path: ['days'], message: `Orders a day × days must stay within 60,000: at ${p.ordersPerDay} a day, use at most ${Math.floor(60_000 / p.ordersPerDay)} days.` });
  });
export type CdcAsofParams = z.infer<typeof cdcAsofParamsSchema>;

export const defaultCdcAsofParams: CdcAsofParams = {
  ordersPerDay: 300,
  days: 14,
  trainDays: 10,
  anchorMinutes: 0,
  inequality: '>=',
  duplicatePercent: 10,
  latePercent: 10,
  purgePercent: 30,
  seed: 7,
};

export const STATUSES = ['placed', 'accepted', 'picked_up', 'delivered', 'cancelled'] as const;
export type Status = (typeof STATUSES)[number];

/** One row of the application's `orders` table; times are seconds from the start of day 0. */
export interface OrderRow {
  order_id: number;
  status: Status;
  restaurant_id: number;
  distance_km: number;
  items: number;
  placed_at: number;
  accepted_at: number | null;
  courier_id: number | null;
  reassignments: number;
  picked_up_at: number | null;
  delivered_at: number | null;
  cancelled_at: number | null;
}

export type Op = 'c' | 'u' | 'd';

/** A change event in the shape of Debezium's envelope, flattened: source.lsn and source.ts_ms (commit time, here in seconds). */
export interface ChangeEvent {
  op: Op;
  before: OrderRow | null;
  after: OrderRow | null;
  /** source.lsn: the position in the database's log; strictly increasing with commit order. */
  lsn: number;
  /** source.ts_ms: when the database committed the change (seconds from the start of day 0 here). */
  commitS: number;
  orderId: number;
}

export const FEATURES = ['distance_km', 'items', 'peak_hour', 'accepted', 'courier_assigned', 'reassignments', 'picked_up'] as const;
export type Feature = (typeof FEATURES)[number];
export const FEATURE_LABEL: Record<Feature, string> = {
  distance_km: 'distance (km)',
  items: 'items',
  peak_hour: 'placed 18–21 h',
  accepted: 'accepted',
  courier_assigned: 'courier assigned',
  reassignments: 'reassignments',
  picked_up: 'picked up',
};

export interface ReplayOutcome {
  /** Events that changed the table. */
  applied: number;
  /** Events skipped because the row already held that log position (a duplicate). */
  duplicates: number;
  /** Events skipped because the row already held a later position (arrived out of order). */
  stale: number;
  /** Rows that differ from the table replayed in log order without faults (missing, extra or different). */
  mismatches: number;
  examples: Array<{ orderId: number; truth: string; replayed: string }>;
}

export interface LeakCell {
  asof: number | null;
  naive: number | null;
  /** Seconds after the anchor at which the naive value was committed; null when it equals the as-of value. */
  futureBy: number | null;
}

export interface SampleRow {
  orderId: number;
  anchorS: number;
  /** Log position of the as-of row DuckDB matched, null when none. */
  asofLsn: number | null;
  asofStatus: string | null;
  finalStatus: string | null;
  cancelled: boolean;
  cells: Record<Feature, LeakCell>;
}

export type ModelId = 'asof' | 'naive';
export interface Score {
  model: ModelId;
  /** The later period's rows the model was scored on: as of each anchor (what serving sees) or the final rows. */
  rows: 'asof' | 'naive';
  n: number;
  auc: number;
  logLoss: number;
  meanPredicted: number;
  actualRate: number;
  /** Rows the model gives a cancellation chance of one half or more. */
  flagged: number;
  /** Of the flagged rows, those that were cancelled. */
  flaggedRight: number;
}

export interface FittedModel {
  model: ModelId;
  trainRows: number;
  positiveRate: number;
  /** Weights on standardised features, in FEATURES order. */
  weights: number[];
  intercept: number;
  iterations: number;
}

export interface CdcAsofResult {
  orders: number;
  events: { total: number; byOp: Record<Op, number>; delivered: number; duplicates: number; late: number };
  /** A few events for one order, as Debezium-style JSON. */
  sampleEvents: string[];
  replay: { guarded: ReplayOutcome; lastWriteWins: ReplayOutcome; tableRows: number; tombstones: number; duckdbCurrentRows: number };
  anchors: { total: number; finishedBefore: number; noAsofRow: number; naiveMissing: number; train: number; test: number; asofMatchesJs: boolean; asofChecked: number };
  leaks: Array<{ feature: Feature; rows: number; share: number }>;
  leakedRows: number;
  sample: SampleRow[];
  models: FittedModel[];
  scores: Score[];
  sql: { history: string; asof: string; naive: string };
  duckdbVersion: string;
  ms: { generate: number; duckdb: number; models: number; total: number };
}

export interface CdcAsofProgress {
  step: string;
  fraction: number;
}
