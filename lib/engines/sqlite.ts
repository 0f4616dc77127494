import type { Database, Sqlite3Static } from '@sqlite.org/sqlite-wasm';
import { fileStem, ident, plainValue, type ColumnSpec, type Prepared, type Row, type SqlEngine, type SqlParam } from './sql';

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

  const query = (sql: string, params?: readonly SqlParam[]): Row[] => {
    const p = prepare(sql);
    try {
      return p.run(params);
    } finally {
      p.close();
    }
  };

  return {
    kind: 'sqlite',
    version: sqlite3.version.libVersion,
    exec: (sql) => void db.exec(sql),
    query,
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
    registerFile: (name, bytes) => attachImage(sqlite3, db, name, bytes),
    explain: (sql, options = {}) => {
      const statement = sql.trim().replace(/;\s*$/, '');
      const rows = query(`EXPLAIN QUERY PLAN ${statement}`, options.params);
      const plan = drawPlan(rows);
      if (!options.analyze) return { text: plan, rows };
      // SQLite has no EXPLAIN ANALYZE (the plan is chosen, not measured): run the query once and say what it took.
      const started = performance.now();
      const result = query(statement, options.params);
      const ms = performance.now() - started;
      const text = `${plan}\n\nSQLite has no EXPLAIN ANALYZE: the plan above is the one it chose before running. Run once here: ${result.length.toLocaleString('en-US')} ${result.length === 1 ? 'row' : 'rows'} in ${ms.toFixed(2)} ms.`;
      return { text, rows, run: { ms, rows: result.length } };
    },
    close: () => db.close(),
  };
}

const SQLITE_HEADER = 'SQLite format 3\0';

/**
 * Attaches a database image (the bytes of a .db file, e.g. what sqlite3_js_db_export gives) as
 * schema `<stem>`: an empty in-memory database is attached under that name, then
 * sqlite3_deserialize replaces it with a copy of the bytes in SQLite's own memory, which SQLite frees
 * when the schema is detached or the database closes. The copy can be written to and grow.
 */
function attachImage(sqlite3: Sqlite3Static, db: Database, name: string, bytes: Uint8Array): void {
  const schema = fileStem(name);
  if (/^(main|temp)$/i.test(schema)) throw new Error(`${name}: "${schema}" is SQLite's own schema name; give the file another name.`);
  if (bytes.length < 512 || new TextDecoder().decode(bytes.subarray(0, 16)) !== SQLITE_HEADER) {
    throw new Error(`SQLite can attach only a database image (a file that begins "SQLite format 3"), and ${name} is not one. CSV and Parquet files are read by DuckDB (its registerFile).`);
  }
  // A damaged image, once attached, makes every later statement on the connection fail (even
  // DETACH), so it is opened first in a scratch database and only attached if SQLite can read it.
  const scratch = new sqlite3.oo1.DB(':memory:', 'c');
  try {
    deserialize(sqlite3, scratch, 'main', bytes);
    scratch.selectValue('SELECT count(*) FROM sqlite_schema');
  } catch (error) {
    throw new Error(`${name} could not be opened as a SQLite database: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    scratch.close();
  }
  if (db.selectValue('SELECT count(*) FROM pragma_database_list WHERE name = ?', [schema])) db.exec(`DETACH DATABASE ${schema}`);
  db.exec(`ATTACH DATABASE ':memory:' AS ${schema}`);
  try {
    deserialize(sqlite3, db, schema, bytes);
  } catch (error) {
    db.exec(`DETACH DATABASE ${schema}`);
    throw new Error(`${name} could not be attached: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * Replaces `schema` of `db` with a copy of `bytes` in SQLite's own memory (sqlite3_malloc), which
 * SQLite frees when the schema is detached or the database closed, or at once if this fails.
 */
function deserialize(sqlite3: Sqlite3Static, db: Database, schema: string, bytes: Uint8Array): void {
  const { capi, wasm } = sqlite3;
  const pointer = wasm.allocFromTypedArray(bytes);
  // A WAL-mode image (header bytes 18 and 19 = 2) cannot be opened in memory: mark it as a rollback-journal database.
  const heap = wasm.heap8u();
  for (const at of [18, 19]) if (heap[pointer + at] === 2) heap[pointer + at] = 1;
  const rc = capi.sqlite3_deserialize(db.pointer!, schema, pointer, bytes.length, bytes.length, capi.SQLITE_DESERIALIZE_FREEONCLOSE | capi.SQLITE_DESERIALIZE_RESIZEABLE);
  if (rc !== capi.SQLITE_OK) throw new Error(`sqlite3_deserialize: ${capi.sqlite3_js_rc_str(rc) ?? `code ${rc}`}`);
}

/** EXPLAIN QUERY PLAN's rows drawn as the sqlite3 shell draws them: "QUERY PLAN", then a tree of |-- and `-- lines. */
export function drawPlan(rows: readonly Row[]): string {
  const children = new Map<number, Row[]>();
  for (const r of rows) {
    const parent = Number(r.parent ?? 0);
    children.set(parent, [...(children.get(parent) ?? []), r]);
  }
  const lines = ['QUERY PLAN'];
  const draw = (parent: number, indent: string) => {
    const list = children.get(parent) ?? [];
    list.forEach((r, i) => {
      const last = i === list.length - 1;
      lines.push(`${indent}${last ? '`--' : '|--'}${String(r.detail ?? '')}`);
      const id = Number(r.id);
      if (id !== parent) draw(id, indent + (last ? '   ' : '|  '));
    });
  };
  draw(0, '');
  return lines.join('\n');
}

/** A value as SQL text: numbers as JavaScript prints them (they read back as the same double), strings quoted. */
function literal(value: number | string | null): string {
  if (value === null) return 'NULL';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'NULL';
  return `'${value.replace(/'/g, "''")}'`;
}
