import { createRng } from '@/lib/random';
import { attemptCommit, changesSince, expireSnapshots } from './commit';
import { CLOCK_START_MS, type LakehouseSnapshotsParams, type LakehouseSnapshotsProgress, type Row } from './model';
import { describeStep, prepare, type Prepared } from './ops';
import type { ParquetModule } from './parquet';
import { readSnapshot, type SnapshotRead } from './reader';
import { summarize, type History } from './summarize';
import { IcebergTable, type Snapshot } from './table';
import type { LakehouseSnapshotsResult, Race } from './types';

export interface ComputeHooks {
  now(): number;
  progress(progress: LakehouseSnapshotsProgress): void;
}

const rowKey = (r: Row) => JSON.stringify(Object.keys(r).sort().map((k) => [k, r[k] ?? null]));
const sameRows = (a: readonly Row[], b: readonly Row[]) => {
  const x = a.map(rowKey).sort();
  const y = b.map(rowKey).sort();
  return x.length === y.length && x.every((k, i) => k === y[i]);
};

/**
 * Runs the script on a fresh Iceberg table held in memory: every write is a real commit (Parquet
 * data files, Avro manifests and manifest list, a new metadata JSON), read back from its bytes at once.
 */
export function runLakehouse(params: LakehouseSnapshotsParams, pq: ParquetModule, hooks: ComputeHooks): LakehouseSnapshotsResult {
  const start = hooks.now();
  const history = writeTable(params, pq, hooks);
  hooks.progress({ done: params.steps.length, total: params.steps.length, phase: 'reading' });
  return summarize(history, pq, hooks.now() - start);
}

/** The script's steps on a fresh table; the table (its object store) and what happened, step by step. */
export function writeTable(params: LakehouseSnapshotsParams, pq: ParquetModule, hooks: ComputeHooks): History {
  const rng = createRng(params.seed);
  const table = new IcebergTable(pq, rng);
  let next = 102; // the chapter's first upload
  const nextId = () => next++;
  const time = (i: number) => CLOCK_START_MS + i * params.minutes * 60_000;
  const history: History = { table, commits: [], versions: [], reads: new Map(), readers: [], races: [], expiries: [], storage: [], notes: [], verifiedRows: 0 };

  const verify = (snapshot: Snapshot) => {
    const read: SnapshotRead = readSnapshot(pq, table.store, table.metadataPath(table.version), snapshot.id);
    const expected = snapshot.files.flatMap((f) => f.rows.map((r) => Object.fromEntries(read.columns.map((c) => [c, r[c] ?? null]))));
    if (!sameRows(read.rows, expected)) throw new Error(`Snapshot ${snapshot.seq} read back from its files does not match what was written.`);
    history.reads.set(snapshot.seq, read);
    history.verifiedRows += read.rows.length;
  };
  const recordVersion = (step: number, change: 'snapshot' | 'schema' | 'expire', ms: number) =>
    history.versions.push({ version: table.version, file: table.metadataPath(table.version), step, change, snapshotSeq: change === 'snapshot' ? (table.current?.seq ?? null) : null, timestampMs: ms });
  const committed = (p: Prepared, ms: number, attempt: ReturnType<typeof attemptCommit>, retried: boolean) => {
    if (attempt.snapshot) {
      history.commits.push({ prepared: p, snapshot: attempt.snapshot, version: table.version, manifestsWritten: attempt.manifestsWritten, manifestsReused: attempt.manifestsReused, retried });
      recordVersion(p.step, 'snapshot', ms);
      verify(attempt.snapshot);
    } else recordVersion(p.step, 'schema', ms);
  };
  const commitNow = (p: Prepared, ms: number) => {
    const attempt = attemptCommit(table, p, table.version, table.current, table.lastSeq, ms, 1);
    if (!attempt.ok) throw new Error('A single writer cannot lose a commit.');
    committed(p, ms, attempt, false);
  };
  const skip = (i: number) => history.notes.push(`Step ${i + 1} (${describeStep(params.steps[i]!)}) matched nothing, so it committed nothing and made no snapshot.`);

  const steps = params.steps;
  let reported = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < steps.length; i++) {
    // At most about five reports a second: each one redraws the status line on the page.
    if (hooks.now() - reported >= 200) {
      hooks.progress({ done: i, total: steps.length, phase: 'writing' });
      reported = hooks.now();
    }
    const step = steps[i]!;
    const ms = time(i);
    if (step.kind === 'reader') {
      const current = table.current;
      if (current) history.readers.push({ step: i, version: table.version, snapshot: current, commitsAtStart: history.commits.length, during: null });
      else history.notes.push(`Step ${i + 1}: the reader found no snapshot yet, so it had nothing to read.`);
    } else if (step.kind === 'expire') {
      const before = new Set(table.snapshots.map((s) => s.seq));
      const { expired, deleted } = expireSnapshots(table, step.keep, ms);
      if (expired.length) recordVersion(i, 'expire', ms);
      history.expiries.push({ step: i, keep: step.keep, expired, deleted, listedBefore: before });
    } else if (step.kind === 'together') {
      const a = prepare(table, steps[i + 1]!, i + 1, nextId, rng);
      const b = prepare(table, steps[i + 2]!, i + 2, nextId, rng);
      const [first, second] = step.winner === 'first' ? [a, b] : [b, a];
      if (!first || !second) {
        for (const p of [first, second]) if (p) commitNow(p, ms);
        for (const [p, at] of [[a, i + 1], [b, i + 2]] as const) if (!p) skip(at);
      } else {
        const baseSeq = table.current?.seq ?? 0;
        commitNow(first, ms);
        history.races.push(race(table, i, baseSeq, first, second, ms + 60_000, committed));
      }
      i += 2;
    } else {
      const p = prepare(table, step, i, nextId, rng);
      if (p) commitNow(p, ms);
      else skip(i);
    }
    for (const r of history.readers) {
      // Mid-query, right after the first commit that lands while it reads: still its own snapshot, from its own metadata.
      if (r.during || history.commits.length === r.commitsAtStart) continue;
      const seen = readSnapshot(pq, table.store, table.metadataPath(r.version), r.snapshot.id).rows.length;
      r.during = { afterStep: i, seen, currentSeq: table.current?.seq ?? 0, currentRows: history.reads.get(table.current?.seq ?? 0)?.rows.length ?? 0 };
    }
    history.storage.push({ step: i, label: `${i + 1}`, ...storageNow(table) });
  }
  return history;
}

function storageNow(table: IcebergTable) {
  let storedBytes = 0;
  let metadataBytes = 0;
  for (const [path, bytes] of table.store) {
    if (path.endsWith('.parquet')) storedBytes += bytes.byteLength;
    else metadataBytes += bytes.byteLength;
  }
  return { currentBytes: (table.current?.files ?? []).reduce((t, f) => t + f.bytes, 0), storedBytes, metadataBytes };
}

/**
 * The loser of two writers that started from the same snapshot: its first swap finds the next
 * metadata version already written; it refreshes, validates what the winner committed against its
 * own write, and either commits again on the new snapshot (reusing its manifest of added files) or gives up.
 */
function race(table: IcebergTable, step: number, baseSeq: number, winner: Prepared, loser: Prepared, ms: number, committed: (p: Prepared, ms: number, a: ReturnType<typeof attemptCommit>, retried: boolean) => void): Race {
  const first = attemptCommit(table, loser, loser.baseVersion, loser.baseSnapshot, loser.baseLastSeq, ms, 1);
  if (first.ok) throw new Error('The second writer should have found the version taken.');
  const conflict = `${table.metadataPath(loser.baseVersion + 1).split('/').pop()} already existed: the other writer committed first, so the table moved from snapshot ${baseSeq} on.`;
  const changes = changesSince(table, loser.baseSnapshot);
  const reason = loser.validate(changes.added, changes.removed);
  const winnerSeq = table.current?.seq ?? 0;
  const base = { step, baseSeq, winner: { step: winner.step, what: winner.what, seq: winnerSeq }, loser: { step: loser.step, what: loser.what }, conflict };
  if (reason) {
    // The job aborts: it deletes what it wrote, so nothing of it is left in the table or the store.
    for (const path of [...first.written, ...loser.added.map((f) => f.path), ...(loser.addedManifest ? [loser.addedManifest] : [])]) table.store.delete(path);
    return { ...base, outcome: 'failed', reason, retrySeq: null, manifestsReused: 0 };
  }
  const second = attemptCommit(table, loser, table.version, table.current, table.lastSeq, ms, 2);
  for (const path of first.written) table.store.delete(path); // the first try's manifest list is cleaned up
  committed(loser, ms, second, true);
  const reused = loser.addedManifest ? 'its manifest of added files unchanged (their sequence numbers are inherited, so only the manifest list is new)' : 'nothing: a schema change is re-applied to the new metadata';
  return { ...base, outcome: 'retried', reason: `No conflict with what the winner changed; the retry reused ${reused}.`, retrySeq: second.snapshot?.seq ?? null, manifestsReused: second.manifestsReused };
}
