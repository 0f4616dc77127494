import * as avsc from 'avsc/etc/browser/avsc-types';
import { Buffer } from 'buffer';
import { createRng } from '@/lib/random';
import { columnNames, type ColumnName, type Dataset, type Value } from './dataset';

/**
 * Avro object container files: a header holding the schema (as JSON) and a sync marker, then blocks
 * of binary records. Records, header and blocks are all encoded by avsc's own types; the framing
 * follows the Avro specification and is checked in Node against avsc's stream decoder.
 */
const MAGIC = Buffer.from([0x4f, 0x62, 0x6a, 0x01]); // "Obj" 1
const ROWS_PER_BLOCK = 4096;

const headerType = avsc.Type.forSchema({
  type: 'record',
  name: 'org.apache.avro.file.Header',
  fields: [
    { name: 'magic', type: { type: 'fixed', name: 'Magic', size: 4 } },
    { name: 'meta', type: { type: 'map', values: 'bytes' } },
    { name: 'sync', type: { type: 'fixed', name: 'Sync', size: 16 } },
  ],
});
const blockType = avsc.Type.forSchema({
  type: 'record',
  name: 'Block',
  fields: [
    { name: 'count', type: 'long' },
    { name: 'data', type: 'bytes' },
    { name: 'sync', type: { type: 'fixed', name: 'Sync', size: 16 } },
  ],
});

export const rowSchema = {
  type: 'record' as const,
  name: 'Row',
  fields: [
    { name: 'id', type: 'int' },
    { name: 'user_id', type: 'int' },
    { name: 'price', type: 'double' },
    { name: 'score', type: 'double' },
    { name: 'country', type: 'string' },
    { name: 'session', type: 'string' },
    { name: 'created_at', type: { type: 'long', logicalType: 'timestamp-millis' } },
    { name: 'is_member', type: 'boolean' },
    { name: 'coupon', type: ['null', 'string'] },
    { name: 'zip', type: 'string' },
  ],
};

export function writeAvro(data: Dataset, seed: number): Uint8Array {
  const rowType = avsc.Type.forSchema(rowSchema as avsc.Schema);
  const rng = createRng(seed ^ 0x5a17);
  const sync = Buffer.from(Array.from({ length: 16 }, () => rng.int(0, 255)));
  const parts: Buffer[] = [
    headerType.toBuffer({ magic: MAGIC, meta: { 'avro.schema': Buffer.from(JSON.stringify(rowSchema)), 'avro.codec': Buffer.from('null') }, sync }),
  ];
  for (let start = 0; start < data.rows; start += ROWS_PER_BLOCK) {
    const end = Math.min(data.rows, start + ROWS_PER_BLOCK);
    const records: Buffer[] = [];
    for (let i = start; i < end; i++) {
      records.push(
        rowType.toBuffer({
          id: data.id[i],
          user_id: data.user_id[i],
          price: data.price[i],
          score: data.score[i],
          country: data.country[i],
          session: data.session[i],
          created_at: data.created_at[i]!.getTime(),
          is_member: data.is_member[i],
          coupon: data.coupon[i],
          zip: data.zip[i],
        }),
      );
    }
    parts.push(blockType.toBuffer({ count: end - start, data: Buffer.concat(records), sync }));
  }
  return new Uint8Array(Buffer.concat(parts));
}

/** avsc decodes to untyped values; this names what a decode at `offset` holds (the schema that wrote it says so). */
function decodeAt<T>(type: avsc.Type, buffer: Buffer, offset: number): { value: T | undefined; offset: number } {
  const out: { value: unknown; offset: number } = type.decode(buffer, offset);
  return { value: out.value as T | undefined, offset: out.offset };
}

/** Reads a container file with the schema it carries; timestamp-millis fields come back as Dates. */
export function readAvro(bytes: Uint8Array): Array<Record<string, unknown>> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { value: header, offset: afterHeader } = decodeAt<{ magic: Buffer; meta: Record<string, Buffer>; sync: Buffer }>(headerType, buffer, 0);
  if (!header || !header.magic.equals(MAGIC)) throw new Error('Not an Avro container file.');
  const schema = JSON.parse(header.meta['avro.schema']!.toString()) as typeof rowSchema;
  const rowType = avsc.Type.forSchema(schema as avsc.Schema);
  const timestamps = new Set(schema.fields.filter((f) => typeof f.type === 'object' && !Array.isArray(f.type) && f.type.logicalType === 'timestamp-millis').map((f) => f.name));
  const rows: Array<Record<string, unknown>> = [];
  let offset = afterHeader;
  while (offset < buffer.length) {
    const decoded = decodeAt<{ count: number; data: Buffer; sync: Buffer }>(blockType, buffer, offset);
    if (!decoded.value || !decoded.value.sync.equals(header.sync)) throw new Error('Avro block out of sync.');
    offset = decoded.offset;
    let position = 0;
    for (let k = 0; k < decoded.value.count; k++) {
      const record = decodeAt<Record<string, unknown>>(rowType, decoded.value.data, position);
      if (!record.value) throw new Error('Avro record could not be decoded.');
      position = record.offset;
      for (const name of timestamps) record.value[name] = new Date(Number(record.value[name]));
      rows.push(record.value);
    }
  }
  return rows;
}

export const avroColumn = (rows: Array<Record<string, unknown>>, column: ColumnName, row: number): Value => rows[row]?.[column] as Value;
export const avroColumns = columnNames;
