import * as arrow from 'apache-arrow';
import { columnNames, type ColumnName, type Dataset, type Value } from './dataset';
import type { Codec } from './model';

/** parquet-wasm, initialised: the sandbox env's `engines.parquet()` gives it, in the worker (browserEnv) and in Node (nodeEnv). */
export type { ParquetModule } from '@/lib/engines/parquet';
import type { ParquetModule } from '@/lib/engines/parquet';

export function toArrowTable(data: Dataset): arrow.Table {
  return new arrow.Table({
    id: arrow.makeVector(data.id),
    user_id: arrow.makeVector(data.user_id),
    price: arrow.makeVector(data.price),
    score: arrow.makeVector(data.score),
    country: arrow.vectorFromArray(data.country, new arrow.Utf8()),
    session: arrow.vectorFromArray(data.session, new arrow.Utf8()),
    created_at: arrow.vectorFromArray(
      data.created_at.map((d) => d.getTime()),
      new arrow.TimestampMillisecond(),
    ),
    is_member: arrow.vectorFromArray(data.is_member, new arrow.Bool()),
    coupon: arrow.vectorFromArray(data.coupon, new arrow.Utf8()),
    zip: arrow.vectorFromArray(data.zip, new arrow.Utf8()),
  });
}

export const writeArrow = (table: arrow.Table): Uint8Array => arrow.tableToIPC(table, 'file');
export const readArrow = (bytes: Uint8Array): arrow.Table => arrow.tableFromIPC(bytes);

export function writeParquet(pq: ParquetModule, table: arrow.Table, codec: Codec): Uint8Array {
  const properties = new pq.WriterPropertiesBuilder().setCompression(pq.Compression[codec]).build();
  return pq.writeParquet(pq.Table.fromIPCStream(arrow.tableToIPC(table, 'stream')), properties);
}

export function readParquet(pq: ParquetModule, bytes: Uint8Array): arrow.Table {
  return arrow.tableFromIPC(pq.readParquet(bytes).intoIPCStream());
}

/** Reads only the named columns' bytes from a Parquet file (the synchronous reader ignores `columns`). */
export async function readParquetColumns(pq: ParquetModule, bytes: Uint8Array, columns: string[]): Promise<arrow.Table> {
  const file = await pq.ParquetFile.fromFile(new Blob([bytes as Uint8Array<ArrayBuffer>]));
  return arrow.tableFromIPC((await file.read({ columns })).intoIPCStream());
}

export function sumColumn(table: arrow.Table, name: string): number {
  const vector = table.getChild(name);
  if (!vector) throw new Error(`The file has no column "${name}".`);
  let sum = 0;
  for (const value of vector) sum += Number(value);
  return sum;
}

const msPerUnit: Record<number, number> = { [arrow.TimeUnit.SECOND]: 1000, [arrow.TimeUnit.MILLISECOND]: 1, [arrow.TimeUnit.MICROSECOND]: 1e-3, [arrow.TimeUnit.NANOSECOND]: 1e-6 };

/** Values as the file's own schema types them: a timestamp column comes back as Dates. */
export function restoredColumn(table: arrow.Table, name: ColumnName): Value[] {
  const field = table.schema.fields.find((f) => f.name === name);
  const vector = table.getChild(name);
  if (!field || !vector) return [];
  const out = new Array<Value>(vector.length);
  const timestamp = arrow.DataType.isTimestamp(field.type) ? msPerUnit[(field.type).unit] ?? 1 : null;
  for (let i = 0; i < vector.length; i++) {
    const value: unknown = vector.get(i);
    out[i] = value === null || value === undefined ? null : timestamp !== null ? new Date(Number(value) * timestamp) : (value as Value);
  }
  return out;
}

export const allColumns = [...columnNames];
