import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB, openNodeSqlite } from './node';
import type { SqlEngine } from './sql';

const columns = [
  { name: 'id', type: 'int' },
  { name: 'region', type: 'text' },
  { name: 'price', type: 'float' },
] as const;
const data = [
  [1, 2, 3, 4],
  ['north', 'south', 'north', null],
  [10.5, 20, 30, 40],
];

describe.each([
  ['sqlite', openNodeSqlite],
  ['duckdb', openNodeDuckDB],
] as const)('%s engine', (kind, open) => {
  let engine: SqlEngine;
  beforeAll(async () => {
    engine = await open();
    engine.load('t', columns, data);
  }, 30_000);
  afterAll(() => engine?.close());

  it('loads columns and answers an aggregation with plain numbers', () => {
    expect(engine.kind).toBe(kind);
    const rows = engine.query('SELECT region, sum(price) AS total, count(*) AS n FROM t GROUP BY region ORDER BY region NULLS LAST');
    expect(rows).toEqual([
      { region: 'north', total: 40.5, n: 2 },
      { region: 'south', total: 20, n: 1 },
      { region: null, total: 40, n: 1 },
    ]);
  });

  it('runs a prepared statement many times with parameters', () => {
    const byId = engine.prepare(kind === 'duckdb' ? 'SELECT price FROM t WHERE id = ?::INTEGER' : 'SELECT price FROM t WHERE id = ?');
    expect(byId.run([3])).toEqual([{ price: 30 }]);
    expect(byId.run([4])).toEqual([{ price: 40 }]);
    expect(byId.run([99])).toEqual([]);
    byId.close();
  });

  it('reports how much memory its data holds', () => {
    const bytes = engine.memoryBytes();
    expect(bytes === null || bytes >= 0).toBe(true);
    if (kind === 'sqlite') expect(bytes).toBeGreaterThan(0);
  });

  it('refuses identifiers that are not plain names', () => {
    expect(() => engine.load('t; DROP TABLE t', columns, data)).toThrow(/identifier/);
  });
});

describe('loading awkward values into SQLite', () => {
  it('keeps quotes, exact doubles and nulls', { timeout: 30_000 }, async () => {
    const engine = await openNodeSqlite();
    engine.load('q', [{ name: 's', type: 'text' }, { name: 'x', type: 'float' }], [["it's", 'a;b', null], [0.1 + 0.2, 1e-300, Number.NaN]]);
    expect(engine.query('SELECT s, x FROM q')).toEqual([
      { s: "it's", x: 0.1 + 0.2 },
      { s: 'a;b', x: 1e-300 },
      { s: null, x: null },
    ]);
    engine.close();
  });
});

describe('text columns handed to DuckDB as Arrow', () => {
  it('keep every string, empty strings, non-ASCII text and nulls', { timeout: 30_000 }, async () => {
    const { utf8Vector } = await import('./duckdb');
    const values = ['', 'é', '日本語 text', null, 'a'.repeat(1000), 'last'];
    expect(utf8Vector(values).toArray()).toEqual(values);
    const engine = await openNodeDuckDB();
    engine.load('u', [{ name: 's', type: 'text' }], [values]);
    expect(engine.query('SELECT s FROM u').map((r) => r.s)).toEqual(values);
    engine.close();
  }); // opens its own DuckDB: about 1 s alone, several on a busy machine
});
