import { z } from 'zod';

export const SANDBOX_ID = 'dataflow';
export const RESULTS_VERSION = 1;

export const modes = ['db', 'rpc', 'bus'] as const;
export type Mode = (typeof modes)[number];
export const modeLabels: Record<Mode, string> = { db: 'Shared database', rpc: 'RPC chain', bus: 'Message bus' };
/** The same names inside a sentence. */
export const modeNames: Record<Mode, string> = { db: 'the shared database', rpc: 'the RPC chain', bus: 'the message bus' };

/** A swept failure rate as the tables and charts write it: "0", "0.25 %", "30 %". */
export const rateLabel = (rate: number) => (rate === 0 ? '0' : `${+(rate * 100).toFixed(2)} %`);

export const latencyShapes = ['fixed', 'exponential', 'slow-tail'] as const;
export type LatencyShape = (typeof latencyShapes)[number];

/** In the slow-tail shape, this share of calls takes SLOW_TAIL_FACTOR times the usual time (the chapter's "slow for 1 percent of requests"). */
export const SLOW_TAIL_SHARE = 0.01;
export const SLOW_TAIL_FACTOR = 10;
/** Connections of the shared database: A's queries and B's slow ones queue for the same four. */
export const DB_CONNECTIONS = 4;
/** How often the bus consumer records its position; what it processed since is redelivered after a crash. */
export const COMMIT_INTERVAL_MS = 1000;
/** Points on the lag chart. */
export const LAG_SAMPLES = 240;
/** The per-hop failure rates the sweep runs, all three modes at each. */
export const SWEEP_FAILURE_RATES = [0, 0.0025, 0.005, 0.01, 0.02, 0.03, 0.05, 0.075, 0.1, 0.15, 0.2, 0.3] as const;
/** The chain lengths the hop sweep runs. */
export const SWEEP_HOPS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;
/** Requests per run, per mode. */
export const MAX_REQUESTS = 100_000;
/** Requests per run when the sweep is on: it repeats the run about 150 times. */
export const MAX_SWEEP_REQUESTS = 20_000;

const number = (what: string) => z.number({ error: `Enter a number for ${what}.` }).refine(Number.isFinite, `Enter a number for ${what}.`);
const whole = (what: string) => z.number({ error: `Enter a whole number of ${what}.` }).int(`Enter a whole number of ${what}.`);

export const dataflowParamsSchema = z
  .object({
    mode: z.enum(['all', ...modes], { error: 'Choose all three modes, the shared database, the RPC chain or the message bus.' }),
    failureRate: number('the failure rate')
      .min(0, 'The failure rate is a probability: 0 or more.')
      .max(1, 'The failure rate is a probability: at most 1 (every call fails). For 1 %, enter 0.01.'),
    hops: whole('hops').min(1, 'A chain needs at least 1 hop.').max(10, 'At most 10 hops.'),
    hopLatencyMs: number('the per-hop latency').min(0.1, 'A hop takes at least 0.1 ms.').max(10_000, 'At most 10,000 ms per hop.'),
    latencyShape: z.enum(latencyShapes, { error: 'Choose fixed, exponential or slow tail.' }),
    timeoutMs: number('the timeout').min(1, 'The timeout is at least 1 ms.').max(60_000, 'At most 60,000 ms.'),
    retries: z.boolean(),
    maxRetries: whole('retries').min(1, 'At least 1 retry (turn retries off for none).').max(5, 'At most 5 retries.'),
    backoffMs: number('the backoff').min(0, 'The backoff is 0 ms or more.').max(10_000, 'At most 10,000 ms.'),
    requestRate: number('the request rate').min(1, 'At least 1 request per second.').max(1_000, 'At most 1,000 requests per second.'),
    runSec: number('the run length').min(5, 'Run for at least 5 s.').max(600, 'At most 600 s (10 simulated minutes).'),
    deadlineMs: number('the deadline').min(1, 'The deadline is at least 1 ms.').max(600_000, 'At most 600,000 ms.'),
    consumerRate: number('the consumer rate').min(1, 'The consumer handles at least 1 message per second.').max(2_000, 'At most 2,000 messages per second.'),
    retentionSec: number('the retention').min(1, 'Keep messages for at least 1 s.').max(600, 'At most 600 s.'),
    outageStartSec: number('the outage start').min(0, 'The outage cannot start before the run (0 s or more).'),
    outageSec: number('the outage length').min(0, 'The outage lasts 0 s (none) or more.'),
    slowQueriesPerSec: number("B's slow queries").min(0, "B's slow queries: 0 or more per second.").max(20, 'At most 20 slow queries per second.'),
    slowQueryMs: number("a slow query's time").min(1, 'A slow query takes at least 1 ms.').max(60_000, 'At most 60,000 ms.'),
    sweep: z.boolean(),
    seed: z.number({ error: 'Enter a whole number as the seed.' }).int('Enter a whole number as the seed.').min(0, 'The seed is 0 or more.').max(4_294_967_295, 'The seed fits in 32 bits (at most 4,294,967,295).'),
  })
  .superRefine((p, context) => {
    if (p.outageStartSec > p.runSec) {
      context.addIssue({ code: 'custom', path: ['outageStartSec'], message: `The outage must start within the ${p.runSec} s run.` });
    } else if (p.outageStartSec + p.outageSec > p.runSec) {
      context.addIssue({
        code: 'custom',
        path: ['outageSec'],
        message: `The outage must end by the end of the run: ${p.outageStartSec} s + ${p.outageSec} s is past the ${p.runSec} s run.`,
      });
    }
    if (p.timeoutMs < p.hopLatencyMs) {
      context.addIssue({
        code: 'custom',
        path: ['timeoutMs'],
        message: `The timeout must be at least the per-hop latency (${p.hopLatencyMs} ms), or every call times out.`,
      });
    }
    const requests = p.requestRate * p.runSec;
    const limit = p.sweep ? MAX_SWEEP_REQUESTS : MAX_REQUESTS;
    if (requests > limit) {
      context.addIssue({
        code: 'custom',
        path: ['requestRate'],
        message: `${p.requestRate} per second for ${p.runSec} s is ${Math.round(requests).toLocaleString('en-US')} requests; at most ${limit.toLocaleString('en-US')}${
          p.sweep ? ' with the sweep on (turn it off, lower the rate or shorten the run)' : ' (lower the rate or shorten the run)'
        }.`,
      });
    }
  });
export type DataflowParams = z.infer<typeof dataflowParamsSchema>;

export const defaultDataflowParams: DataflowParams = {
  mode: 'all',
  failureRate: 0.01,
  hops: 4,
  hopLatencyMs: 10,
  latencyShape: 'slow-tail',
  timeoutMs: 250,
  retries: false,
  maxRetries: 2,
  backoffMs: 25,
  requestRate: 100,
  runSec: 120,
  deadlineMs: 1000,
  consumerRate: 150,
  retentionSec: 60,
  outageStartSec: 30,
  outageSec: 5,
  slowQueriesPerSec: 1,
  slowQueryMs: 800,
  sweep: true,
  seed: 42,
};

export interface LatencySummary {
  p50: number;
  p99: number;
  mean: number;
  max: number;
}

/** One mode's run: every request made during the run, followed to its end. Times in simulated ms. */
export interface ModeRun {
  mode: Mode;
  requests: number;
  /** Requests whose data got through: answered (RPC, database) or processed by B (bus, first delivery). */
  answered: number;
  /** Requests A saw fail: every attempt failed or timed out. Always 0 on the bus, whose producer never waits for B. */
  failed: number;
  /** Bus messages deleted by retention before B read them. */
  lost: number;
  /** Answered, but later than the deadline. */
  late: number;
  /** (failed + lost) / requests. */
  errorRate: number;
  /** (failed + lost + late) / requests: the requests not served within the deadline. */
  missedShare: number;
  /** Answers completed during the run, per second of run. */
  throughputPerSec: number;
  /** From A's request to the data being with B (or the answer with A), answered requests only. */
  endToEnd: LatencySummary | null;
  /** How long A itself waited, failures included: on the bus, only for the broker's acknowledgement. */
  callerWait: LatencySummary | null;
  /** Calls, queries or consumer attempts made: retries add load. */
  attempts: number;
  /** End-to-end latencies counted in HISTOGRAM_EDGES_MS's bins. */
  histogram: number[];
}

export interface RpcDetail {
  /** Chance that one attempt at one hop fails: injected failure, or slower than the timeout. */
  perAttemptFailure: number;
  perHopSuccess: number;
  /** 1 − perHopSuccessᴴ. */
  predictedErrorRate: number;
  /** √(P(1 − P) / n) for the predicted rate: the spread a run of this size shows. */
  standardError: number;
  injectedFailures: number;
  slowTimeouts: number;
}

export interface DbDetail {
  connections: number;
  slowQueries: number;
  /** The same run without B's slow queries, for comparison. */
  withoutB: { p99: number | null; errorRate: number; missedShare: number };
}

export interface LagPoint {
  tSec: number;
  /** Messages in the topic that B has not processed (and retention has not deleted). */
  lag: number;
  /** Age of the oldest of them, in seconds: how far behind B's view is. */
  stalenessSec: number;
}

export interface BusDetail {
  lagSeries: LagPoint[];
  maxLag: number;
  backlogAtEnd: number;
  maxStalenessSec: number;
  /** Time-averaged over the run. */
  meanStalenessSec: number;
  /** Messages B processed a second time (at-least-once delivery after a crash). */
  duplicates: number;
  /** What the consumer can finish per second: rate × (1 − p), since a failed attempt is redone. */
  capacityPerSec: number;
  /** After the outage: how fast the backlog fell, against consumer capacity − arrival rate. */
  drain: { measuredPerSec: number | null; predictedPerSec: number; backlogAtRestart: number; caughtUpAfterSec: number | null } | null;
  /** λ × (outage − retention) when the outage outlasts retention, else 0. */
  predictedLost: number;
}

export interface SweepCell {
  missedShare: number;
  errorRate: number;
  p99: number | null;
}

export interface SweepRow {
  failureRate: number;
  db: SweepCell;
  rpc: SweepCell;
  bus: SweepCell;
}

/** Where the better of two modes changes along the failure-rate sweep. */
export interface LeadChange {
  /** The last swept rate with the old leader, and the first with the new one. */
  fromRate: number;
  toRate: number;
  /** Where the straight line between those two points crosses. */
  estimate: number;
  leader: Mode;
}

export interface Crossover {
  a: Mode;
  b: Mode;
  /** Which mode missed fewer requests at a failure rate of 0 ('tie' if equal). */
  atStart: Mode | 'tie';
  changes: LeadChange[];
}

export interface HopRow {
  hops: number;
  /** The chain at the reader's failure rate: measured against (1 − q)ᴴ. */
  errorRate: number;
  predictedErrorRate: number;
  standardError: number;
  /** First swept rate at which the bus (and the database) misses fewer requests than this chain; null if never. */
  busOvertakesAt: LeadChange | 'from-start' | null;
  dbOvertakesAt: LeadChange | 'from-start' | null;
}

export interface DataflowResult {
  requests: number;
  runSec: number;
  deadlineMs: number;
  /** Upper edges of the latency histogram's bins, ms (the first bin starts at 0). */
  histogramEdgesMs: number[];
  runs: ModeRun[];
  rpc: RpcDetail | null;
  db: DbDetail | null;
  bus: BusDetail | null;
  sweep: { rows: SweepRow[]; crossovers: Crossover[]; hops: HopRow[] } | null;
  /** Events the simulations handled, all runs together. */
  events: number;
}

export interface DataflowProgress {
  phase: 'run' | 'sweep' | 'hops';
  done: number;
  total: number;
}
