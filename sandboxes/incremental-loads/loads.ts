import type { ColumnSpec, Row, SqlEngine, SqlParam } from '@/lib/engines/sql';
import { DAY, strategies, type Problem, type StrategyDay, type StrategyId } from './model';

/** The application's table in SQLite: times are whole minutes; `version` counts the row's changes. */
export const SOURCE_DDL = `CREATE TABLE requests (
  id INTEGER PRIMARY KEY,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  version INTEGER NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX requests_updated_at ON requests (updated_at);
CREATE INDEX requests_created_at ON requests (created_at);`;

export const COLUMNS: readonly ColumnSpec[] = ['id', 'created_at', 'updated_at', 'version', 'deleted'].map((name) => ({ name, type: 'int' }));
const SELECT = 'SELECT id, created_at, updated_at, version, deleted FROM requests';

/** What a strategy remembers between loads: the largest updated_at (or created_at, for the lookback) it has read. */
export interface LoadState {
  watermark: number | null;
}

export interface LoadSettings {
  /** Minutes the margin strategy re-reads before its watermark. */
  margin: number;
  /** Days the lookback re-reads before its watermark on created_at. */
  lookback: number;
}

/** The source query a strategy runs, with its lower bound; the first load of every strategy reads everything. */
export function sourceQuery(strategy: StrategyId, state: LoadState, settings: LoadSettings): { sql: string; from: number | null } {
  const w = state.watermark;
  if (strategy === 'full' || w === null) return { sql: SELECT, from: null };
  if (strategy === 'gt') return { sql: `${SELECT} WHERE updated_at > ?`, from: w };
  if (strategy === 'ge') return { sql: `${SELECT} WHERE updated_at >= ?`, from: w };
  if (strategy === 'overlap') return { sql: `${SELECT} WHERE updated_at > ?`, from: w - settings.margin };
  return { sql: `${SELECT} WHERE created_at > ?`, from: w - settings.lookback * DAY };
}

/** The query as the load ran it, its bound written in. */
export function shownQuery(strategy: StrategyId, state: LoadState, settings: LoadSettings): string {
  const { sql, from } = sourceQuery(strategy, state, settings);
  return from === null ? sql : sql.replace('?', String(from));
}

export const copyTable = (strategy: StrategyId) => `copy_${strategy}`;

const MERGE = (table: string) => `MERGE INTO ${table} AS c USING batch AS b ON c.id = b.id
WHEN MATCHED THEN UPDATE SET created_at = b.created_at, updated_at = b.updated_at, version = b.version, deleted = b.deleted
WHEN NOT MATCHED THEN INSERT (id, created_at, updated_at, version, deleted) VALUES (b.id, b.created_at, b.updated_at, b.version, b.deleted)`;

const WRONG = {
  missing: 't.deleted = 0 AND c.id IS NULL',
  stale: 't.deleted = 0 AND c.version < t.version',
  softKept: 't.deleted = 1 AND c.deleted = 0',
  hardKept: 't.id IS NULL AND c.deleted = 0',
} satisfies Record<Problem, string>;
const PROBLEMS = Object.keys(WRONG) as Problem[];

export function createCopies(duck: SqlEngine): void {
  for (const s of strategies) duck.exec(`CREATE TABLE ${copyTable(s)} (id INTEGER, created_at INTEGER, updated_at INTEGER, version INTEGER, deleted INTEGER)`);
}

const asColumns = (rows: readonly Row[]) => COLUMNS.map((c) => rows.map((r) => r[c.name] ?? null));
const count = (duck: SqlEngine, sql: string, params?: readonly SqlParam[]) => Number(duck.query(sql, params)[0]?.n ?? 0);

/**
 * Reads the truth (every row of the source, soft-deleted ones included) into DuckDB as `truth`.
 * The full reload is this same read; the other copies are compared with it.
 */
export function readTruth(source: SqlEngine, duck: SqlEngine): number {
  const rows = source.query(SELECT);
  duck.load('truth', COLUMNS, asColumns(rows));
  return rows.length;
}

/**
 * One strategy's load: run its query on the source, count the rows the copy already held in that
 * version, write the rows (the full reload replaces its copy, the others merge by id), move the
 * watermark, and compare the copy with the truth. Call readTruth first.
 */
export function load(strategy: StrategyId, state: LoadState, settings: LoadSettings, source: SqlEngine, duck: SqlEngine): StrategyDay {
  const table = copyTable(strategy);
  const { sql, from } = sourceQuery(strategy, state, settings);
  let read: number;
  if (strategy === 'full') {
    read = count(duck, 'SELECT count(*) AS n FROM truth');
    duck.exec('DROP TABLE IF EXISTS batch; CREATE TABLE batch AS SELECT * FROM truth');
  } else {
    const rows = source.query(sql, from === null ? [] : [from]);
    read = rows.length;
    duck.load('batch', COLUMNS, asColumns(rows));
  }
  const alreadyHeld = count(duck, `SELECT count(*) AS n FROM batch AS b JOIN ${table} AS c ON c.id = b.id AND c.version = b.version`);
  if (strategy === 'full') duck.exec(`CREATE OR REPLACE TABLE ${table} AS SELECT * FROM batch`);
  else if (read > 0) duck.exec(MERGE(table));
  if (read > 0) {
    const column = strategy === 'lookback' ? 'created_at' : 'updated_at';
    const top = Number(duck.query(`SELECT max(${column}) AS m FROM batch`)[0]?.m);
    state.watermark = state.watermark === null ? top : Math.max(state.watermark, top);
  }
  const filters = PROBLEMS.map((p) => `count(*) FILTER (WHERE ${WRONG[p]}) AS ${p}`).join(', ');
  const wrong = duck.query(`SELECT ${filters} FROM truth AS t FULL OUTER JOIN ${table} AS c ON t.id = c.id`)[0] ?? {};
  const n = (p: Problem) => Number(wrong[p] ?? 0);
  return { read, alreadyHeld, from, missing: n('missing'), stale: n('stale'), softKept: n('softKept'), hardKept: n('hardKept') };
}

/** Up to `limit` rows a copy has wrong (against `truth`), lowest ids first. */
export function wrongRows(strategy: StrategyId, duck: SqlEngine, limit: number): Array<{ id: number; problem: Problem; heldVersion: number | null }> {
  const cases = PROBLEMS.map((p) => `WHEN ${WRONG[p]} THEN '${p}'`).join(' ');
  const rows = duck.query(
    `SELECT coalesce(t.id, c.id) AS id, CASE ${cases} END AS problem, c.version AS held
     FROM truth AS t FULL OUTER JOIN ${copyTable(strategy)} AS c ON t.id = c.id
     WHERE ${PROBLEMS.map((p) => `(${WRONG[p]})`).join(' OR ')}
     ORDER BY 1 LIMIT ${Math.max(0, Math.trunc(limit))}`,
  );
  return rows.map((r) => ({ id: Number(r.id), problem: PROBLEMS.find((p) => p === r.problem) ?? 'missing', heldVersion: r.held === null ? null : Number(r.held) }));
}
