import { simulateBus, type BusLog } from './bus';
import { simulateDb } from './db';
import { leadChanges, overtakesAt } from './crossover';
import {
  COMMIT_INTERVAL_MS,
  DB_CONNECTIONS,
  LAG_SAMPLES,
  modes,
  SWEEP_FAILURE_RATES,
  SWEEP_HOPS,
  type BusDetail,
  type DataflowParams,
  type DataflowProgress,
  type DataflowResult,
  type DbDetail,
  type HopRow,
  type Mode,
  type ModeRun,
  type RpcDetail,
  type SweepRow,
} from './model';
import { simulateRpc, type RpcLog } from './rpc';
import { HISTOGRAM_EDGES_MS, summarizeRun } from './summary';
import { binomialStandardError, chanceSlowerThan, poissonArrivals, streamRng, type LatencySpec, type RetryPolicy } from './workload';

/** The closed form the RPC chain should match: each attempt fails with q, a hop succeeds unless all r + 1 attempts fail, and all H hops must succeed. */
export function rpcPrediction(failureRate: number, hops: number, latency: LatencySpec, timeoutMs: number, maxRetries: number) {
  const perAttemptFailure = failureRate + (1 - failureRate) * chanceSlowerThan(latency, timeoutMs);
  const perHopSuccess = 1 - perAttemptFailure ** (maxRetries + 1);
  return { perAttemptFailure, perHopSuccess, predictedErrorRate: 1 - perHopSuccess ** hops };
}

/**
 * Runs the chosen modes on one seeded workload (the same arrivals for every mode), then, if asked,
 * the sweep: all three modes at each failure rate in SWEEP_FAILURE_RATES, and the chain at each
 * length in SWEEP_HOPS. Each mode draws from random streams that do not depend on the failure rate
 * or the chain's length (common random numbers), so the sweep's lines differ by their settings
 * rather than by luck, and the sweep point at the reader's settings is the main run itself.
 */
export function runDataflow(params: DataflowParams, options: { progress?: (progress: DataflowProgress) => void } = {}): DataflowResult {
  const { seed } = params;
  const runMs = params.runSec * 1000;
  const arrivalsMs = poissonArrivals(params.requestRate, runMs, streamRng(seed, 'arrivals'));
  const slowQueriesMs = params.slowQueriesPerSec > 0 ? poissonArrivals(params.slowQueriesPerSec, runMs, streamRng(seed, 'b-slow-queries')) : [];
  const latency: LatencySpec = { shape: params.latencyShape, ms: params.hopLatencyMs };
  const retry: RetryPolicy = { maxRetries: params.retries ? params.maxRetries : 0, backoffMs: params.backoffMs };
  const chosen: Mode[] = params.mode === 'all' ? [...modes] : [params.mode];

  const grid = params.sweep ? SWEEP_FAILURE_RATES : [];
  const hopsSwept = params.sweep ? SWEEP_HOPS : [];
  const total = chosen.length + (chosen.includes('db') ? 1 : 0) + grid.length * 3 + hopsSwept.length * (grid.length + 1);
  let done = 0;
  let phase: DataflowProgress['phase'] = 'run';
  const step = () => options.progress?.({ phase, done: ++done, total });

  let events = 0;
  const rpcRuns = new Map<string, { run: ModeRun; log: RpcLog }>();
  const rpc = (failureRate: number, hops: number) => {
    const key = `${failureRate}/${hops}`;
    let entry = rpcRuns.get(key);
    if (!entry) {
      const log = simulateRpc({ arrivalsMs, hops, failureRate, latency, timeoutMs: params.timeoutMs, retry, seed });
      events += log.events;
      entry = { run: summarizeRun('rpc', log, runMs, params.deadlineMs), log };
      rpcRuns.set(key, entry);
    }
    step();
    return entry;
  };
  const dbRuns = new Map<string, ModeRun>();
  const db = (failureRate: number, withB = true) => {
    const key = `${failureRate}/${withB}`;
    let run = dbRuns.get(key);
    if (!run) {
      // The same streams with and without B, so the comparison changes only B's queries.
      const log = simulateDb({
        arrivalsMs,
        slowQueriesMs: withB ? slowQueriesMs : [],
        slowQueryMs: params.slowQueryMs,
        connections: DB_CONNECTIONS,
        failureRate,
        latency,
        timeoutMs: params.timeoutMs,
        retry,
        seed,
      });
      events += log.events;
      run = summarizeRun('db', log, runMs, params.deadlineMs);
      dbRuns.set(key, run);
    }
    step();
    return run;
  };
  const busRuns = new Map<number, { run: ModeRun; log: BusLog }>();
  const bus = (failureRate: number) => {
    let entry = busRuns.get(failureRate);
    if (!entry) {
      const outage = params.outageSec > 0 ? { startMs: params.outageStartSec * 1000, endMs: (params.outageStartSec + params.outageSec) * 1000 } : null;
      const log = simulateBus(
        {
          arrivalsMs,
          callLatency: latency,
          consumerRatePerSec: params.consumerRate,
          failureRate,
          retentionMs: params.retentionSec * 1000,
          outage,
          runMs,
          commitIntervalMs: COMMIT_INTERVAL_MS,
          samples: LAG_SAMPLES,
          seed,
        },
      );
      events += log.events;
      entry = { run: summarizeRun('bus', log, runMs, params.deadlineMs), log };
      busRuns.set(failureRate, entry);
    }
    step();
    return entry;
  };

  // The main run.
  const p = params.failureRate;
  const runs: ModeRun[] = [];
  let rpcDetail: RpcDetail | null = null;
  let dbDetail: DbDetail | null = null;
  let busDetail: BusDetail | null = null;
  for (const mode of chosen) {
    if (mode === 'rpc') {
      const { run, log } = rpc(p, params.hops);
      runs.push(run);
      const prediction = rpcPrediction(p, params.hops, latency, params.timeoutMs, retry.maxRetries);
      rpcDetail = { ...prediction, standardError: binomialStandardError(prediction.predictedErrorRate, run.requests), injectedFailures: log.injectedFailures, slowTimeouts: log.slowTimeouts };
    } else if (mode === 'db') {
      const run = db(p);
      runs.push(run);
      const alone = db(p, false);
      dbDetail = { connections: DB_CONNECTIONS, slowQueries: slowQueriesMs.length, withoutB: { p99: alone.endToEnd?.p99 ?? null, errorRate: alone.errorRate, missedShare: alone.missedShare } };
    } else {
      const { run, log } = bus(p);
      runs.push(run);
      busDetail = describeBus(log, params);
    }
  }

  let sweep: DataflowResult['sweep'] = null;
  if (params.sweep) {
    phase = 'sweep';
    const rows: SweepRow[] = SWEEP_FAILURE_RATES.map((rate) => {
      const cell = (run: ModeRun) => ({ missedShare: run.missedShare, errorRate: run.errorRate, p99: run.endToEnd?.p99 ?? null });
      return { failureRate: rate, db: cell(db(rate)), rpc: cell(rpc(rate, params.hops).run), bus: cell(bus(rate).run) };
    });
    const rates = rows.map((r) => r.failureRate);
    const missed = (mode: Mode) => rows.map((r) => r[mode].missedShare);
    const crossovers = [leadChanges(rates, 'rpc', missed('rpc'), 'bus', missed('bus')), leadChanges(rates, 'rpc', missed('rpc'), 'db', missed('db')), leadChanges(rates, 'db', missed('db'), 'bus', missed('bus'))];

    phase = 'hops';
    const hops: HopRow[] = SWEEP_HOPS.map((h) => {
      const here = rpc(p, h).run;
      const prediction = rpcPrediction(p, h, latency, params.timeoutMs, retry.maxRetries);
      const chain = SWEEP_FAILURE_RATES.map((rate) => rpc(rate, h).run.missedShare);
      return {
        hops: h,
        errorRate: here.errorRate,
        predictedErrorRate: prediction.predictedErrorRate,
        standardError: binomialStandardError(prediction.predictedErrorRate, here.requests),
        busOvertakesAt: overtakesAt(leadChanges(rates, 'rpc', chain, 'bus', missed('bus')), 'bus'),
        dbOvertakesAt: overtakesAt(leadChanges(rates, 'rpc', chain, 'db', missed('db')), 'db'),
      };
    });
    sweep = { rows, crossovers, hops };
  }

  return {
    requests: arrivalsMs.length,
    runSec: params.runSec,
    deadlineMs: params.deadlineMs,
    histogramEdgesMs: HISTOGRAM_EDGES_MS.slice(0, -1),
    runs,
    rpc: rpcDetail,
    db: dbDetail,
    bus: busDetail,
    sweep,
    events,
  };
}

function describeBus(log: BusLog, params: DataflowParams): BusDetail {
  const capacityPerSec = params.consumerRate * (1 - params.failureRate);
  const runMs = params.runSec * 1000;
  let drain: BusDetail['drain'] = null;
  if (log.restart) {
    const { atMs, backlog, caughtUpMs } = log.restart;
    const caughtUpInRun = caughtUpMs !== null && caughtUpMs <= runMs;
    const windowEnd = caughtUpInRun ? caughtUpMs : runMs;
    const lagAtEnd = caughtUpInRun ? 0 : log.backlogAtEnd;
    drain = {
      measuredPerSec: windowEnd > atMs ? (backlog - lagAtEnd) / ((windowEnd - atMs) / 1000) : null,
      predictedPerSec: capacityPerSec - params.requestRate,
      backlogAtRestart: backlog,
      caughtUpAfterSec: caughtUpMs === null ? null : (caughtUpMs - atMs) / 1000,
    };
  }
  const staleness = log.lagSeries.map((point) => point.stalenessSec);
  return {
    lagSeries: log.lagSeries,
    maxLag: Math.max(0, ...log.lagSeries.map((point) => point.lag)),
    backlogAtEnd: log.backlogAtEnd,
    maxStalenessSec: log.maxStalenessMs / 1000,
    meanStalenessSec: staleness.length ? staleness.reduce((a, b) => a + b, 0) / staleness.length : 0,
    duplicates: log.duplicates,
    capacityPerSec,
    drain,
    predictedLost: params.outageSec > params.retentionSec ? params.requestRate * (params.outageSec - params.retentionSec) : 0,
  };
}
