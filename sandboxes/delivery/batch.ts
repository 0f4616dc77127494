import type { Mode } from './model';

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
