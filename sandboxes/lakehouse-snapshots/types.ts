import type { Row } from './model';

/** What the sandbox returns: everything on screen is in here, computed by one run in the worker. */
export interface FileRef {
  path: string;
  rows: number;
  bytes: number;
  /** The upload_date partition. */
  partition: string;
}

export type Operation = 'append' | 'overwrite' | 'delete' | 'replace';

export interface SnapshotRow {
  /** The sequence number, 1, 2, 3 … (also the order of commits). */
  seq: number;
  id: number;
  parentId: number | null;
  operation: Operation;
  /** The script step that made it (0-based), and what it did in words. */
  step: number;
  what: string;
  timestampMs: number;
  added: FileRef[];
  removed: FileRef[];
  addedRows: number;
  deletedRows: number;
  totalRows: number;
  totalFiles: number;
  totalBytes: number;
  /** Metadata files written for it: manifests (new, reused) and the manifest list. */
  manifestsWritten: number;
  manifestsReused: number;
  manifestList: string;
  metadataFile: string;
  schemaId: number;
  /** Expired by a later step: its files may be gone and time travel to it fails. */
  expiredAtStep: number | null;
  /** Committed on a retry after another writer won. */
  retried: boolean;
}

export interface MetadataVersion {
  version: number;
  file: string;
  step: number;
  /** What this version changed: a new snapshot, a schema, or the snapshot list (expiry). */
  change: 'snapshot' | 'schema' | 'expire';
  snapshotSeq: number | null;
  timestampMs: number;
}

export interface AsOf {
  seq: number;
  columns: string[];
  readable: boolean;
  /** Why a read of it fails now (expired, files gone). */
  error: string | null;
  /** As read back from its files when it was committed (sorted by upload_id), the first ROWS_SHOWN. */
  rows: Row[];
  rowCount: number;
  files: string[];
}

export interface ReaderRun {
  step: number;
  /** The snapshot current when the reader loaded the table. */
  pinnedSeq: number;
  /** Commits made after it started, while it was still reading. */
  commitsSince: number;
  /** Its read right after the first later commit (step 0-based), beside the new current snapshot; null when nothing was committed after it. */
  during: { afterStep: number; seen: number; currentSeq: number; currentRows: number } | null;
  /** Its read at the end of the script. */
  ok: boolean;
  error: string | null;
  rowsSeen: number;
  rowsNow: number;
  /** upload_ids it sees that the current table no longer has, and the reverse. */
  goneSince: number[];
  newSince: number[];
}

export interface Race {
  step: number;
  baseSeq: number;
  winner: { step: number; what: string; seq: number };
  loser: { step: number; what: string };
  /** The loser's first try failed (the metadata version it tried to write already existed). */
  conflict: string;
  outcome: 'retried' | 'failed';
  /** Why the retry was refused (Iceberg's validation), or what the retry reused. */
  reason: string;
  retrySeq: number | null;
  manifestsReused: number;
}

export interface Expiry {
  step: number;
  keep: number;
  expiredSeqs: number[];
  deleted: { dataFiles: number; manifests: number; manifestLists: number; bytes: number };
  deletedFiles: string[];
  /** upload_ids readable before this step by time travel and now in no snapshot at all. */
  lostIds: number[];
}

export type FileState = 'current' | 'history' | 'deleted' | 'metadata';
export interface StoredFile {
  path: string;
  kind: 'data' | 'manifest' | 'manifest list' | 'metadata' | 'pointer';
  bytes: number;
  state: FileState;
}

export interface StoragePoint {
  step: number;
  label: string;
  /** Bytes of data files the current snapshot reads, and of all data files still in the store. */
  currentBytes: number;
  storedBytes: number;
  metadataBytes: number;
}

export interface LakehouseSnapshotsResult {
  snapshots: SnapshotRow[];
  versions: MetadataVersion[];
  asOf: AsOf[];
  readers: ReaderRun[];
  races: Race[];
  expiries: Expiry[];
  /** The object store's files, the first 120 of `filesTotal`. */
  files: StoredFile[];
  filesTotal: number;
  storage: StoragePoint[];
  /** Snapshot log of the final metadata: when each (still listed) snapshot became current. */
  snapshotLog: Array<{ seq: number; timestampMs: number }>;
  /** Every commit was read back from its own files and matched what the writer meant to write. */
  verified: { snapshots: number; rows: number };
  currentSeq: number;
  currentRows: number;
  finalVersion: number;
  notes: string[];
  ms: number;
}
