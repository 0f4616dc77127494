import type { Row, SqlEngine } from '@/lib/engines/sql';
import type { ChangeEvent, Inequality, OrderRow } from './model';

const ROW_COLUMNS = ['status', 'restaurant_id', 'distance_km', 'items', 'placed_at', 'accepted_at', 'courier_id', 'reassignments', 'picked_up_at', 'delivered_at', 'cancelled_at'] as const;
const INT_COLUMNS = new Set(['restaurant_id', 'items', 'placed_at', 'accepted_at', 'courier_id', 'reassignments', 'picked_up_at', 'delivered_at', 'cancelled_at']);

/** Loads the events as the consumer received them (duplicates and late arrivals included) into `events`. */
export function loadEvents(db: SqlEngine, arrivals: readonly ChangeEvent[]): void {
  const value = (event: ChangeEvent, column: (typeof ROW_COLUMNS)[number]) => (event.after ? (event.after[column as keyof OrderRow] as number | string | null) : null);
  db.load(
    'events',
    [
      { name: 'arrival', type: 'int' },
      { name: 'lsn', type: 'int' },
      { name: 'commit_s', type: 'int' },
      { name: 'op', type: 'text' },
      { name: 'order_id', type: 'int' },
      ...ROW_COLUMNS.map((name) => ({ name, type: name === 'status' ? ('text' as const) : INT_COLUMNS.has(name) ? ('int' as const) : ('float' as const) })),
    ],
    [
      arrivals.map((_, i) => i),
      arrivals.map((e) => e.lsn),
      arrivals.map((e) => e.commitS),
      arrivals.map((e) => e.op),
      arrivals.map((e) => e.orderId),
      ...ROW_COLUMNS.map((column) => arrivals.map((e) => value(e, column))),
    ],
  );
}

export const HISTORY_SQL = `-- One copy of each log position, whatever the order of arrival
CREATE TABLE log AS
SELECT * EXCLUDE (arrival) FROM events
QUALIFY row_number() OVER (PARTITION BY lsn ORDER BY arrival) = 1;

-- One version of the row per key and commit second (DuckDB's ASOF picks any one of tied rows)
CREATE TABLE history AS
SELECT order_id, commit_s AS valid_from, lsn, op = 'd' AS deleted, ${ROW_COLUMNS.join(', ')}
FROM log
QUALIFY row_number() OVER (PARTITION BY order_id, commit_s ORDER BY lsn DESC) = 1;

-- The table as it stands at the end of the log: each key's latest version, unless it was deleted
CREATE TABLE current_orders AS
SELECT * FROM (
  SELECT * FROM history QUALIFY row_number() OVER (PARTITION BY order_id ORDER BY lsn DESC) = 1
) WHERE NOT deleted;

CREATE TABLE labels AS
SELECT order_id, max(CASE WHEN status = 'cancelled' THEN 1 ELSE 0 END) AS cancelled
FROM history GROUP BY order_id;`;

export const anchorsSql = (anchorMinutes: number) => `CREATE TABLE anchors AS
SELECT order_id, placed_at + ${anchorMinutes * 60} AS anchor_s FROM log WHERE op = 'c';`;

const FEATURE_SOURCE = 'status, deleted, distance_km, items, placed_at, accepted_at, courier_id, reassignments, picked_up_at';

export const asofSql = (inequality: Inequality) => `SELECT a.order_id, a.anchor_s, l.cancelled, h.lsn, h.valid_from, ${FEATURE_SOURCE
  .split(', ')
  .map((c) => `h.${c}`)
  .join(', ')}
FROM anchors a
JOIN labels l USING (order_id)
ASOF LEFT JOIN history h
  ON a.order_id = h.order_id AND a.anchor_s ${inequality} h.valid_from
ORDER BY a.order_id`;

export const NAIVE_SQL = `SELECT a.order_id, a.anchor_s, c.lsn, ${FEATURE_SOURCE
  .split(', ')
  .map((c) => `c.${c}`)
  .join(', ')}
FROM anchors a
LEFT JOIN current_orders c ON a.order_id = c.order_id
ORDER BY a.order_id`;

export interface SqlOutput {
  asof: Row[];
  naive: Row[];
  currentRows: number;
  version: string;
}

/** Builds the history, the current table, the anchors and both joins; `step` reports progress. */
export function runSql(db: SqlEngine, arrivals: readonly ChangeEvent[], anchorMinutes: number, inequality: Inequality, step: (label: string) => void): SqlOutput {
  step('loading the events into DuckDB');
  loadEvents(db, arrivals);
  step('building the history and the current table');
  db.exec(HISTORY_SQL);
  db.exec(anchorsSql(anchorMinutes));
  step('joining each anchor as of its time');
  const asof = db.query(asofSql(inequality));
  step('joining each anchor to the final row');
  const naive = db.query(NAIVE_SQL);
  // Every order has an anchor, so the final rows the naive join found are the whole current table.
  const currentRows = naive.filter((r) => r.lsn !== null).length;
  return { asof, naive, currentRows, version: db.version };
}
