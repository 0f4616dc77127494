import type { Switch } from './kappa';
import type { CodePath, LambdaKappaParams, LambdaKappaProgress } from './model';
import { simulate, type Sample, type SimOutcome, type UserRow } from './sim';
import { generateLog } from './stream';

/** The charts show at most this many points. */
export const MAX_POINTS = 240;

/** A chart point: the worst value of each series over its stretch of ticks, so spikes survive thinning. */
export interface ChartPoint {
  t: number;
  lambdaPct: number;
  kappaPct: number;
  lambdaErr: number;
  kappaErr: number;
  batchAge: number;
  replayBehind: number | null;
}

/** Each architecture at the end of each simulated day. */
export interface DayRow {
  day: number;
  lambdaWrong: number;
  lambdaErr: number;
  kappaWrong: number;
  kappaErr: number;
}

export type Happening =
  | { at: number; kind: 'deploy'; path: CodePath }
  | { at: number; kind: 'replay' }
  | { at: number; kind: 'retention'; days: number }
  | { at: number; kind: 'publish'; version: 1 | 2; read: number; dropped: number }
  | { at: number; kind: 'switch'; processed: number; lostEvents: number };

export interface ArchitectureSummary {
  /** Code paths the fix had to reach, and how many it reached. */
  paths: number;
  pathsChanged: number;
  /** The tick from which every served value comes from the fixed logic; null if it never did. */
  fixedAt: number | null;
  wrongAtEnd: number;
  /** Mean absolute error per user at the end, in dollars. */
  errAtEnd: number;
  /** Events processed, in all. */
  compute: number;
}

export interface LambdaKappaResult {
  hours: number;
  users: number;
  events: number;
  firstFixAt: number | null;
  lambda: ArchitectureSummary & { batchRuns: number; batchEvents: number; speedEvents: number; publishes: number; droppedLate: number };
  kappa: ArchitectureSummary & { /** Mean error per user in dollars on the tick before the last switch. */ errBeforeSwitch: number | null; liveEvents: number; replayEvents: number; replays: number; lastSwitch: Switch | null; stillReplaying: boolean; retentionDays: number };
  chart: ChartPoint[];
  days: DayRow[];
  happenings: Happening[];
  /** Users served wrong at the end by either architecture, worst first, in dollars; and how many more. */
  top: UserRow[];
  topMore: number;
  ms: number;
}

export interface ComputeHooks {
  now(): number;
  progress(progress: LambdaKappaProgress): void;
}

const dollars = (cents: number) => cents / 100;

/** At most `max` points, each the worst of its bucket of ticks (the last tick's time). */
export function thin(samples: readonly Sample[], users: number, max = MAX_POINTS): ChartPoint[] {
  const size = Math.max(1, Math.ceil(samples.length / max));
  const out: ChartPoint[] = [];
  for (let i = 0; i < samples.length; i += size) {
    const bucket = samples.slice(i, i + size);
    const top = (f: (s: Sample) => number) => Math.max(...bucket.map(f));
    const behind = bucket.map((s) => s.replayBehind).filter((b): b is number => b !== null);
    out.push({
      t: bucket.at(-1)!.t,
      lambdaPct: (100 * top((s) => s.lambdaWrong)) / users,
      kappaPct: (100 * top((s) => s.kappaWrong)) / users,
      lambdaErr: dollars(top((s) => s.lambdaErrCents)) / users,
      kappaErr: dollars(top((s) => s.kappaErrCents)) / users,
      batchAge: top((s) => s.batchAge),
      replayBehind: behind.length ? Math.max(...behind) : null,
    });
  }
  return out;
}

function happeningsOf(params: LambdaKappaParams, out: SimOutcome): Happening[] {
  const list: Happening[] = params.actions.map((a) =>
    a.kind === 'deploy' ? { at: a.hour, kind: 'deploy', path: a.path } : a.kind === 'replay' ? { at: a.hour, kind: 'replay' } : { at: a.hour, kind: 'retention', days: a.days },
  );
  // Publishes only where the served version changes, or where late events were dropped after the fix.
  let version: 1 | 2 | null = null;
  for (const p of out.lambda.publishes) {
    if (p.version !== version) list.push({ at: p.at, kind: 'publish', version: p.version, read: p.read, dropped: p.dropped });
    version = p.version;
  }
  for (const s of out.kappa.switches) list.push({ at: s.at, kind: 'switch', processed: s.processed, lostEvents: s.lostEvents });
  return list.sort((a, b) => a.at - b.at);
}

/** Generates the stream, runs both architectures over it with the reader's script, and shapes the result for the view. */
export function computeLambdaKappa(params: LambdaKappaParams, hooks: ComputeHooks): LambdaKappaResult {
  const start = hooks.now();
  const hours = params.days * 24;
  hooks.progress({ hour: 0, hours });
  const log = generateLog(params);
  const out = simulate(
    log,
    { hours, users: params.users, batchEvery: params.batchEvery, batchRate: params.batchRate, split: params.split, retentionDays: params.retentionDays, replayRate: params.replaySpeed * params.eventsPerHour },
    params.actions,
    { progress: (hour) => hooks.progress({ hour, hours }) },
  );
  const last = out.samples.at(-1)!;
  const deploys = Object.keys(out.deployedAt) as CodePath[];
  const firstFix = deploys.map((p) => out.deployedAt[p]!);
  const days: DayRow[] = out.samples
    .filter((s) => Number.isInteger(s.t / 24))
    .map((s) => ({ day: s.t / 24, lambdaWrong: s.lambdaWrong, lambdaErr: dollars(s.lambdaErrCents) / params.users, kappaWrong: s.kappaWrong, kappaErr: dollars(s.kappaErrCents) / params.users }));
  const switchAt = out.kappa.switches.at(-1)?.at;
  const beforeSwitch = switchAt === undefined ? undefined : out.samples.filter((s) => s.t < switchAt).at(-1);
  const toDollars = (r: UserRow): UserRow => ({ user: r.user, truth: dollars(r.truth), lambda: dollars(r.lambda), kappa: dollars(r.kappa) });
  const result: LambdaKappaResult = {
    hours,
    users: params.users,
    events: out.events,
    firstFixAt: firstFix.length ? Math.min(...firstFix) : null,
    lambda: {
      paths: 2,
      pathsChanged: deploys.filter((p) => p !== 'stream').length,
      fixedAt: out.lambda.fixedAt,
      wrongAtEnd: out.wrongAtEnd.lambda,
      errAtEnd: dollars(last.lambdaErrCents) / params.users,
      compute: out.lambda.batchEvents + out.lambda.speedEvents,
      batchRuns: out.lambda.batchRuns,
      batchEvents: out.lambda.batchEvents,
      speedEvents: out.lambda.speedEvents,
      publishes: out.lambda.publishes.length,
      droppedLate: out.lambda.publishes.reduce((s, p) => s + p.dropped, 0),
    },
    kappa: {
      paths: 1,
      pathsChanged: deploys.includes('stream') ? 1 : 0,
      fixedAt: out.kappa.fixedAt,
      wrongAtEnd: out.wrongAtEnd.kappa,
      errAtEnd: dollars(last.kappaErrCents) / params.users,
      compute: out.kappa.liveEvents + out.kappa.replayEvents,
      errBeforeSwitch: beforeSwitch ? dollars(beforeSwitch.kappaErrCents) / params.users : null,
      liveEvents: out.kappa.liveEvents,
      replayEvents: out.kappa.replayEvents,
      replays: out.kappa.replays,
      lastSwitch: out.kappa.switches.at(-1) ?? null,
      stillReplaying: out.kappa.stillReplaying,
      retentionDays: out.kappa.retentionHours / 24,
    },
    chart: thin(out.samples, params.users),
    days,
    happenings: happeningsOf(params, out),
    top: out.top.map(toDollars),
    topMore: out.wrongAtEnd.either - out.top.length,
    ms: 0,
  };
  hooks.progress({ hour: hours, hours });
  result.ms = hooks.now() - start;
  return result;
}
