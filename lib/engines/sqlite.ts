import type { Database, Sqlite3Static } from '@sqlite.org/sqlite-wasm';
import { ident, plainValue, type ColumnSpec, type Prepared, type Row, type SqlEngine, type SqlParam } from './sql';

/** Pinned; engines.test.ts checks it against the installed package. */
export const SQLITE_WASM_VERSION = '3.54.1-build1';
/** scripts/copy-engines.mjs copies the package's files here; bundlers cannot pack it, so it is loaded as is. */
export const SQLITE_WASM_DIR = '/engines/sqlite';

export type InitModule = (options?: Record<string, unknown>) => Promise<Sqlite3Static>;

export async function browserInit(): Promise<InitModule> {
  const url = `${SQLITE_WASM_DIR}/index.mjs`;
  const mod = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ url)) as { default: InitModule };
  return mod.default;
}

const SQL_TYPE: Record<ColumnSpec['type'], string> = { int: 'INTEGER', float: 'REAL', text: 'TEXT' };

/** Loads and instantiates SQLite's module once per worker; `wasmBinary` hands it bytes already fetched (with progress). */
export async function loadSqlite(init: () => Promise<InitModule> = browserInit, wasmBinary?: ArrayBuffer): Promise<Sqlite3Static> {
  try {
    return await (await init())({ print: () => undefined, printErr: () => undefined, ...(wasmBinary ? { wasmBinary } : {}) });
  } catch (error) {
    throw new Error(`SQLite could not be loaded from ${SQLITE_WASM_DIR}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Opens an in-memory SQLite database (a row store: each table is a B-tree keyed by rowid), loading the engine first. */
export async function openSqlite(init: () => Promise<InitModule> = browserInit): Promise<SqlEngine> {
  return openSqliteDatabase(await loadSqlite(init));
}

/** A clean in-memory database on an instantiated engine. */
export function openSqliteDatabase(sqlite3: Sqlite3Static): SqlEngine {
  const db: Database = new sqlite3.oo1.DB(':memory:', 'c');

  const prepare = (sql: string): Prepared => {
    const stmt = db.prepare(sql);
    return {
      run: (params = []) => {
        try {
          if (params.length > 0) stmt.bind(params as SqlParam[]);
          const out: Row[] = [];
          while (stmt.step()) {
            const r = stmt.get({}) as Record<string, unknown>;
            const row: Row = {};
            for (const [k, v] of Object.entries(r)) row[k] = plainValue(v);
            out.push(row);
          }
          return out;
        } finally {
          stmt.reset(true);
        }
      },
      close: () => stmt.finalize(),
    };
  };

  return {
    kind: 'sqlite',
    version: sqlite3.version.libVersion,
    exec: (sql) => void db.exec(sql),
    query: (sql, params?: readonly SqlParam[]) => {
      const p = prepare(sql);
      try {
        return p.run(params);
      } finally {
        p.close();
      }
    },
    prepare,
    load: (table, columns, data, options = {}) => {
      const t = ident(table);
      const key = (c: ColumnSpec) => (c.name === options.primaryKey ? ' PRIMARY KEY' : '');
      db.exec(`DROP TABLE IF EXISTS ${t}`);
      db.exec(`CREATE TABLE ${t} (${columns.map((c) => `${ident(c.name)} ${SQL_TYPE[c.type]}${key(c)}`).join(', ')})`);
      // Rows go in as SQL literals, 500 to a statement: SQLite parses text in C faster than JS can
      // bind values one by one (about 3× faster for a million rows here).
      const n = data[0]?.length ?? 0;
      db.exec('BEGIN');
      try {
        for (let start = 0; start < n; start += 500) {
          const tuples: string[] = [];
          for (let i = start; i < Math.min(n, start + 500); i++) tuples.push(`(${data.map((column) => literal(column[i] ?? null)).join(',')})`);
          db.exec(`INSERT INTO ${t} VALUES ${tuples.join(',')}`);
        }
        db.exec('COMMIT');
      } catch (error) {
        db.exec('ROLLBACK');
        throw error;
      }
    },
    memoryBytes: () => {
      const pages = db.selectValue('PRAGMA page_count');
      const size = db.selectValue('PRAGMA page_size');
      return typeof pages === 'number' && typeof size === 'number' ? pages * size : null;
    },
    close: () => db.close(),
  };
}

/** A value as SQL text: numbers as JavaScript prints them (they read back as the same double), strings quoted. */
function literal(value: number | string | null): string {
  if (value === null) return 'NULL';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'NULL';
  return `'${value.replace(/'/g, "''")}'`;
}
