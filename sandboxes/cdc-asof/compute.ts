import type { Row, SqlEngine } from '@/lib/engines/sql';
import { byKey, featureValues, lastChanges, rowAsOf, sourceOf } from './features';
import { DAY_S, envelope, generateLog } from './generate';
import { FEATURES, type CdcAsofParams, type CdcAsofProgress, type CdcAsofResult, type Feature, type LeakCell, type SampleRow } from './model';
import { compareTables, deliver, replayArrivalOrder, replayGuarded } from './replay';
import { anchorsSql, asofSql, HISTORY_SQL, NAIVE_SQL, runSql } from './sql';
import { fitAndScore, type LabelledRow } from './train';

export interface ComputeHooks {
  now(): number;
  progress(progress: CdcAsofProgress): void;
}

const STEPS = 9;
const OPEN = new Set(['placed', 'accepted', 'picked_up']);
const SAMPLE_ROWS = 6;

export async function runCdcAsof(params: CdcAsofParams, duckdb: () => Promise<SqlEngine>, hooks: ComputeHooks): Promise<CdcAsofResult> {
  const start = hooks.now();
  let done = 0;
  const step = (label: string) => hooks.progress({ step: label, fraction: Math.min(1, done++ / STEPS) });

  step('generating the orders and their change log');
  const log = generateLog(params);
  const { arrivals, duplicates, late } = deliver(log.events, params.duplicatePercent, params.latePercent, params.seed);
  step('replaying the events into a table');
  const guarded = replayGuarded(arrivals);
  const lastWriteWins = replayArrivalOrder(arrivals);
  const generated = hooks.now();

  const db = await duckdb();
  let sql;
  try {
    sql = runSql(db, arrivals, params.anchorMinutes, params.inequality, step);
  } finally {
    db.close();
  }
  const queried = hooks.now();

  step('comparing the joins row by row');
  const events = byKey(log.events);
  const naiveById = new Map<number, Row>(sql.naive.map((r) => [Number(r.order_id), r]));
  const rows: LabelledRow[] = [];
  const leakCounts = Object.fromEntries(FEATURES.map((f) => [f, 0])) as Record<Feature, number>;
  const candidates: SampleRow[] = [];
  let finishedBefore = 0;
  let noAsofRow = 0;
  let naiveMissing = 0;
  let asofMatchesJs = true;
  let leakedRows = 0;
  for (const asofRow of sql.asof) {
    const orderId = Number(asofRow.order_id);
    const anchorS = Number(asofRow.anchor_s);
    const own = events.get(orderId) ?? [];
    // The chapter's row_as_of, replayed here in JavaScript, must find the very version DuckDB found.
    const js = rowAsOf(own, anchorS, params.inequality);
    if ((js.lsn ?? null) !== (asofRow.lsn === null ? null : Number(asofRow.lsn))) asofMatchesJs = false;
    if (asofRow.lsn === null) noAsofRow++;
    else if (!OPEN.has(String(asofRow.status)) || Number(asofRow.deleted) === 1) {
      finishedBefore++;
      continue;
    }
    const asof = featureValues(sourceOf(asofRow));
    const naiveRow = naiveById.get(orderId);
    const naiveSource = naiveRow ? sourceOf(naiveRow) : null;
    if (!naiveSource) naiveMissing++;
    const naive = naiveSource ? featureValues(naiveSource) : null;
    const cancelled = Number(asofRow.cancelled) === 1 ? 1 : 0;
    const split = anchorS < params.trainDays * DAY_S ? 'train' : 'test';
    rows.push({ split, cancelled, asof, naive });
    if (!naive) continue;
    const leaked = FEATURES.filter((f) => naive[f] !== asof[f]);
    for (const f of leaked) leakCounts[f]++;
    if (leaked.length > 0) leakedRows++;
    if (split === 'test' && leaked.length > 0 && candidates.length < 400) {
      const changed = lastChanges(own);
      const cells = Object.fromEntries(
        FEATURES.map((f): [Feature, LeakCell] => [f, { asof: asof[f], naive: naive[f], futureBy: naive[f] !== asof[f] ? changed[f] - anchorS : null }]),
      ) as Record<Feature, LeakCell>;
      candidates.push({
        orderId,
        anchorS,
        asofLsn: asofRow.lsn === null ? null : Number(asofRow.lsn),
        asofStatus: asofRow.status === null ? null : String(asofRow.status),
        finalStatus: naiveRow?.status === null || !naiveRow ? null : String(naiveRow.status),
        cancelled: cancelled === 1,
        cells,
      });
    }
  }

  step('training both models');
  const { models, scores } = fitAndScore(rows);
  const matched = rows.filter((r) => r.naive).length;
  const guardedDiff = compareTables(log.finalRows, guarded.rows);
  const arrivalDiff = compareTables(log.finalRows, lastWriteWins);
  const sampleOrder = log.events.find((e) => e.op === 'd')?.orderId ?? log.events[0]?.orderId;
  hooks.progress({ step: 'done', fraction: 1 });
  const end = hooks.now();
  return {
    orders: log.orders,
    events: {
      total: log.events.length,
      byOp: { c: log.events.filter((e) => e.op === 'c').length, u: log.events.filter((e) => e.op === 'u').length, d: log.events.filter((e) => e.op === 'd').length },
      delivered: arrivals.length,
      duplicates,
      late,
    },
    sampleEvents: (events.get(sampleOrder ?? -1) ?? []).map(envelope),
    replay: {
      guarded: { applied: guarded.applied, duplicates: guarded.duplicates, stale: guarded.stale, ...guardedDiff },
      lastWriteWins: { applied: arrivals.length, duplicates: 0, stale: 0, ...arrivalDiff },
      tableRows: guarded.rows.size,
      tombstones: guarded.positions.size - guarded.rows.size,
      duckdbCurrentRows: sql.currentRows,
    },
    anchors: {
      total: sql.asof.length,
      finishedBefore,
      noAsofRow,
      naiveMissing,
      train: rows.filter((r) => r.split === 'train').length,
      test: rows.filter((r) => r.split === 'test').length,
      asofMatchesJs,
      asofChecked: sql.asof.length,
    },
    leaks: FEATURES.map((feature) => ({ feature, rows: leakCounts[feature], share: matched > 0 ? leakCounts[feature] / matched : 0 })),
    leakedRows,
    sample: pickSample(candidates),
    models,
    scores,
    sql: { history: `${HISTORY_SQL}\n\n${anchorsSql(params.anchorMinutes)}`, asof: asofSql(params.inequality), naive: NAIVE_SQL },
    duckdbVersion: sql.version,
    ms: { generate: generated - start, duckdb: queried - generated, models: end - queried, total: end - start },
  };
}

/** Up to SAMPLE_ROWS leaked rows of the later period, cancelled and delivered orders alternating. */
function pickSample(candidates: readonly SampleRow[]): SampleRow[] {
  const yes = candidates.filter((c) => c.cancelled);
  const no = candidates.filter((c) => !c.cancelled);
  const out: SampleRow[] = [];
  for (let i = 0; out.length < SAMPLE_ROWS && (i < yes.length || i < no.length); i++) {
    if (i < yes.length) out.push(yes[i]!);
    if (i < no.length && out.length < SAMPLE_ROWS) out.push(no[i]!);
  }
  return out.sort((a, b) => a.anchorS - b.anchorS);
}
