import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { tableToIPC } from 'apache-arrow';
import { arrowTable } from '../../lib/engines/duckdb';
import { nodeSources } from '../../lib/engines/node';
import type { ParquetModule } from '../../lib/engines/parquet';
import { parquetToDuckDB } from '../../lib/engines/parquetToDuckDB';
import type { ColumnData, ColumnSpec, SqlEngine } from '../../lib/engines/sql';
import { createEngineCache } from '../../lib/engines/warm';
import { printTable } from './table';

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const ms = (x: number) => (x < 10 ? x.toFixed(2) : x.toFixed(0));

/**
 * npm run bench -- engines [runs] [rows]: (1) each engine's cold start (a fresh Node process: import,
 * compile, instantiate, first database) against a warm open on the loaded engine; (2) Parquet into
 * DuckDB through parquet-wasm and Arrow, per MB, against loading the same columns directly.
 */
export async function benchEngines(runs = 5, rows = 1_000_000): Promise<void> {
  console.log(`engines: cold start vs warm open, ${runs} fresh processes per engine (warm: median of ${runs} opens in each, then the median of those)`);
  const cold: string[][] = [];
  for (const engine of ['sqlite', 'duckdb', 'parquet'] as const) {
    const samples = Array.from({ length: runs }, () => {
      const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/bench/engines-cold.ts', engine, String(runs)], { encoding: 'utf8' });
      return JSON.parse(out.trim().split('\n').at(-1)!) as { coldMs: number; loadMs: number; firstOpenMs: number; warmMs: number[]; loads: number };
    });
    const c = median(samples.map((s) => s.coldMs));
    const w = median(samples.map((s) => median(s.warmMs)));
    const loads = samples.every((s) => s.loads === 1) ? '1 per process' : 'MORE THAN 1';
    const ratio = engine === 'parquet' ? '— (no database)' : `${(c / w).toFixed(0)}×`;
    cold.push([
      engine,
      ms(c),
      `${ms(Math.min(...samples.map((s) => s.coldMs)))}–${ms(Math.max(...samples.map((s) => s.coldMs)))}`,
      ms(median(samples.map((s) => s.loadMs))),
      ms(median(samples.map((s) => s.firstOpenMs))),
      w.toFixed(3),
      ratio,
      loads,
    ]);
  }
  printTable(['engine', 'cold ms (median)', 'cold range', 'of which load', 'first open', 'warm open ms', 'cold / warm', 'loads'], cold);
  console.log(`  load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')} (other work on the machine inflates every number; compare within a run)`);
  console.log('  (cold = load [import + compile + instantiate: what preload() does] + first open; open = open + SELECT 1 + close; warm = the same on the loaded engine; parquet "open" hands back the loaded module)\n');

  await benchParquetIntoDuckDB(runs, rows);
}

/** The same rows as JS columns, Arrow IPC, Parquet (snappy) and CSV, each timed into a clean DuckDB database. */
async function benchParquetIntoDuckDB(runs: number, rows: number): Promise<void> {
  const cache = createEngineCache(nodeSources, () => undefined, () => performance.now());
  const pq = await cache.parquet();
  const { columns, data } = orders(rows);
  const arrowIpc = arrowOf(columns, data);
  const parquet = writeSnappy(pq, arrowIpc);
  const csv = csvOf(columns, data);
  const mb = (bytes: number) => bytes / 1e6;
  console.log(
    `parquet into DuckDB: ${rows.toLocaleString('en-US')} rows × ${columns.length} columns (${columns.map((c) => `${c.name} ${c.type}`).join(', ')}); ` +
      `Parquet snappy ${mb(parquet.length).toFixed(1)} MB, Arrow IPC ${mb(arrowIpc.length).toFixed(1)} MB, CSV ${mb(csv.length).toFixed(1)} MB; median of ${runs}, each into a clean database on a warm engine`,
  );

  /** Each path reports the work it timed: decode (Parquet → Arrow) and insert (into DuckDB); its total is their sum. */
  type Path = { name: string; fileBytes: number; run: (db: SqlEngine) => Promise<{ decode?: number; insert: number }> };
  const paths: Path[] = [
    {
      name: 'JS columns → load() (today\'s path)',
      fileBytes: 0,
      run: (db) => Promise.resolve({ insert: timed(() => db.load('orders', columns, data)) }),
    },
    { name: 'Arrow IPC → DuckDB', fileBytes: arrowIpc.length, run: (db) => Promise.resolve({ insert: timed(() => db.registerFile('orders.arrows', arrowIpc)) }) },
    {
      name: 'Parquet → parquet-wasm → Arrow → DuckDB',
      fileBytes: parquet.length,
      run: async (db) => {
        const r = await parquetToDuckDB(db, 'orders.parquet', parquet, { parquet: pq });
        return { decode: r.decodeMs, insert: r.insertMs };
      },
    },
    {
      name: 'same, 2 of 5 columns (price, region)',
      fileBytes: parquet.length,
      run: async (db) => {
        const r = await parquetToDuckDB(db, 'orders.parquet', parquet, { parquet: pq, columns: ['price', 'region'] });
        return { decode: r.decodeMs, insert: r.insertMs };
      },
    },
    {
      name: 'CSV → DuckDB read_csv (native)',
      fileBytes: csv.length,
      run: (db) => Promise.resolve({ insert: timed(() => db.registerFile('orders.csv', csv)) + timed(() => db.exec("CREATE TABLE orders AS SELECT * FROM 'orders.csv'")) }),
    },
  ];

  const lines: string[][] = [];
  let direct = 0;
  const answers = new Set<string>();
  for (const path of paths) {
    const decode: number[] = [];
    const insert: number[] = [];
    const total: number[] = [];
    for (let i = 0; i < runs; i++) {
      const db = await cache.duckdb();
      try {
        const r = await path.run(db);
        total.push((r.decode ?? 0) + r.insert);
        decode.push(r.decode ?? 0);
        insert.push(r.insert);
        const [check] = db.query('SELECT count(*) AS n, round(sum(price), 2) AS revenue FROM orders');
        answers.add(`${check?.n}:${check?.revenue}`);
      } finally {
        db.close();
      }
    }
    const t = median(total);
    if (lines.length === 0) direct = t;
    lines.push([
      path.name,
      path.fileBytes ? mb(path.fileBytes).toFixed(1) : '—',
      decode.some((x) => x > 0) ? ms(median(decode)) : '—',
      ms(median(insert)),
      ms(t),
      path.fileBytes ? (t / mb(path.fileBytes)).toFixed(1) : '—',
      `${(t / direct).toFixed(2)}×`,
    ]);
  }
  printTable(['path', 'file MB', 'decode ms', 'insert ms', 'total ms', 'ms per file MB', 'vs load()'], lines);
  console.log(`  same count and sum(price) on every path: ${answers.size === 1 ? 'yes' : `NO (${[...answers].join(', ')})`}; load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}\n`);
}

function timed(f: () => void): number {
  const t = performance.now();
  f();
  return performance.now() - t;
}

/** Seeded orders: id, user, price, quantity, region (five values). */
function orders(rows: number): { columns: ColumnSpec[]; data: ColumnData } {
  let seed = 42;
  const next = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const regions = ['north', 'south', 'east', 'west', 'central'];
  const id = new Array<number>(rows);
  const user = new Array<number>(rows);
  const price = new Array<number>(rows);
  const quantity = new Array<number>(rows);
  const region = new Array<string>(rows);
  for (let i = 0; i < rows; i++) {
    id[i] = i + 1;
    user[i] = Math.floor(next() * 100_000);
    price[i] = Math.round(next() * 100_000) / 100;
    quantity[i] = 1 + Math.floor(next() * 9);
    region[i] = regions[Math.floor(next() * regions.length)]!;
  }
  const columns: ColumnSpec[] = [
    { name: 'id', type: 'int' },
    { name: 'user_id', type: 'int' },
    { name: 'price', type: 'float' },
    { name: 'quantity', type: 'int' },
    { name: 'region', type: 'text' },
  ];
  return { columns, data: [id, user, price, quantity, region] };
}

/** The rows as DuckDB's load() builds them (the same function), as an Arrow IPC stream. */
function arrowOf(columns: ColumnSpec[], data: ColumnData): Uint8Array {
  return tableToIPC(arrowTable(columns, data), 'stream');
}

function writeSnappy(pq: ParquetModule, ipc: Uint8Array): Uint8Array {
  const properties = new pq.WriterPropertiesBuilder().setCompression(pq.Compression.SNAPPY).build();
  return pq.writeParquet(pq.Table.fromIPCStream(ipc), properties);
}

function csvOf(columns: ColumnSpec[], data: ColumnData): Uint8Array {
  const n = data[0]?.length ?? 0;
  const lines = [columns.map((c) => c.name).join(',')];
  for (let i = 0; i < n; i++) lines.push(data.map((col) => String(col[i])).join(','));
  return new TextEncoder().encode(lines.join('\n') + '\n');
}
