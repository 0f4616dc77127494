import { afterAll, describe, expect, it } from 'vitest';
import { nodeEnv } from '@/lib/engines/node';
import { datasetCatalog, datasetIds } from '@/lib/sql-cells/catalog';
import type { SqlEngine } from '@/lib/engines/sql';
import { buildDataset, catalogName } from './datasets';

// The page lists each dataset's tables, columns and row counts before the engine loads
// (lib/sql-cells/catalog.ts): they must be what the generators build.
let engine: SqlEngine | null = null;
afterAll(() => engine?.close());

describe('datasets', () => {
  it.each(datasetIds.map((id) => [id]))('%s matches its catalog entry', async (id) => {
    engine ??= await nodeEnv().engines.duckdb();
    buildDataset(engine, id);
    const db = catalogName(id);
    const tables = engine.query(`SELECT schema_name, table_name FROM duckdb_tables() WHERE database_name = '${db}' ORDER BY ALL`);
    const named = tables.map((t) => (t.schema_name === 'main' ? String(t.table_name) : `${String(t.schema_name)}.${String(t.table_name)}`));
    expect(named.sort()).toEqual(datasetCatalog[id].tables.map((t) => t.name).sort());
    for (const table of datasetCatalog[id].tables) {
      const columns = engine.query(`DESCRIBE ${db}.${table.name}`).map((c) => [c.column_name, c.column_type]);
      expect(columns, table.name).toEqual(table.columns.map(([name, type]) => [name, type]));
      expect(engine.query(`SELECT COUNT(*) AS n FROM ${db}.${table.name}`)[0]?.n, table.name).toBe(table.rows);
    }
  }, 60_000);
});
