import { parquetMetadata } from 'hyparquet';
import type { ParquetModule } from '@/lib/engines/parquet';
import type { SqlEngine } from '@/lib/engines/sql';
import { median } from '@/lib/stats';
import { COLUMNS, writeDataset } from './dataset';
import { compareWithDuckDB, runDuckDB } from './duck';
import { MAX_LAYOUT_CELLS, type FileInfo, type GroupRow, type PlanRun, type Pushdown, type QueryPlansParams, type QueryPlansProgress, type QueryPlansResult } from './model';
import { sqlFor, specFor } from './query';
import { answerRows, canSkipRowGroup, NEEDED_COLUMNS, runScan, type Groups, type QuerySpec, type ScanFile } from './scan';

export interface Engines {
  parquet: ParquetModule;
  duckdb: () => Promise<SqlEngine>;
}
export interface ComputeHooks {
  now(): number;
  progress(progress: QueryPlansProgress): void;
}

const NONE: Pushdown = { partitions: false, stats: false, columns: false };
const parts: Array<[keyof Pushdown, string]> = [
  ['partitions', 'partition pruning'],
  ['stats', 'row-group statistics'],
  ['columns', 'column pruning'],
];

export function planName(p: Pushdown): string {
  const on = parts.filter(([key]) => p[key]).map(([, name]) => name);
  if (on.length === 0) return 'No pushdown';
  if (on.length === 3) return 'All three pushdowns';
  const text = on.join(' + ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}${on.length === 1 ? ' only' : ''}`;
}

/** No pushdown, each one alone, all three, and the reader's own choice if it is none of those. */
export function plansFor(chosen: Pushdown): { plans: Pushdown[]; chosen: number } {
  const plans: Pushdown[] = [NONE, ...parts.map(([key]) => ({ ...NONE, [key]: true })), { partitions: true, stats: true, columns: true }];
  const same = (a: Pushdown) => a.partitions === chosen.partitions && a.stats === chosen.stats && a.columns === chosen.columns;
  const found = plans.findIndex(same);
  if (found >= 0) return { plans, chosen: found };
  return { plans: [...plans, chosen], chosen: plans.length };
}

const sameRows = (a: readonly GroupRow[], b: readonly GroupRow[]) =>
  a.length === b.length && a.every((row, i) => { const other = b[i]; return other !== undefined && other.origin === row.origin && other.flights === row.flights && other.delaySum === row.delaySum && other.meanDelay === row.meanDelay; });

/** A file as the catalog and its footer describe it, and which of its row groups the statistics keep. */
export function fileInfo(path: string, date: string, bytes: Uint8Array, spec: QuerySpec): FileInfo & { keeps: boolean[] } {
  const metadata = parquetMetadata(bytes.slice().buffer);
  const keeps = metadata.row_groups.map((g) => !canSkipRowGroup(g, spec));
  return { path, date, bytes: bytes.byteLength, rowGroups: keeps.length, groupsMatchingCarrier: keeps.filter(Boolean).length, keeps };
}

/** Which row groups a plan reads, file by file, bucketed into at most MAX_LAYOUT_CELLS cells a file. */
export function layoutFor(files: ReadonlyArray<{ date: string; keeps: boolean[] }>, spec: QuerySpec, pushdown: Pushdown): QueryPlansResult['layout'] {
  const most = Math.max(1, ...files.map((f) => f.keeps.length));
  const groupsPerCell = Math.ceil(most / MAX_LAYOUT_CELLS);
  const rows = files.map((f) => {
    const pruned = pushdown.partitions && (f.date < spec.dateFrom || f.date > spec.dateTo);
    const cells: number[] = [];
    for (let start = 0; start < f.keeps.length; start += groupsPerCell) {
      const slice = f.keeps.slice(start, start + groupsPerCell);
      cells.push(pruned ? 0 : pushdown.stats ? slice.filter(Boolean).length / slice.length : 1);
    }
    return { date: f.date, pruned, cells };
  });
  return { groupsPerCell, rows };
}

/** Writes the table, runs the query under every plan (timed `repeats` times), then in DuckDB. */
export async function runQueryPlans(params: QueryPlansParams, engines: Engines, hooks: ComputeHooks): Promise<QueryPlansResult> {
  const spec = specFor(params);
  const written = writeDataset(engines.parquet, params.seed, params.flightsPerDay, params.rowGroupRows, params.order, (done) => hooks.progress({ step: 'writing', done, total: 14 }));
  const described = written.map((f) => fileInfo(f.path, f.date, f.bytes, spec));
  const files: FileInfo[] = described.map(({ keeps: _keeps, ...file }) => file);
  const scanFiles: ScanFile[] = written.map((f) => ({ date: f.date, bytes: f.bytes }));
  const { plans: pushdowns, chosen } = plansFor({ partitions: params.partitionPruning, stats: params.statsPruning, columns: params.columnPruning });

  // One untimed pass that decodes every column type once, so the first timed plan does not pay for the JIT's warm-up.
  await runScan(scanFiles, spec, { partitions: true, stats: true, columns: false });
  // Timed round-robin: each round runs every plan once, so whatever warms up later favours none of them.
  const runsMs: number[][] = pushdowns.map(() => []);
  const last: Array<Awaited<ReturnType<typeof runScan>>> = [];
  const total = pushdowns.length * params.repeats;
  for (let round = 0; round < params.repeats; round++) {
    for (const [index, pushdown] of pushdowns.entries()) {
      hooks.progress({ step: 'scanning', done: round * pushdowns.length + index, total });
      const started = hooks.now();
      last[index] = await runScan(scanFiles, spec, pushdown);
      runsMs[index]?.push(hooks.now() - started);
    }
  }
  const baseline = answerRows(last[0]?.groups ?? (new Map() as Groups));
  const plans: PlanRun[] = pushdowns.map((pushdown, index) => {
    const scan = last[index];
    if (!scan) throw new Error('No timed run: repeats must be at least 1.');
    const skippedFiles = files.filter((f) => pushdown.partitions && (f.date < spec.dateFrom || f.date > spec.dateTo));
    return {
      name: planName(pushdown),
      pushdown,
      ...scan.stats,
      rowGroupsInSkippedFiles: skippedFiles.reduce((sum, f) => sum + f.rowGroups, 0),
      ms: median(runsMs[index] ?? []),
      runsMs: runsMs[index] ?? [],
      sameAnswer: sameRows(answerRows(scan.groups), baseline),
    };
  });

  hooks.progress({ step: 'duckdb', done: 0, total: 1 });
  const engine = await engines.duckdb();
  let duck;
  try {
    duck = runDuckDB(engine, engines.parquet, written, spec, hooks.now);
  } finally {
    engine.close();
  }
  const mismatch = compareWithDuckDB(baseline, duck.rows);
  const rows = written.reduce((sum, f) => sum + f.rows, 0);
  const inRange = files.filter((f) => f.date >= spec.dateFrom && f.date <= spec.dateTo).length;
  return {
    sql: sqlFor(spec),
    rows,
    columnsInFile: COLUMNS.length,
    neededColumns: [...NEEDED_COLUMNS],
    totalBytes: files.reduce((sum, f) => sum + f.bytes, 0),
    totalRowGroups: files.reduce((sum, f) => sum + f.rowGroups, 0),
    files,
    matchShare: inRange ? (plans[0]?.rowsMatched ?? 0) / (inRange * params.flightsPerDay) : 0,
    plans,
    chosen,
    layout: layoutFor(described, spec, pushdowns[chosen] ?? NONE),
    answer: baseline.slice(0, 20),
    moreGroups: Math.max(0, baseline.length - 20),
    duckdb: { version: duck.version, plan: duck.plan, loadMs: duck.loadMs, queryMs: duck.queryMs, agrees: mismatch === null, mismatch },
  };
}
