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

/**
 * Every copy takes what its load read by id. `prev_version` keeps the version the copy held before
 * (so a row read again in the same version is counted as such) and `touched` the day of the load.
 */
const MERGE = (day: number) => `MERGE INTO copies AS c USING batch AS b ON c.strategy = b.strategy AND c.id = b.id
WHEN MATCHED THEN UPDATE SET prev_version = c.version, created_at = b.created_at, updated_at = b.updated_at, version = b.version, deleted = b.deleted, touched = ${day}
WHEN NOT MATCHED THEN INSERT (strategy, id, created_at, updated_at, version, deleted, prev_version, touched)
  VALUES (b.strategy, b.id, b.created_at, b.updated_at, b.version, b.deleted, NULL, ${day})`;
/** The full reload's read is the source as it stands: the truth every copy is compared with. */
const TRUTH = `(SELECT id, created_at, updated_at, version, deleted FROM batch WHERE strategy = 'full')`;

const WRONG = {
  missing: 't.deleted = 0 AND c.id IS NULL',
  stale: 't.deleted = 0 AND c.version < t.version',
  softKept: 't.deleted = 1 AND c.deleted = 0',
  hardKept: 't.id IS NULL AND c.deleted = 0',
} satisfies Record<Problem, string>;
const PROBLEMS = Object.keys(WRONG) as Problem[];

/**
 * The warehouse: every strategy's copy in one DuckDB table, told apart by `strategy`, so a day's
 * loads take a handful of statements whatever the number of strategies.
 */
export function createCopies(duck: SqlEngine): void {
  duck.exec(`CREATE TABLE copies (strategy VARCHAR, id INTEGER, created_at INTEGER, updated_at INTEGER, version INTEGER, deleted INTEGER, prev_version INTEGER, touched INTEGER);
CREATE TABLE strategies (strategy VARCHAR); INSERT INTO strategies VALUES ${strategies.map((s) => `('${s}')`).join(', ')};`);
}

/**
 * Runs a source query and returns its rows as columns. The rows cross from SQLite (WebAssembly) to
 * JavaScript as one JSON array built by SQLite's json_group_array, not one object per row: the same
 * rows, read by the same query, at a fraction of the cost of the bridge.
 */
export function readColumns(source: SqlEngine, sql: string, params: readonly number[]): number[][] {
  const names = COLUMNS.map((c) => c.name).join(', ');
  const [row] = source.query(`SELECT json_group_array(json_array(${names})) AS rows FROM (${sql})`, params);
  const parsed: unknown = JSON.parse(String(row?.rows ?? '[]'));
  const columns: number[][] = COLUMNS.map(() => []);
  if (!Array.isArray(parsed)) return columns;
  for (const r of parsed) {
    if (!Array.isArray(r)) continue;
    columns.forEach((column, i) => column.push(Number(r[i])));
  }
  return columns;
}
const num = (row: Row | undefined, key: string) => Number(row?.[key] ?? 0);

export interface DayLoad {
  sourceRows: number;
  liveRows: number;
  byStrategy: Record<StrategyId, StrategyDay>;
  /** Each strategy's source query, its bound written in. */
  queries: Record<StrategyId, string>;
}

/**
 * One day's loads. The full reload reads every row of the source, soft-deleted ones included: that
 * read is also the truth (`truth` in DuckDB) every copy is compared with. Each incremental strategy
 * runs its own query; the copies already holding a row in that version count it as read again; the
 * full reload replaces its copy and the others merge what they read by id (MERGE INTO); each
 * watermark moves to the largest value read. Then every copy is compared with the truth.
 */
export function loadDay(day: number, states: Record<StrategyId, LoadState>, settings: LoadSettings, source: SqlEngine, duck: SqlEngine): DayLoad {
  const queries: Partial<Record<StrategyId, string>> = {};
  const from: Partial<Record<StrategyId, number | null>> = {};
  const batch: Array<Array<string | number>> = [[], ...COLUMNS.map(() => [])];
  for (const s of strategies) {
    const q = sourceQuery(s, states[s], settings);
    queries[s] = shownQuery(s, states[s], settings);
    from[s] = q.from;
    const read = readColumns(source, q.sql, q.from === null ? [] : [q.from]);
    read.forEach((column, i) => batch[i + 1]!.push(...column));
    for (let i = 0; i < read[0]!.length; i++) batch[0]!.push(s);
  }
  duck.load('batch', [{ name: 'strategy', type: 'text' }, ...COLUMNS], batch);
  duck.exec(`${MERGE(day)};\nDELETE FROM copies WHERE strategy = 'full' AND id NOT IN (SELECT id FROM ${TRUTH});`);
  const touched = `c.touched = ${day}`;
  const filters = PROBLEMS.map((p) => `count(*) FILTER (WHERE ${WRONG[p]}) AS ${p}`).join(', ');
  const rows = duck.query(`SELECT coalesce(t.strategy, c.strategy) AS strategy, ${filters},
  count(*) FILTER (WHERE ${touched}) AS n, count(*) FILTER (WHERE ${touched} AND c.prev_version = c.version) AS held,
  max(c.updated_at) FILTER (WHERE ${touched}) AS updated, max(c.created_at) FILTER (WHERE ${touched}) AS created
FROM (SELECT s.strategy, truth.* FROM strategies AS s CROSS JOIN ${TRUTH} AS truth) AS t
FULL OUTER JOIN copies AS c ON c.strategy = t.strategy AND c.id = t.id
GROUP BY 1
UNION ALL SELECT 'live', count(*), 0, 0, 0, 0, 0, 0, 0 FROM ${TRUTH} AS t WHERE deleted = 0`);
  const of = (s: string) => rows.find((x) => x.strategy === s);
  for (const s of strategies) {
    const row = of(s);
    if (num(row, 'n') === 0) continue;
    const top = num(row, s === 'lookback' ? 'created' : 'updated');
    states[s].watermark = states[s].watermark === null ? top : Math.max(states[s].watermark, top);
  }
  const result = (s: StrategyId): StrategyDay => {
    const r = of(s);
    return { read: num(r, 'n'), alreadyHeld: num(r, 'held'), from: from[s] ?? null, missing: num(r, 'missing'), stale: num(r, 'stale'), softKept: num(r, 'softKept'), hardKept: num(r, 'hardKept') };
  };
  return {
    sourceRows: batch[0]!.filter((s) => s === 'full').length,
    liveRows: num(of('live'), 'missing'),
    byStrategy: { full: result('full'), gt: result('gt'), ge: result('ge'), overlap: result('overlap'), lookback: result('lookback') },
    queries: { full: queries.full ?? '', gt: queries.gt ?? '', ge: queries.ge ?? '', overlap: queries.overlap ?? '', lookback: queries.lookback ?? '' },
  };
}

/** Up to `limit` rows each copy has wrong (against the truth), lowest ids first. */
export function wrongRows(duck: SqlEngine, limit: number): Array<{ strategy: StrategyId; id: number; problem: Problem; heldVersion: number | null }> {
  const cases = PROBLEMS.map((p) => `WHEN ${WRONG[p]} THEN '${p}'`).join(' ');
  const rows = duck.query(
    `SELECT coalesce(t.strategy, c.strategy) AS strategy, coalesce(t.id, c.id) AS id, CASE ${cases} END AS problem, c.version AS held
     FROM (SELECT s.strategy, truth.* FROM strategies AS s CROSS JOIN ${TRUTH} AS truth) AS t
     FULL OUTER JOIN copies AS c ON c.strategy = t.strategy AND c.id = t.id
     WHERE ${PROBLEMS.map((p) => `(${WRONG[p]})`).join(' OR ')}
     QUALIFY row_number() OVER (PARTITION BY coalesce(t.strategy, c.strategy) ORDER BY coalesce(t.id, c.id)) <= ${Math.max(0, Math.trunc(limit))}
     ORDER BY 1, 2`,
  );
  return rows.flatMap((r) => {
    const strategy = strategies.find((s) => s === r.strategy);
    return strategy ? [{ strategy, id: Number(r.id), problem: PROBLEMS.find((p) => p === r.problem) ?? 'missing', heldVersion: r.held === null ? null : Number(r.held) }] : [];
  });
}
