import { overtakesAt } from './crossover';
import { modeNames, type DataflowParams, type DataflowResult, type LeadChange } from './model';

const pct = (x: number, digits = 2) => `${(x * 100).toFixed(digits)} %`;
const ms = (x: number) => (x >= 10_000 ? `${(x / 1000).toFixed(1)} s` : x >= 100 ? `${x.toFixed(0)} ms` : `${x.toFixed(1)} ms`);
const count = (x: number) => Math.round(x).toLocaleString('en-US');
const superscript = (n: number) => String(n).replace(/\d/g, (d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)]!);
const rate = (x: number) => `${x.toFixed(x >= 100 ? 0 : 1)} per second`;

function where(lead: LeadChange | 'from-start' | null): string {
  if (lead === 'from-start') return 'already at a failure rate of 0';
  if (lead === null) return 'at no failure rate in the sweep';
  return `from about ${pct(lead.estimate, 1)} per hop (it still trailed at ${pct(lead.fromRate, 2)} and led at ${pct(lead.toRate, 2)})`;
}

/** Sentences on what this run shows, each computed from it. */
export function explainRun(result: DataflowResult, params: DataflowParams): string[] {
  const out: string[] = [];
  const run = (mode: 'db' | 'rpc' | 'bus') => result.runs.find((r) => r.mode === mode);
  const rpc = run('rpc');
  const db = run('db');
  const bus = run('bus');
  const retries = params.retries ? params.maxRetries : 0;

  if (rpc && result.rpc) {
    const { predictedErrorRate, standardError, perAttemptFailure, slowTimeouts } = result.rpc;
    const gap = standardError > 0 ? Math.abs(rpc.errorRate - predictedErrorRate) / standardError : 0;
    const rule = retries ? `1 − (1 − q${superscript(retries + 1)})${superscript(params.hops)}` : `1 − (1 − q)${superscript(params.hops)}`;
    out.push(
      `Your ${params.hops}-hop chain failed ${pct(rpc.errorRate)} of ${count(rpc.requests)} requests; the rule ${rule}, with q = ${pct(perAttemptFailure)} per attempt, predicts ${pct(predictedErrorRate)}. The gap is ${gap.toFixed(1)} standard errors (a run of this size varies by about ±${pct(standardError)}), ${
        gap <= 2 ? 'ordinary sampling noise' : gap <= 4 ? 'within the 4 the unit tests allow' : 'more than sampling noise would explain'
      }.`,
    );
    if (slowTimeouts > 0) {
      out.push(
        `${count(slowTimeouts)} calls took longer than the ${ms(params.timeoutMs)} timeout and were counted as failures, which is why q is above the failure rate you set (${pct(params.failureRate)}): a timeout turns a slow hop into a failed one.`,
      );
    }
    if (retries) {
      out.push(`With up to ${retries} retries per hop, each hop succeeds with 1 − q${superscript(retries + 1)}; the chain made ${count(rpc.attempts)} calls for ${count(rpc.requests)} requests (${(rpc.attempts / rpc.requests).toFixed(2)} per request, ${params.hops} without any failure).`);
    }
  }

  if (db && result.db) {
    const { withoutB, slowQueries } = result.db;
    const p99 = db.endToEnd?.p99;
    if (p99 !== undefined && withoutB.p99 !== null && slowQueries > 0) {
      out.push(
        `On the shared database, B's ${count(slowQueries)} slow queries (${ms(params.slowQueryMs)} each, on ${result.db.connections} connections) took A's p99 from ${ms(withoutB.p99)} without them to ${ms(p99)}${
          db.errorRate > withoutB.errorRate + 1e-9 ? `, and A's errors from ${pct(withoutB.errorRate)} to ${pct(db.errorRate)}: queries that waited behind B past the timeout` : ''
        }, while A's median stayed at ${ms(db.endToEnd!.p50)}.`,
      );
    }
  }

  if (bus && result.bus) {
    const b = result.bus;
    out.push(
      `The bus's producer saw no errors and waited only for the broker (median ${ms(bus.callerWait!.p50)}). B's copy ran behind instead: up to ${count(b.maxLag)} messages waiting, and a view up to ${b.maxStalenessSec.toFixed(b.maxStalenessSec >= 10 ? 0 : 2)} s old.`,
    );
    if (b.capacityPerSec <= params.requestRate) {
      out.push(
        `The consumer finishes at most ${params.consumerRate} × (1 − ${params.failureRate}) = ${rate(b.capacityPerSec)}, no more than the ${rate(params.requestRate)} arriving: it cannot catch up while A publishes, and ${count(b.backlogAtEnd)} messages were still waiting when the run ended.`,
      );
    } else if (b.drain && b.drain.measuredPerSec !== null && b.drain.backlogAtRestart > 0) {
      out.push(
        `After the ${params.outageSec} s outage the backlog of ${count(b.drain.backlogAtRestart)} messages drained at ${rate(b.drain.measuredPerSec)}, against consumer capacity − arrival rate = ${b.capacityPerSec.toFixed(1)} − ${params.requestRate} = ${rate(b.drain.predictedPerSec)}${
          b.drain.caughtUpAfterSec !== null ? `; B had caught up ${b.drain.caughtUpAfterSec.toFixed(1)} s after the restart` : ''
        }.`,
      );
    }
    if (b.duplicates > 0) out.push(`${count(b.duplicates)} messages were processed twice: after the crash the consumer went back to the last position it had recorded (delivery at least once).`);
    if (bus.lost > 0) {
      const keepsUp = b.capacityPerSec > params.requestRate;
      out.push(
        `${count(bus.lost)} messages were deleted by retention before B read them${
          b.predictedLost > 0
            ? keepsUp
              ? `: the outage (${params.outageSec} s) outlasted the retention (${params.retentionSec} s), and λ × (outage − retention) predicts about ${count(b.predictedLost)}. That prediction holds because the consumer's capacity (${rate(b.capacityPerSec)}) exceeds the arrival rate, so after the restart the backlog shrinks and no further message reaches the retention age`
              : `. λ × (outage − retention) = ${count(b.predictedLost)} counts only the messages that expired during the outage, and it is a floor, not a prediction: the consumer's capacity (${rate(b.capacityPerSec)}) does not exceed the ${rate(params.requestRate)} arriving, so after the restart the backlog never shrinks and messages go on reaching the retention age for as long as A publishes`
            : keepsUp
              ? ''
              : `: the consumer's capacity (${rate(b.capacityPerSec)}) does not exceed the ${rate(params.requestRate)} arriving, so the backlog kept growing until its oldest messages reached the retention age`
        }. The producer was never told.`,
      );
    } else if (params.outageSec > 0) {
      out.push(`No message was lost: the outage (${params.outageSec} s) was shorter than the retention (${params.retentionSec} s), so every message waited in the topic until B was back.`);
    }
  }

  if (result.runs.length > 1) {
    out.push(`Against the ${ms(params.deadlineMs)} deadline: ${result.runs.map((r) => `${modeNames[r.mode]} missed ${pct(r.missedShare)}`).join(', ')} of requests (failed, lost or late).`);
  }

  if (result.sweep) {
    const [rpcBus, rpcDb] = result.sweep.crossovers;
    if (rpcBus) out.push(`In the sweep, the bus misses fewer requests than the ${params.hops}-hop chain ${where(overtakesAt(rpcBus, 'bus'))}.`);
    if (rpcDb) out.push(`The shared database, one hop, misses fewer than the chain ${where(overtakesAt(rpcDb, 'db'))}.`);
  }
  return out;
}
