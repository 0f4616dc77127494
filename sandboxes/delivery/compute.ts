import type { RetryStat } from './backoff';
import { countOf, type Reconciliation } from './ledger';
import { modes, type DeliveryParams, type DeliveryProgress, type Mode } from './model';
import type { FaultRecord, LagPoint, SimOutcome } from './outcome';
import { simulate } from './sim';

/** The chart shows at most this many points; the table of faults at most this many rows. */
export const MAX_POINTS = 240;
export const MAX_FAULT_ROWS = 40;

/** One mode's verdict against the ground truth, for the headline. */
export interface ModeRow {
  mode: Mode;
  once: number;
  duplicated: number;
  lost: number;
  dlq: number;
  dropped: number;
  extraRows: number;
  absorbed: number;
  finishedMs: number;
}

export interface DeliveryResult {
  messages: number;
  mode: Mode;
  /** Every mode under the same settings and faults, the chosen one among them. */
  rows: ModeRow[];
  /** The chosen mode's run in full. */
  reconciliation: Reconciliation;
  faults: FaultRecord[];
  faultsMore: number;
  unreached: number;
  /** Σ records written but not committed at each crash or lost partition; Σ committed but unwritten (at most once). */
  inFlight: number;
  atRisk: number;
  extraFromReplay: number;
  retries: RetryStat[];
  producer: SimOutcome['producer'];
  replay: SimOutcome['replay'];
  dlqAtEnd: number;
  finishedMs: number;
  batches: number;
  lag: LagPoint[];
  events: number;
  ms: number;
}

export interface ComputeHooks {
  now(): number;
  progress(progress: DeliveryProgress): void;
}

/** At most `max` points: each bucket keeps its point of highest lag, so peaks survive. */
export function decimate(points: readonly LagPoint[], max = MAX_POINTS): LagPoint[] {
  if (points.length <= max) return [...points];
  const out: LagPoint[] = [];
  const size = points.length / max;
  for (let b = 0; b < max; b++) {
    const bucket = points.slice(Math.floor(b * size), Math.floor((b + 1) * size));
    out.push(bucket.reduce((best, p) => (p.lag > best.lag ? p : best), bucket[0]!));
  }
  const last = points.at(-1)!;
  if (out.at(-1) !== last) out[out.length - 1] = last;
  return out;
}

const rowOf = (o: SimOutcome): ModeRow => ({
  mode: o.mode,
  once: o.reconciliation.once,
  duplicated: countOf(o.reconciliation.duplicated),
  lost: countOf(o.reconciliation.lost),
  dlq: countOf(o.reconciliation.dlq),
  dropped: countOf(o.reconciliation.dropped),
  extraRows: o.reconciliation.extraRows,
  absorbed: o.reconciliation.absorbed,
  finishedMs: o.finishedMs,
});

/** Runs the same settings and faults under every mode (the chosen one first) and keeps the chosen one in full. */
export function computeDelivery(params: DeliveryParams, hooks: ComputeHooks): DeliveryResult {
  const start = hooks.now();
  const order = [params.mode, ...modes.filter((m) => m !== params.mode)];
  const outcomes: SimOutcome[] = [];
  hooks.progress({ done: 0, total: order.length });
  for (const mode of order) {
    outcomes.push(simulate(params, mode));
    hooks.progress({ done: outcomes.length, total: order.length });
  }
  const chosen = outcomes[0]!;
  const byMode = new Map(outcomes.map((o) => [o.mode, o]));
  return {
    messages: params.messages,
    mode: params.mode,
    rows: modes.map((m) => rowOf(byMode.get(m)!)),
    reconciliation: chosen.reconciliation,
    faults: chosen.faults.slice(0, MAX_FAULT_ROWS),
    faultsMore: Math.max(0, chosen.faults.length - MAX_FAULT_ROWS),
    unreached: chosen.unreached,
    inFlight: chosen.faults.reduce((s, f) => s + f.inFlight, 0),
    atRisk: chosen.faults.reduce((s, f) => s + f.atRisk, 0),
    extraFromReplay: chosen.extraFromReplay,
    retries: chosen.retries,
    producer: chosen.producer,
    replay: chosen.replay,
    dlqAtEnd: chosen.dlqAtEnd,
    finishedMs: chosen.finishedMs,
    batches: chosen.batches,
    lag: decimate(chosen.lag),
    events: outcomes.reduce((s, o) => s + o.events, 0),
    ms: hooks.now() - start,
  };
}
