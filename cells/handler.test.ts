import { afterAll, describe, expect, it } from 'vitest';
import { nodeEnv } from '@/lib/engines/node';
import { WorkerClient } from '@/lib/worker/client';
import { serveWorker } from '@/lib/worker/host';
import { createInProcessWorker } from '@/lib/worker/inProcess';
import { REFUSED_ERROR, ROW_CAP, type CellApi, type CellRequest } from '@/lib/sql-cells/protocol';
import { FLIGHTS_PER_DAY, ORDER_ROWS } from './datasets';
import { cellHandlers } from './handler';

// The worker side through the real protocol, in-process, on Node's DuckDB: every answer below is
// known from the generators without running them (row counts, shares of a uniform or a stated draw).
const env = nodeEnv();
const client = new WorkerClient<CellApi>(() => createInProcessWorker((scope) => serveWorker<CellApi>(cellHandlers(env), scope)));
const run = (dataset: CellRequest['dataset'], sql: string) => client.run('query', { dataset, sql });
afterAll(() => client.terminate());

describe('SQL cell worker', () => {
  it('counts the generator’s rows', async () => {
    const r = await run('orders', 'SELECT COUNT(*) AS n FROM orders');
    expect(r.columns).toEqual([{ name: 'n', type: 'bigint' }]);
    expect(r.rows).toEqual([[ORDER_ROWS]]);
    expect(r.buildMs).not.toBeNull();
    const flights = await run('flights', 'SELECT COUNT(*) AS n FROM silver.flights_clean');
    expect(flights.rows).toEqual([[14 * FLIGHTS_PER_DAY]]);
  }, 60_000);

  it('groups within the bounds the generator’s uniform draw allows', async () => {
    const r = await run('orders', 'SELECT region, COUNT(*) AS n FROM orders GROUP BY region ORDER BY region');
    expect(r.rows).toHaveLength(8);
    // 20,000 orders over 8 regions: 2,500 each, standard deviation about 47; 250 is more than 5 of them.
    for (const [, n] of r.rows) expect(Math.abs(Number(n) - 2_500)).toBeLessThan(250);
    expect(r.rows.reduce((s, [, n]) => s + Number(n), 0)).toBe(ORDER_ROWS);
    expect(r.buildMs).toBeNull();
  }, 60_000);

  it('holds the 311 statuses to the generator’s 85 / 10 / 5 per cent', async () => {
    const r = await run('service_requests', `SELECT status, COUNT(*) * 1.0 / SUM(COUNT(*)) OVER () AS share FROM raw.nyc_311_requests GROUP BY status ORDER BY status`);
    const share = Object.fromEntries(r.rows.map(([s, v]) => [String(s), Number(v)]));
    expect(share.Closed).toBeGreaterThan(0.82);
    expect(share.Closed).toBeLessThan(0.88);
    expect(share.Open).toBeGreaterThan(0.035);
    expect(share.Open).toBeLessThan(0.065);
  }, 60_000);

  it('sends at most a page of rows, with the total, and prints timestamps as SQL does', async () => {
    const r = await run('orders', 'SELECT * FROM orders ORDER BY order_id');
    expect(r.rows).toHaveLength(ROW_CAP);
    expect(r.total).toBe(ORDER_ROWS);
    const at = r.columns.findIndex((c) => c.name === 'created_at');
    expect(r.columns[at]!.type).toBe('timestamp');
    expect(String(r.rows[0]![at])).toMatch(/^2025-01-01 \d\d:\d\d:\d\d$/);
  }, 60_000);

  it('shows the last statement’s result and names the statement that failed', async () => {
    const r = await run('orders', 'SELECT 1 AS a; SELECT 2 AS b');
    expect(r).toMatchObject({ columns: [{ name: 'b' }], rows: [[2]], statements: 2 });
    // What the earlier SELECT returned is shown too; a write's bare count is not.
    expect(r.earlier).toEqual([{ statement: 1, columns: [{ name: 'a', type: 'integer' }], rows: [[1]], total: 1 }]);
    const write = await run('orders', "SELECT status FROM orders WHERE order_id = 42; UPDATE orders SET status = 'shipped' WHERE order_id = 42; SELECT status FROM orders WHERE order_id = 42");
    expect(write.earlier.map((e) => e.statement)).toEqual([1]);
    expect(write.earlier[0]!.total).toBe(1);
    expect(write.rows).toEqual([['shipped']]);
    await expect(run('orders', 'SELECT 1; SELEC 2; SELECT 3')).rejects.toThrow(/^Statement 2 of 3: Parser Error: syntax error at or near "SELEC"/);
  }, 60_000);

  it('passes DuckDB’s own message for a bad query, and the worker lives on', async () => {
    await expect(run('orders', 'SELECT nope FROM orders')).rejects.toThrow(/Binder Error: Referenced column "nope" not found/);
    await expect(run('orders', 'SELECT * FROM no_such_table')).rejects.toThrow(/Catalog Error: Table with name no_such_table does not exist/);
    expect((await run('orders', 'SELECT 42 AS x')).rows).toEqual([[42]]);
  }, 60_000);

  it('refuses files and the network before DuckDB sees them', async () => {
    const refused = run('flights', `SELECT * FROM read_parquet('s3://lake/silver/flights_clean/*/*.parquet')`);
    await expect(refused).rejects.toMatchObject({ name: REFUSED_ERROR });
    await expect(refused).rejects.toThrow(/read_parquet\(\) reads files or URLs/);
    await expect(run('flights', 'LOAD httpfs')).rejects.toThrow(/^LOAD loads an extension/);
  }, 60_000);

  it('rolls every run back: an UPDATE in one run is gone in the next', async () => {
    const before = await run('orders', `SELECT status FROM orders WHERE order_id = 42`);
    const update = await run('orders', `UPDATE orders SET status = 'changed' WHERE order_id = 42; SELECT status FROM orders WHERE order_id = 42`);
    expect(update.rows).toEqual([['changed']]);
    expect((await run('orders', `SELECT status FROM orders WHERE order_id = 42`)).rows).toEqual(before.rows);
  }, 60_000);

  it('runs a statement’s own transaction as written, then rebuilds the dataset', async () => {
    await run('orders', `BEGIN TRANSACTION; DELETE FROM orders WHERE order_id <= 10; COMMIT;`);
    const after = await run('orders', 'SELECT COUNT(*) AS n FROM orders');
    expect(after.rows).toEqual([[ORDER_ROWS]]);
    expect(after.buildMs).not.toBeNull();
  }, 60_000);

  it('refuses a request outside its schema with a clear message', async () => {
    await expect(client.run('query', { dataset: 'nope' as CellRequest['dataset'], sql: 'SELECT 1' })).rejects.toThrow(/dataset the book does not have/);
    await expect(run('orders', '   ')).rejects.toThrow(/editor is empty/);
  });
});
