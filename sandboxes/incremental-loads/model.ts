import { z } from 'zod';
import { scriptSchema } from '@/lib/sandbox/params';

export const SANDBOX_ID = 'incremental-loads';
export const RESULTS_VERSION = 1;

export const MAX_DAYS = 30;
export const MAX_PER_DAY = 1_000;
export const MAX_STEPS = 60;
/** Minutes in a day: every time in this sandbox is a whole minute counted from day 1, 00:00. */
export const DAY = 1_440;

/** The five ways of copying the source, in the order the results list them. */
export const strategies = ['full', 'gt', 'ge', 'overlap', 'lookback'] as const;
export type StrategyId = (typeof strategies)[number];
export const strategyLabel: Record<StrategyId, string> = {
  full: 'Full reload',
  gt: 'Watermark, updated_at > W',
  ge: 'Watermark, updated_at ≥ W',
  overlap: 'Watermark − margin',
  lookback: 'Lookback on created_at',
};

const whole = (what: string, min: number, max: number, minText?: string, maxText?: string) =>
  z
    .number({ error: `Enter ${what} as a whole number.` })
    .int(`Enter ${what} as a whole number.`)
    .min(min, minText ?? `${what[0]!.toUpperCase()}${what.slice(1)} is at least ${min}.`)
    .max(max, maxText ?? `${what[0]!.toUpperCase()}${what.slice(1)} is at most ${max.toLocaleString('en-US')}.`);

const day = whole('the day', 1, MAX_DAYS, 'Days are numbered from 1.', `Days go up to ${MAX_DAYS}.`);
const rows = whole('the number of rows', 1, MAX_PER_DAY, 'A step changes at least 1 row.', `A step changes at most ${MAX_PER_DAY.toLocaleString('en-US')} rows.`);

/** A time of day as HH:MM (24-hour clock), as a time input gives it. */
const clockTime = z.string({ error: 'Enter a time as HH:MM.' }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Enter a time of day as HH:MM, from 00:00 to 23:59.');

/**
 * One step of the reader's script: what happens to the source on one day, on top of the daily
 * background of inserts and updates. Steps with a random time of day draw it from the seed.
 */
export const changeSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('insert'), day, rows }),
    z.object({ kind: z.literal('update'), day, rows, age: whole('the age in days', 0, MAX_DAYS, 'An age cannot be negative.', `An age is at most ${MAX_DAYS} days.`) }),
    z.object({ kind: z.literal('batch'), day, at: clockTime, rows, delay: whole('the commit delay', 0, 2 * DAY, 'A delay cannot be negative.', 'A delay is at most 2,880 minutes (two days).') }),
    z.object({ kind: z.literal('softDelete'), day, rows }),
    z.object({ kind: z.literal('hardDelete'), day, rows }),
    z.object({ kind: z.literal('skew'), day, minutes: whole('the clock offset', -720, 720, 'A clock is at most 720 minutes behind.', 'A clock is at most 720 minutes ahead.') }),
  ],
  { error: 'A step is an insert, update, batch, soft delete, hard delete or clock offset.' },
);
export type Change = z.infer<typeof changeSchema>;
export type ChangeKind = Change['kind'];
/** The version of the steps' shape, carried with the script in links. */
export const CHANGES_VERSION = 1;

export const incrementalLoadsParamsSchema = z
  .object({
    days: whole('the number of days', 2, MAX_DAYS, 'Run at least 2 days, so there is something to load incrementally.', `At most ${MAX_DAYS} days.`),
    inserts: whole('the inserts per day', 0, MAX_PER_DAY, 'Inserts per day cannot be negative.', `At most ${MAX_PER_DAY.toLocaleString('en-US')} inserts a day.`),
    updates: whole('the updates per day', 0, MAX_PER_DAY, 'Updates per day cannot be negative.', `At most ${MAX_PER_DAY.toLocaleString('en-US')} updates a day.`),
    changeDays: whole('the days a row keeps changing', 1, MAX_DAYS, 'Rows change for at least 1 day after they are created.', `At most ${MAX_DAYS} days.`),
    margin: whole('the margin in minutes', 0, 2 * DAY, 'A margin cannot be negative.', 'A margin is at most 2,880 minutes (two days).'),
    lookback: whole('the lookback in days', 0, MAX_DAYS, 'A lookback cannot be negative (0 re-reads nothing).', `A lookback is at most ${MAX_DAYS} days.`),
    changes: scriptSchema(changeSchema, { max: MAX_STEPS, what: 'steps' }),
    seed: whole('the seed', 0, 4_294_967_295, 'The seed is 0 or more.', 'The seed is at most 4,294,967,295.'),
  })
  .superRefine((p, context) => {
    p.changes.forEach((step, index) => {
      if (step.day > p.days) context.addIssue({ code: 'custom', path: ['changes', index], message: `Day ${step.day} is after the run’s last day (${p.days}).` });
    });
  });
export type IncrementalLoadsParams = z.infer<typeof incrementalLoadsParamsSchema>;

/** The chapter's story in one script: ties at the watermark, a late commit, a skewed clock, old rows edited, deletes. */
export const defaultChanges: Change[] = [
  { kind: 'batch', day: 3, at: '23:59', rows: 20, delay: 0 },
  { kind: 'batch', day: 3, at: '23:59', rows: 5, delay: 2 },
  { kind: 'batch', day: 5, at: '23:30', rows: 8, delay: 45 },
  { kind: 'skew', day: 7, minutes: -90 },
  { kind: 'skew', day: 9, minutes: 0 },
  { kind: 'update', day: 10, rows: 15, age: 9 },
  { kind: 'softDelete', day: 11, rows: 10 },
  { kind: 'hardDelete', day: 12, rows: 6 },
];

export const defaultIncrementalLoadsParams: IncrementalLoadsParams = {
  days: 14,
  inserts: 200,
  updates: 60,
  changeDays: 7,
  margin: 60,
  lookback: 7,
  changes: defaultChanges,
  seed: 42,
};

/** How the copy of one strategy stands against the source after one day's load. */
export interface StrategyDay {
  /** Rows the load's query returned from the source: its cost. */
  read: number;
  /** Of those, rows the copy already held in that very version: duplicates the merge by key absorbs. */
  alreadyHeld: number;
  /** The lower bound the query used (minutes), or null when it read everything. */
  from: number | null;
  /** Live source rows the copy does not hold at all. */
  missing: number;
  /** Live source rows the copy holds in an older version (a missed update). */
  stale: number;
  /** Rows soft-deleted in the source that the copy still shows as live. */
  softKept: number;
  /** Rows gone from the source that the copy still shows as live. */
  hardKept: number;
}

export interface DayChanges {
  inserts: number;
  updates: number;
  softDeletes: number;
  hardDeletes: number;
  /** Changes stamped before this day's load but committed after it. */
  lateCommits: number;
  /** Changes whose updated_at came from a clock that was off. */
  skewed: number;
}

export interface DayResult {
  day: number;
  /** The moment of the load: the end of the day, in minutes. */
  at: number;
  changes: DayChanges;
  /** Rows in the source table at the load, soft-deleted ones included. */
  sourceRows: number;
  liveRows: number;
  byStrategy: Record<StrategyId, StrategyDay>;
}

export type Problem = 'missing' | 'stale' | 'softKept' | 'hardKept';

/** One row a copy has wrong after the last load, with what the source's log says about its last change. */
export interface WrongRow {
  id: number;
  problem: Problem;
  createdAt: number;
  /** The source's updated_at for the version the copy lacks (for hardKept: the last one the source had). */
  updatedAt: number;
  /** When that change became visible (committed). */
  committedAt: number;
  /** Minutes the writer's clock was off when it stamped that change. */
  skew: number;
  /** The version the copy holds, or null. */
  heldVersion: number | null;
  version: number;
}

export interface StrategySummary {
  strategy: StrategyId;
  totalRead: number;
  totalAlreadyHeld: number;
  /** Rows wrong after the last load: missing + stale + soft and hard deletes kept. */
  wrongAtEnd: number;
  /** The first day after whose load the copy had any row wrong, or null. */
  firstWrongDay: number | null;
  /** Up to 8 rows wrong after the last load, and how many more there are. */
  examples: WrongRow[];
  moreExamples: number;
  /** The source query as the last load ran it. */
  lastQuery: string;
}

export interface IncrementalLoadsResult {
  days: DayResult[];
  summaries: StrategySummary[];
  /** Updates and deletes that found no row to change (say, an update of rows older than any row). */
  skippedChanges: number;
  engines: { sqlite: string; duckdb: string };
}

export interface IncrementalLoadsProgress {
  day: number;
  days: number;
}
