import { describe, expect, it } from 'vitest';
import type { EngineStatus } from './kinds';
import { nodeSources } from './node';
import * as parquetModule from 'parquet-wasm/esm';
import type { ParquetModule } from './parquet';
import type { SqlEngine } from './sql';
import { createEngineCache, type EngineSource, type EngineSources } from './warm';

/** A source whose loads are counted and controlled by the test; each open returns a fresh token. */
function fakeSource<E>(open: () => E, script: { fail?: number; bytes?: (onBytes: (loaded: number, total: number | null) => void) => void } = {}) {
  const counts = { loads: 0, opens: 0 };
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const source: EngineSource<E> = {
    async load(onBytes) {
      counts.loads++;
      script.bytes?.(onBytes);
      await gate;
      if (counts.loads <= (script.fail ?? 0)) throw new Error(`load ${counts.loads} failed`);
      return () => {
        counts.opens++;
        return open();
      };
    },
  };
  return { source, counts, release };
}

const unused = <E>(): EngineSource<E> => ({ load: () => Promise.reject(new Error('not used in this test')) });
const noEngine = (): SqlEngine => {
  throw new Error('no engine in this test');
};

function sources(overrides: Partial<EngineSources>): EngineSources {
  return { sqlite: unused(), duckdb: unused(), parquet: unused(), ...overrides };
}

describe('warm engine cache (fake engines)', () => {
  it('gives concurrent callers one shared load, and each caller its own open', async () => {
    // The module object itself stands in for a loaded one (never initialised: nothing here calls into it).
    const fake = fakeSource<ParquetModule>(() => parquetModule);
    const statuses: EngineStatus[] = [];
    const cache = createEngineCache(sources({ parquet: fake.source }), (s) => statuses.push(s), () => 0);
    const calls = [cache.parquet(), cache.parquet(), cache.preload('parquet'), cache.parquet()];
    fake.release();
    await Promise.all(calls);
    expect(fake.counts).toEqual({ loads: 1, opens: 3 });
    await cache.parquet();
    expect(fake.counts).toEqual({ loads: 1, opens: 4 });
    expect(statuses.map((s) => s.state)).toEqual(['loading', 'ready']);
  });

  it('forgets a failed load, so the next call loads again', async () => {
    const fake = fakeSource(noEngine, { fail: 1 });
    const statuses: EngineStatus[] = [];
    const cache = createEngineCache(sources({ sqlite: fake.source }), (s) => statuses.push(s), () => 0);
    fake.release();
    await expect(cache.preload('sqlite')).rejects.toThrow('load 1 failed');
    expect(statuses.at(-1)).toEqual({ engine: 'sqlite', state: 'error', message: 'load 1 failed' });
    await expect(cache.preload('sqlite')).resolves.toBeUndefined();
    expect(fake.counts.loads).toBe(2);
    expect(statuses.map((s) => s.state)).toEqual(['loading', 'error', 'loading', 'ready']);
  });

  it('reports loading, then bytes at most every 100 ms (and the last chunk), then ready with the load time', async () => {
    let clock = 1_000;
    const total = 50 * 65_536;
    // 50 chunks, 10 ms apart: 500 ms of downloading.
    const fake = fakeSource(noEngine, {
      bytes: (onBytes) => {
        for (let chunk = 1; chunk <= 50; chunk++) {
          clock += 10;
          onBytes(chunk * 65_536, total);
        }
      },
    });
    const statuses: Array<EngineStatus & { at: number }> = [];
    const cache = createEngineCache(sources({ duckdb: fake.source }), (s) => statuses.push({ ...s, at: clock }), () => clock);
    const ready = cache.preload('duckdb');
    clock += 40; // instantiating after the last byte
    fake.release();
    await ready;

    const states = statuses.map((s) => s.state);
    expect(states[0]).toBe('loading');
    expect(states.at(-1)).toBe('ready');
    expect(states.slice(0, -1).every((s) => s === 'loading')).toBe(true);
    expect(statuses[0]).toMatchObject({ loaded: 0, total: null, at: 1_000 });

    const bytes = statuses.filter((s): s is Extract<EngineStatus, { state: 'loading' }> & { at: number } => s.state === 'loading').slice(1);
    // 50 chunks over 500 ms come out as 5 or 6 throttled reports plus the final one, not 50.
    expect(bytes.length).toBeGreaterThanOrEqual(5);
    expect(bytes.length).toBeLessThanOrEqual(7);
    for (let i = 1; i < bytes.length - 1; i++) expect(bytes[i]!.at - bytes[i - 1]!.at).toBeGreaterThanOrEqual(100);
    expect(bytes.at(-1)).toMatchObject({ loaded: total, total });
    expect(bytes.map((b) => b.loaded)).toEqual([...bytes.map((b) => b.loaded)].sort((a, b) => a - b));
    expect(statuses.at(-1)).toEqual({ engine: 'duckdb', state: 'ready', ms: 540, at: 1_540 });
  });

  it('shares nothing between engines: one failing leaves the others loadable', async () => {
    const bad = fakeSource(noEngine, { fail: 5 });
    const good = fakeSource(noEngine);
    const cache = createEngineCache(sources({ duckdb: bad.source, sqlite: good.source }), () => undefined, () => 0);
    bad.release();
    good.release();
    await expect(cache.preload('duckdb')).rejects.toThrow('load 1 failed');
    await expect(cache.preload('sqlite')).resolves.toBeUndefined();
  });
});

describe.each(['duckdb', 'sqlite'] as const)('warm %s (the real engine in Node)', (engine) => {
  it('gives a clean database on each call, on the one loaded module', { timeout: 60_000 }, async () => {
    const loads = { count: 0 };
    const counted: EngineSource<SqlEngine> = {
      load: (onBytes) => {
        loads.count++;
        return nodeSources[engine].load(onBytes);
      },
    };
    const statuses: EngineStatus[] = [];
    const cache = createEngineCache(sources({ [engine]: counted }), (s) => statuses.push(s), () => performance.now());

    const first = await cache[engine]();
    first.exec('CREATE TABLE made_here (x INTEGER)');
    first.exec('INSERT INTO made_here VALUES (1), (2)');
    expect(first.query('SELECT count(*) AS n FROM made_here')).toEqual([{ n: 2 }]);
    if (engine === 'duckdb') {
      first.registerFile('left.csv', new TextEncoder().encode('a\n1\n'));
      expect(first.query("SELECT a FROM 'left.csv'")).toEqual([{ a: 1 }]);
    }
    first.close();

    const second = await cache[engine]();
    expect(() => second.query('SELECT * FROM made_here')).toThrow(/made_here/);
    if (engine === 'duckdb') expect(() => second.query("SELECT a FROM 'left.csv'")).toThrow(/left\.csv/);
    second.exec('CREATE TABLE made_here (y TEXT)');
    expect(second.query('SELECT count(*) AS n FROM made_here')).toEqual([{ n: 0 }]);
    second.close();

    expect(loads.count).toBe(1);
    expect(statuses.filter((s) => s.state === 'ready')).toHaveLength(1);
  });
});

describe('one DuckDB database at a time per loaded engine', () => {
  it('retires a database left open when the next is opened, and says so when it is used', { timeout: 60_000 }, async () => {
    const cache = createEngineCache(sources({ duckdb: nodeSources.duckdb }), () => undefined, () => 0);
    const stale = await cache.duckdb();
    stale.exec('CREATE TABLE t AS SELECT 1 AS x');
    const fresh = await cache.duckdb();
    expect(() => stale.query('SELECT * FROM t')).toThrow(/replaced.*another was opened before this one was closed/);
    stale.close(); // a late close() of the retired database must not reset the new one
    fresh.exec('CREATE TABLE u AS SELECT 2 AS y');
    expect(fresh.query('SELECT y FROM u')).toEqual([{ y: 2 }]);
    fresh.close();
    expect(() => fresh.query('SELECT 1')).toThrow(/closed/);
  });
});
