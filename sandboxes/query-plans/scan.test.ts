import * as arrow from 'apache-arrow';
import { parquetMetadata } from 'hyparquet';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ParquetModule } from '@/lib/engines/parquet';
import { nodeEnv } from '@/lib/engines/node';
import { COLUMNS, writeParquet } from './dataset';
import { answerRows, NEEDED_COLUMNS, runScan, type QuerySpec, type ScanFile } from './scan';

/**
 * The hand dataset: two daily files, each two row groups of 3 rows. Row group 0 holds only AA,
 * row group 1 only DL. The query asks for March 2, airline AA, not cancelled.
 */
const day1 = { carrier: ['AA', 'AA', 'AA', 'DL', 'DL', 'DL'], origin: ['DEN', 'DEN', 'ORD', 'DEN', 'ORD', 'ORD'], delay: [5, 7, 9, 100, 200, 300], cancelled: [false, false, false, false, false, false] };
const day2 = { carrier: ['AA', 'AA', 'AA', 'DL', 'DL', 'DL'], origin: ['DEN', 'ORD', 'ORD', 'DEN', 'DEN', 'ORD'], delay: [10, 20, null, 400, 500, 600], cancelled: [false, false, false, false, true, false] };
type Hand = typeof day1 | typeof day2;

function handTable(d: Hand): arrow.Table {
  const n = d.carrier.length;
  const int = (v: ReadonlyArray<number | null>) => arrow.vectorFromArray(v, new arrow.Int32());
  const text = (v: readonly string[]) => arrow.vectorFromArray(v, new arrow.Utf8());
  const seq = Array.from({ length: n }, (_, i) => i);
  return new arrow.Table({
    sched_dep_min: int(seq), carrier: text(d.carrier), flight_number: int(seq), tail_number: text(seq.map((i) => `N${i}`)),
    origin_airport: text(d.origin), dest_airport: text(d.origin.map(() => 'SEA')), dep_delay_min: int(d.delay), arr_delay_min: int(d.delay),
    taxi_out_min: int(seq), air_time_min: int(seq), distance_km: int(seq), is_cancelled: arrow.vectorFromArray(d.cancelled, new arrow.Bool()),
  });
}

const spec: QuerySpec = { dateFrom: '2026-03-02', dateTo: '2026-03-02', carriers: ['AA'] };
let files: ScanFile[] = [];

/** The Parquet footer: its last 8 bytes (length + "PAR1") and the metadata before them. */
function footerBytes(bytes: Uint8Array): number {
  return 8 + new DataView(bytes.buffer, bytes.byteOffset + bytes.byteLength - 8, 4).getUint32(0, true);
}
/** Compressed bytes of these columns' chunks in one row group, read from the file's own metadata. */
function chunkBytes(bytes: Uint8Array, group: number, columns?: readonly string[]): number {
  const metadata = parquetMetadata(bytes.slice().buffer);
  return (metadata.row_groups[group]?.columns ?? [])
    .filter((c) => !columns || columns.includes(c.meta_data?.path_in_schema[0] ?? ''))
    .reduce((sum, c) => sum + Number(c.meta_data?.total_compressed_size ?? 0), 0);
}

describe('query-plans scan: bytes read on a two-file, two-row-group hand dataset', () => {
  beforeAll(async () => {
    const pq: ParquetModule = await nodeEnv().engines.parquet();
    files = [
      { date: '2026-03-01', bytes: writeParquet(pq, handTable(day1), 3) },
      { date: '2026-03-02', bytes: writeParquet(pq, handTable(day2), 3) },
    ];
  });

  it('wrote two row groups per file with min/max statistics', () => {
    for (const file of files) {
      const metadata = parquetMetadata(file.bytes.slice().buffer);
      expect(metadata.row_groups.map((g) => Number(g.num_rows))).toEqual([3, 3]);
      const carrier = metadata.row_groups.map((g) => g.columns[COLUMNS.indexOf('carrier')]?.meta_data?.statistics);
      expect(carrier.map((s) => [s?.min_value, s?.max_value])).toEqual([['AA', 'AA'], ['DL', 'DL']]);
    }
  });

  it('no pushdown reads both files whole, in one request each', async () => {
    const { stats, groups } = await runScan(files, spec, { partitions: false, stats: false, columns: false });
    expect(stats.bytesRead).toBe(files[0]!.bytes.byteLength + files[1]!.bytes.byteLength);
    expect(stats).toMatchObject({ requests: 2, filesRead: 2, filesSkipped: 0, rowGroupsRead: 4, rowGroupsSkippedByStats: 0, columnsRead: 12, rowsDecoded: 12, rowsMatched: 3 });
    // March 2, AA, not cancelled: ORD 20 and a leg with no delay recorded; DEN 10. Highest mean first.
    expect(answerRows(groups)).toEqual([
      { origin: 'ORD', flights: 1, delaySum: 20, meanDelay: 20 },
      { origin: 'DEN', flights: 1, delaySum: 10, meanDelay: 10 },
    ]);
  });

  it('all three pushdowns read the footer and four column chunks of one row group of one file', async () => {
    const b = files[1]!.bytes;
    const { stats, groups } = await runScan(files, spec, { partitions: true, stats: true, columns: true });
    expect(stats.bytesRead).toBe(footerBytes(b) + chunkBytes(b, 0, NEEDED_COLUMNS));
    // Footer: the last 8 bytes, then the metadata; then one request per needed column chunk.
    expect(stats).toMatchObject({ requests: 2 + 4, filesRead: 1, filesSkipped: 1, rowGroupsRead: 1, rowGroupsSkippedByStats: 1, columnsRead: 4, rowsDecoded: 3, rowsMatched: 3 });
    expect(answerRows(groups).map((r) => [r.origin, r.flights, r.meanDelay])).toEqual([['ORD', 1, 20], ['DEN', 1, 10]]);
  });

  it('each pushdown alone reads what it should', async () => {
    const [a, b] = [files[0]!.bytes, files[1]!.bytes];
    const partitions = await runScan(files, spec, { partitions: true, stats: false, columns: false });
    expect(partitions.stats.bytesRead).toBe(b.byteLength);
    const stats = await runScan(files, spec, { partitions: false, stats: true, columns: false });
    expect(stats.stats.bytesRead).toBe(footerBytes(a) + chunkBytes(a, 0) + footerBytes(b) + chunkBytes(b, 0));
    expect(stats.stats.rowGroupsSkippedByStats).toBe(2);
    const columns = await runScan(files, spec, { partitions: false, stats: false, columns: true });
    const needed = (bytes: Uint8Array) => footerBytes(bytes) + chunkBytes(bytes, 0, NEEDED_COLUMNS) + chunkBytes(bytes, 1, NEEDED_COLUMNS);
    expect(columns.stats.bytesRead).toBe(needed(a) + needed(b));
    expect(columns.stats.requests).toBe(2 * (2 + 2 * 4));
    for (const run of [partitions, stats, columns]) expect(answerRows(run.groups)).toEqual(answerRows((await runScan(files, spec, { partitions: false, stats: false, columns: false })).groups));
  });
});
