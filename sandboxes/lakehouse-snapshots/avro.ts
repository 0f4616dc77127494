import * as avsc from 'avsc/etc/browser/avsc-types';
import { Buffer } from 'buffer';

/**
 * Avro object container files as Iceberg writes its manifests and manifest lists: a header (magic,
 * a metadata map holding the schema as JSON plus Iceberg's own keys, a 16-byte sync marker), then
 * one block of records. Records are encoded by avsc; the schemas carry Iceberg's field ids.
 */
const MAGIC = Buffer.from([0x4f, 0x62, 0x6a, 0x01]); // "Obj" 1
const headerType = avsc.Type.forSchema({
  type: 'record',
  name: 'org.apache.avro.file.Header',
  fields: [
    { name: 'magic', type: { type: 'fixed', name: 'Magic', size: 4 } },
    { name: 'meta', type: { type: 'map', values: 'bytes' } },
    { name: 'sync', type: { type: 'fixed', name: 'Sync', size: 16 } },
  ],
});
const longType = avsc.Type.forSchema('long');

const optional = (type: unknown, name: string, id: number) => ({ name, type: ['null', type], default: null, 'field-id': id });
/** Iceberg stores a map with int keys as an Avro array of key/value records (logicalType "map"). */
const intMap = (name: string, id: number, keyId: number, valueId: number, value: 'long' | 'bytes') =>
  optional({ type: 'array', logicalType: 'map', items: { type: 'record', name: `k${keyId}_v${valueId}`, fields: [{ name: 'key', type: 'int', 'field-id': keyId }, { name: 'value', type: value, 'field-id': valueId }] } }, name, id);

/** A manifest entry (format v2): status, snapshot, sequence numbers and the data file with its partition and metrics. */
export const manifestEntrySchema = {
  type: 'record',
  name: 'manifest_entry',
  fields: [
    { name: 'status', type: 'int', 'field-id': 0 },
    optional('long', 'snapshot_id', 1),
    optional('long', 'sequence_number', 3),
    optional('long', 'file_sequence_number', 4),
    {
      name: 'data_file',
      'field-id': 2,
      type: {
        type: 'record',
        name: 'r2',
        fields: [
          { name: 'content', type: 'int', 'field-id': 134 },
          { name: 'file_path', type: 'string', 'field-id': 100 },
          { name: 'file_format', type: 'string', 'field-id': 101 },
          { name: 'partition', 'field-id': 102, type: { type: 'record', name: 'r102', fields: [optional({ type: 'int', logicalType: 'date' }, 'upload_date', 1000)] } },
          { name: 'record_count', type: 'long', 'field-id': 103 },
          { name: 'file_size_in_bytes', type: 'long', 'field-id': 104 },
          intMap('value_counts', 109, 119, 120, 'long'),
          intMap('null_value_counts', 110, 121, 122, 'long'),
          intMap('lower_bounds', 125, 126, 127, 'bytes'),
          intMap('upper_bounds', 128, 129, 130, 'bytes'),
        ],
      },
    },
  ],
};

/** A manifest list entry (format v2): one manifest, its sequence numbers and file and row counts. */
export const manifestFileSchema = {
  type: 'record',
  name: 'manifest_file',
  fields: [
    { name: 'manifest_path', type: 'string', 'field-id': 500 },
    { name: 'manifest_length', type: 'long', 'field-id': 501 },
    { name: 'partition_spec_id', type: 'int', 'field-id': 502 },
    { name: 'content', type: 'int', 'field-id': 517 },
    { name: 'sequence_number', type: 'long', 'field-id': 515 },
    { name: 'min_sequence_number', type: 'long', 'field-id': 516 },
    { name: 'added_snapshot_id', type: 'long', 'field-id': 503 },
    { name: 'added_files_count', type: 'int', 'field-id': 504 },
    { name: 'existing_files_count', type: 'int', 'field-id': 505 },
    { name: 'deleted_files_count', type: 'int', 'field-id': 506 },
    { name: 'added_rows_count', type: 'long', 'field-id': 512 },
    { name: 'existing_rows_count', type: 'long', 'field-id': 513 },
    { name: 'deleted_rows_count', type: 'long', 'field-id': 514 },
  ],
};

export type Bounds = Array<{ key: number; value: Buffer }>;
export interface ManifestEntry {
  /** 0 EXISTING, 1 ADDED, 2 DELETED. */
  status: 0 | 1 | 2;
  snapshot_id: number | null;
  /** Null on ADDED entries: inherited from the manifest's sequence number when read. */
  sequence_number: number | null;
  file_sequence_number: number | null;
  data_file: {
    content: 0;
    file_path: string;
    file_format: 'PARQUET';
    partition: { upload_date: number | null };
    record_count: number;
    file_size_in_bytes: number;
    value_counts: Array<{ key: number; value: number }> | null;
    null_value_counts: Array<{ key: number; value: number }> | null;
    lower_bounds: Bounds | null;
    upper_bounds: Bounds | null;
  };
}
export interface ManifestFile {
  manifest_path: string;
  manifest_length: number;
  partition_spec_id: number;
  content: 0;
  sequence_number: number;
  min_sequence_number: number;
  added_snapshot_id: number;
  added_files_count: number;
  existing_files_count: number;
  deleted_files_count: number;
  added_rows_count: number;
  existing_rows_count: number;
  deleted_rows_count: number;
}

export const entryType = avsc.Type.forSchema(manifestEntrySchema as avsc.Schema);
export const manifestFileType = avsc.Type.forSchema(manifestFileSchema as avsc.Schema);

/** Writes one container file: the header with `meta` (strings) and the schema, then a single block. */
export function writeContainer(type: avsc.Type, schema: object, records: readonly object[], meta: Record<string, string>, sync: Uint8Array): Uint8Array {
  const metaBytes: Record<string, Buffer> = { 'avro.schema': Buffer.from(JSON.stringify(schema)), 'avro.codec': Buffer.from('null') };
  for (const [key, value] of Object.entries(meta)) metaBytes[key] = Buffer.from(value);
  const syncBuffer = Buffer.from(sync);
  const parts: Buffer[] = [headerType.toBuffer({ magic: MAGIC, meta: metaBytes, sync: syncBuffer })];
  if (records.length > 0) {
    const data = Buffer.concat(records.map((r) => type.toBuffer(r)));
    parts.push(longType.toBuffer(records.length), longType.toBuffer(data.length), data, syncBuffer);
  }
  return new Uint8Array(Buffer.concat(parts));
}

/** avsc decodes to untyped values; this names what a decode at `pos` holds (the schema that wrote it says so). */
function decodeAt<T>(type: avsc.Type, buffer: Buffer, pos: number): { value: T; offset: number } {
  const out: { value: unknown; offset: number } = type.decode(buffer, pos);
  if (out.offset < 0) throw new Error('The Avro file ends in the middle of a value.');
  return { value: out.value as T, offset: out.offset };
}

/** Reads a container file back: its metadata (as text) and every record, decoded with `type`. */
export function readContainer<T>(type: avsc.Type, bytes: Uint8Array): { meta: Record<string, string>; records: T[] } {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!buffer.subarray(0, 4).equals(MAGIC)) throw new Error('Not an Avro container file.');
  const header = decodeAt<{ meta: Record<string, Buffer>; sync: Buffer }>(headerType, buffer, 0);
  const meta = Object.fromEntries(Object.entries(header.value.meta).map(([k, v]) => [k, v.toString('utf8')]));
  const records: T[] = [];
  let pos = header.offset;
  while (pos < buffer.length) {
    const count = decodeAt<number>(longType, buffer, pos);
    const size = decodeAt<number>(longType, buffer, count.offset);
    let at = size.offset;
    for (let i = 0; i < count.value; i++) {
      const decoded = decodeAt<T>(type, buffer, at);
      records.push(decoded.value);
      at = decoded.offset;
    }
    if (!buffer.subarray(size.offset + size.value, size.offset + size.value + 16).equals(header.value.sync)) throw new Error('Avro block out of sync.');
    pos = size.offset + size.value + 16;
  }
  return { meta, records };
}
