import { createRng } from '@/lib/random';

/**
 * The keyed event stream, in log order (by arrival). Each event is a purchase (a positive amount in
 * cents) or a refund (a negative one) by one user, with the time it happened and the time it reached
 * the log. Typed arrays: the batch layer rereads the whole history on every run.
 */
export interface EventLog {
  readonly size: number;
  readonly user: Int32Array;
  readonly eventTime: Float64Array;
  readonly arrival: Float64Array;
  readonly cents: Int32Array;
}

export interface HandEvent {
  user: number;
  eventTime: number;
  arrival: number;
  cents: number;
}

/** A log from a hand-written list (tests), sorted by arrival; ties keep their order. */
export function logOf(events: readonly HandEvent[]): EventLog {
  const sorted = events.map((e, i) => ({ e, i })).sort((a, b) => a.e.arrival - b.e.arrival || a.i - b.i);
  const log = {
    size: sorted.length,
    user: new Int32Array(sorted.length),
    eventTime: new Float64Array(sorted.length),
    arrival: new Float64Array(sorted.length),
    cents: new Int32Array(sorted.length),
  };
  sorted.forEach(({ e }, k) => {
    log.user[k] = e.user;
    log.eventTime[k] = e.eventTime;
    log.arrival[k] = e.arrival;
    log.cents[k] = e.cents;
  });
  return log;
}

/** The feature's logic: v1 has the bug (refunds are skipped), v2 the fix (net spend). */
export type LogicVersion = 1 | 2;
export function valueOf(version: LogicVersion, cents: number): number {
  return version === 1 && cents < 0 ? 0 : cents;
}

export interface StreamSettings {
  days: number;
  users: number;
  eventsPerHour: number;
  refundShare: number;
  lateShare: number;
  lateHours: number;
  seed: number;
}

/** Most events reach the log within about a minute; a late one up to `lateHours` after it happened. */
const PROMPT_DELAY_HOURS = 1 / 60;

/**
 * days × 24 × eventsPerHour events at uniform times, users drawn with a skew (a few users buy much
 * more than most), amounts $5 to $120. Events that would arrive after the run ends are not in the log.
 */
export function generateLog(s: StreamSettings): EventLog {
  const rng = createRng(s.seed);
  const hours = s.days * 24;
  const count = Math.round(hours * s.eventsPerHour);
  const times = new Float64Array(count);
  for (let i = 0; i < count; i++) times[i] = rng.next() * hours;
  times.sort();
  const events: HandEvent[] = [];
  for (let i = 0; i < count; i++) {
    const eventTime = times[i]!;
    const delay = rng.bernoulli(s.lateShare) ? 0.5 + rng.next() * (s.lateHours - 0.5) : rng.next() * PROMPT_DELAY_HOURS;
    const user = Math.min(s.users - 1, Math.floor(s.users * Math.pow(rng.next(), 1.6)));
    const amount = rng.int(500, 12_000);
    const cents = rng.bernoulli(s.refundShare) ? -amount : amount;
    const arrival = eventTime + delay;
    if (arrival < hours) events.push({ user, eventTime, arrival, cents });
  }
  return logOf(events);
}

/** The index of the first event that arrived after `hour` (binary search over the log). */
export function arrivedBy(log: EventLog, hour: number): number {
  let lo = 0;
  let hi = log.size;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (log.arrival[mid]! <= hour) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
