import { parquetMetadataAsync, parquetRead, type AsyncBuffer, type FileMetaData, type RowGroup, type Statistics } from 'hyparquet';
import type { GroupRow, Pushdown } from './model';

/** The query's filter: a date range (inclusive, ISO dates, so text order is date order) and a set of airlines. */
export interface QuerySpec {
  dateFrom: string;
  dateTo: string;
  carriers: readonly string[];
}

/** A file of the table as the catalog lists it: its folder's date and its bytes (the "object store"). */
export interface ScanFile {
  date: string;
  bytes: Uint8Array;
}

/** The columns the query touches: two it returns (origin_airport, dep_delay_min) and two its filters read. */
export const NEEDED_COLUMNS = ['carrier', 'is_cancelled', 'origin_airport', 'dep_delay_min'] as const;

/** Counts every byte range the reader asks for: the place where "bytes read" is measured. */
export interface ReadCounter {
  bytes: number;
  requests: number;
}

/** The file as a byte-range source (hyparquet's AsyncBuffer), counting each slice it hands out. */
export function countingBuffer(bytes: Uint8Array, counter: ReadCounter): AsyncBuffer {
  return {
    byteLength: bytes.byteLength,
    slice(start, end = bytes.byteLength) {
      counter.bytes += end - start;
      counter.requests += 1;
      return bytes.slice(start, end).buffer;
    },
  };
}

/** Bytes already in memory: slicing them costs no read. */
function memoryBuffer(buffer: ArrayBuffer): AsyncBuffer {
  return { byteLength: buffer.byteLength, slice: (start, end) => buffer.slice(start, end) };
}

type MinMax = Statistics['min_value'];

/**
 * A column chunk's min and max from the row group's metadata (undefined when the writer kept none).
 * Only min_value/max_value: the older min/max fields compared strings as signed bytes, so a reader
 * must not trust them for text (the Parquet format's note on them), and this one never does.
 */
function chunkStats(rowGroup: RowGroup, column: string): { min: MinMax; max: MinMax } | undefined {
  const chunk = rowGroup.columns.find((c) => c.meta_data?.path_in_schema[0] === column);
  const stats = chunk?.meta_data?.statistics;
  if (!stats || stats.min_value === undefined || stats.max_value === undefined) return undefined;
  return { min: stats.min_value, max: stats.max_value };
}

/**
 * True when the row group's statistics prove no row can pass: no kept airline lies within the
 * carrier column's [min, max], or every leg in it is cancelled (is_cancelled's min is true).
 */
export function canSkipRowGroup(rowGroup: RowGroup, spec: QuerySpec): boolean {
  const carrier = chunkStats(rowGroup, 'carrier');
  if (typeof carrier?.min === 'string' && typeof carrier.max === 'string') {
    const { min, max } = carrier;
    if (!spec.carriers.some((c) => c >= min && c <= max)) return true;
  }
  const cancelled = chunkStats(rowGroup, 'is_cancelled');
  return cancelled?.min === true;
}

/** Running totals per origin airport: rows that passed the filter, delays counted and summed. */
export type Groups = Map<string, { rows: number; flights: number; delaySum: number }>;

export interface ScanStats {
  bytesRead: number;
  requests: number;
  filesRead: number;
  filesSkipped: number;
  rowGroupsRead: number;
  rowGroupsSkippedByStats: number;
  columnsRead: number;
  rowsDecoded: number;
  rowsMatched: number;
}

/** Decoded columns of a run of rows, by name (hyparquet hands back typed arrays or plain arrays). */
type Columns = Record<string, ArrayLike<unknown>>;

/** Applies the WHERE clause to decoded rows of one file and adds the survivors to the groups. */
function aggregate(columns: Columns, rows: number, date: string, spec: QuerySpec, groups: Groups): number {
  if (date < spec.dateFrom || date > spec.dateTo) return 0;
  const { carrier, is_cancelled: cancelled, origin_airport: origin, dep_delay_min: delay } = columns;
  if (!carrier || !cancelled || !origin || !delay) throw new Error('A needed column was not read.');
  const carriers = new Set(spec.carriers);
  let matched = 0;
  for (let i = 0; i < rows; i++) {
    if (cancelled[i] !== false || !carriers.has(String(carrier[i]))) continue;
    const key = String(origin[i]);
    const group = groups.get(key) ?? { rows: 0, flights: 0, delaySum: 0 };
    group.rows += 1;
    const minutes = delay[i];
    if (typeof minutes === 'number') {
      group.flights += 1;
      group.delaySum += minutes;
    }
    groups.set(key, group);
    matched += 1;
  }
  return matched;
}

/** Decodes rows [rowStart, rowEnd) of these columns (all when undefined) with one hyparquet read. */
async function readColumns(file: AsyncBuffer, metadata: FileMetaData, rowStart: number, rowEnd: number, columns?: string[]): Promise<Columns> {
  const out: Record<string, unknown[]> = {};
  await parquetRead({
    file,
    metadata,
    rowStart,
    rowEnd,
    columns,
    onChunk: ({ columnName, columnData, rowStart: chunkStart }) => {
      const column = (out[columnName] ??= new Array<unknown>(rowEnd - rowStart));
      for (let i = 0; i < columnData.length; i++) {
        const row = chunkStart + i - rowStart;
        if (row >= 0 && row < column.length) column[row] = columnData[i];
      }
    },
  });
  return out;
}

/** Reads one row group: only the needed columns (one request per column chunk) or all of them (one request). */
async function readRowGroup(file: AsyncBuffer, metadata: FileMetaData, rowStart: number, rowEnd: number, columnsOnly: boolean): Promise<Columns> {
  if (!columnsOnly) return readColumns(file, metadata, rowStart, rowEnd);
  const out: Columns = {};
  for (const column of NEEDED_COLUMNS) Object.assign(out, await readColumns(file, metadata, rowStart, rowEnd, [column]));
  return out;
}

/**
 * Runs the query over the files with the chosen pushdowns, reading through a counting byte-range
 * source. With none of them every file is read whole in one request and decoded in full; otherwise
 * the footer (8 bytes, then the metadata) is read first, row groups are chosen, and their column
 * chunks fetched. The date filter is always checked on every row that is decoded.
 */
export async function runScan(files: readonly ScanFile[], spec: QuerySpec, pushdown: Pushdown): Promise<{ stats: ScanStats; groups: Groups }> {
  const counter: ReadCounter = { bytes: 0, requests: 0 };
  const stats: ScanStats = { bytesRead: 0, requests: 0, filesRead: 0, filesSkipped: 0, rowGroupsRead: 0, rowGroupsSkippedByStats: 0, columnsRead: 0, rowsDecoded: 0, rowsMatched: 0 };
  const groups: Groups = new Map();
  for (const file of files) {
    if (pushdown.partitions && (file.date < spec.dateFrom || file.date > spec.dateTo)) {
      stats.filesSkipped += 1;
      continue;
    }
    stats.filesRead += 1;
    const source = countingBuffer(file.bytes, counter);
    if (!pushdown.stats && !pushdown.columns) {
      const whole = await source.slice(0, file.bytes.byteLength);
      const inMemory = memoryBuffer(whole);
      const metadata = await parquetMetadataAsync(inMemory);
      const rows = Number(metadata.num_rows);
      const columns = await readColumns(inMemory, metadata, 0, rows);
      stats.rowGroupsRead += metadata.row_groups.length;
      stats.columnsRead = Math.max(stats.columnsRead, metadata.schema.length - 1);
      stats.rowsDecoded += rows;
      stats.rowsMatched += aggregate(columns, rows, file.date, spec, groups);
      continue;
    }
    const metadata = await parquetMetadataAsync(source, { initialFetchSize: 8 });
    stats.columnsRead = Math.max(stats.columnsRead, pushdown.columns ? NEEDED_COLUMNS.length : metadata.schema.length - 1);
    let rowStart = 0;
    for (const rowGroup of metadata.row_groups) {
      const rowEnd = rowStart + Number(rowGroup.num_rows);
      if (pushdown.stats && canSkipRowGroup(rowGroup, spec)) {
        stats.rowGroupsSkippedByStats += 1;
      } else {
        const columns = await readRowGroup(source, metadata, rowStart, rowEnd, pushdown.columns);
        stats.rowGroupsRead += 1;
        stats.rowsDecoded += rowEnd - rowStart;
        stats.rowsMatched += aggregate(columns, rowEnd - rowStart, file.date, spec, groups);
      }
      rowStart = rowEnd;
    }
  }
  stats.bytesRead = counter.bytes;
  stats.requests = counter.requests;
  return { stats, groups };
}

/** The query's output: one row per origin airport, highest mean delay first (no delay recorded: last). */
export function answerRows(groups: Groups): GroupRow[] {
  return [...groups.entries()]
    .map(([origin, g]) => ({ origin, flights: g.flights, delaySum: g.delaySum, meanDelay: g.flights ? g.delaySum / g.flights : null }))
    .sort((a, b) => (b.meanDelay ?? -Infinity) - (a.meanDelay ?? -Infinity) || (a.origin < b.origin ? -1 : 1));
}
