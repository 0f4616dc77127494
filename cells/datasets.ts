import type { ColumnSpec, SqlEngine } from '@/lib/engines/sql';
import type { DatasetId } from '@/lib/sql-cells/catalog';
import { generateShop } from '@/sandboxes/data-models/dataset';
import { RELATIONAL_TABLES } from '@/sandboxes/data-models/relational';
import { defaultModelsParams } from '@/sandboxes/data-models/model';
import { generateOrders, ORDER_COLUMNS } from '@/sandboxes/oltp-olap/dataset';
import { COLUMNS as FLIGHT_COLUMNS, dateOfDay, generateDay } from '@/sandboxes/query-plans/dataset';
import { PARTITION_DAYS } from '@/sandboxes/query-plans/model';
import { RAW_COLUMNS, requestsOf } from '@/sandboxes/quality-gates/source';

/**
 * Each dataset of lib/sql-cells/catalog.ts built from its sandbox's own generator, with the seed the
 * catalog states, into its own in-memory DuckDB database (`ds_<id>`, attached once per worker).
 * The generator's columns land in a scratch table; SQL then gives them the types and names the
 * chapters' queries use (timestamps, dates, booleans) and builds the derived tables.
 */
export const SEED = 7;
export const ORDER_ROWS = 20_000;
export const FLIGHTS_PER_DAY = 2_000;
/** Service requests: December 30, 2025 (day -5 of the quality-gates calendar) to January 18, 2026 (day 14). */
export const REQUEST_DAYS = { first: -5, last: 14 } as const;
export const REQUESTS_PER_DAY = 1_000;

export const catalogName = (id: DatasetId) => `ds_${id}`;
const SCRATCH = 'memory.main';

type Builder = (engine: SqlEngine, db: string) => void;

const orders: Builder = (engine, db) => {
  engine.load('scratch_orders', ORDER_COLUMNS, generateOrders(ORDER_ROWS, SEED));
  engine.exec(`CREATE TABLE ${db}.main.orders AS
    SELECT CAST(id AS BIGINT) AS order_id, CAST(user_id AS BIGINT) AS user_id, region, product, price, quantity,
           round(price * quantity, 2) AS total, epoch_ms(CAST(created_at AS BIGINT) * 1000) AS created_at,
           CAST(epoch_ms(CAST(created_at AS BIGINT) * 1000) AS DATE) AS order_date, status
    FROM ${SCRATCH}.scratch_orders ORDER BY id;
    DROP TABLE ${SCRATCH}.scratch_orders;`);
};

const flights: Builder = (engine, db) => {
  const columns: ColumnSpec[] = [{ name: 'flight_date', type: 'text' }];
  for (const name of FLIGHT_COLUMNS) columns.push({ name, type: ['carrier', 'tail_number', 'origin_airport', 'dest_airport'].includes(name) ? 'text' : 'int' });
  const data: Array<Array<number | string | null>> = columns.map(() => []);
  for (let day = 1; day <= PARTITION_DAYS; day++) {
    const d = generateDay(SEED, day, FLIGHTS_PER_DAY, 'departure');
    for (let i = 0; i < FLIGHTS_PER_DAY; i++) data[0]!.push(dateOfDay(day));
    FLIGHT_COLUMNS.forEach((name, c) => {
      const values: ReadonlyArray<number | string | boolean | null> = d[name];
      for (const v of values) data[c + 1]!.push(typeof v === 'boolean' ? Number(v) : v);
    });
  }
  engine.load('scratch_flights', columns, data);
  const picked = FLIGHT_COLUMNS.map((name) => (name === 'is_cancelled' ? 'is_cancelled = 1 AS is_cancelled' : name)).join(', ');
  engine.exec(`CREATE SCHEMA ${db}.silver; CREATE SCHEMA ${db}.gold;
    CREATE TABLE ${db}.silver.flights_clean AS SELECT CAST(flight_date AS DATE) AS flight_date, ${picked} FROM ${SCRATCH}.scratch_flights;
    DROP TABLE ${SCRATCH}.scratch_flights;
    CREATE TABLE ${db}.gold.arrival_delays_by_airport AS
      SELECT flight_date, dest_airport, COUNT(*) AS arrivals, AVG(arr_delay_min) AS avg_arr_delay_min
      FROM ${db}.silver.flights_clean WHERE NOT is_cancelled
      GROUP BY flight_date, dest_airport ORDER BY flight_date, dest_airport;`);
};

const serviceRequests: Builder = (engine, db) => {
  const data: Array<Array<number | string | null>> = RAW_COLUMNS.map(() => []);
  for (let day = REQUEST_DAYS.first; day <= REQUEST_DAYS.last; day++) {
    for (const r of requestsOf(SEED, day, REQUESTS_PER_DAY)) {
      [r.key, r.created, r.agency, r.complaint, r.borough, r.status, r.hours].forEach((v, c) => data[c]!.push(v));
    }
  }
  engine.load('scratch_requests', RAW_COLUMNS, data);
  const common = 'unique_key, created_date, agency, complaint_type, borough';
  engine.exec(`CREATE SCHEMA ${db}.raw; CREATE SCHEMA ${db}.silver; CREATE SCHEMA ${db}.gold; CREATE SCHEMA ${db}.staging;
    CREATE TABLE ${db}.raw.nyc_311_requests AS
      SELECT unique_key, CAST(created_date AS TIMESTAMP) AS created_date, agency, complaint_type, borough, status, hours_to_close,
             CAST(created_date AS TIMESTAMP) + CAST(round(hours_to_close * 3600) AS BIGINT) * INTERVAL 1 SECOND AS closed_date
      FROM ${SCRATCH}.scratch_requests ORDER BY created_date, unique_key;
    DROP TABLE ${SCRATCH}.scratch_requests;
    CREATE TABLE ${db}.silver.requests_311 AS SELECT * FROM ${db}.raw.nyc_311_requests;
    CREATE TABLE ${db}.raw.nyc_311_pulls AS
      SELECT ${common.split(', ').map((c) => `r.${c}`).join(', ')},
             CASE WHEN r.closed_date <= p.fetched_at THEN 'Closed' WHEN r.status = 'Open' THEN 'Open' ELSE 'In Progress' END AS status,
             CASE WHEN r.closed_date <= p.fetched_at THEN r.closed_date END AS closed_date,
             p.fetched_at
      FROM ${db}.raw.nyc_311_requests AS r
      JOIN (SELECT range AS fetched_at FROM range(TIMESTAMP '2025-12-30 06:00:00', TIMESTAMP '2026-01-20 06:00:01', INTERVAL 1 DAY)) AS p
        ON r.created_date >= p.fetched_at - INTERVAL 48 HOUR AND r.created_date < p.fetched_at
      ORDER BY p.fetched_at, r.created_date, r.unique_key;
    CREATE TABLE ${db}.silver.nyc_311_versions AS
      SELECT * FROM (
        SELECT ${common}, 'Open' AS status, CAST(NULL AS TIMESTAMP) AS closed_date, created_date AS portal_updated_at FROM ${db}.raw.nyc_311_requests
        UNION ALL
        SELECT ${common}, 'In Progress', NULL, created_date + INTERVAL 1 HOUR FROM ${db}.raw.nyc_311_requests WHERE status = 'In Progress'
        UNION ALL
        SELECT ${common}, 'Closed', closed_date, closed_date FROM ${db}.raw.nyc_311_requests WHERE closed_date IS NOT NULL
      ) ORDER BY portal_updated_at, unique_key;
    CREATE TABLE ${db}.gold.daily_by_type AS
      SELECT CAST(created_date AS DATE) AS service_date, complaint_type, count(*) AS requests, count(closed_date) AS closed_so_far,
             CAST(median(date_diff('hour', created_date, closed_date)) AS DOUBLE) AS median_hours_to_close
      FROM ${db}.silver.requests_311 WHERE created_date < DATE '2026-01-12'
      GROUP BY ALL ORDER BY service_date, complaint_type;`);
};

const shop: Builder = (engine, db) => {
  const generated = generateShop({ ...defaultModelsParams, seed: SEED });
  for (const table of RELATIONAL_TABLES.filter((t) => ['users', 'orders', 'order_items'].includes(t.name))) {
    engine.load(`scratch_${table.name}`, table.columns, table.data(generated));
  }
  engine.exec(`CREATE TABLE ${db}.main.users AS SELECT CAST(user_id AS BIGINT) AS user_id, name, email, CAST(address_id AS BIGINT) AS address_id FROM ${SCRATCH}.scratch_users ORDER BY user_id;
    CREATE TABLE ${db}.main.orders AS SELECT CAST(order_id AS BIGINT) AS order_id, CAST(user_id AS BIGINT) AS user_id, epoch_ms(CAST(placed_at AS BIGINT) * 1000) AS placed_at FROM ${SCRATCH}.scratch_orders ORDER BY order_id;
    CREATE TABLE ${db}.main.order_items AS SELECT CAST(order_id AS BIGINT) AS order_id, CAST(product_id AS BIGINT) AS product_id, qty, CAST(price_cents / 100 AS DECIMAL(10, 2)) AS price FROM ${SCRATCH}.scratch_order_items;
    DROP TABLE ${SCRATCH}.scratch_users; DROP TABLE ${SCRATCH}.scratch_orders; DROP TABLE ${SCRATCH}.scratch_order_items;`);
};

const builders: Record<DatasetId, Builder> = { orders, flights, service_requests: serviceRequests, shop };

/** Builds a dataset into its own attached database; the engine's default database stays the scratch one. */
export function buildDataset(engine: SqlEngine, id: DatasetId): void {
  const db = catalogName(id);
  engine.exec(`USE memory; ATTACH ':memory:' AS ${db}`);
  builders[id](engine, db);
}
