import type { ColumnData, ColumnSpec, Row, SqlEngine, SqlParam } from '@/lib/engines/sql';
import { answerText } from './answers';
import { addressLine, newAddressFor, type Shop } from './dataset';
import { checksum, stages, timeQuery, type Clock, type Measured } from './measure';
import { NOW_SECONDS, PROFILE_RECENT, QUARTER_START_SECONDS, ROLLING_MINUTES, ROLLING_POINTS, ROLLING_START_SECONDS, WINDOW_MINUTES, type ProfileAnswer } from './model';

const int = (name: string): ColumnSpec => ({ name, type: 'int' });
const text = (name: string): ColumnSpec => ({ name, type: 'text' });
const ids = (count: number) => Array.from({ length: count }, (_, i) => i + 1);
const list = (a: ArrayLike<number>) => Array.from(a);

/**
 * The shop normalised: every fact in one table, linked by keys. Each table is loaded in its key order,
 * so DuckDB's min/max per row group (its zone maps) can skip much of a table for a filter on that key.
 * Primary keys get a unique (ART) index, which DuckDB uses for a constant filter and for the short list
 * of keys a join pushes down from its other side (the products of five orders, say).
 */
export const RELATIONAL_TABLES: ReadonlyArray<{ name: string; columns: ColumnSpec[]; key?: string; data(shop: Shop): ColumnData }> = [
  { name: 'users', key: 'user_id', columns: [int('user_id'), text('name'), text('email'), int('address_id')], data: (s) => [ids(s.users), s.userName.slice(1), s.userEmail.slice(1), ids(s.users)] },
  { name: 'addresses', key: 'address_id', columns: [int('address_id'), int('user_id'), text('street'), text('city'), text('postcode')], data: (s) => [ids(s.users), ids(s.users), s.street.slice(1), s.city.slice(1), s.postcode.slice(1)] },
  { name: 'follows', columns: [int('follower'), int('followee')], data: (s) => [list(s.follower), list(s.followee)] },
  { name: 'products', key: 'product_id', columns: [int('product_id'), text('name'), int('price_cents')], data: (s) => [ids(s.products), s.productName.slice(1), list(s.productPriceCents.subarray(1))] },
  { name: 'orders', key: 'order_id', columns: [int('order_id'), int('user_id'), int('placed_at'), int('ship_address_id')], data: (s) => [ids(s.orderUser.length), list(s.orderUser), list(s.orderPlacedAt), list(s.orderShipAddress)] },
  { name: 'order_items', columns: [int('order_id'), int('product_id'), int('qty'), int('price_cents')], data: (s) => [list(s.itemOrder), list(s.itemProduct), list(s.itemQty), list(s.itemPriceCents)] },
  { name: 'reviews', key: 'review_id', columns: [int('review_id'), int('user_id'), int('product_id'), int('rating'), text('body'), int('created_at')], data: (s) => [ids(s.reviewUser.length), list(s.reviewUser), list(s.reviewProduct), list(s.reviewRating), s.reviewBody, list(s.reviewCreatedAt)] },
  { name: 'clicks', columns: [int('ts'), int('user_id'), int('product_id')], data: (s) => [list(s.clickTs), list(s.clickUser), list(s.clickProduct)] },
];

/** DuckDB binds a bare ? as a DOUBLE; the casts keep comparisons on INTEGER columns exact and prunable. */
export const SQL = {
  profileUser: `SELECT u.user_id, u.name, u.email, a.street, a.city, a.postcode
FROM users u JOIN addresses a ON a.address_id = u.address_id
WHERE u.user_id = ?::INTEGER`,
  profileOrders: `WITH recent AS (
  SELECT order_id, placed_at, ship_address_id FROM orders
  WHERE user_id = ?::INTEGER ORDER BY placed_at DESC, order_id DESC LIMIT ${PROFILE_RECENT})
SELECT r.order_id, r.placed_at, a.street, a.city, a.postcode, i.product_id, p.name, i.qty, i.price_cents
FROM recent r
JOIN addresses a ON a.address_id = r.ship_address_id
JOIN order_items i ON i.order_id = r.order_id
JOIN products p ON p.product_id = i.product_id
ORDER BY r.placed_at DESC, r.order_id DESC, i.product_id`,
  profileReviews: `SELECT r.review_id, r.product_id, p.name, r.rating, r.created_at
FROM reviews r JOIN products p ON p.product_id = r.product_id
WHERE r.user_id = ?::INTEGER
ORDER BY r.created_at DESC, r.review_id DESC LIMIT ${PROFILE_RECENT}`,
  fof: `WITH RECURSIVE reach(user_id, depth) AS (
  SELECT ?::INTEGER, 0
  UNION
  SELECT f.followee, r.depth + 1
  FROM reach r JOIN follows f ON f.follower = r.user_id
  WHERE r.depth < ?::INTEGER)
SELECT DISTINCT o.user_id
FROM (SELECT DISTINCT user_id FROM reach) n
JOIN orders o ON o.user_id = n.user_id
JOIN order_items i ON i.order_id = o.order_id
WHERE i.product_id = ?::INTEGER AND o.user_id <> ?::INTEGER
ORDER BY o.user_id`,
  revenue: `SELECT CAST(coalesce(sum(i.qty * i.price_cents), 0) AS BIGINT) AS revenue_cents,
  count(DISTINCT o.user_id) AS buyers,
  (SELECT count(*) FROM users) AS users
FROM orders o JOIN order_items i ON i.order_id = o.order_id
WHERE o.placed_at >= ?::INTEGER AND o.placed_at < ?::INTEGER`,
  rolling: `WITH per_minute AS (
  SELECT (ts - ?::INTEGER) // 60 AS minute, count(*) AS clicks
  FROM clicks WHERE ts >= ?::INTEGER AND ts < ?::INTEGER
  GROUP BY minute),
minutes AS (SELECT range AS minute FROM range(0, ${ROLLING_MINUTES}))
SELECT m.minute, CAST(sum(coalesce(p.clicks, 0)) OVER (ORDER BY m.minute ROWS BETWEEN ${WINDOW_MINUTES - 1} PRECEDING AND CURRENT ROW) AS INTEGER) AS rolling
FROM minutes m LEFT JOIN per_minute p ON p.minute = m.minute
ORDER BY m.minute`,
  address: `UPDATE addresses SET street = ?, city = ?, postcode = ? WHERE address_id = ?::INTEGER`,
  shippedThere: `SELECT count(*) AS orders, count(DISTINCT a.street || a.city || a.postcode) AS versions, min(a.street) AS street, min(a.city) AS city, min(a.postcode) AS postcode
FROM orders o JOIN addresses a ON a.address_id = o.ship_address_id WHERE o.ship_address_id = ?::INTEGER`,
  stale: `SELECT count(*) AS copies FROM addresses WHERE street = ? AND city = ? AND postcode = ?`,
} as const;

export function loadRelational(engine: SqlEngine, shop: Shop): number {
  let rows = 0;
  for (const t of RELATIONAL_TABLES) {
    const data = t.data(shop);
    engine.load(t.name, t.columns, data);
    if (t.key) engine.exec(`CREATE UNIQUE INDEX ${t.name}_pk ON ${t.name} (${t.key})`);
    rows += data[0]!.length;
  }
  return rows;
}

interface PlanNode {
  operator_type?: string;
  operator_cardinality?: number;
  operator_rows_scanned?: number;
  extra_info?: { Table?: string };
  children?: PlanNode[];
}

export interface RowsRead {
  /** Rows each table's scans handed on to the rest of the plan, after zone maps and pushed-down filters. */
  returned: Map<string, number>;
  /** Rows of each table the scans started from, as DuckDB's profiler reports them: the whole table per pass, before zone maps skip row groups. */
  covered: Map<string, number>;
}

/**
 * Runs the statement once under EXPLAIN ANALYZE and adds up, table by table, what DuckDB's table scans
 * did. What they returned is the count the verdicts use: the rows each scan handed on to the joins. What
 * they covered is an upper bound on what this column store looked at.
 */
export function rowsRead(engine: SqlEngine, sql: string, params: readonly SqlParam[]): RowsRead {
  const [row] = engine.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, params);
  const parsed = JSON.parse(String(row?.explain_value ?? '[]')) as PlanNode | PlanNode[];
  const returned = new Map<string, number>();
  const covered = new Map<string, number>();
  const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
  const walk = (node: PlanNode) => {
    const table = node.extra_info?.Table;
    if (node.operator_type === 'TABLE_SCAN' && table) {
      add(returned, table, node.operator_cardinality ?? 0);
      add(covered, table, node.operator_rows_scanned ?? 0);
    }
    node.children?.forEach(walk);
  };
  (Array.isArray(parsed) ? parsed : [parsed]).forEach(walk);
  return { returned, covered };
}

function merge(maps: Array<Map<string, number>>): Array<{ what: string; count: number }> {
  const total = new Map<string, number>();
  for (const m of maps) for (const [k, v] of m) total.set(k, (total.get(k) ?? 0) + v);
  return [...total].map(([what, count]) => ({ what, count }));
}

const sum = (b: Array<{ count: number }>) => b.reduce((s, x) => s + x.count, 0);
const num = (r: Row | undefined, k: string) => Number(r?.[k] ?? 0);
const str = (r: Row | undefined, k: string) => String(r?.[k] ?? '');

export interface Subjects {
  user: number;
  product: number;
  hops: number;
  seed: number;
}

export interface RelationalAnswers {
  profile: ProfileAnswer;
  fof: number[];
  revenue: { revenueCents: number; users: number; buyers: number };
  rolling: number[];
  address: { ordersShippedThere: number; after: string; before: string; copiesRewritten: number; stale: number };
}

/** Runs the five questions as SQL on the loaded tables, counting rows read and timing each. */
export function runRelational(engine: SqlEngine, shop: Shop, s: Subjects, clock: Clock, repeats: number, step: (name: string, fraction: number) => void): { cells: Measured[]; answers: RelationalAnswers; statementFloorMs: number } {
  const cells: Measured[] = [];
  const stage = stages(step);
  const progress = stage.sample;
  const cell = (query: Measured['query'], how: string, code: string, reads: RowsRead[], requests: number, timing: Measured['timing'], answer: string) => {
    const breakdown = merge(reads.map((r) => r.returned));
    const covered = sum(merge(reads.map((r) => r.covered)));
    cells.push({ query, model: 'relational', expressible: true, how, code, touched: sum(breakdown), records: sum(breakdown), breakdown, requests, timing, answer, covered });
  };

  // Profile page: three statements, four joins in all.
  stage.begin('profile page', 0);
  const profile = (() => {
    const stmts = [engine.prepare(SQL.profileUser), engine.prepare(SQL.profileOrders), engine.prepare(SQL.profileReviews)];
    try {
      const run = () => stmts.map((st) => st.run([s.user]));
      const [[u], orderRows, reviewRows] = run() as [Row[], Row[], Row[]];
      const orders: ProfileAnswer['orders'] = [];
      for (const r of orderRows) {
        if (orders.at(-1)?.orderId !== num(r, 'order_id')) orders.push({ orderId: num(r, 'order_id'), placedAt: num(r, 'placed_at'), shipTo: addressLine(str(r, 'street'), str(r, 'city'), str(r, 'postcode')), items: [] });
        orders.at(-1)!.items.push({ productId: num(r, 'product_id'), name: str(r, 'name'), qty: num(r, 'qty'), priceCents: num(r, 'price_cents') });
      }
      const answer: ProfileAnswer = {
        user: { id: num(u, 'user_id'), name: str(u, 'name'), email: str(u, 'email'), street: str(u, 'street'), city: str(u, 'city'), postcode: str(u, 'postcode') },
        orders,
        reviews: reviewRows.map((r) => ({ reviewId: num(r, 'review_id'), productId: num(r, 'product_id'), productName: str(r, 'name'), rating: num(r, 'rating'), createdAt: num(r, 'created_at') })),
      };
      const reads = [SQL.profileUser, SQL.profileOrders, SQL.profileReviews].map((q) => rowsRead(engine, q, [s.user]));
      const timing = timeQuery(() => run().reduce((n, rows) => n + rows.length, 0), clock, repeats, progress);
      cell('profile', '3 statements, 4 joins across 5 tables', [SQL.profileUser, SQL.profileOrders, SQL.profileReviews].join(';\n\n'), reads, 3, timing, answerText.profile(answer));
      return answer;
    } finally {
      stmts.forEach((st) => st.close());
    }
  })();

  stage.begin('people within reach who bought the product', 1);
  const fofParams = [s.user, s.hops, s.product, s.user];
  const fof = (() => {
    const st = engine.prepare(SQL.fof);
    try {
      const users = st.run(fofParams).map((r) => num(r, 'user_id'));
      const timing = timeQuery(() => checksum(st.run(fofParams).map((r) => num(r, 'user_id'))), clock, repeats, progress);
      cell('fof', `recursive CTE over follows (${s.hops} hop${s.hops === 1 ? '' : 's'}), then two joins`, SQL.fof, [rowsRead(engine, SQL.fof, fofParams)], 1, timing, answerText.fof(users));
      return users;
    } finally {
      st.close();
    }
  })();

  stage.begin('revenue per user', 2);
  const revenueParams = [QUARTER_START_SECONDS, NOW_SECONDS];
  const revenue = (() => {
    const st = engine.prepare(SQL.revenue);
    try {
      const [r] = st.run(revenueParams);
      const answer = { revenueCents: num(r, 'revenue_cents'), users: num(r, 'users'), buyers: num(r, 'buyers') };
      const timing = timeQuery(() => num(st.run(revenueParams)[0], 'revenue_cents') % 1_000_000_007, clock, repeats, progress);
      cell('revenue', 'one join and a SUM over the quarter', SQL.revenue, [rowsRead(engine, SQL.revenue, revenueParams)], 1, timing, answerText.revenue(answer));
      return answer;
    } finally {
      st.close();
    }
  })();

  stage.begin('rolling clicks', 3);
  const rollingParams = [ROLLING_START_SECONDS, ROLLING_START_SECONDS, NOW_SECONDS];
  const rolling = (() => {
    const st = engine.prepare(SQL.rolling);
    try {
      const read = () => st.run(rollingParams).slice(ROLLING_MINUTES - ROLLING_POINTS).map((r) => num(r, 'rolling'));
      const counts = read();
      const timing = timeQuery(() => checksum(read()), clock, repeats, progress);
      cell('rolling', 'range filter on ts, GROUP BY minute, window SUM', SQL.rolling, [rowsRead(engine, SQL.rolling, rollingParams)], 1, timing, answerText.rolling(counts));
      return counts;
    } finally {
      st.close();
    }
  })();

  stage.begin('address change', 4);
  const owner = s.user;
  const before = { street: shop.street[owner]!, city: shop.city[owner]!, postcode: shop.postcode[owner]! };
  const after = newAddressFor(owner, s.seed);
  const address = (() => {
    const st = engine.prepare(SQL.address);
    try {
      // The first change is the one counted (EXPLAIN ANALYZE runs it); timed passes then move the user back and forth.
      const reads = rowsRead(engine, SQL.address, [after.street, after.city, after.postcode, owner]);
      let moved = true;
      const timing = timeQuery(() => {
        const to = moved ? before : after;
        const [r] = st.run([to.street, to.city, to.postcode, owner]);
        moved = !moved;
        return num(r, 'Count');
      }, clock, repeats, progress);
      // Setting the new address once more is a no-op if it is already there; its count is the copies rewritten.
      const [last] = st.run([after.street, after.city, after.postcode, owner]);
      const [there] = engine.query(SQL.shippedThere, [owner]);
      const [stale] = engine.query(SQL.stale, [before.street, before.city, before.postcode]);
      const shownAfter = num(there, 'versions') === 1 ? addressLine(str(there, 'street'), str(there, 'city'), str(there, 'postcode')) : 'several versions';
      const result = { ordersShippedThere: num(there, 'orders'), after: shownAfter, before: addressLine(before.street, before.city, before.postcode), copiesRewritten: num(last, 'Count'), stale: num(stale, 'copies') };
      cell('address', 'UPDATE one row of addresses; orders point at it by key', SQL.address, [reads], 1, timing, answerText.address(result));
      return result;
    } finally {
      st.close();
    }
  })();

  // The floor under every relational time: a statement that reads nothing still crosses into WebAssembly and back as Arrow.
  const floor = engine.prepare('SELECT ?::INTEGER AS one');
  try {
    const statementFloorMs = timeQuery(() => num(floor.run([1])[0], 'one'), clock, repeats).medianMs;
    return { cells, answers: { profile, fof, revenue, rolling, address }, statementFloorMs };
  } finally {
    floor.close();
  }
}
