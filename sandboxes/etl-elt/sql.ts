import type { EngineKind } from '@/lib/engines/sql';
import type { Complexity } from './model';

/**
 * ELT's transform: the same cleaning rules as clean.ts, written in each warehouse's SQL over the raw
 * table. SQLite has no regular expressions, so digits and decimals are checked with GLOB; it also
 * accepts "2025-02-30" and rolls it over to March, so a time is kept only if datetime() gives it back
 * unchanged. DuckDB's strptime is strict but accepts "2025-3-4 1:2:3", hence the length check.
 */
export function cleaningSql(kind: EngineKind) {
  const t = (field: string) => `trim(${field})`;
  const wholeOk = (e: string) => (kind === 'duckdb' ? `regexp_full_match(${e}, '[0-9]{1,9}')` : `(length(${e}) BETWEEN 1 AND 9 AND ${e} NOT GLOB '*[^0-9]*')`);
  const decimalOk = (e: string) =>
    kind === 'duckdb'
      ? `(length(${e}) <= 12 AND regexp_full_match(${e}, '[0-9]+(\\.[0-9]+)?'))`
      : `(length(${e}) <= 12 AND ${e} GLOB '[0-9]*' AND ${e} NOT GLOB '*[^0-9.]*' AND ${e} NOT GLOB '*.*.*' AND ${e} NOT GLOB '*.')`;
  const real = kind === 'duckdb' ? 'DOUBLE' : 'REAL';
  const moment = `replace(replace(trim(created_at), 'T', ' '), 'Z', '')`;
  const momentOk = kind === 'duckdb' ? `length(${moment}) = 19 AND try_strptime(${moment}, '%Y-%m-%d %H:%M:%S') IS NOT NULL` : `datetime(${moment}) = ${moment}`;
  return {
    orderId: `CASE WHEN ${wholeOk(t('order_id'))} THEN CAST(${t('order_id')} AS INTEGER) END`,
    customerId: `CASE WHEN ${wholeOk(t('customer_id'))} THEN CAST(${t('customer_id')} AS INTEGER) END`,
    country: `NULLIF(upper(replace(trim(country), '.', '')), '')`,
    amount: `CASE WHEN ${decimalOk(t('amount'))} THEN CAST(${t('amount')} AS ${real}) END`,
    createdAt: `CASE WHEN ${momentOk} THEN ${moment} END`,
    status: `lower(trim(status))`,
    channel: `COALESCE(NULLIF(lower(trim(channel)), ''), 'unknown')`,
  };
}

/**
 * The SELECT that turns `raw_orders` (and, from medium up, `countries`) into the final table.
 * Duplicates are dropped after the filters, keeping the lowest line, as ETL's loop does.
 */
export function transformSql(kind: EngineKind, complexity: Complexity, withChannel = false): string {
  const r = cleaningSql(kind);
  const channel = withChannel ? ',\n    channel' : '';
  const parsed = `parsed AS (
  SELECT line,
    ${r.orderId} AS order_id,
    ${r.customerId} AS customer_id,
    ${r.country} AS country,
    ${r.amount} AS amount,
    ${r.createdAt} AS created_at,
    ${r.status} AS status${withChannel ? `,\n    ${r.channel} AS channel` : ''}
  FROM raw_orders
),
kept AS (
  SELECT * FROM parsed
  WHERE order_id IS NOT NULL AND customer_id IS NOT NULL AND amount > 0 AND created_at IS NOT NULL
    AND COALESCE(status, '') <> 'test'
)`;
  if (complexity === 'light') return `WITH ${parsed}\nSELECT order_id, customer_id, country, amount, created_at, status${channel}\nFROM kept`;
  const deduped = `${parsed},
first_copies AS (
  SELECT * FROM (SELECT *, row_number() OVER (PARTITION BY order_id ORDER BY line) AS copy FROM kept) AS numbered
  WHERE copy = 1
),
joined AS (
  SELECT f.order_id, f.customer_id, f.country, COALESCE(c.region, 'Unknown') AS region, f.amount, f.created_at, f.status${withChannel ? ', f.channel' : ''}
  FROM first_copies AS f LEFT JOIN countries AS c ON c.code = f.country
)`;
  if (complexity === 'medium') return `WITH ${deduped}\nSELECT * FROM joined`;
  return `WITH ${deduped}
SELECT order_id, customer_id, country, region, amount, created_at, status,
  sum(amount) OVER per_customer AS running_total,
  row_number() OVER per_customer AS order_number${channel}
FROM joined
WINDOW per_customer AS (PARTITION BY customer_id ORDER BY created_at, order_id ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)`;
}

/** The dashboard's query, run `reads` times on the final table or view. */
export function dashboardSql(table: string): string {
  return `SELECT country, count(*) AS orders, sum(amount) AS revenue FROM ${table} GROUP BY country ORDER BY country NULLS LAST`;
}

/** The new question: revenue per sales channel. */
export function channelSql(table: string): string {
  return `SELECT channel, count(*) AS orders, sum(amount) AS revenue FROM ${table} GROUP BY channel ORDER BY channel`;
}
