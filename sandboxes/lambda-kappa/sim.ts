import { KappaArchitecture, type Switch } from './kappa';
import { LambdaArchitecture, type Publish } from './lambda';
import type { Action, CodePath, SpeedSplit } from './model';
import { arrivedBy, valueOf, type EventLog } from './stream';

/** The simulation advances in quarter hours: batch runs, replays and samples happen on these ticks. */
export const STEP_HOURS = 0.25;
/** The users listed at the end, worst first. */
export const TOP_USERS = 8;

export interface SimConfig {
  hours: number;
  users: number;
  batchEvery: number;
  batchRate: number;
  split: SpeedSplit;
  retentionDays: number;
  /** Events per hour a replay reads. */
  replayRate: number;
}

/** One tick: how far each architecture's served answers are from the truth, and the two lags. */
export interface Sample {
  t: number;
  lambdaWrong: number;
  lambdaErrCents: number;
  kappaWrong: number;
  kappaErrCents: number;
  /** Hours since the start of the run behind the batch view the serving layer holds. */
  batchAge: number;
  /** Hours (of arrival) the running replay is behind the head of the log; null when none runs. */
  replayBehind: number | null;
}

export interface UserRow {
  user: number;
  truth: number;
  lambda: number;
  kappa: number;
}

export interface SimOutcome {
  samples: Sample[];
  events: number;
  deployedAt: Partial<Record<CodePath, number>>;
  lambda: { batchRuns: number; batchEvents: number; speedEvents: number; publishes: Publish[]; fixedAt: number | null };
  kappa: { liveEvents: number; replayEvents: number; replays: number; switches: Switch[]; fixedAt: number | null; stillReplaying: boolean; retentionHours: number };
  /** Users served wrong at the end, worst first (by the larger of the two errors), and how many more. */
  top: UserRow[];
  wrongAtEnd: { lambda: number; kappa: number; either: number };
}

export interface SimHooks {
  /** Called every few simulated hours with the hour reached. */
  progress?(hour: number): void;
}

/** Runs both architectures over the same log and the same script, tick by tick, against the truth. */
export function simulate(log: EventLog, config: SimConfig, actions: readonly Action[], hooks: SimHooks = {}): SimOutcome {
  const { users } = config;
  const lambda = new LambdaArchitecture(log, users, config.batchEvery, config.batchRate, config.split);
  const kappa = new KappaArchitecture(log, users, config.retentionDays, config.replayRate);
  const truth = new Float64Array(users);
  const deployedAt: Partial<Record<CodePath, number>> = {};
  const script = actions.map((a, i) => ({ a, i })).sort((x, y) => x.a.hour - y.a.hour || x.i - y.i);
  const samples: Sample[] = [];
  let arrived = 0;
  let next = 0;
  let lambdaFixedAt: number | null = null;
  let kappaFixedAt: number | null = null;

  const arriveUntil = (hour: number) => {
    const end = arrivedBy(log, hour);
    for (; arrived < end; arrived++) {
      truth[log.user[arrived]!]! += valueOf(2, log.cents[arrived]!);
      lambda.arrive(arrived);
      kappa.arrive(arrived);
    }
  };
  const apply = (action: Action) => {
    if (action.kind === 'deploy') {
      deployedAt[action.path] ??= action.hour;
      if (action.path === 'batch') lambda.batchVersion = 2;
      else if (action.path === 'speed') lambda.speedVersion = 2;
      else kappa.version = 2;
    } else if (action.kind === 'replay') kappa.startReplay(action.hour);
    else {
      kappa.retentionHours = action.days * 24;
      kappa.expire(action.hour);
    }
  };

  const steps = Math.round(config.hours / STEP_HOURS);
  for (let s = 1; s <= steps; s++) {
    const t = s * STEP_HOURS;
    while (next < script.length && script[next]!.a.hour <= t) {
      const action = script[next++]!.a;
      arriveUntil(action.hour);
      apply(action);
    }
    arriveUntil(t);
    lambda.tick(t, arrived);
    const switched = kappa.switches.length;
    // The replay reads before this tick's deletions: over the quarter hour, it read as the log expired.
    kappa.advance(t, arrived);
    kappa.expire(t);
    // Lambda serves the fix everywhere once a batch view built by the fixed job covers everything before the speed layer's fix.
    if (lambdaFixedAt === null && lambda.viewVersion === 2 && deployedAt.speed !== undefined && lambda.viewStart >= deployedAt.speed) lambdaFixedAt = t;
    const sw = kappa.switches[switched];
    if (kappaFixedAt === null && sw && deployedAt.stream !== undefined && sw.startedAt >= deployedAt.stream) kappaFixedAt = t;
    samples.push(sample(t, truth, lambda, kappa, arrived));
    if (s % 96 === 0) hooks.progress?.(t);
  }

  const rows: UserRow[] = [];
  const wrongAtEnd = { lambda: 0, kappa: 0, either: 0 };
  for (let u = 0; u < users; u++) {
    const row = { user: u, truth: truth[u]!, lambda: lambda.served(u), kappa: kappa.state[u]! };
    const l = row.lambda !== row.truth;
    const k = row.kappa !== row.truth;
    if (l) wrongAtEnd.lambda++;
    if (k) wrongAtEnd.kappa++;
    if (l || k) {
      wrongAtEnd.either++;
      rows.push(row);
    }
  }
  const worst = (r: UserRow) => Math.max(Math.abs(r.lambda - r.truth), Math.abs(r.kappa - r.truth));
  rows.sort((a, b) => worst(b) - worst(a) || a.user - b.user);

  return {
    samples,
    events: arrived,
    deployedAt,
    lambda: { batchRuns: lambda.batchRuns, batchEvents: lambda.batchEvents, speedEvents: lambda.speedEvents, publishes: lambda.publishes, fixedAt: lambdaFixedAt },
    kappa: {
      liveEvents: kappa.liveEvents,
      replayEvents: kappa.replayEvents,
      replays: kappa.replays,
      switches: kappa.switches,
      fixedAt: kappaFixedAt,
      stillReplaying: kappa.replay !== null,
      retentionHours: kappa.retentionHours,
    },
    top: rows.slice(0, TOP_USERS),
    wrongAtEnd,
  };
}

function sample(t: number, truth: Float64Array, lambda: LambdaArchitecture, kappa: KappaArchitecture, arrived: number): Sample {
  let lambdaWrong = 0;
  let lambdaErrCents = 0;
  let kappaWrong = 0;
  let kappaErrCents = 0;
  for (let u = 0; u < truth.length; u++) {
    const l = Math.abs(lambda.served(u) - truth[u]!);
    const k = Math.abs(kappa.state[u]! - truth[u]!);
    if (l > 0) {
      lambdaWrong++;
      lambdaErrCents += l;
    }
    if (k > 0) {
      kappaWrong++;
      kappaErrCents += k;
    }
  }
  const behind = kappa.replayLag(t, arrived);
  return { t, lambdaWrong, lambdaErrCents, kappaWrong, kappaErrCents, batchAge: Number.isFinite(lambda.viewStart) ? t - lambda.viewStart : t, replayBehind: behind ? behind.hours : null };
}
