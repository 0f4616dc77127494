import { ident } from '@/lib/engines/sql';
import { BOROUGHS, dateOf, STATUSES } from './source';

/**
 * The checks, as SQL over DuckDB, and the small rules that judge what the SQL measured. The tests
 * after the transform follow dbt's generic tests: each is a query that returns the failing rows, so
 * an empty answer is a pass. As in dbt, unique, accepted_values and relationships let nulls through;
 * only not_null catches them.
 */

/** Row count at ingestion: between half and double the median of the last accepted pulls (the chapter's rule). */
export const ROW_COUNT_LOW = 0.5;
export const ROW_COUNT_HIGH = 2;
/** How many accepted pulls the median looks back over. */
export const ROW_COUNT_HISTORY = 7;
/** Freshness at ingestion: the newest request in a day's pull is at most this many hours before midnight. */
export const FRESH_HOURS = 6;
/** The shift check compares a day with up to this many days before it. */
export const BASELINE_DAYS = 28;

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The row-count rule: the band from recent history and whether `rows` falls inside it. A pull of 0 rows always fails. */
export function rowCountVerdict(rows: number, history: readonly number[]) {
  const base = median(history.slice(-ROW_COUNT_HISTORY));
  const low = ROW_COUNT_LOW * base;
  const high = ROW_COUNT_HIGH * base;
  const passed = rows > 0 && (Number.isNaN(base) || (rows >= low && rows <= high));
  return { passed, base, low, high };
}

/** Total variation distance: half the sum of absolute differences of two sets of shares (0 = same mix, 1 = no overlap). */
export function totalVariation(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const keys = new Set([...a.keys(), ...b.keys()]);
  let sum = 0;
  for (const k of keys) sum += Math.abs((a.get(k) ?? 0) - (b.get(k) ?? 0));
  return sum / 2;
}

const list = (values: readonly string[]) => values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ');

/** The typed, staged rows the transform makes from a landed batch: columns looked up by name, a missing one read as null. */
export function transformSql(day: number, present: ReadonlySet<string>, from = 'raw_batch', into = 'stage', newOnly = true): string {
  // Rows are numbered in key order (DuckDB keeps no insertion order we could rely on); copies of a row are identical, so which is first does not matter.
  const column = (name: string) => (present.has(name) ? ident(name) : `CAST(NULL AS VARCHAR) AS ${ident(name)}`);
  const hours = present.has('hours_to_close') ? 'CAST(hours_to_close AS DOUBLE) AS hours_to_close' : 'CAST(NULL AS DOUBLE) AS hours_to_close';
  const created = present.has('created_date') ? 'TRY_CAST(created_date AS TIMESTAMP)' : 'CAST(NULL AS TIMESTAMP)';
  return `CREATE OR REPLACE TABLE ${ident(into)} AS
SELECT row_number() OVER (ORDER BY b.unique_key, b.created_date) AS row_id,
  ${column('unique_key')}, ${created} AS created_at,
  date_diff('day', DATE '${dateOf(0)}', CAST(${created} AS DATE)) AS created_day,
  ${column('agency')}, ${column('complaint_type')}, ${column('borough')}, ${column('status')}, ${hours},
  ${day} AS run_day
FROM ${ident(from)} AS b${newOnly ? `\nWHERE NOT EXISTS (SELECT 1 FROM requests AS r WHERE r.unique_key = b.unique_key)` : ''}`;
}

export const REQUESTS_DDL = `CREATE TABLE requests (row_id BIGINT, unique_key VARCHAR, created_at TIMESTAMP, created_day BIGINT, agency VARCHAR, complaint_type VARCHAR, borough VARCHAR, status VARCHAR, hours_to_close DOUBLE, run_day INTEGER)`;

export const ingestSql = {
  schema: `SELECT column_name FROM information_schema.columns WHERE table_name = 'pull' ORDER BY ordinal_position`,
  rowCount: `SELECT count(*) AS n FROM pull`,
  /** Both in one round trip: the columns as a comma-separated list, and the row count. */
  schemaAndCount: `SELECT string_agg(column_name, ',' ORDER BY ordinal_position) AS columns, (SELECT count(*) FROM pull) AS n FROM information_schema.columns WHERE table_name = 'pull'`,
  /** Hours from the newest request in the pull to midnight at the end of its day. */
  freshness: (day: number) => `SELECT date_diff('second', max(TRY_CAST(created_date AS TIMESTAMP)), TIMESTAMP '${dateOf(day + 1)} 00:00:00') / 3600.0 AS lag_hours
FROM pull`,
};

export const NOT_NULL_COLUMNS = ['unique_key', 'created_at', 'agency', 'complaint_type', 'borough', 'status'] as const;

export interface RowTest {
  check: 'unique' | 'not_null' | 'accepted_values' | 'relationships';
  /** The test as dbt's generic test writes it: the failing rows (what the reader sees). */
  shown: string;
  /** The row ids of the failing rows, which quarantine sets aside. */
  rows: string;
}

/** The four generic tests over a staged table, as dbt would compile them for these columns. */
export function rowTests(table = 'stage'): RowTest[] {
  const t = ident(table);
  return [
    {
      check: 'unique',
      shown: `SELECT unique_key AS unique_field, count(*) AS n_records\nFROM ${t}\nWHERE unique_key IS NOT NULL\nGROUP BY unique_key\nHAVING count(*) > 1`,
      // Every copy after the first is a failing row; quarantine keeps the first.
      rows: `SELECT row_id FROM (SELECT row_id, row_number() OVER (PARTITION BY unique_key ORDER BY row_id) AS copy FROM ${t} WHERE unique_key IS NOT NULL) AS c WHERE copy > 1`,
    },
    {
      check: 'not_null',
      shown: NOT_NULL_COLUMNS.map((c) => `SELECT '${c}' AS column_name, row_id FROM ${t} WHERE ${c} IS NULL`).join('\nUNION ALL\n'),
      rows: `SELECT row_id FROM ${t} WHERE ${NOT_NULL_COLUMNS.map((c) => `${c} IS NULL`).join(' OR ')}`,
    },
    {
      check: 'accepted_values',
      shown: `SELECT status AS value_field, count(*) AS n_records FROM ${t} GROUP BY status\nHAVING status NOT IN (${list(STATUSES)})\nUNION ALL\nSELECT borough, count(*) FROM ${t} GROUP BY borough\nHAVING borough NOT IN (${list(BOROUGHS.map((b) => b.name))})`,
      rows: `SELECT row_id FROM ${t} WHERE status NOT IN (${list(STATUSES)}) OR borough NOT IN (${list(BOROUGHS.map((b) => b.name))})`,
    },
    {
      check: 'relationships',
      shown: `SELECT child.agency\nFROM ${t} AS child\nLEFT JOIN agencies AS parent ON child.agency = parent.agency\nWHERE child.agency IS NOT NULL AND parent.agency IS NULL`,
      rows: `SELECT child.row_id FROM ${t} AS child LEFT JOIN agencies AS parent ON child.agency = parent.agency WHERE child.agency IS NOT NULL AND parent.agency IS NULL`,
    },
  ];
}

/** All four tests' failing row ids in one round trip, each tagged with its test. */
export function failingRowsSql(table = 'stage'): string {
  return rowTests(table)
    .map((t) => `SELECT '${t.check}' AS test, row_id FROM (${t.rows}) AS f`)
    .join('\nUNION ALL\n');
}

/** Per-column null counts, for the not_null test's detail. */
export const nullCountsSql = (table = 'stage') => `SELECT ${NOT_NULL_COLUMNS.map((c) => `count(*) FILTER (WHERE ${c} IS NULL) AS ${c}`).join(', ')} FROM ${ident(table)}`;

const HOUR_BUCKET = `CASE WHEN hours_to_close IS NULL THEN 'not closed' WHEN hours_to_close < 1 THEN '< 1 h' WHEN hours_to_close < 6 THEN '1–6 h'
  WHEN hours_to_close < 24 THEN '6–24 h' WHEN hours_to_close < 72 THEN '1–3 days' WHEN hours_to_close < 240 THEN '3–10 days' ELSE '10 days or more' END`;

/**
 * Shares of the complaint types (`mix`) and of the hours-to-close buckets (`hours`) on `day` and over
 * the baseline days before it, in the published table: one row per distribution and value.
 */
export function sharesSql(day: number): string {
  const one = (what: string, value: string) => `SELECT '${what}' AS what, value, today, base FROM (
  SELECT ${value} AS value,
    count(*) FILTER (WHERE created_day = ${day}) * 1.0 / sum(count(*) FILTER (WHERE created_day = ${day})) OVER () AS today,
    count(*) FILTER (WHERE created_day < ${day}) * 1.0 / sum(count(*) FILTER (WHERE created_day < ${day})) OVER () AS base
  FROM requests
  WHERE created_day BETWEEN ${day - BASELINE_DAYS} AND ${day}
  GROUP BY 1
) AS shares`;
  return `${one('mix', `COALESCE(complaint_type, '(missing)')`)}\nUNION ALL\n${one('hours', HOUR_BUCKET)}\nORDER BY what, value`;
}

export const partitionSql = (day: number) => `SELECT count(*) AS n FROM requests WHERE created_day = ${day}`;

/**
 * The consumer's four daily metrics over `table` (the published table, or the truth), one row per
 * day from `first` to `last`. The request count comes through an inner join to the agencies, as a
 * dashboard that shows agency names would count them.
 */
export function metricsSql(table: string, first: number, last: number): string {
  const t = ident(table);
  return `SELECT days.created_day AS day, coalesce(j.requests, 0) AS requests, m.mean_hours, m.noise_share, m.brooklyn_share
FROM range(${first}, ${last + 1}) AS days(created_day)
LEFT JOIN (SELECT r.created_day, count(*) AS requests FROM ${t} AS r JOIN agencies AS a ON a.agency = r.agency
  WHERE r.created_day BETWEEN ${first} AND ${last} GROUP BY 1) AS j USING (created_day)
LEFT JOIN (SELECT created_day,
    avg(hours_to_close) FILTER (WHERE status = 'Closed') AS mean_hours,
    avg(CASE WHEN complaint_type LIKE 'Noise%' THEN 1.0 ELSE 0.0 END) AS noise_share,
    avg(CASE WHEN borough = 'BROOKLYN' THEN 1.0 ELSE 0.0 END) AS brooklyn_share
  FROM ${t} WHERE created_day BETWEEN ${first} AND ${last} GROUP BY 1) AS m USING (created_day)
ORDER BY 1`;
}

/** Day by day, the published rows against the truth: rows, second copies, truth rows missing, rows with a wrong value. */
export function compareSql(first: number, last: number): string {
  const within = `created_day BETWEEN ${first} AND ${last}`;
  const differs = ['agency', 'complaint_type', 'borough', 'status', 'created_at'].map((c) => `r.${c} IS DISTINCT FROM t.${c}`).join(' OR ');
  return `WITH pub AS (SELECT * FROM requests WHERE ${within}), tru AS (SELECT * FROM truth WHERE ${within})
SELECT days.created_day AS day, coalesce(p.n, 0) AS n, coalesce(p.extra, 0) AS extra, coalesce(m.missing, 0) AS missing, coalesce(w.wrong, 0) AS wrong,
  (SELECT max(created_day) FROM requests) AS latest
FROM range(${first}, ${last + 1}) AS days(created_day)
LEFT JOIN (SELECT created_day, count(*) AS n, count(*) - count(DISTINCT unique_key) AS extra FROM pub GROUP BY 1) AS p USING (created_day)
LEFT JOIN (SELECT created_day, count(*) AS missing FROM tru AS t WHERE NOT EXISTS (SELECT 1 FROM pub AS r WHERE r.unique_key = t.unique_key) GROUP BY 1) AS m USING (created_day)
LEFT JOIN (SELECT t.created_day, count(*) AS wrong FROM pub AS r JOIN tru AS t USING (unique_key)
  WHERE ${differs} OR abs(coalesce(r.hours_to_close, -1) - coalesce(t.hours_to_close, -1)) > 1e-9 GROUP BY 1) AS w USING (created_day)
ORDER BY 1`;
}
