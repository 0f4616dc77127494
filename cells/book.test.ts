import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nodeEnv } from '@/lib/engines/node';
import { isDatasetId } from '@/lib/sql-cells/catalog';
import { checkSqlBlocks, sqlBlocks } from '@/lib/sql-cells/mdx';
import type { CellApi } from '@/lib/sql-cells/protocol';
import { WorkerClient } from '@/lib/worker/client';
import { serveWorker } from '@/lib/worker/host';
import { createInProcessWorker } from '@/lib/worker/inProcess';
import { cellHandlers } from './handler';

// Every SQL cell in the book, run as a reader would run it (through the worker protocol, on Node's
// DuckDB, against the dataset it names): none may fail.
const files = ['fundamentals', 'data-systems', 'ingestion'].flatMap((chapter) =>
  readdirSync(join('chapters', chapter))
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => join('chapters', chapter, name)),
);
const blocks = files.flatMap((file) => sqlBlocks(readFileSync(file, 'utf8')).blocks.map((block) => ({ file, ...block })));
const cells = blocks.filter((b) => b.dataset !== null);

const client = new WorkerClient<CellApi>(() => createInProcessWorker((scope) => serveWorker<CellApi>(cellHandlers(nodeEnv()), scope)));
afterAll(() => client.terminate());

describe('the book’s SQL', () => {
  it('has at least ten runnable cells, and a reason beside every other block', () => {
    expect(cells.length).toBeGreaterThanOrEqual(10);
    expect(files.flatMap((file) => checkSqlBlocks(readFileSync(file, 'utf8'), file))).toEqual([]);
  });

  it.each(cells.map((c) => [`${c.file}:${c.line}`, c] as const))('%s runs on its dataset', async (_where, cell) => {
    const dataset = cell.dataset ?? '';
    if (!isDatasetId(dataset)) throw new Error(`unknown dataset ${dataset}`);
    const result = await client.run('query', { dataset, sql: cell.sql });
    expect(result.statements).toBeGreaterThan(0);
  }, 60_000);

  it('gives the queries whose answers the text states those answers', async () => {
    const byLine = (file: string, first: string) => cells.find((c) => c.file.endsWith(file) && c.sql.includes(first))!;
    // "Returns a row, and so fails, if any single status holds more than 90% of a day's requests": about 85% are closed.
    const status = byLine('05-06-data-control-plane.mdx', 'share > 0.9');
    expect((await client.run('query', { dataset: 'service_requests', sql: status.sql })).total).toBe(0);
    // "Keep one row per 311 request": every request arrives in two pulls, and one copy of each is kept.
    const dedupe = byLine('05-01-data-sources-and-ingestion.mdx', 'nyc_311_pulls');
    expect((await client.run('query', { dataset: 'service_requests', sql: dedupe.sql })).total).toBe(18_808);
    // The three gold checks each return nothing on a gold table built by the chapter's own model.
    const checks = byLine('05-05-transformation-layers.mdx', 'HAVING COUNT(*) > 1');
    expect((await client.run('query', { dataset: 'flights', sql: checks.sql })).total).toBe(0);
    // The quarter's revenue by region: eight regions.
    const olap = byLine('05-storage-engines.mdx', 'OLAP shape');
    expect((await client.run('query', { dataset: 'orders', sql: olap.sql })).total).toBe(8);
  }, 60_000);
});
