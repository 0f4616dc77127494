import type { CrashPoint, Fault, Mode } from './model';
import type { FaultRecord } from './outcome';

/** One record as a consumer sees it: where it sits in the log, and which message it carries. */
export interface Rec {
  p: number;
  offset: number;
  id: number;
  /** Put back into the topic from the dead-letter queue after the fix. */
  replayed: boolean;
}

/** A step of a consumer's work on one poll: commit offsets (to[p] is the next offset to read), or write one record to the sink. */
export type Op = { kind: 'commit'; to: readonly number[] } | { kind: 'write'; r: Rec };

/**
 * The order of work on one poll's records, per mode. The committed offset is the next record to
 * read, as in Kafka (last processed offset + 1). At most once commits the poll's offsets before
 * writing; at least once, and both effectively-once modes, write first and commit after (in the
 * transactional mode the writes and the offsets commit in one sink transaction). Auto-commit commits,
 * inside a poll and only once its interval has passed, the offsets of the records returned by earlier
 * polls (`before`), then hands the new records to the loop.
 */
export function planBatch(mode: Mode, records: readonly Rec[], autoDue: boolean, before: readonly number[], after: readonly number[]): Op[] {
  const writes: Op[] = records.map((r) => ({ kind: 'write', r }));
  if (mode === 'at-most-once') return [{ kind: 'commit', to: after }, ...writes];
  if (mode === 'auto') return autoDue ? [{ kind: 'commit', to: before }, ...writes] : writes;
  return [...writes, { kind: 'commit', to: after }];
}

/**
 * One poll's records: round-robin over the consumer's partitions, one record from each in turn,
 * from each partition's position, at most `max`. Advances the positions.
 */
export function fetchRecords(logs: ReadonlyArray<readonly Rec[]>, position: number[], partitions: readonly number[], max: number): Rec[] {
  const records: Rec[] = [];
  for (let more = true; more && records.length < max; ) {
    more = false;
    for (const p of partitions) {
      if (records.length >= max) break;
      const r = logs[p]![position[p]!];
      if (r) {
        records.push(r);
        position[p]!++;
        more = true;
      }
    }
  }
  return records;
}

/**
 * Where the reader's faults strike one poll's ops: a crash just before op `crashAt` (ops.length =
 * after the last one), a rebalance taking the partitions before op `evictAt`. Where a mode has no
 * commit on this poll (auto-commit not due), the commit points fall at the start.
 */
export function faultsInBatch(mode: Mode, ops: readonly Op[], plan: readonly Fault[]): { crashAt: number | null; point: CrashPoint | null; evictAt: number | null } {
  const writes = ops.filter((o) => o.kind === 'write').length;
  const firstWrite = ops.findIndex((o) => o.kind === 'write');
  const lastWrite = ops.length - 1 - [...ops].reverse().findIndex((o) => o.kind === 'write');
  const commitAt = ops.findIndex((o) => o.kind === 'commit');
  const crash = plan.find((f) => f.kind === 'crash');
  const point = crash?.kind === 'crash' ? crash.point : null;
  const at: Record<CrashPoint, number> = {
    'before-commit': Math.max(0, commitAt),
    'after-commit': commitAt + 1,
    'before-write': firstWrite,
    'mid-write': firstWrite + Math.ceil(writes / 2),
    'after-write': lastWrite + 1,
  };
  // In auto mode the commit inside poll() belongs to the poll, before the rebalance strikes.
  const evictAt = plan.some((f) => f.kind === 'rebalance') ? (mode === 'auto' ? commitAt + 1 : 0) : null;
  return { crashAt: point ? at[point] : null, point, evictAt };
}

export interface Batch {
  no: number;
  records: Rec[];
  ops: Op[];
  i: number;
  attempts: number;
  crashAt: number | null;
  point: CrashPoint | null;
  /** Op index at which a rebalance takes the partitions away (null: none in this batch). */
  evictAt: number | null;
}

export interface Consumer {
  epoch: number;
  down: boolean;
  /** Finished: its partitions are read and committed to the end, and the producer is done. */
  idle: boolean;
  /** Inside a poll() that found nothing: it returns as soon as a record arrives. */
  waiting: boolean;
  /** Polls in a row that ended with the partitions taken for overrunning the poll interval limit. */
  overruns: number;
  evicted: boolean;
  lastPoll: number;
  lastAutoCommit: number;
  /** Sink writes since this consumer's last successful commit: what a crash now would write again. */
  inFlight: number;
  batch: Batch | null;
}


/** What a crash or a lost partition leaves behind, read off the consumer's state at that moment. */
export function faultRecord(
  mode: Mode,
  kind: FaultRecord['kind'],
  c: Consumer,
  at: { consumer: number; partitions: number[]; atMs: number; aborted: number; lastBatch: number },
): FaultRecord {
  const b = c.batch;
  const writesLeft = b ? b.ops.slice(b.i).filter((o) => o.kind === 'write').length : 0;
  const commitDone = b ? b.ops.slice(0, b.i).some((o) => o.kind === 'commit') : false;
  return {
    batch: b?.no ?? at.lastBatch,
    atMs: at.atMs,
    consumer: at.consumer,
    partitions: at.partitions,
    kind,
    point: kind === 'crash' ? (b?.point ?? null) : null,
    records: b?.records.length ?? 0,
    // Written since the last commit: read and written again. In the transactional mode they were never visible.
    inFlight: mode === 'transactional' ? 0 : c.inFlight,
    // At most once: committed before they were written, so nobody reads them again.
    atRisk: mode === 'at-most-once' && commitDone && kind === 'crash' ? writesLeft : 0,
    aborted: at.aborted,
  };
}
