import type { SqlEngine } from '@/lib/engines/sql';
import { compareSql, metricsSql, REQUESTS_DDL, transformSql } from './checks';
import { ingestChecks, transformChecks, consumerChecks } from './gates';
import { checkGate, WARMUP_DAYS, type CheckId, type CheckOutcome, type DayCompare, type DayResult, type Gate, type GateOutcome, type Metrics, type MetricId, type QualityGatesParams, type ReaderState } from './model';
import { AGENCIES, dateOf, pullOf, RAW_COLUMNS, requestsOf, type Pull, type SourceRow } from './source';

export interface PipelineRun {
  days: DayResult[];
  final: DayCompare[];
  quarantineRows: number;
}

const num = (v: unknown) => (typeof v === 'number' ? v : v === null || v === undefined ? Number.NaN : Number(v));
const columnsOf = (rows: readonly (readonly unknown[])[], width: number) => Array.from({ length: width }, (_, i) => rows.map((r) => r[i] as string | number | null));

function loadPull(db: SqlEngine, table: string, pull: Pull) {
  if (pull.rows.length === 0) {
    db.exec(`CREATE OR REPLACE TABLE ${table} (${pull.columns.map((c) => `${c.name} ${c.type === 'float' ? 'DOUBLE' : 'VARCHAR'}`).join(', ')})`);
  } else db.load(table, pull.columns, columnsOf(pull.rows, pull.columns.length));
}

function metrics(db: SqlEngine, table: string, first: number, last: number): Metrics[] {
  const value = (v: unknown) => (v === null || v === undefined ? null : num(v));
  return db.query(metricsSql(table, first, last)).map((r) => ({ requests: value(r.requests), meanHours: value(r.mean_hours), noiseShare: value(r.noise_share), brooklynShare: value(r.brooklyn_share) }));
}

export function relativeErrors(reported: Metrics | null, truth: Metrics): Metrics {
  const error = (m: MetricId) => {
    const r = reported?.[m];
    const t = truth[m];
    return r === null || r === undefined || t === null || t === 0 ? null : (r - t) / t;
  };
  return { requests: error('requests'), meanHours: error('meanHours'), noiseShare: error('noiseShare'), brooklynShare: error('brooklynShare') };
}

function compare(db: SqlEngine, first: number, last: number): { days: DayCompare[]; latest: number } {
  const rows = db.query(compareSql(first, last));
  return { days: rows.map((r) => ({ rows: num(r.n), extra: num(r.extra), missing: num(r.missing), wrong: num(r.wrong) })), latest: num(rows[0]?.latest) };
}

export function readerState(latestDay: number, day: number, c: DayCompare): ReaderState {
  if (latestDay < day || c.rows === 0) return 'stale';
  if (c.extra > 0 || c.wrong > 0) return 'broken';
  return c.missing > 0 ? 'partial' : 'fresh';
}

/** A gate's outcome from its checks and the response chosen for it. */
function outcome(checks: readonly CheckOutcome[], response: 'fail' | 'warn' | 'quarantine'): GateOutcome {
  return checks.every((c) => c.passed) ? 'pass' : response;
}

/**
 * The daily pipeline over `params.days` days, on one DuckDB database: pull, ingestion gate, land,
 * transform, gate after the transform, publish (write-audit-publish, or write in place and test
 * afterwards), then the consumer's gate and its metrics. A day whose run failed is rebuilt from a
 * clean pull at the start of the next run (its cause fixed overnight: a one-day backfill).
 */
export function runPipeline(db: SqlEngine, params: QualityGatesParams, onDay: (day: number) => void): PipelineRun {
  const faultDays = new Set(params.faults.map((f) => f.day));
  const cache = new Map<number, SourceRow[]>();
  const requests = (day: number) => {
    let rows = cache.get(day);
    if (!rows) cache.set(day, (rows = requestsOf(params.seed, day, params.rows)));
    return rows;
  };
  db.load('agencies', [{ name: 'agency', type: 'text' }, { name: 'agency_name', type: 'text' }], [AGENCIES.map((a) => a.agency), AGENCIES.map((a) => a.name)]);
  const everything: SourceRow[] = [];
  for (let day = 1 - WARMUP_DAYS; day <= params.days; day++) everything.push(...requests(day));
  loadPull(db, 'truth_raw', pullOf(() => everything, 0, [], true));
  db.exec(REQUESTS_DDL);
  db.exec(transformSql(0, new Set(RAW_COLUMNS.map((c) => c.name)), 'truth_raw', 'truth', false));
  db.exec(`INSERT INTO requests SELECT row_id, unique_key, created_at, created_day, agency, complaint_type, borough, status, hours_to_close, created_day FROM truth WHERE created_day <= 0`);
  const truth = metrics(db, 'truth', 1, params.days);
  const history: number[] = [];
  for (let day = 1 - WARMUP_DAYS; day <= 0; day++) history.push(requests(day).length);

  const pending: number[] = [];
  const days: DayResult[] = [];
  let quarantineRows = 0;
  for (let day = 1; day <= params.days; day++) {
    onDay(day);
    const backfilled = pending.splice(0);
    for (const f of backfilled) {
      db.exec(`DELETE FROM requests WHERE run_day = ${f}`);
      loadPull(db, 'raw_batch', pullOf(requests, f, params.faults, true));
      db.exec(transformSql(f, new Set(RAW_COLUMNS.map((c) => c.name))));
      db.exec('INSERT INTO requests SELECT * FROM stage');
    }
    const pull = pullOf(requests, day, params.faults);
    loadPull(db, 'pull', pull);
    const gates: Record<Gate, GateOutcome> = { ingest: 'skipped', transform: 'skipped', use: 'skipped' };
    const checks: CheckOutcome[] = [];
    let quarantined = 0;
    let published = false;
    let stopped = false;

    const ingest = ingestChecks(db, day, history);
    checks.push(...ingest.checks);
    gates.ingest = outcome(ingest.checks, params.ingest);
    if (gates.ingest === 'fail' || gates.ingest === 'quarantine') {
      stopped = true;
      if (gates.ingest === 'quarantine') quarantined = ingest.rows * pull.writes;
    } else history.push(ingest.rows);

    if (!stopped) {
      db.exec(transformSql(day, ingest.columns, land(db, pull)));
      const inPlace = params.publish === 'in-place';
      if (inPlace) db.exec('INSERT INTO requests SELECT * FROM stage');
      const tests = transformChecks(db, 'stage');
      checks.push(...tests.checks);
      gates.transform = outcome(tests.checks, params.transform);
      const ids = [...tests.failingRows].join(', ');
      if (gates.transform === 'fail') stopped = true;
      else if (gates.transform === 'quarantine') {
        quarantined = tests.failingRows.size;
        if (inPlace) db.exec(`DELETE FROM requests WHERE run_day = ${day} AND row_id IN (${ids})`);
      }
      if (!inPlace && !stopped) db.exec(`INSERT INTO requests SELECT * FROM stage${gates.transform === 'quarantine' ? ` WHERE row_id NOT IN (${ids})` : ''}`);
      published = inPlace || !stopped;
    }
    if (stopped) pending.push(day);
    quarantineRows += quarantined;

    const use = consumerChecks(db, day, params.shift);
    checks.push(...use);
    gates.use = outcome(use, params.use);
    // A consumer whose gate only warns computes its metrics from whatever the table holds for the day, even nothing.
    const reported = gates.use === 'fail' ? null : metrics(db, 'requests', day, day)[0]!;
    const { days: [cmp], latest: latestDay } = compare(db, day, day);
    // Had every gate only warned, the day's rows in the table would be exactly the faulty pull, transformed.
    const slipped = faultDays.has(day) ? metrics(db, transformedPull(db, day, pull), day, day)[0]! : null;
    const stoppedBy: CheckId | null =
      checks.find((c) => !c.passed && checkResponse(params, checkGate[c.check]) !== 'warn')?.check ?? null;
    days.push({
      day,
      date: dateOf(day),
      faults: params.faults.filter((f) => f.day === day).map((f) => f.kind),
      backfilled,
      pulled: ingest.rows,
      checks,
      gates,
      stoppedBy,
      quarantined,
      published,
      readers: readerState(latestDay, day, cmp!),
      latestDay,
      compare: cmp!,
      reported,
      truth: truth[day - 1]!,
      errors: relativeErrors(reported, truth[day - 1]!),
      slipped: slipped && relativeErrors(slipped, truth[day - 1]!),
    });
  }
  return { days, final: compare(db, 1, params.days).days, quarantineRows };
}

/** Lands the pull as the load writes it: once, or twice when a retried write also landed. Returns the landed table. */
function land(db: SqlEngine, pull: Pull): string {
  if (pull.writes === 1) return 'pull';
  db.exec(`CREATE OR REPLACE TABLE raw_batch AS ${Array.from({ length: pull.writes }, () => 'SELECT * FROM pull').join(' UNION ALL ')}`);
  return 'raw_batch';
}

/** The faulty pull, landed and transformed as if no gate had stopped it (table `slipped`). */
function transformedPull(db: SqlEngine, day: number, pull: Pull): string {
  db.exec(transformSql(day, new Set(pull.columns.map((c) => c.name)), land(db, pull), 'slipped', false));
  return 'slipped';
}

function checkResponse(params: QualityGatesParams, gate: Gate): 'fail' | 'warn' | 'quarantine' {
  return gate === 'ingest' ? params.ingest : gate === 'transform' ? params.transform : params.use;
}
