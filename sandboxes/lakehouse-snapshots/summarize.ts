import { ROWS_SHOWN, type Row } from './model';
import type { Prepared } from './ops';
import type { ParquetModule } from './parquet';
import { readSnapshot, type SnapshotRead } from './reader';
import type { DataFile, IcebergTable, Snapshot } from './table';
import type { AsOf, Expiry, FileRef, LakehouseSnapshotsResult, MetadataVersion, Race, ReaderRun, SnapshotRow, StoragePoint, StoredFile } from './types';

/** What the run recorded as it went, turned into the result by `summarize`. */
export interface History {
  table: IcebergTable;
  commits: Array<{ prepared: Prepared; snapshot: Snapshot; version: number; manifestsWritten: number; manifestsReused: number; retried: boolean }>;
  versions: MetadataVersion[];
  /** Each snapshot as read back from its files right after its commit. */
  reads: Map<number, SnapshotRead>;
  readers: Array<{ step: number; version: number; snapshot: Snapshot; commitsAtStart: number; during: ReaderRun['during'] }>;
  races: Race[];
  expiries: Array<{ step: number; keep: number; expired: Snapshot[]; deleted: string[]; listedBefore: Set<number> }>;
  storage: StoragePoint[];
  notes: string[];
  verifiedRows: number;
}

const MAX_FILES_LISTED = 120;
const fileRef = (f: DataFile): FileRef => ({ path: f.path, rows: f.rows.length, bytes: f.bytes, partition: f.date });
const ids = (rows: readonly Row[]) => new Set(rows.map((r) => Number(r.upload_id)));
const byId = (a: Row, b: Row) => Number(a.upload_id) - Number(b.upload_id);

function kindOf(path: string): StoredFile['kind'] {
  if (path.endsWith('.parquet')) return 'data';
  if (path.endsWith('.metadata.json')) return 'metadata';
  if (path.endsWith('version-hint.text')) return 'pointer';
  return path.split('/').pop()!.startsWith('snap-') ? 'manifest list' : 'manifest';
}

export function summarize(h: History, pq: ParquetModule, ms: number): LakehouseSnapshotsResult {
  const { table } = h;
  const currentMetadata = table.metadataPath(table.version);
  const expiredAt = new Map<number, number>();
  for (const e of h.expiries) for (const s of e.expired) expiredAt.set(s.seq, e.step);

  const snapshots: SnapshotRow[] = h.commits.map(({ prepared: p, snapshot: s, version, manifestsWritten, manifestsReused, retried }) => ({
    seq: s.seq,
    id: s.id,
    parentId: s.parentId,
    operation: s.operation,
    step: p.step,
    what: p.what,
    timestampMs: s.timestampMs,
    added: p.added.map(fileRef),
    removed: p.removed.map(fileRef),
    addedRows: p.added.reduce((t, f) => t + f.rows.length, 0),
    deletedRows: p.removed.reduce((t, f) => t + f.rows.length, 0),
    totalRows: s.files.reduce((t, f) => t + f.rows.length, 0),
    totalFiles: s.files.length,
    totalBytes: s.files.reduce((t, f) => t + f.bytes, 0),
    manifestsWritten,
    manifestsReused,
    manifestList: s.manifestList,
    metadataFile: table.metadataPath(version),
    schemaId: s.schemaId,
    expiredAtStep: expiredAt.get(s.seq) ?? null,
    retried,
  }));

  const asOf: AsOf[] = h.commits.map(({ snapshot: s }) => {
    const read = h.reads.get(s.seq)!;
    let error: string | null = null;
    try {
      readSnapshot(pq, table.store, currentMetadata, s.id, false);
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    return { seq: s.seq, columns: read.columns, readable: error === null, error, rows: [...read.rows].sort(byId).slice(0, ROWS_SHOWN), rowCount: read.rows.length, files: read.files };
  });

  const currentRows = table.current ? readSnapshot(pq, table.store, currentMetadata).rows : [];
  const readers: ReaderRun[] = h.readers.map((r) => {
    let seen: Row[] = [];
    let error: string | null = null;
    try {
      // A reader keeps the metadata it loaded; it does not see later commits until it refreshes.
      seen = readSnapshot(pq, table.store, table.metadataPath(r.version), r.snapshot.id).rows;
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    const seenIds = ids(seen);
    const nowIds = ids(currentRows);
    return {
      step: r.step,
      pinnedSeq: r.snapshot.seq,
      commitsSince: h.commits.length - r.commitsAtStart,
      during: r.during,
      ok: error === null,
      error,
      rowsSeen: seen.length,
      rowsNow: currentRows.length,
      goneSince: [...seenIds].filter((id) => !nowIds.has(id)).sort((a, b) => a - b).slice(0, ROWS_SHOWN),
      newSince: [...nowIds].filter((id) => !seenIds.has(id)).sort((a, b) => a - b).slice(0, ROWS_SHOWN),
    };
  });

  const expiries: Expiry[] = h.expiries.map((e) => {
    const retainedIds = new Set<number>();
    for (const [seq, read] of h.reads) if (e.listedBefore.has(seq) && !e.expired.some((s) => s.seq === seq)) for (const id of ids(read.rows)) retainedIds.add(id);
    const lost = new Set<number>();
    for (const s of e.expired) for (const id of ids(h.reads.get(s.seq)?.rows ?? [])) if (!retainedIds.has(id)) lost.add(id);
    const kinds = e.deleted.map(kindOf);
    return {
      step: e.step,
      keep: e.keep,
      expiredSeqs: e.expired.map((s) => s.seq),
      deleted: {
        dataFiles: kinds.filter((k) => k === 'data').length,
        manifests: kinds.filter((k) => k === 'manifest').length,
        manifestLists: kinds.filter((k) => k === 'manifest list').length,
        bytes: e.deleted.reduce((t, p) => t + (table.written.get(p) ?? 0), 0),
      },
      deletedFiles: e.deleted.slice(0, MAX_FILES_LISTED),
      lostIds: [...lost].sort((a, b) => a - b),
    };
  });

  const current = table.current;
  const currentPaths = new Set<string>([...(current?.files.map((f) => f.path) ?? []), ...(current?.manifests.map((m) => m.path) ?? []), current?.manifestList ?? '']);
  const files: StoredFile[] = [...table.written].map(([path, bytes]) => {
    const kind = kindOf(path);
    const state = !table.store.has(path) ? 'deleted' : kind === 'metadata' || kind === 'pointer' ? 'metadata' : currentPaths.has(path) ? 'current' : 'history';
    return { path: path.replace('s3://lake/uploads/', ''), kind, bytes, state };
  });

  return {
    snapshots,
    versions: h.versions,
    asOf,
    readers,
    races: h.races,
    expiries,
    files: files.slice(0, MAX_FILES_LISTED),
    filesTotal: files.length,
    storage: h.storage,
    snapshotLog: table.snapshotLog.map((e) => ({ seq: table.snapshots.find((s) => s.id === e['snapshot-id'])!.seq, timestampMs: e['timestamp-ms'] })),
    verified: { snapshots: h.reads.size, rows: h.verifiedRows },
    currentSeq: current?.seq ?? 0,
    currentRows: currentRows.length,
    finalVersion: table.version,
    notes: h.notes,
    ms,
  };
}
