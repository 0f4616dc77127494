import { Simulator } from '@/lib/sim/events';
import { backoffDelay, drawLatency, streamRng, type LatencySpec, type RetryPolicy } from './workload';
import type { RequestLog } from './summary';

/**
 * A synchronous chain: A calls hop 1, and when it answers, hop 2, and so on to B at hop H; the
 * times add up. Every attempt at a hop fails with probability `failureRate`, and a failed hop never
 * answers: its caller notices at its timeout. An attempt slower than the timeout is given up on just
 * the same. A failed attempt is retried after a jittered backoff while retries remain; when they run
 * out, the request fails and the error goes back to A (no hop above retries it again). The hops
 * have unlimited capacity, so retries add waiting here, not load.
 */
export interface RpcConfig {
  arrivalsMs: readonly number[];
  hops: number;
  failureRate: number;
  latency: LatencySpec;
  timeoutMs: number;
  retry: RetryPolicy;
  /**
   * Seeds one stream each for call times, failures and backoffs, none depending on the failure rate
   * or the chain's length, so runs that differ only in those share much of their luck (common
   * random numbers) and the sweep's lines differ by their settings more than by noise.
   */
  seed: number;
}

export interface RpcLog extends RequestLog {
  injectedFailures: number;
  slowTimeouts: number;
}

type RpcEvent = { kind: 'arrive'; request: number } | { kind: 'retry'; request: number; hop: number; retry: number } | { kind: 'end'; request: number; hop: number; retry: number; ok: boolean };

export function simulateRpc(config: RpcConfig): RpcLog {
  const { arrivalsMs, hops, failureRate, latency, timeoutMs, retry, seed } = config;
  const latencyRng = streamRng(seed, 'rpc/latency');
  const failureRng = streamRng(seed, 'rpc/failure');
  const backoffRng = streamRng(seed, 'rpc/backoff');
  const n = arrivalsMs.length;
  const doneMs = new Float64Array(n).fill(Number.NaN);
  const callerDoneMs = new Float64Array(n).fill(Number.NaN);
  let attempts = 0;
  let failed = 0;
  let injectedFailures = 0;
  let slowTimeouts = 0;

  const sim = new Simulator<RpcEvent>();
  /** One attempt at one hop: it answers after its call time, or is given up on at the timeout. */
  const attempt = (request: number, hop: number, retryIndex: number) => {
    attempts++;
    const callMs = drawLatency(latency, latencyRng);
    if (failureRng.next() < failureRate) {
      injectedFailures++;
      sim.after(timeoutMs, { kind: 'end', request, hop, retry: retryIndex, ok: false });
    } else if (callMs > timeoutMs) {
      slowTimeouts++;
      sim.after(timeoutMs, { kind: 'end', request, hop, retry: retryIndex, ok: false });
    } else {
      sim.after(callMs, { kind: 'end', request, hop, retry: retryIndex, ok: true });
    }
  };

  // Each arrival schedules the next, so the queue holds only what is in flight.
  if (n > 0) sim.at(arrivalsMs[0] as number, { kind: 'arrive', request: 0 });
  sim.run((event) => {
    const { request } = event;
    if (event.kind === 'arrive') {
      if (request + 1 < n) sim.at(arrivalsMs[request + 1] as number, { kind: 'arrive', request: request + 1 });
      attempt(request, 0, 0);
    } else if (event.kind === 'retry') {
      attempt(request, event.hop, event.retry);
    } else if (event.ok) {
      if (event.hop + 1 < hops) attempt(request, event.hop + 1, 0);
      else {
        doneMs[request] = sim.now;
        callerDoneMs[request] = sim.now;
      }
    } else if (event.retry < retry.maxRetries) {
      sim.after(backoffDelay(retry, event.retry, backoffRng), { kind: 'retry', request, hop: event.hop, retry: event.retry + 1 });
    } else {
      failed++;
      callerDoneMs[request] = sim.now;
    }
  });

  return { arrivalsMs, doneMs, callerDoneMs, failed, lost: 0, attempts, events: sim.eventsHandled, injectedFailures, slowTimeouts };
}
