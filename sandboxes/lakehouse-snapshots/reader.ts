import { entryType, manifestFileType, readContainer, type ManifestEntry, type ManifestFile } from './avro';
import type { Row } from './model';
import { readDataFile, type IcebergSchema, type ParquetModule } from './parquet';
import type { Store } from './table';

interface MetadataJson {
  'current-snapshot-id'?: number;
  'current-schema-id': number;
  schemas: IcebergSchema[];
  snapshots: Array<{ 'snapshot-id': number; 'manifest-list': string; 'schema-id'?: number; 'sequence-number': number }>;
  'snapshot-log': Array<{ 'timestamp-ms': number; 'snapshot-id': number }>;
}

export interface SnapshotRead {
  rows: Row[];
  files: string[];
  columns: string[];
}

/** A failed read: which file or snapshot was missing. */
export class ReadError extends Error {}

function get(store: Store, path: string, what: string): Uint8Array {
  const bytes = store.get(path);
  if (!bytes) throw new ReadError(`${what} ${path.split('/').pop()} is not in the object store (deleted).`);
  return bytes;
}

export function readMetadata(store: Store, path: string): MetadataJson {
  return JSON.parse(new TextDecoder().decode(get(store, path, 'Metadata file'))) as MetadataJson;
}

/**
 * Reads a table the way an Iceberg engine does, from the bytes alone: the metadata JSON gives the
 * snapshot and its schema, the manifest list (Avro) the manifests, the manifests (Avro) the live data
 * files (DELETED entries skipped, sequence numbers inherited), and the Parquet files the rows.
 * With `readRows` false it stops short of decoding the Parquet files: it only checks that they exist.
 */
export function readSnapshot(pq: ParquetModule, store: Store, metadataPath: string, snapshotId?: number, readRows = true): SnapshotRead {
  const metadata = readMetadata(store, metadataPath);
  const id = snapshotId ?? metadata['current-snapshot-id'];
  const snapshot = metadata.snapshots.find((s) => s['snapshot-id'] === id);
  if (!snapshot) throw new ReadError(`Snapshot ${id} is not in the table's metadata (expired).`);
  const schemaId = snapshot['schema-id'] ?? metadata['current-schema-id'];
  const schema = metadata.schemas.find((s) => s['schema-id'] === schemaId);
  if (!schema) throw new ReadError(`Schema ${schemaId} is missing from the metadata.`);
  const list = readContainer<ManifestFile>(manifestFileType, get(store, snapshot['manifest-list'], 'Manifest list'));
  const rows: Row[] = [];
  const files: string[] = [];
  for (const manifest of list.records) {
    const { records } = readContainer<ManifestEntry>(entryType, get(store, manifest.manifest_path, 'Manifest'));
    for (const entry of records) {
      if (entry.status === 2) continue;
      const dataSeq = entry.sequence_number ?? manifest.sequence_number;
      if (entry.status === 0 && entry.sequence_number === null) throw new ReadError('An EXISTING entry must carry its sequence number.');
      if (dataSeq > snapshot['sequence-number']) throw new ReadError('A data file is newer than its snapshot.');
      files.push(entry.data_file.file_path);
      const bytes = get(store, entry.data_file.file_path, 'Data file');
      if (readRows) rows.push(...readDataFile(pq, bytes, schema));
    }
  }
  return { rows, files, columns: schema.fields.map((f) => f.name) };
}
