import { beforeAll, describe, expect, it } from 'vitest';
import { nodeEnv } from '@/lib/engines/node';
import { runLakehouse } from './compute';
import { defaultLakehouseSnapshotsParams, lakehouseSnapshotsParamsSchema, type LakehouseSnapshotsParams, type Step } from './model';
import type { ParquetModule } from './parquet';
import { snapshotAt } from './asof';

let pq: ParquetModule;
beforeAll(async () => {
  pq = await nodeEnv().engines.parquet();
});
const hooks = { now: () => 0, progress: () => undefined };
const run = (steps: Step[], extra: Partial<LakehouseSnapshotsParams> = {}) => runLakehouse(lakehouseSnapshotsParamsSchema.parse({ ...defaultLakehouseSnapshotsParams, ...extra, steps }), pq, hooks);
const idsOf = (rows: ReadonlyArray<Record<string, unknown>>) => rows.map((r) => r.upload_id);

/** The chapter's walkthrough: two appends of two uploads by user 55, then the delete of upload 105. */
export const chapterSteps: Step[] = [
  { kind: 'append', date: '2025-02-11', rows: 2, user: 55 },
  { kind: 'append', date: '2025-02-11', rows: 2, user: 55 },
  { kind: 'delete', column: 'upload_id', op: '=', value: '105' },
];

describe('the chapter’s three commits (known answer)', () => {
  it('gives snapshots of 2, 4 and 3 rows over files part-0001 … part-0003, with 5 rows stored', () => {
    const r = run(chapterSteps);
    expect(r.snapshots.map((s) => s.totalRows)).toEqual([2, 4, 3]);
    expect(r.snapshots.map((s) => s.operation)).toEqual(['append', 'append', 'overwrite']);
    const names = (files: ReadonlyArray<{ path: string }>) => files.map((f) => f.path.split('/').pop());
    expect(names(r.snapshots[0]!.added)).toEqual(['part-0001.parquet']);
    expect(names(r.snapshots[1]!.added)).toEqual(['part-0002.parquet']);
    expect(names(r.snapshots[2]!.added)).toEqual(['part-0003.parquet']);
    expect(names(r.snapshots[2]!.removed)).toEqual(['part-0002.parquet']);
    expect(r.asOf.map((a) => idsOf(a.rows))).toEqual([
      [102, 103],
      [102, 103, 104, 105],
      [102, 103, 104],
    ]);
    expect(r.asOf[1]!.rows[3]).toEqual({ upload_id: 105, upload_date: '2025-02-11', user_id: 55, file_id: 'f_98a5', object_store_processed: 's3://processed/f_98a5.jpg', object_store_raw: 's3://raw/f_98a5.jpg' });
    // Three data files stay in the store: 2 + 2 + 1 physical rows.
    const data = r.files.filter((f) => f.kind === 'data');
    expect(data.map((f) => f.state)).toEqual(['current', 'history', 'current']);
    expect(r.verified).toEqual({ snapshots: 3, rows: 2 + 4 + 3 });
  });

  it('reads TIMESTAMP AS OF 2025-02-11 18:00 as snapshot 2 (commits at 10:00, 15:00, 20:00)', () => {
    const r = run(chapterSteps);
    expect(r.snapshots.map((s) => new Date(s.timestampMs).toISOString().slice(11, 16))).toEqual(['10:00', '15:00', '20:00']);
    expect(snapshotAt(r.snapshots, Date.UTC(2025, 1, 11, 18))?.seq).toBe(2);
    expect(snapshotAt(r.snapshots, Date.UTC(2025, 1, 11, 9))).toBeNull();
  });
});

describe('readers, expiry and writers at once', () => {
  it('a reader that started on snapshot 2 still sees 4 rows after the delete; expiring snapshot 2 ends that', () => {
    const r = run([...chapterSteps.slice(0, 2), { kind: 'reader' }, chapterSteps[2]!, { kind: 'reader' }, { kind: 'expire', keep: 1 }]);
    expect(r.readers[0]).toMatchObject({ pinnedSeq: 2, ok: false, rowsNow: 3, during: { seen: 4, currentSeq: 3, currentRows: 3 } });
    expect(r.readers[1]).toMatchObject({ pinnedSeq: 3, ok: true, rowsSeen: 3 });
    const e = r.expiries[0]!;
    expect(e.expiredSeqs).toEqual([1, 2]);
    // part-0002 (uploads 104, 105) goes; part-0001 is still in snapshot 3. Two manifest lists and the manifest of part-0002 go too.
    expect(e.deleted).toMatchObject({ dataFiles: 1, manifestLists: 2 });
    expect(e.lostIds).toEqual([105]);
    expect(r.asOf.map((a) => a.readable)).toEqual([false, false, true]);
  });

  it('without expiry the early reader still sees its 4 rows, and upload 105 is among them', () => {
    const r = run([...chapterSteps.slice(0, 2), { kind: 'reader' }, chapterSteps[2]!]);
    expect(r.readers[0]).toMatchObject({ pinnedSeq: 2, ok: true, rowsSeen: 4, rowsNow: 3, goneSince: [105], commitsSince: 1 });
  });

  it('an append racing a delete elsewhere: the loser retries on the new snapshot and both changes land', () => {
    const r = run([chapterSteps[0]!, { kind: 'together', winner: 'first' }, { kind: 'append', date: '2025-02-12', rows: 2, user: 7 }, { kind: 'delete', column: 'upload_id', op: '=', value: '102' }]);
    expect(r.races[0]).toMatchObject({ baseSeq: 1, outcome: 'retried', retrySeq: 3, winner: { seq: 2 } });
    expect(idsOf(r.asOf[2]!.rows)).toEqual([103, 104, 105]);
    expect(r.snapshots[2]!.retried).toBe(true);
  });

  it('an overwrite losing to an append in its partition fails validation and leaves no files behind', () => {
    const r = run([chapterSteps[0]!, { kind: 'together', winner: 'first' }, { kind: 'append', date: '2025-02-11', rows: 1, user: 7 }, { kind: 'overwrite', date: '2025-02-11', rows: 1, user: 8 }]);
    expect(r.races[0]).toMatchObject({ outcome: 'failed', retrySeq: null });
    expect(r.races[0]!.reason).toMatch(/conflicting files in partition 2025-02-11/);
    expect(r.snapshots).toHaveLength(2);
    expect(r.files.filter((f) => f.kind === 'data' && f.state !== 'deleted')).toHaveLength(2);
  });

  it('a delete losing to a delete of the same file fails: the file it meant to replace is gone', () => {
    const r = run([chapterSteps[0]!, { kind: 'together', winner: 'second' }, { kind: 'delete', column: 'upload_id', op: '=', value: '102' }, { kind: 'delete', column: 'upload_id', op: '=', value: '103' }]);
    expect(r.races[0]!.winner.step).toBe(3);
    expect(r.races[0]).toMatchObject({ outcome: 'failed' });
    expect(r.races[0]!.reason).toMatch(/Missing required files to delete: part-0001/);
  });
});

describe('schema change and compaction', () => {
  it('an added column reads as null in old files; compaction keeps the rows and leaves one file per partition', () => {
    const r = run([
      ...chapterSteps.slice(0, 2),
      { kind: 'addColumn', name: 'caption' },
      { kind: 'update', column: 'upload_id', op: '=', value: '104', set: 'caption', to: 'beach' },
      { kind: 'compact' },
    ]);
    expect(r.versions.map((v) => v.change)).toEqual(['snapshot', 'snapshot', 'schema', 'snapshot', 'snapshot']);
    const last = r.asOf[r.asOf.length - 1]!;
    expect(last.columns).toContain('caption');
    expect(last.rows.map((row) => row.caption)).toEqual([null, null, 'beach', null]);
    expect(r.snapshots[3]).toMatchObject({ operation: 'replace', totalFiles: 1, totalRows: 4 });
    // Time travel uses the snapshot's own schema: snapshot 1 has no caption column.
    expect(r.asOf[0]!.columns).not.toContain('caption');
  });

  it('the default script runs, every snapshot verified against its own files', () => {
    const r = run(defaultLakehouseSnapshotsParams.steps);
    expect(r.verified.snapshots).toBe(r.snapshots.length);
    expect(r.races[0]!.outcome).toBe('retried');
    expect(r.expiries[0]!.expiredSeqs.length).toBeGreaterThan(0);
    expect(run(defaultLakehouseSnapshotsParams.steps)).toEqual(r);
  });
});
