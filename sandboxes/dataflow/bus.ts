import { Simulator } from '@/lib/sim/events';
import type { LagPoint } from './model';
import type { RequestLog } from './summary';
import { drawLatency, streamRng, type LatencySpec } from './workload';

/**
 * Dataflow through a message bus: A publishes each request to a durable topic (one partition, kept
 * in order) and waits only for the broker's acknowledgement, one call's time; the broker itself is
 * taken to be healthy. Handing the message on to the consumer takes another call's time (fetches
 * are pipelined, so this delays messages without slowing the consumer down). B's consumer reads
 * the topic at its own pace, one message at a time, each
 * attempt taking an exponential time with mean 1 / consumerRate. An attempt fails with probability
 * `failureRate`, and the message stays where it is and is tried again: delivery at least once.
 *
 * The consumer records its position every COMMIT_INTERVAL_MS. During an outage it is down; when it
 * comes back it resumes from the last recorded position, so what it processed after that position
 * is processed twice (duplicates). Retention deletes any message older than `retentionMs`, read or
 * not; a message deleted before B read it is lost. A publishes only during the run; the consumer
 * keeps going after it until the topic is empty, so every message ends processed or lost.
 */
export interface BusConfig {
  arrivalsMs: readonly number[];
  /** One call's time: publishing takes one, the hand-off to the consumer another. */
  callLatency: LatencySpec;
  consumerRatePerSec: number;
  failureRate: number;
  retentionMs: number;
  outage: { startMs: number; endMs: number } | null;
  runMs: number;
  commitIntervalMs: number;
  samples: number;
  /** Seeds one stream each for call times, processing times and failures, none depending on the failure rate. */
  seed: number;
}

export interface BusLog extends RequestLog {
  lagSeries: LagPoint[];
  duplicates: number;
  /** The longest any message waited before B first saw it (or before retention deleted it unseen), ms. */
  maxStalenessMs: number;
  backlogAtEnd: number;
  restart: { atMs: number; backlog: number; caughtUpMs: number | null } | null;
}

type BusEvent =
  | { kind: 'publish'; request: number }
  | { kind: 'append'; request: number }
  | { kind: 'processed'; epoch: number }
  | { kind: 'outage-start' }
  | { kind: 'outage-end' }
  | { kind: 'commit' }
  | { kind: 'sample' };

export function simulateBus(config: BusConfig): BusLog {
  const { arrivalsMs, callLatency, consumerRatePerSec, failureRate, retentionMs, outage, runMs, commitIntervalMs, samples, seed } = config;
  const callRng = streamRng(seed, 'bus/calls');
  const serviceRng = streamRng(seed, 'bus/service');
  const failureRng = streamRng(seed, 'bus/failure');
  const n = arrivalsMs.length;
  const doneMs = new Float64Array(n).fill(Number.NaN);
  const callerDoneMs = new Float64Array(n).fill(Number.NaN);
  const perMs = consumerRatePerSec / 1000;

  // The topic: offset → request, and when it was appended.
  const topicRequest: number[] = [];
  const appendedMs: number[] = [];
  const seen = new Uint8Array(n);
  let firstRetained = 0; // offsets below this were deleted by retention
  let highestSeen = 0; // one past the highest offset B has processed

  // The consumer.
  let up = true;
  let busy = false;
  let epoch = 0; // bumped by a crash, so the attempt it interrupted is ignored
  let position = 0;
  let committed = 0;
  let attempts = 0;
  let duplicates = 0;
  let maxStalenessMs = 0;
  let restart: BusLog['restart'] = null;
  const lagSeries: LagPoint[] = [];
  let backlogAtEnd = 0;

  const sim = new Simulator<BusEvent>();
  const applyRetention = () => {
    while (firstRetained < appendedMs.length && (appendedMs[firstRetained] as number) + retentionMs < sim.now) {
      if (firstRetained >= highestSeen) {
        const request = topicRequest[firstRetained] as number;
        maxStalenessMs = Math.max(maxStalenessMs, (appendedMs[firstRetained] as number) + retentionMs - (arrivalsMs[request] as number));
      }
      firstRetained++;
    }
  };
  const lag = () => appendedMs.length - Math.max(position, firstRetained);
  const stalenessMs = () => {
    const oldestUnseen = Math.max(highestSeen, firstRetained);
    return oldestUnseen < appendedMs.length ? sim.now - (arrivalsMs[topicRequest[oldestUnseen] as number] as number) : 0;
  };
  const consumeNext = () => {
    if (!up || busy) return;
    applyRetention();
    if (position < firstRetained) position = firstRetained; // its next message was deleted: skip to the oldest kept
    if (position >= appendedMs.length) {
      if (restart && restart.caughtUpMs === null) restart.caughtUpMs = sim.now;
      return;
    }
    busy = true;
    attempts++;
    sim.after(serviceRng.exponential(perMs), { kind: 'processed', epoch });
  };

  // Each arrival schedules the next, so the queue holds only what is in flight.
  if (n > 0) sim.at(arrivalsMs[0] as number, { kind: 'publish', request: 0 });
  if (outage && outage.endMs > outage.startMs) {
    sim.at(outage.startMs, { kind: 'outage-start' });
    sim.at(outage.endMs, { kind: 'outage-end' });
  }
  for (let t = commitIntervalMs; t <= runMs; t += commitIntervalMs) sim.at(t, { kind: 'commit' });
  for (let i = 0; i <= samples; i++) sim.at(i === samples ? runMs : (runMs * i) / samples, { kind: 'sample' });

  sim.run((event) => {
    switch (event.kind) {
      case 'publish': {
        if (event.request + 1 < n) sim.at(arrivalsMs[event.request + 1] as number, { kind: 'publish', request: event.request + 1 });
        const ackMs = drawLatency(callLatency, callRng);
        callerDoneMs[event.request] = sim.now + ackMs; // the broker acknowledged: A is done waiting
        sim.after(ackMs + drawLatency(callLatency, callRng), { kind: 'append', request: event.request });
        return;
      }
      case 'append': // the message is in the topic, where the consumer can fetch it
        topicRequest.push(event.request);
        appendedMs.push(sim.now);
        consumeNext();
        return;
      case 'processed': {
        if (event.epoch !== epoch) return; // the consumer crashed while on it
        busy = false;
        if (failureRng.next() >= failureRate) {
          const request = topicRequest[position] as number;
          if (seen[request]) duplicates++;
          else {
            seen[request] = 1;
            doneMs[request] = sim.now;
            maxStalenessMs = Math.max(maxStalenessMs, sim.now - (arrivalsMs[request] as number));
          }
          position++;
          highestSeen = Math.max(highestSeen, position);
        }
        consumeNext(); // the next message, or the same one again after a failure
        return;
      }
      case 'outage-start':
        up = false;
        busy = false;
        epoch++;
        position = committed; // it will restart from its last recorded position
        return;
      case 'outage-end':
        up = true;
        applyRetention();
        restart = { atMs: sim.now, backlog: lag(), caughtUpMs: null };
        consumeNext();
        return;
      case 'commit':
        if (up) committed = position;
        return;
      case 'sample':
        applyRetention();
        lagSeries.push({ tSec: sim.now / 1000, lag: lag(), stalenessSec: stalenessMs() / 1000 });
        if (sim.now >= runMs) backlogAtEnd = lag();
        return;
    }
  });

  let lost = 0;
  for (let i = 0; i < n; i++) if (!seen[i]) lost++;
  return { arrivalsMs, doneMs, callerDoneMs, failed: 0, lost, attempts, events: sim.eventsHandled, lagSeries, duplicates, maxStalenessMs, backlogAtEnd, restart };
}
