import type { ColumnSpec, Row, SqlEngine } from '@/lib/engines/sql';
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
 * version, write the rows (the full reload replaces its copy with the truth it read, the others
 * merge by id) and move the watermark. Call readTruth first; compare the copies afterwards.
 */
export function load(strategy: StrategyId, state: LoadState, settings: LoadSettings, source: SqlEngine, duck: SqlEngine): Pick<StrategyDay, 'read' | 'alreadyHeld' | 'from'> {
  const table = copyTable(strategy);
  const { sql, from } = sourceQuery(strategy, state, settings);
  const batch = strategy === 'full' ? 'truth' : 'batch';
  if (strategy !== 'full') duck.load('batch', COLUMNS, asColumns(source.query(sql, from === null ? [] : [from])));
  const column = strategy === 'lookback' ? 'created_at' : 'updated_at';
  const seen = duck.query(`SELECT count(*) AS n, count(c.id) AS held, max(b.${column}) AS top FROM ${batch} AS b LEFT JOIN ${table} AS c ON c.id = b.id AND c.version = b.version`)[0] ?? {};
  const read = Number(seen.n ?? 0);
  if (strategy === 'full') duck.exec(`CREATE OR REPLACE TABLE ${table} AS SELECT * FROM truth`);
  else if (read > 0) duck.exec(MERGE(table));
  if (read > 0) {
    const top = Number(seen.top);
    state.watermark = state.watermark === null ? top : Math.max(state.watermark, top);
  }
  return { read, alreadyHeld: Number(seen.held ?? 0), from };
}

export type Wrong = Pick<StrategyDay, Problem>;

/** How every copy stands against the truth, in one query: rows missing, stale, and deletes kept. */
export function compareAll(duck: SqlEngine): { live: number; wrong: Record<StrategyId, Wrong> } {
  const filters = PROBLEMS.map((p) => `count(*) FILTER (WHERE ${WRONG[p]}) AS ${p}`).join(', ');
  const parts = strategies.map((s) => `SELECT '${s}' AS strategy, ${filters} FROM truth AS t FULL OUTER JOIN ${copyTable(s)} AS c ON t.id = c.id`);
  const rows = duck.query(`${parts.join('\nUNION ALL\n')}\nUNION ALL\nSELECT 'live', count(*), 0, 0, 0 FROM truth WHERE deleted = 0`);
  const of = (s: string): Wrong => {
    const r = rows.find((x) => x.strategy === s) ?? {};
    return { missing: Number(r.missing ?? 0), stale: Number(r.stale ?? 0), softKept: Number(r.softKept ?? 0), hardKept: Number(r.hardKept ?? 0) };
  };
  return { live: of('live').missing, wrong: { full: of('full'), gt: of('gt'), ge: of('ge'), overlap: of('overlap'), lookback: of('lookback') } };
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
