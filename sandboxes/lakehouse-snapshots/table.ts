import type { Rng } from '@/lib/random';
import { entryType, manifestEntrySchema, manifestFileSchema, manifestFileType, writeContainer, type Bounds, type ManifestEntry, type ManifestFile } from './avro';
import { TABLE_LOCATION, type Row } from './model';
import { dateToDays, writeDataFile, type IcebergSchema, type ParquetModule } from './parquet';
import type { Operation } from './types';
import { Buffer } from 'buffer';

/** A data file the table knows: where it is, its partition, its rows (as written) and its size. */
export interface DataFile {
  path: string;
  date: string;
  rows: Row[];
  bytes: number;
  /** The data sequence number it was committed with (set at commit). */
  seq: number;
  addedBy: number;
}
/** A manifest as the table keeps it: its file, its live entries and the list entry that points to it. */
export interface Manifest {
  path: string;
  live: DataFile[];
  hasDeleted: boolean;
  addedSnapshotId: number;
  listEntry: ManifestFile;
}
export interface Snapshot {
  id: number;
  parentId: number | null;
  seq: number;
  timestampMs: number;
  manifestList: string;
  manifests: Manifest[];
  operation: Operation;
  summary: Record<string, string>;
  schemaId: number;
  files: DataFile[];
}

/** The in-memory object store: every file the table ever wrote, until expiry deletes it. */
export type Store = Map<string, Uint8Array>;

export const PARTITION_SPEC = [{ name: 'upload_date', transform: 'identity', 'source-id': 2, 'field-id': 1000 }];

export function baseSchema(): IcebergSchema {
  return {
    type: 'struct',
    'schema-id': 0,
    fields: [
      { id: 1, name: 'upload_id', required: true, type: 'long' },
      { id: 2, name: 'upload_date', required: true, type: 'date' },
      { id: 3, name: 'user_id', required: true, type: 'long' },
      { id: 4, name: 'file_id', required: true, type: 'string' },
      { id: 5, name: 'object_store_processed', required: false, type: 'string' },
      { id: 6, name: 'object_store_raw', required: false, type: 'string' },
    ],
  };
}

// Iceberg's single-value serialisation for bounds: little-endian 8-byte longs and 4-byte ints (dates as days).
// A DataView, not Buffer's BigInt methods: the browser's Buffer polyfill lacks them.
const longBytes = (n: number) => {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigInt64(0, BigInt(n), true);
  return Buffer.from(view.buffer);
};
const intBytes = (n: number) => {
  const view = new DataView(new ArrayBuffer(4));
  view.setInt32(0, n, true);
  return Buffer.from(view.buffer);
};

/** Column metrics Iceberg keeps per data file: value and null counts, and bounds on the id, date and user columns. */
function metrics(file: DataFile, schema: IcebergSchema) {
  const values = (name: string) => file.rows.map((r) => r[name] ?? null);
  const counts = schema.fields.map((f) => ({ key: f.id, value: file.rows.length }));
  const nulls = schema.fields.map((f) => ({ key: f.id, value: values(f.name).filter((v) => v === null).length }));
  const lower: Bounds = [];
  const upper: Bounds = [];
  for (const [id, name] of [[1, 'upload_id'], [3, 'user_id']] as const) {
    const nums = values(name).map(Number);
    lower.push({ key: id, value: longBytes(Math.min(...nums)) });
    upper.push({ key: id, value: longBytes(Math.max(...nums)) });
  }
  lower.push({ key: 2, value: intBytes(dateToDays(file.date)) });
  upper.push({ key: 2, value: intBytes(dateToDays(file.date)) });
  return { value_counts: counts, null_value_counts: nulls, lower_bounds: lower, upper_bounds: upper };
}

export class IcebergTable {
  readonly store: Store = new Map();
  /** Every file ever written and its size, including those deleted since. */
  readonly written = new Map<string, number>();
  schemas: IcebergSchema[] = [baseSchema()];
  currentSchemaId = 0;
  lastColumnId = 6;
  lastSeq = 0;
  version = 0;
  snapshots: Snapshot[] = [];
  currentId: number | null = null;
  snapshotLog: Array<{ 'timestamp-ms': number; 'snapshot-id': number }> = [];
  metadataLog: Array<{ 'timestamp-ms': number; 'metadata-file': string }> = [];
  private fileCounter = 0;
  private readonly uuid: string;

  constructor(
    private readonly pq: ParquetModule,
    private readonly rng: Rng,
  ) {
    this.uuid = this.hex(8) + '-' + this.hex(4) + '-4' + this.hex(3) + '-a' + this.hex(3) + '-' + this.hex(12);
  }

  put(path: string, bytes: Uint8Array) {
    this.store.set(path, bytes);
    this.written.set(path, bytes.byteLength);
  }

  hex(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += this.rng.int(0, 15).toString(16);
    return s;
  }
  newSnapshotId(): number {
    return this.rng.int(1, 2 ** 21 - 1) * 2 ** 32 + this.rng.nextUint32();
  }
  get schema(): IcebergSchema {
    return this.schemas.find((s) => s['schema-id'] === this.currentSchemaId)!;
  }
  get current(): Snapshot | null {
    return this.snapshots.find((s) => s.id === this.currentId) ?? null;
  }

  /** Writes one Parquet data file in its partition's folder (a file is never written twice). */
  writeData(date: string, rows: Row[], schema: IcebergSchema): DataFile {
    this.fileCounter += 1;
    const path = `${TABLE_LOCATION}/data/upload_date=${date}/part-${String(this.fileCounter).padStart(4, '0')}.parquet`;
    const bytes = writeDataFile(this.pq, schema, rows);
    this.put(path, bytes);
    return { path, date, rows, bytes: bytes.byteLength, seq: 0, addedBy: 0 };
  }

  /** Writes a manifest: entries for the given files with a status each; ADDED entries leave their sequence numbers null (inherited). */
  writeManifest(snapshotId: number, entries: Array<{ file: DataFile; status: 0 | 1 | 2 }>, schema: IcebergSchema): string {
    const path = `${TABLE_LOCATION}/metadata/${this.hex(8)}-${this.hex(4)}-m0.avro`;
    const records: ManifestEntry[] = entries.map(({ file, status }) => ({
      status,
      snapshot_id: status === 0 ? file.addedBy : snapshotId,
      sequence_number: status === 1 ? null : file.seq,
      file_sequence_number: status === 1 ? null : file.seq,
      data_file: { content: 0, file_path: file.path, file_format: 'PARQUET', partition: { upload_date: dateToDays(file.date) }, record_count: file.rows.length, file_size_in_bytes: file.bytes, ...metrics(file, schema) },
    }));
    const meta = { schema: JSON.stringify(schema), 'schema-id': String(schema['schema-id']), 'partition-spec': JSON.stringify(PARTITION_SPEC), 'partition-spec-id': '0', 'format-version': '2', content: 'data' };
    this.put(path, writeContainer(entryType, manifestEntrySchema, records, meta, this.syncMarker()));
    return path;
  }

  writeManifestList(snapshot: { id: number; parentId: number | null; seq: number }, manifests: ManifestFile[], attempt: number): string {
    const path = `${TABLE_LOCATION}/metadata/snap-${snapshot.id}-${attempt}-${this.hex(8)}.avro`;
    const meta = { 'snapshot-id': String(snapshot.id), 'parent-snapshot-id': String(snapshot.parentId ?? 'null'), 'sequence-number': String(snapshot.seq), 'format-version': '2' };
    this.put(path, writeContainer(manifestFileType, manifestFileSchema, manifests, meta, this.syncMarker()));
    return path;
  }

  private syncMarker(): Uint8Array {
    return Uint8Array.from({ length: 16 }, () => this.rng.int(0, 255));
  }

  /** The table metadata JSON (format v2) as of now: the one file a catalog points to. */
  metadataJson(timestampMs: number): object {
    const current = this.current;
    return {
      'format-version': 2,
      'table-uuid': this.uuid,
      location: TABLE_LOCATION,
      'last-sequence-number': this.lastSeq,
      'last-updated-ms': timestampMs,
      'last-column-id': this.lastColumnId,
      'current-schema-id': this.currentSchemaId,
      schemas: this.schemas,
      'default-spec-id': 0,
      'partition-specs': [{ 'spec-id': 0, fields: PARTITION_SPEC }],
      'last-partition-id': 1000,
      'default-sort-order-id': 0,
      'sort-orders': [{ 'order-id': 0, fields: [] }],
      properties: { 'write.delete.mode': 'copy-on-write', 'write.update.mode': 'copy-on-write', 'write.delete.isolation-level': 'serializable' },
      ...(current ? { 'current-snapshot-id': current.id, refs: { main: { 'snapshot-id': current.id, type: 'branch' } } } : {}),
      snapshots: this.snapshots.map((s) => ({
        'snapshot-id': s.id,
        ...(s.parentId !== null ? { 'parent-snapshot-id': s.parentId } : {}),
        'sequence-number': s.seq,
        'timestamp-ms': s.timestampMs,
        'manifest-list': s.manifestList,
        summary: { operation: s.operation, ...s.summary },
        'schema-id': s.schemaId,
      })),
      'snapshot-log': this.snapshotLog,
      'metadata-log': this.metadataLog,
    };
  }

  metadataPath(version: number): string {
    return `${TABLE_LOCATION}/metadata/v${version}.metadata.json`;
  }

  /**
   * The commit: write v(N+1).metadata.json only if no other writer wrote it first (the atomic
   * swap a catalog provides), then point version-hint.text at it. False when another writer won.
   */
  swapMetadata(baseVersion: number, timestampMs: number): boolean {
    const next = this.metadataPath(baseVersion + 1);
    if (this.store.has(next)) return false;
    if (baseVersion > 0) this.metadataLog.push({ 'timestamp-ms': timestampMs, 'metadata-file': this.metadataPath(baseVersion) });
    this.version = baseVersion + 1;
    this.put(next, new TextEncoder().encode(JSON.stringify(this.metadataJson(timestampMs), null, 2)));
    this.put(`${TABLE_LOCATION}/metadata/version-hint.text`, new TextEncoder().encode(String(this.version)));
    return true;
  }
}
