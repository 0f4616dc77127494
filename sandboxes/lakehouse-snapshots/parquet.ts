import * as arrow from 'apache-arrow';
import type { ParquetModule } from '@/lib/engines/parquet';
import type { Cell, Row } from './model';

export type { ParquetModule };

/** One column of the Iceberg schema: its id, name, type and whether it may be null. */
export interface IcebergField {
  id: number;
  name: string;
  required: boolean;
  type: 'long' | 'date' | 'string';
}
export interface IcebergSchema {
  type: 'struct';
  'schema-id': number;
  fields: IcebergField[];
}

const DAY_MS = 86_400_000;
export const dateToDays = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
export const daysToDate = (days: number) => new Date(days * DAY_MS).toISOString().slice(0, 10);

function column(field: IcebergField, rows: readonly Row[]): arrow.Data {
  const values = rows.map((r) => r[field.name] ?? null);
  if (field.type === 'long') return arrow.makeData({ type: new arrow.Int64(), length: rows.length, nullCount: 0, data: BigInt64Array.from(values, (v) => BigInt(Number(v))) });
  if (field.type === 'date') return arrow.makeData({ type: new arrow.DateDay(), length: rows.length, nullCount: 0, data: Int32Array.from(values, (v) => dateToDays(String(v))) });
  return arrow.vectorFromArray(values.map((v) => (v === null ? null : String(v))), new arrow.Utf8()).data[0]!;
}

/**
 * A data file as Iceberg writes it: every column of the schema (the partition column too), each
 * Parquet field carrying its Iceberg field id, and the schema as JSON in the file's key-value metadata.
 */
export function writeDataFile(pq: ParquetModule, schema: IcebergSchema, rows: readonly Row[]): Uint8Array {
  const fields = schema.fields.map((f) => {
    const type = f.type === 'long' ? new arrow.Int64() : f.type === 'date' ? new arrow.DateDay() : new arrow.Utf8();
    return new arrow.Field(f.name, type, !f.required, new Map([['PARQUET:field_id', String(f.id)]]));
  });
  const arrowSchema = new arrow.Schema(fields);
  const children = schema.fields.map((f) => column(f, rows));
  const batch = new arrow.RecordBatch(arrowSchema, arrow.makeData({ type: new arrow.Struct(fields), length: rows.length, nullCount: 0, children }));
  const table = new arrow.Table(arrowSchema, [batch]);
  const properties = new pq.WriterPropertiesBuilder()
    .setCompression(pq.Compression.SNAPPY)
    .setKeyValueMetadata(new Map([['iceberg.schema', JSON.stringify(schema)]]))
    .build();
  return pq.writeParquet(pq.Table.fromIPCStream(arrow.tableToIPC(table, 'stream')), properties);
}

/**
 * Reads a data file back into rows of `schema` (the reader's schema): columns are matched by field id,
 * and a column the file does not have (added after it was written) reads as null.
 */
export function readDataFile(pq: ParquetModule, bytes: Uint8Array, schema: IcebergSchema): Row[] {
  const table = arrow.tableFromIPC(pq.readParquet(bytes).intoIPCStream());
  const byId = new Map<number, arrow.Vector>();
  for (const field of table.schema.fields) {
    const id = Number(field.metadata.get('PARQUET:field_id'));
    const vector = table.getChild(field.name);
    if (vector && Number.isFinite(id)) byId.set(id, vector);
  }
  const rows: Row[] = [];
  for (let i = 0; i < table.numRows; i++) {
    const row: Row = {};
    for (const f of schema.fields) {
      const raw: unknown = byId.get(f.id)?.get(i) ?? null;
      let cell: Cell = null;
      if (typeof raw === 'bigint' || typeof raw === 'number') cell = f.type === 'date' ? daysToDate(Math.round(Number(raw) / DAY_MS)) : Number(raw);
      else if (typeof raw === 'string') cell = raw;
      row[f.name] = cell;
    }
    rows.push(row);
  }
  return rows;
}
