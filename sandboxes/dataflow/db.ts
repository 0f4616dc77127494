import { Simulator } from '@/lib/sim/events';
import type { RequestLog } from './summary';
import { backoffDelay, drawLatency, streamRng, type LatencySpec, type RetryPolicy } from './workload';

/**
 * Dataflow through a shared database: A's queries and B's slow queries wait in one line for the
 * same few connections, first come, first served. A query of A's takes one call's time once it has
 * a connection; with probability `failureRate` it gets no answer at all (a dropped connection), and
 * A notices at its timeout. A query that has not answered by the timeout is given up on: if it is
 * still waiting it is cancelled, if it is already running it runs to the end, holding its connection.
 * A's retries follow the same policy as the RPC chain's.
 */
export interface DbConfig {
  arrivalsMs: readonly number[];
  /** Start times of B's slow queries. */
  slowQueriesMs: readonly number[];
  slowQueryMs: number;
  connections: number;
  failureRate: number;
  latency: LatencySpec;
  timeoutMs: number;
  retry: RetryPolicy;
  /**
   * Seeds one stream each for query times, failures and backoffs, none depending on the failure
   * rate or on B: runs that differ only in those draw the same query times in the same order.
   */
  seed: number;
}

interface Query {
  /** A's request, or −1 for one of B's slow queries. */
  request: number;
  retry: number;
  serviceMs: number;
  finishAt: number;
  started: boolean;
  done: boolean;
  abandoned: boolean;
}

type DbEvent = { kind: 'a-query'; request: number; retry: number } | { kind: 'b-query'; index: number } | { kind: 'finish'; query: Query } | { kind: 'timeout'; query: Query };

export function simulateDb(config: DbConfig): RequestLog & { slowQueries: number } {
  const { arrivalsMs, slowQueriesMs, slowQueryMs, connections, failureRate, latency, timeoutMs, retry, seed } = config;
  const serviceRng = streamRng(seed, 'db/service');
  const failureRng = streamRng(seed, 'db/failure');
  const backoffRng = streamRng(seed, 'db/backoff');
  const n = arrivalsMs.length;
  const doneMs = new Float64Array(n).fill(Number.NaN);
  const callerDoneMs = new Float64Array(n).fill(Number.NaN);
  let attempts = 0;
  let failed = 0;
  let free = connections;
  const line: Query[] = [];
  let head = 0;

  const sim = new Simulator<DbEvent>();
  const start = (query: Query) => {
    free--;
    query.started = true;
    query.finishAt = sim.now + query.serviceMs;
    sim.at(query.finishAt, { kind: 'finish', query });
  };
  const dispatch = () => {
    while (free > 0 && head < line.length) {
      const next = line[head++] as Query;
      if (!next.abandoned) start(next); // a query A gave up on before it started is cancelled
    }
    if (head > 4096 && head * 2 > line.length) {
      line.splice(0, head);
      head = 0;
    }
  };
  const enqueue = (query: Query) => {
    line.push(query);
    dispatch();
  };
  const giveUp = (request: number, retryIndex: number) => {
    if (retryIndex < retry.maxRetries) {
      sim.after(backoffDelay(retry, retryIndex, backoffRng), { kind: 'a-query', request, retry: retryIndex + 1 });
    } else {
      failed++;
      callerDoneMs[request] = sim.now;
    }
  };

  // Each arrival schedules the next one of its kind, so the queue holds only what is in flight.
  if (n > 0) sim.at(arrivalsMs[0] as number, { kind: 'a-query', request: 0, retry: 0 });
  if (slowQueriesMs.length > 0) sim.at(slowQueriesMs[0] as number, { kind: 'b-query', index: 0 });

  sim.run((event) => {
    switch (event.kind) {
      case 'a-query': {
        const next = event.request + 1;
        if (event.retry === 0 && next < n) sim.at(arrivalsMs[next] as number, { kind: 'a-query', request: next, retry: 0 });
        attempts++;
        const query: Query = { request: event.request, retry: event.retry, serviceMs: drawLatency(latency, serviceRng), finishAt: Number.NaN, started: false, done: false, abandoned: false };
        if (failureRng.next() < failureRate) query.abandoned = true; // it never reaches the database
        else enqueue(query);
        sim.after(timeoutMs, { kind: 'timeout', query });
        return;
      }
      case 'b-query':
        if (event.index + 1 < slowQueriesMs.length) sim.at(slowQueriesMs[event.index + 1] as number, { kind: 'b-query', index: event.index + 1 });
        enqueue({ request: -1, retry: 0, serviceMs: slowQueryMs, finishAt: Number.NaN, started: false, done: false, abandoned: false });
        return;
      case 'finish': {
        const { query } = event;
        free++;
        query.done = true;
        if (query.request >= 0 && !query.abandoned) {
          doneMs[query.request] = sim.now;
          callerDoneMs[query.request] = sim.now;
        }
        dispatch();
        return;
      }
      case 'timeout': {
        const { query } = event;
        // An answer due at this very instant still counts: the timeout is "more than timeoutMs".
        if (query.done || (query.started && query.finishAt <= sim.now)) return;
        query.abandoned = true;
        giveUp(query.request, query.retry);
        return;
      }
    }
  });

  return { arrivalsMs, doneMs, callerDoneMs, failed, lost: 0, attempts, events: sim.eventsHandled, slowQueries: slowQueriesMs.length };
}
