import type { RetryStat } from './backoff';
import type { Reconciliation } from './ledger';
import type { CrashPoint, Mode } from './model';

/** A crash, or a consumer losing its partitions, as it happened in the run. */
export interface FaultRecord {
  /** The numbered poll it struck (polls that returned records, across the group). */
  batch: number;
  atMs: number;
  /** 1-based, like the partitions. */
  consumer: number;
  partitions: number[];
  /** crash: the reader's; rebalance: the reader's (the partitions move mid-batch); overran: the batch outlasted the poll interval limit. */
  kind: 'crash' | 'rebalance' | 'overran';
  point: CrashPoint | null;
  records: number;
  /** Records written to the sink since the consumer's last commit: they will be read and written again. */
  inFlight: number;
  /** At most once: records whose offsets were committed but that were not written yet; nobody will read them again. */
  atRisk: number;
  /** Writes of an open sink transaction rolled back (transactional mode). */
  aborted: number;
}

export interface LagPoint {
  t: number;
  /** Messages in the topic past the committed offsets: what the bounded buffer counts. */
  lag: number;
  produced: number;
  rows: number;
  dlq: number;
}

export interface SimOutcome {
  mode: Mode;
  reconciliation: Reconciliation;
  extraFromReplay: number;
  faults: FaultRecord[];
  /** Crashes and rebalances set for polls the run never reached. */
  unreached: number;
  lag: LagPoint[];
  retries: RetryStat[];
  producer: { plannedEndMs: number; endMs: number; blockedMs: number; dropped: number };
  replay: { atMs: number; records: number } | null;
  dlqAtEnd: number;
  finishedMs: number;
  batches: number;
  events: number;
  sinkRows: number;
}
