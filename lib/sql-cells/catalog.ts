/**
 * The datasets a SQL cell can query, as the page shows them: name, size, seed, where the rows come
 * from, and every table with its columns. Pure data, so a page can list them before the engine
 * loads; cells/datasets.ts builds each from its sandbox's own generator (a unit test holds the two
 * equal: the same tables, columns, types and row counts).
 */
export const datasetIds = ['orders', 'flights', 'service_requests', 'shop'] as const;
export type DatasetId = (typeof datasetIds)[number];

export interface CatalogTable {
  /** As a query names it: `orders`, `silver.flights_clean`. */
  name: string;
  rows: number;
  /** Column name and DuckDB type, in table order. */
  columns: ReadonlyArray<readonly [string, string]>;
}

export interface CatalogDataset {
  id: DatasetId;
  /** The seed every table of the dataset is generated from. */
  seed: number;
  /** Where the rows come from: the sandbox whose generator makes them. */
  source: string;
  summary: string;
  tables: readonly CatalogTable[];
}

const ts = 'TIMESTAMP';

export const datasetCatalog: Record<DatasetId, CatalogDataset> = {
  orders: {
    id: 'orders',
    seed: 7,
    source: 'the orders of the OLTP vs OLAP sandbox',
    summary: 'A shop’s orders over 2025, one row per order, ids in creation order.',
    tables: [
      {
        name: 'orders',
        rows: 20_000,
        columns: [['order_id', 'BIGINT'], ['user_id', 'BIGINT'], ['region', 'VARCHAR'], ['product', 'VARCHAR'], ['price', 'DOUBLE'], ['quantity', 'INTEGER'], ['total', 'DOUBLE'], ['created_at', ts], ['order_date', 'DATE'], ['status', 'VARCHAR']],
      },
    ],
  },
  flights: {
    id: 'flights',
    seed: 7,
    source: 'the flight legs of the query-plans sandbox, March 1–14, 2026',
    summary: 'Cleaned flight legs (silver) and the gold table the chapter’s model builds from them.',
    tables: [
      {
        name: 'silver.flights_clean',
        rows: 28_000,
        columns: [['flight_date', 'DATE'], ['sched_dep_min', 'INTEGER'], ['carrier', 'VARCHAR'], ['flight_number', 'INTEGER'], ['tail_number', 'VARCHAR'], ['origin_airport', 'VARCHAR'], ['dest_airport', 'VARCHAR'], ['dep_delay_min', 'INTEGER'], ['arr_delay_min', 'INTEGER'], ['taxi_out_min', 'INTEGER'], ['air_time_min', 'INTEGER'], ['distance_km', 'INTEGER'], ['is_cancelled', 'BOOLEAN']],
      },
      {
        name: 'gold.arrival_delays_by_airport',
        rows: 252,
        columns: [['flight_date', 'DATE'], ['dest_airport', 'VARCHAR'], ['arrivals', 'BIGINT'], ['avg_arr_delay_min', 'DOUBLE']],
      },
    ],
  },
  service_requests: {
    id: 'service_requests',
    seed: 7,
    source: 'the 311 service requests of the quality-gates sandbox, December 30, 2025 to January 18, 2026',
    summary:
      'Requests as created (raw and silver), as fetched by daily pulls that each take the last 48 hours (so every request arrives twice), as versions (created, then closed), and the gold daily summary for the days before January 12.',
    tables: [
      {
        name: 'raw.nyc_311_requests',
        rows: 18_808,
        columns: [['unique_key', 'VARCHAR'], ['created_date', ts], ['agency', 'VARCHAR'], ['complaint_type', 'VARCHAR'], ['borough', 'VARCHAR'], ['status', 'VARCHAR'], ['hours_to_close', 'DOUBLE'], ['closed_date', ts]],
      },
      {
        name: 'silver.requests_311',
        rows: 18_808,
        columns: [['unique_key', 'VARCHAR'], ['created_date', ts], ['agency', 'VARCHAR'], ['complaint_type', 'VARCHAR'], ['borough', 'VARCHAR'], ['status', 'VARCHAR'], ['hours_to_close', 'DOUBLE'], ['closed_date', ts]],
      },
      {
        name: 'raw.nyc_311_pulls',
        rows: 37_616,
        columns: [['unique_key', 'VARCHAR'], ['created_date', ts], ['agency', 'VARCHAR'], ['complaint_type', 'VARCHAR'], ['borough', 'VARCHAR'], ['status', 'VARCHAR'], ['closed_date', ts], ['fetched_at', ts]],
      },
      {
        name: 'silver.nyc_311_versions',
        rows: 36_616,
        columns: [['unique_key', 'VARCHAR'], ['created_date', ts], ['agency', 'VARCHAR'], ['complaint_type', 'VARCHAR'], ['borough', 'VARCHAR'], ['status', 'VARCHAR'], ['closed_date', ts], ['portal_updated_at', ts]],
      },
      {
        name: 'gold.daily_by_type',
        rows: 143,
        columns: [['service_date', 'DATE'], ['complaint_type', 'VARCHAR'], ['requests', 'BIGINT'], ['closed_so_far', 'BIGINT'], ['median_hours_to_close', 'DOUBLE']],
      },
    ],
  },
  shop: {
    id: 'shop',
    seed: 7,
    source: 'the shop of the data-models sandbox (2,000 users), whose clock stops at 2025-11-15 12:00',
    summary: 'The shop normalised: users, their orders and the items of each order.',
    tables: [
      { name: 'users', rows: 2_000, columns: [['user_id', 'BIGINT'], ['name', 'VARCHAR'], ['email', 'VARCHAR'], ['address_id', 'BIGINT']] },
      { name: 'orders', rows: 7_880, columns: [['order_id', 'BIGINT'], ['user_id', 'BIGINT'], ['placed_at', ts]] },
      { name: 'order_items', rows: 15_843, columns: [['order_id', 'BIGINT'], ['product_id', 'BIGINT'], ['qty', 'INTEGER'], ['price', 'DECIMAL(10,2)']] },
    ],
  },
};

/** Rows in all of a dataset's tables. */
export const datasetRows = (id: DatasetId): number => datasetCatalog[id].tables.reduce((sum, t) => sum + t.rows, 0);

export function isDatasetId(value: string): value is DatasetId {
  return (datasetIds as readonly string[]).includes(value);
}
