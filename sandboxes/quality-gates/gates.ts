import type { Row, SqlEngine } from '@/lib/engines/sql';
import { formatNumber } from '@/lib/format';
import { BASELINE_DAYS, failingRowsSql, FRESH_HOURS, ingestSql, nullCountsSql, partitionSql, rowCountVerdict, rowTests, sharesSql, totalVariation } from './checks';
import type { CheckOutcome } from './model';
import { REQUIRED_COLUMNS } from './source';

const num = (v: unknown) => (typeof v === 'number' ? v : v === null || v === undefined ? Number.NaN : Number(v));
const pass = (check: CheckOutcome['check'], passed: boolean, failing: number, detail: string): CheckOutcome => ({ check, passed, failing, detail });

/** Gate 1, on the pull as it arrived (table `pull`): required columns, row count against history, freshness. */
export function ingestChecks(db: SqlEngine, day: number, history: readonly number[]): { checks: CheckOutcome[]; columns: Set<string>; rows: number } {
  const first = db.query(ingestSql.schemaAndCount)[0] ?? {};
  const columns = new Set(String(first.columns ?? '').split(',').filter(Boolean));
  const missing = REQUIRED_COLUMNS.filter((c) => !columns.has(c));
  const added = [...columns].filter((c) => !REQUIRED_COLUMNS.includes(c));
  const schema = pass(
    'schema',
    missing.length === 0,
    missing.length ? 1 : 0,
    missing.length ? `Missing or renamed: ${missing.join(', ')}${added.length ? `; new: ${added.join(', ')}` : ''}.` : `All ${REQUIRED_COLUMNS.length} required columns present.`,
  );
  const rows = num(first.n);
  const fresh = columns.has('created_date') && rows > 0 ? num(db.query(ingestSql.freshness(day))[0]?.lag_hours) : Number.NaN;
  const band = rowCountVerdict(rows, history);
  const count = pass(
    'row_count',
    band.passed,
    band.passed ? 0 : 1,
    `${formatNumber(rows)} rows; the median of the last ${Math.min(history.length, 7)} accepted pulls is ${formatNumber(Math.round(band.base))}, so ${formatNumber(Math.ceil(band.low))}–${formatNumber(Math.floor(band.high))} pass.`,
  );
  const freshness = !columns.has('created_date')
    ? pass('freshness', false, 1, 'No created_date column to judge by.')
    : Number.isNaN(fresh)
      ? pass('freshness', false, 1, 'No rows, so no newest request.')
      : pass('freshness', fresh <= FRESH_HOURS, fresh <= FRESH_HOURS ? 0 : 1, `Newest request ${fresh.toFixed(1)} h before the day ended (at most ${FRESH_HOURS} h passes).`);
  return { checks: [schema, count, freshness], columns, rows };
}

const PASSED = {
  unique: 'Every unique_key appears once.',
  not_null: 'No nulls in the required columns.',
  accepted_values: 'Every status and borough is on its list.',
  relationships: 'Every agency is in the reference table.',
} as const;

/** Gate 2, dbt-style tests over a staged table: the checks, and for each failing test the row ids that quarantine would set aside. */
export function transformChecks(db: SqlEngine, table: string): { checks: CheckOutcome[]; failingRows: Set<number> } {
  const failingRows = new Set<number>();
  const byTest = new Map<string, number[]>();
  for (const r of db.query(failingRowsSql(table))) {
    const id = num(r.row_id);
    failingRows.add(id);
    byTest.set(String(r.test), [...(byTest.get(String(r.test)) ?? []), id]);
  }
  const checks = rowTests(table).map((test) => {
    const ids = byTest.get(test.check) ?? [];
    let detail: string;
    if (ids.length === 0) detail = PASSED[test.check];
    else if (test.check === 'unique') {
      const keys = db.query(`SELECT count(*) AS n FROM (${test.shown}) AS failures`)[0];
      detail = `${formatNumber(num(keys?.n))} keys appear more than once (${formatNumber(ids.length)} extra rows).`;
    } else if (test.check === 'not_null') {
      const counts = db.query(nullCountsSql(table))[0] ?? {};
      const hit = Object.entries(counts).filter(([, n]) => num(n) > 0);
      detail = `Nulls in ${hit.map(([c, n]) => `${c} (${formatNumber(num(n))})`).join(', ')}.`;
    } else if (test.check === 'accepted_values') {
      const bad = db.query(`SELECT value_field, n_records FROM (${test.shown}) AS failures ORDER BY n_records DESC LIMIT 3`);
      detail = `Unknown values: ${bad.map((b) => `“${String(b.value_field)}” (${formatNumber(num(b.n_records))})`).join(', ')}.`;
    } else {
      const bad = db.query(`SELECT agency, count(*) AS n FROM (${test.shown}) AS failures GROUP BY 1 ORDER BY 2 DESC LIMIT 3`);
      detail = `Agencies not in the reference table: ${bad.map((b) => `${String(b.agency)} (${formatNumber(num(b.n))})`).join(', ')}.`;
    }
    return pass(test.check, ids.length === 0, ids.length, detail);
  });
  return { checks, failingRows };
}

function shares(rows: readonly Row[], what: 'mix' | 'hours') {
  const today = new Map<string, number>();
  const base = new Map<string, number>();
  let top = { value: '', change: 0 };
  for (const r of rows.filter((x) => x.what === what)) {
    const t = num(r.today) || 0;
    const b = num(r.base) || 0;
    today.set(String(r.value), t);
    base.set(String(r.value), b);
    if (Math.abs(t - b) > Math.abs(top.change)) top = { value: String(r.value), change: t - b };
  }
  return { distance: totalVariation(today, base), top, hasBase: [...base.values()].some((v) => v > 0) };
}

/** Gate 3, in the consumer's job: the day's rows exist, and their mixes have not moved more than `threshold` from the baseline. */
export function consumerChecks(db: SqlEngine, day: number, threshold: number): CheckOutcome[] {
  const rows = num(db.query(partitionSql(day))[0]?.n);
  const partition = pass('partition', rows > 0, rows > 0 ? 0 : 1, rows > 0 ? `${formatNumber(rows)} rows for the day.` : 'No rows for the day: the table still ends at an earlier day.');
  if (rows === 0) return [partition];
  const out = [partition];
  const rowsOfShares = db.query(sharesSql(day));
  for (const what of ['mix', 'hours'] as const) {
    const s = shares(rowsOfShares, what);
    const name = what === 'mix' ? 'complaint types' : 'hours to close';
    const moved = `${(100 * Math.abs(s.top.change)).toFixed(1)} points ${s.top.change >= 0 ? 'more' : 'less'} “${s.top.value}”`;
    out.push(
      pass(
        what === 'mix' ? 'shift_mix' : 'shift_hours',
        !s.hasBase || s.distance <= threshold,
        s.hasBase && s.distance > threshold ? 1 : 0,
        s.hasBase ? `Distance of the ${name} mix from the last ${BASELINE_DAYS} days: ${s.distance.toFixed(3)} (limit ${threshold}); largest move ${moved}.` : 'No earlier days to compare with.',
      ),
    );
  }
  return out;
}
