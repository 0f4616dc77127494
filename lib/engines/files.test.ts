import { Int32, makeVector, Table, tableFromArrays, tableToIPC, Utf8, vectorFromArray } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzedRows, decimalToNumber } from './duckdb';
import { nodeSources, openNodeDuckDB, openNodeSqlite } from './node';
import type { ParquetModule } from './parquet';
import { parquetToDuckDB } from './parquetToDuckDB';
import { fileStem, type SqlEngine } from './sql';
import { drawPlan, loadSqlite } from './sqlite';

/** A small seeded generator (mulberry32), so the data and the sums are the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REGIONS = ['north', 'south', 'east', 'west', 'zentrum-é'];
const N = 20_000;

/** Sales with a null every 97th quantity; the expected sums are computed here in JS, not by an engine. */
function sales() {
  const next = random(7);
  const id = Int32Array.from({ length: N }, (_, i) => i + 1);
  const price = Float64Array.from({ length: N }, () => Math.round(next() * 100_000) / 100);
  const quantity = Array.from({ length: N }, (_, i) => (i % 97 === 0 ? null : 1 + Math.floor(next() * 9)));
  const region = Array.from({ length: N }, () => REGIONS[Math.floor(next() * REGIONS.length)]!);
  const expected = new Map<string, { revenue: number; quantity: number; rows: number; nulls: number }>();
  for (let i = 0; i < N; i++) {
    const e = expected.get(region[i]!) ?? { revenue: 0, quantity: 0, rows: 0, nulls: 0 };
    e.revenue += price[i]!;
    e.quantity += quantity[i] ?? 0;
    e.rows += 1;
    e.nulls += quantity[i] === null ? 1 : 0;
    expected.set(region[i]!, e);
  }
  const table = new Table({
    id: makeVector(id),
    price: makeVector(price),
    quantity: vectorFromArray(quantity, new Int32()),
    region: vectorFromArray(region, new Utf8()),
  });
  return { table, expected };
}

function writeParquet(pq: ParquetModule, table: Table): Uint8Array {
  return pq.writeParquet(pq.Table.fromIPCStream(tableToIPC(table, 'stream')));
}

describe('DuckDB files', () => {
  let duck: SqlEngine;
  let pq: ParquetModule;
  const { table, expected } = sales();
  let parquetBytes: Uint8Array;

  beforeAll(async () => {
    duck = await openNodeDuckDB();
  }, 60_000);
  afterAll(() => duck?.close());

  it('refuses a .parquet file while parquet-wasm is not loaded in this worker, saying what to do', () => {
    expect(() => duck.registerFile('early.parquet', new Uint8Array([80, 65, 82, 49]))).toThrow(/no Parquet reader.*await env\.engines\.parquet\(\)/);
  });

  it('reads a Parquet file written by parquet-wasm as a table named after the file, with the sums computed in JS', { timeout: 60_000 }, async () => {
    pq = (await nodeSources.parquet.load(() => undefined))();
    parquetBytes = writeParquet(pq, table);
    duck.registerFile('data/sales.parquet', parquetBytes);
    const rows = duck.query('SELECT region, sum(price) AS revenue, sum(quantity) AS quantity, count(*) AS n, count(*) - count(quantity) AS nulls FROM sales GROUP BY region ORDER BY region');
    expect(rows.map((r) => r.region)).toEqual([...expected.keys()].sort());
    for (const r of rows) {
      const e = expected.get(String(r.region))!;
      expect(r.revenue).toBeCloseTo(e.revenue, 6);
      // sum() over an integer column is a HUGEINT: it must come back as a plain number.
      expect(r.quantity).toBe(e.quantity);
      expect(r.n).toBe(e.rows);
      expect(r.nulls).toBe(e.nulls);
    }
    expect(duck.query("SELECT column_name, column_type FROM (DESCRIBE sales)")).toEqual([
      { column_name: 'id', column_type: 'INTEGER' },
      { column_name: 'price', column_type: 'DOUBLE' },
      { column_name: 'quantity', column_type: 'INTEGER' },
      { column_name: 'region', column_type: 'VARCHAR' },
    ]);
  });

  it('replaces the table when the same file is registered again', () => {
    const small = tableFromArrays({ id: Int32Array.from([1, 2]), price: Float64Array.from([0.5, 0.25]) });
    duck.registerFile('sales.parquet', writeParquet(pq, small));
    expect(duck.query('SELECT count(*) AS n, sum(price) AS p FROM sales')).toEqual([{ n: 2, p: 0.75 }]);
    duck.registerFile('sales.parquet', parquetBytes);
    expect(duck.query('SELECT count(*) AS n FROM sales')).toEqual([{ n: N }]);
  });

  it('parquetToDuckDB reads only the columns asked for (in the file\'s order), into the table asked for', async () => {
    const result = await parquetToDuckDB(duck, 'sales.parquet', parquetBytes, { columns: ['region', 'price'], table: 'revenue' });
    expect(result).toMatchObject({ table: 'revenue', rows: N, columns: ['price', 'region'] });
    expect(result.arrowBytes).toBeGreaterThan(N * 8);
    const [north] = duck.query("SELECT sum(price) AS revenue FROM revenue WHERE region = 'north'");
    expect(north?.revenue).toBeCloseTo(expected.get('north')!.revenue, 6);
    await expect(parquetToDuckDB(duck, 'sales.parquet', parquetBytes, { columns: ['nope'] })).rejects.toThrow(/sales\.parquet could not be decoded as Parquet \(columns nope\)/);
  });

  it('fails fast and says why on read_parquet, a Parquet file by name, LOAD and autoloading (never a fetch)', () => {
    expect(() => duck.query("SELECT * FROM read_parquet('sales.parquet')")).toThrow(/no Parquet reader.*nothing is fetched.*registerFile\('sales\.parquet', bytes\).*\(sales\)/);
    expect(() => duck.query("SELECT count(*) FROM 'sales.parquet'")).toThrow(/no Parquet reader/);
    expect(() => duck.query("SELECT * FROM parquet_scan('x.parquet')")).toThrow(/no Parquet reader/);
    expect(() => duck.exec('LOAD parquet')).toThrow(/does not LOAD extensions/);
    expect(() => duck.exec('-- comment\nINSTALL json')).toThrow(/does not INSTALL extensions/);
    expect(() => duck.exec('SET autoload_known_extensions = true')).toThrow(/autoloading off/);
    expect(() => duck.exec("SET GLOBAL autoinstall_known_extensions TO 'true'")).toThrow(/autoloading off/);
    expect(() => duck.exec('RESET autoload_known_extensions')).toThrow(/autoloading off/);
    // Turning them off (again) is fine.
    duck.exec('SET autoinstall_known_extensions=false; SET autoload_known_extensions=false;');
    expect(() => duck.query("SELECT * FROM read_json('x.json')")).toThrow(/no JSON reader/);
    // Ordinary errors pass through unchanged.
    expect(() => duck.query('SELECT * FROM no_such_table')).toThrow(/Table with name no_such_table does not exist/);
  });

  it('reads a registered CSV by its name, and a second registration replaces the first', () => {
    duck.registerFile('prices.csv', new TextEncoder().encode('item,price\napple,1.25\npear,2.5\nplum,0.75\n'));
    expect(duck.query("SELECT count(*) AS n, sum(price) AS total FROM 'prices.csv'")).toEqual([{ n: 3, total: 4.5 }]);
    expect(duck.query("SELECT max(price) AS top FROM read_csv('prices.csv', header = true)")).toEqual([{ top: 2.5 }]);
    duck.registerFile('prices.csv', new TextEncoder().encode('item,price\nfig,10\n'));
    expect(duck.query("SELECT sum(price) AS total FROM 'prices.csv'")).toEqual([{ total: 10 }]);
  });

  it('inserts Arrow IPC, file or stream format, as a table', () => {
    const t = tableFromArrays({ k: Int32Array.from([1, 2, 3]), v: Float64Array.from([0.5, 1.5, 2]) });
    duck.registerFile('as_file.arrow', tableToIPC(t, 'file'));
    duck.registerFile('as_stream.arrows', tableToIPC(t, 'stream'));
    expect(duck.query('SELECT (SELECT sum(v) FROM as_file) AS a, (SELECT sum(k) FROM as_stream) AS b')).toEqual([{ a: 4, b: 6 }]);
  });

  it('returns DECIMAL and HUGEINT values as numbers, scaled', () => {
    expect(duck.query('SELECT 1.50::DECIMAL(10,2) AS a, -0.05::DECIMAL(4,2) AS b, 123456789.125::DECIMAL(18,3) AS c, -45::HUGEINT AS h, NULL::DECIMAL(5,1) AS z')).toEqual([
      { a: 1.5, b: -0.05, c: 123456789.125, h: -45, z: null },
    ]);
    expect(decimalToNumber('-150', 2)).toBe(-1.5);
    expect(decimalToNumber('30', 2)).toBe(0.3);
    expect(decimalToNumber('170141183460469231731687303715884105727', 0)).toBe(1.7014118346046923e38);
  });

  it('explains a plan, and with analyze runs it and reports its rows', () => {
    const plan = duck.explain('SELECT region, sum(price) FROM sales WHERE id > 100 GROUP BY region;');
    expect(plan.rows[0]).toMatchObject({ explain_key: 'physical_plan' });
    expect(plan.text).toMatch(/SEQ_SCAN/);
    expect(plan.text).toMatch(/Table: sales/);
    expect(plan.text).toMatch(/Filters: id>100/);
    expect(plan.text).toMatch(/HASH_GROUP_BY/);
    expect(plan.run).toBeUndefined();

    const analyzed = duck.explain('SELECT region, count(*) FROM sales WHERE id <= ?::INTEGER GROUP BY region', { analyze: true, params: [1000] });
    expect(analyzed.rows[0]).toMatchObject({ explain_key: 'analyzed_plan' });
    expect(analyzed.text).toMatch(/Total Time: [\d.]+s/);
    expect(analyzed.text).toMatch(/1,000 rows/);
    expect(analyzed.run?.rows).toBe(REGIONS.length);
    expect(analyzed.run?.ms).toBeGreaterThanOrEqual(0);
    expect(analyzedRows('no drawing here')).toBeNull();
  });
});

describe('SQLite files', () => {
  let lite: SqlEngine;
  let image: Uint8Array;
  const orders = { n: 500, revenue: 0, byRegion: new Map<string, number>() };

  beforeAll(async () => {
    lite = await openNodeSqlite();
    // Another SQLite database, serialised to the bytes of its .db file.
    const sqlite3 = await loadSqlite(async () => (await import('@sqlite.org/sqlite-wasm')).default);
    const source = new sqlite3.oo1.DB(':memory:', 'c');
    source.exec('CREATE TABLE orders (id INTEGER PRIMARY KEY, region TEXT, price REAL); CREATE INDEX orders_region ON orders(region)');
    const next = random(11);
    for (let id = 1; id <= orders.n; id++) {
      const region = REGIONS[id % REGIONS.length]!;
      const price = Math.round(next() * 10_000) / 100;
      source.exec({ sql: 'INSERT INTO orders VALUES (?, ?, ?)', bind: [id, region, price] });
      orders.revenue += price;
      orders.byRegion.set(region, (orders.byRegion.get(region) ?? 0) + 1);
    }
    image = sqlite3.capi.sqlite3_js_db_export(source);
    source.close();
    lite.exec("CREATE TABLE regions (name TEXT PRIMARY KEY, manager TEXT); INSERT INTO regions VALUES ('north', 'Ada'), ('south', 'Bo')");
  }, 60_000);
  afterAll(() => lite?.close());

  it('attaches a serialised database image under the file stem', () => {
    expect(new TextDecoder().decode(image.subarray(0, 15))).toBe('SQLite format 3');
    lite.registerFile('shop.db', image);
    const [total] = lite.query('SELECT count(*) AS n, sum(price) AS revenue FROM shop.orders');
    expect(total?.n).toBe(orders.n);
    expect(total?.revenue).toBeCloseTo(orders.revenue, 6);
    // Joins across the attached schema and main.
    expect(lite.query('SELECT r.manager, count(*) AS n FROM shop.orders o JOIN regions r ON r.name = o.region GROUP BY r.manager ORDER BY r.manager')).toEqual([
      { manager: 'Ada', n: orders.byRegion.get('north') },
      { manager: 'Bo', n: orders.byRegion.get('south') },
    ]);
  });

  it('lets the attached copy be written to, and registering the file again starts from the bytes', () => {
    lite.exec('DELETE FROM shop.orders WHERE id > 10');
    expect(lite.query('SELECT count(*) AS n FROM shop.orders')).toEqual([{ n: 10 }]);
    lite.registerFile('shop.db', image);
    expect(lite.query('SELECT count(*) AS n FROM shop.orders')).toEqual([{ n: orders.n }]);
    expect(lite.query('SELECT name FROM pragma_database_list ORDER BY seq')).toEqual([{ name: 'main' }, { name: 'shop' }]);
  });

  it('attaches an image whose header says WAL mode', () => {
    const wal = image.slice();
    wal[18] = 2;
    wal[19] = 2;
    lite.registerFile('walshop.sqlite', wal);
    expect(lite.query('SELECT count(*) AS n FROM walshop.orders')).toEqual([{ n: orders.n }]);
  });

  it('refuses what is not a database image, and a damaged one leaves the connection usable', () => {
    expect(() => lite.registerFile('prices.csv', new TextEncoder().encode('a,b\n1,2\n'))).toThrow(/only a database image.*prices\.csv is not one/);
    const damaged = new Uint8Array(4096);
    damaged.set(new TextEncoder().encode('SQLite format 3\0'));
    damaged.fill(7, 16);
    expect(() => lite.registerFile('damaged.db', damaged)).toThrow(/damaged\.db could not be opened as a SQLite database/);
    expect(() => lite.registerFile('cut.db', image.slice(0, 1024))).toThrow(/cut\.db could not be opened/);
    expect(() => lite.registerFile('main.db', image)).toThrow(/SQLite's own schema name/);
    expect(() => lite.registerFile('my shop.db', image)).toThrow(/plain identifier/);
    expect(lite.query('SELECT count(*) AS n FROM shop.orders')).toEqual([{ n: orders.n }]);
  });

  it('explains with EXPLAIN QUERY PLAN: SEARCH with the index, SCAN without', () => {
    const byRegion = lite.explain("SELECT * FROM shop.orders WHERE region = 'east' ORDER BY price");
    expect(byRegion.text).toBe('QUERY PLAN\n|--SEARCH shop.orders USING INDEX orders_region (region=?)\n`--USE TEMP B-TREE FOR ORDER BY');
    expect(byRegion.rows.map((r) => r.detail)).toEqual(['SEARCH shop.orders USING INDEX orders_region (region=?)', 'USE TEMP B-TREE FOR ORDER BY']);
    expect(lite.explain('SELECT * FROM shop.orders WHERE id = ?', { params: [3] }).text).toMatch(/SEARCH shop\.orders USING INTEGER PRIMARY KEY \(rowid=\?\)/);
    expect(lite.explain('SELECT * FROM shop.orders WHERE price > 50').text).toMatch(/SCAN shop\.orders/);
    expect(lite.explain('SELECT * FROM shop.orders WHERE price > 50').run).toBeUndefined();
  });

  it('with analyze, runs the query once and says SQLite has no EXPLAIN ANALYZE', () => {
    const analyzed = lite.explain('SELECT * FROM shop.orders WHERE region = ?', { analyze: true, params: ['west'] });
    expect(analyzed.run?.rows).toBe(orders.byRegion.get('west'));
    expect(analyzed.text).toMatch(/^QUERY PLAN\n`--SEARCH shop\.orders USING INDEX orders_region \(region=\?\)\n\nSQLite has no EXPLAIN ANALYZE/);
    expect(analyzed.text).toMatch(new RegExp(`Run once here: ${orders.byRegion.get('west')} rows in [\\d.]+ ms\\.$`));
  });

  it('draws nested plans as the sqlite3 shell does', () => {
    expect(
      drawPlan([
        { id: 2, parent: 0, notused: 0, detail: 'SCAN a' },
        { id: 5, parent: 0, notused: 0, detail: 'LIST SUBQUERY 1' },
        { id: 7, parent: 5, notused: 0, detail: 'SCAN b' },
        { id: 9, parent: 5, notused: 0, detail: 'USE TEMP B-TREE FOR DISTINCT' },
        { id: 12, parent: 0, notused: 0, detail: 'USE TEMP B-TREE FOR ORDER BY' },
      ]),
    ).toBe(['QUERY PLAN', '|--SCAN a', '|--LIST SUBQUERY 1', '|  |--SCAN b', '|  `--USE TEMP B-TREE FOR DISTINCT', '`--USE TEMP B-TREE FOR ORDER BY'].join('\n'));
  });
});

describe('file stems', () => {
  it('name tables and schemas after the file, without folder or extension', () => {
    expect(fileStem('data/2024/trips.parquet')).toBe('trips');
    expect(fileStem('shop.db')).toBe('shop');
    expect(fileStem('plain')).toBe('plain');
    expect(() => fileStem('2024-trips.parquet')).toThrow(/plain identifier.*"2024-trips"/);
  });
});
