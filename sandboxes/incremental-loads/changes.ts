import { createRng, type Rng } from '@/lib/random';
import { DAY, type Change, type IncrementalLoadsParams } from './model';

/**
 * One change to the source as the application's writers make it. Times are whole minutes from
 * day 1, 00:00. `time` is when the writer made the change, `stamp` what it wrote into
 * created_at / updated_at (its own clock, off by `skew`), and `commit` when the change became
 * visible to readers (a transaction left open, or a batch committed late, makes it later than `time`).
 */
export interface Op {
  kind: 'insert' | 'update' | 'softDelete' | 'hardDelete';
  id: number;
  time: number;
  stamp: number;
  commit: number;
  skew: number;
}

/** A change before its row is chosen: updates and deletes pick a row as they commit. */
interface Intent {
  kind: Op['kind'];
  time: number;
  commit: number;
  skew: number;
  /** For inserts, the row's id (assigned in order of time); 0 until then. */
  id: number;
  /** Updates: the row must have been created in [time - maxAge, time - minAge] (minutes). */
  minAge: number;
  maxAge: number;
  seq: number;
}

/** Parses "HH:MM" into minutes after midnight. */
export function minuteOfDay(at: string): number {
  const [h, m] = at.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** The offset of writer B's clock at each moment, from the script's clock steps (a later step on the same day wins). */
function skewAt(changes: readonly Change[]): (time: number) => number {
  const steps = changes.flatMap((c, i) => (c.kind === 'skew' ? [{ from: (c.day - 1) * DAY, minutes: c.minutes, i }] : [])).sort((a, b) => a.from - b.from || a.i - b.i);
  return (time) => {
    let offset = 0;
    for (const s of steps) if (s.from <= time) offset = s.minutes;
    return offset;
  };
}

/** Every change the run will make, in the order the writers make them, from the background rates and the script. */
function plan(params: IncrementalLoadsParams, rng: Rng): Intent[] {
  const intents: Intent[] = [];
  const offset = skewAt(params.changes);
  const anytime = (day: number) => (day - 1) * DAY + rng.int(0, DAY - 1);
  // Half the random changes go through writer B, whose clock the script may set off.
  const add = (kind: Op['kind'], time: number, extra: Partial<Intent> = {}) => {
    const skew = rng.bernoulli(0.5) ? offset(time) : 0;
    intents.push({ kind, time, commit: time, skew, id: 0, minAge: 0, maxAge: Number.POSITIVE_INFINITY, seq: intents.length, ...extra });
  };
  for (let day = 1; day <= params.days; day++) {
    for (let i = 0; i < params.inserts; i++) add('insert', anytime(day));
    for (let i = 0; i < params.updates; i++) add('update', anytime(day), { maxAge: params.changeDays * DAY });
    for (const step of params.changes) {
      if (step.day !== day) continue;
      if (step.kind === 'insert') for (let i = 0; i < step.rows; i++) add('insert', anytime(day));
      if (step.kind === 'update') for (let i = 0; i < step.rows; i++) add('update', anytime(day), { minAge: step.age * DAY });
      if (step.kind === 'softDelete') for (let i = 0; i < step.rows; i++) add('softDelete', anytime(day));
      if (step.kind === 'hardDelete') for (let i = 0; i < step.rows; i++) add('hardDelete', anytime(day));
      if (step.kind === 'batch') {
        const time = (day - 1) * DAY + minuteOfDay(step.at);
        for (let i = 0; i < step.rows; i++) intents.push({ kind: 'insert', time, commit: time + step.delay, skew: 0, id: 0, minAge: 0, maxAge: 0, seq: intents.length });
      }
    }
  }
  // Rows get their ids in the order they were created, as a sequence hands them out.
  const inserts = intents.filter((i) => i.kind === 'insert').sort((a, b) => a.time - b.time || a.seq - b.seq);
  inserts.forEach((intent, index) => (intent.id = index + 1));
  return intents.sort((a, b) => a.commit - b.commit || a.time - b.time || a.seq - b.seq);
}

/** A row's state as the changes commit (Uint8Array values; 0 = its insert has not committed yet). */
const State = { Live: 1, SoftDeleted: 2, HardDeleted: 3 } as const;

/**
 * Turns the plan into concrete changes, in commit order: an update or delete picks one live row
 * (one whose insert has committed and that is not deleted) that meets its age rule, at random.
 * Returns the changes and how many found no such row.
 */
export function resolve(intents: readonly Intent[], rng: Rng): { ops: Op[]; skipped: number } {
  const insertTimes = intents.filter((i) => i.kind === 'insert').sort((a, b) => a.id - b.id).map((i) => i.time);
  const state = new Uint8Array(insertTimes.length + 1);
  // The first id created at or after `time` (ids are in order of creation time).
  const firstAtOrAfter = (time: number) => {
    let lo = 0;
    let hi = insertTimes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (insertTimes[mid]! < time) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };
  const pick = (lo: number, hi: number): number => {
    if (hi < lo) return 0;
    for (let tries = 0; tries < 24; tries++) {
      const id = rng.int(lo, hi);
      if (state[id] === State.Live) return id;
    }
    const live: number[] = [];
    for (let id = lo; id <= hi; id++) if (state[id] === State.Live) live.push(id);
    return live.length ? rng.pick(live) : 0;
  };
  const ops: Op[] = [];
  let skipped = 0;
  for (const intent of intents) {
    const base = { time: intent.time, stamp: intent.time + intent.skew, commit: intent.commit, skew: intent.skew };
    if (intent.kind === 'insert') {
      state[intent.id] = State.Live;
      ops.push({ kind: 'insert', id: intent.id, ...base });
      continue;
    }
    const lo = Number.isFinite(intent.maxAge) ? firstAtOrAfter(intent.time - intent.maxAge) : 1;
    const hi = firstAtOrAfter(intent.time - intent.minAge + 1) - 1;
    const id = pick(lo, hi);
    if (id === 0) {
      skipped++;
      continue;
    }
    if (intent.kind === 'softDelete') state[id] = State.SoftDeleted;
    if (intent.kind === 'hardDelete') state[id] = State.HardDeleted;
    ops.push({ kind: intent.kind, id, ...base });
  }
  return { ops, skipped };
}

/** The run's changes from its settings: the same settings and seed give the same changes. */
export function generateOps(params: IncrementalLoadsParams): { ops: Op[]; skipped: number } {
  const rng = createRng(params.seed);
  return resolve(plan(params, rng), rng);
}
