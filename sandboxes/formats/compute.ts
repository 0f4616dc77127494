import { timeRepeated, timeRepeatedAsync } from '@/lib/timing';
import { readAvro, writeAvro } from './avro';
import { readArrow, readParquet, readParquetColumns, restoredColumn, sumColumn, toArrowTable, writeArrow, writeParquet, type ParquetModule } from './columnar';
import { columnNames, generateDataset, type ColumnName, type Dataset } from './dataset';
import { compare } from './fidelity';
import { codecs, MAX_DOWNLOAD_ROWS, type FormatResult, type FormatsParams, type FormatsProgress, type FormatsResult } from './model';
import { readCsv, readJson, readNdjson, writeCsv, writeJson, writeNdjson, type Rows } from './text';

export interface FormatsHooks {
  now(): number;
  progress(progress: FormatsProgress): void;
}

interface Format {
  id: FormatResult['format'];
  label: string;
  write(): Uint8Array;
  /** Decodes the whole file; returns a row count as a checksum. */
  read(bytes: Uint8Array): number;
  /** From the bytes to the sum of the price column. */
  sumPrice(bytes: Uint8Array): number | Promise<number>;
  columnAccess: FormatResult['columnAccess'];
  /** The values as the format gives them back, for the fidelity check. */
  restore(bytes: Uint8Array): (column: ColumnName, row: number) => unknown;
}

const textFormat = (id: 'json' | 'ndjson' | 'csv', label: string, write: (d: Dataset) => Uint8Array, read: (b: Uint8Array) => Rows, data: Dataset): Format => ({
  id,
  label,
  write: () => write(data),
  read: (bytes) => read(bytes).length,
  sumPrice: (bytes) => read(bytes).reduce((sum, row) => sum + Number(row.price), 0),
  columnAccess: 'parse-all',
  restore: (bytes) => {
    const rows = read(bytes);
    return (column, row) => rows[row]?.[column];
  },
});

function formatsFor(data: Dataset, pq: ParquetModule, seed: number): Format[] {
  const table = toArrowTable(data);
  const columnar = (id: FormatResult['format'], label: string, write: () => Uint8Array, read: (b: Uint8Array) => import('apache-arrow').Table, sumPrice: Format['sumPrice'], columnAccess: FormatResult['columnAccess']): Format => ({
    id,
    label,
    write,
    read: (bytes) => read(bytes).numRows,
    sumPrice,
    columnAccess,
    restore: (bytes) => {
      const restored = read(bytes);
      const columns = Object.fromEntries(columnNames.map((name) => [name, restoredColumn(restored, name)]));
      return (column, row) => columns[column]?.[row];
    },
  });
  return [
    textFormat('json', 'JSON (array of objects)', writeJson, readJson, data),
    textFormat('ndjson', 'NDJSON (one object per line)', writeNdjson, readNdjson, data),
    textFormat('csv', 'CSV (types guessed on read)', writeCsv, readCsv, data),
    {
      id: 'avro',
      label: 'Avro (schema embedded)',
      write: () => writeAvro(data, seed),
      read: (bytes) => readAvro(bytes).length,
      sumPrice: (bytes) => readAvro(bytes).reduce((sum, row) => sum + Number(row.price), 0),
      columnAccess: 'parse-all',
      restore: (bytes) => {
        const rows = readAvro(bytes);
        return (column, row) => rows[row]?.[column];
      },
    },
    columnar('arrow', 'Arrow IPC file', () => writeArrow(table), readArrow, (bytes) => sumColumn(readArrow(bytes), 'price'), 'in-place'),
    ...codecs.map((codec) =>
      columnar(
        `parquet-${codec.toLowerCase()}` as FormatResult['format'],
        `Parquet, ${codec === 'UNCOMPRESSED' ? 'uncompressed' : codec.toLowerCase().replace('_', ' ')}`,
        () => writeParquet(pq, table, codec),
        (bytes) => readParquet(pq, bytes),
        async (bytes) => sumColumn(await readParquetColumns(pq, bytes, ['price']), 'price'),
        'column-only',
      ),
    ),
  ];
}

/** Writes the same seeded table in every format, then times writing, reading, and summing one column, and checks the round trip. */
export async function runFormats(params: FormatsParams, pq: ParquetModule, hooks: FormatsHooks): Promise<FormatsResult> {
  hooks.progress({ format: 'dataset', step: 'generating', done: 0, total: 1 });
  const data = generateDataset(params.rows, params.seed);
  const formats = formatsFor(data, pq, params.seed);
  const timing = { repeats: params.repeats, now: hooks.now };
  const results: FormatResult[] = [];
  let priceSum = Number.NaN;
  for (const [index, format] of formats.entries()) {
    const report = (step: FormatsProgress['step']) => hooks.progress({ format: format.label, step, done: index, total: formats.length });
    report('writing');
    let bytes = format.write();
    const write = timeRepeated(() => (bytes = format.write()).length, timing);
    report('reading');
    const read = timeRepeated(() => format.read(bytes), timing);
    report('column');
    const column = await timeRepeatedAsync(async () => format.sumPrice(bytes), timing);
    if (Number.isNaN(priceSum)) priceSum = column.checksum;
    else if (Math.abs(column.checksum - priceSum) > 1e-6 * Math.abs(priceSum)) {
      throw new Error(`${format.label} gave a price total of ${column.checksum}, not ${priceSum}.`);
    }
    report('checking');
    results.push({
      format: format.id,
      label: format.label,
      bytes: bytes.length,
      writeMs: write.medianMs,
      readMs: read.medianMs,
      columnMs: column.medianMs,
      columnAccess: format.columnAccess,
      fidelity: compare(data, format.restore(bytes)),
      ...(params.rows <= MAX_DOWNLOAD_ROWS ? { file: bytes } : {}),
    });
  }
  return { rows: params.rows, repeats: params.repeats, priceSum, formats: results };
}
