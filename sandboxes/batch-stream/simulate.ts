/**
 * One processor, one job at a time, first come first served, on a simulated clock in seconds.
 * A windowed job covers the events that arrived in its window; it starts when the window closes, or
 * when the job before it finishes if that is later, and its results become visible when it ends.
 * A job runs for every window, even an empty one (a schedule does not know the window is empty).
 */
export interface SimOutcome {
  jobs: number;
  events: number;
  /** Seconds the processor spent working, fixed costs included. */
  busySeconds: number;
  lastResultAt: number;
  latencySum: number;
  latencyMax: number;
  /** Events that had arrived but were not visible when arrivals stopped. */
  backlogAtEnd: number;
}

export interface WindowedSetup {
  window: number;
  /** Fixed cost of every job, seconds. */
  overhead: number;
  /** Work per event, seconds. */
  costPerEvent: number;
  /** Arrivals stop here, seconds. */
  horizon: number;
}

/** How many windows a run of `horizon` seconds needs (the last one may be partly empty). */
export function windowCount(horizon: number, window: number): number {
  return Math.max(1, Math.ceil(horizon / window - 1e-9));
}

/**
 * Simulates windowed jobs over `arrivals` (ascending seconds). `onJob` sees each job's event range,
 * so the caller can do the job's real work; `latencies`, when given, receives each event's wait.
 */
export function simulateWindows(arrivals: Float64Array, setup: WindowedSetup, onJob?: (from: number, to: number) => void, latencies?: Float64Array): SimOutcome {
  const { window, overhead, costPerEvent, horizon } = setup;
  const windows = windowCount(horizon, window);
  let i = 0;
  let free = 0;
  let busy = 0;
  let latencySum = 0;
  let latencyMax = 0;
  let backlog = 0;
  for (let w = 1; w <= windows; w++) {
    const close = w * window;
    const from = i;
    while (i < arrivals.length && (arrivals[i] as number) < close) i++;
    const start = Math.max(close, free);
    const service = overhead + (i - from) * costPerEvent;
    free = start + service;
    busy += service;
    onJob?.(from, i);
    for (let e = from; e < i; e++) {
      const wait = free - (arrivals[e] as number);
      latencySum += wait;
      if (wait > latencyMax) latencyMax = wait;
      if (latencies) latencies[e] = wait;
    }
    if (free > horizon) backlog += i - from;
  }
  return { jobs: windows, events: arrivals.length, busySeconds: busy, lastResultAt: free, latencySum, latencyMax, backlogAtEnd: backlog };
}

/** Simulates the stream: each event is a job of `service` seconds that starts on arrival or when the processor frees up. */
export function simulatePerEvent(arrivals: Float64Array, service: number, horizon: number, onEvent?: (index: number) => void, latencies?: Float64Array): SimOutcome {
  let free = 0;
  let latencySum = 0;
  let latencyMax = 0;
  let backlog = 0;
  for (let e = 0; e < arrivals.length; e++) {
    const arrival = arrivals[e] as number;
    free = Math.max(arrival, free) + service;
    onEvent?.(e);
    const wait = free - arrival;
    latencySum += wait;
    if (wait > latencyMax) latencyMax = wait;
    if (latencies) latencies[e] = wait;
    if (free > horizon) backlog++;
  }
  return {
    jobs: arrivals.length,
    events: arrivals.length,
    busySeconds: arrivals.length * service,
    lastResultAt: arrivals.length ? free : 0,
    latencySum,
    latencyMax,
    backlogAtEnd: backlog,
  };
}

/** Utilisation at the mean rate: the share of each second of arrivals the processor needs to keep up. */
export function windowedUtilisation(rate: number, setup: Pick<WindowedSetup, 'window' | 'overhead' | 'costPerEvent'>): number {
  return (setup.overhead + rate * setup.window * setup.costPerEvent) / setup.window;
}

/** The highest mean rate windowed jobs keep up with: (W − overhead) / (W × cost); null when unbounded (no per-event cost). */
export function windowedCapacity(setup: Pick<WindowedSetup, 'window' | 'overhead' | 'costPerEvent'>): number | null {
  if (setup.window <= setup.overhead) return 0;
  if (setup.costPerEvent === 0) return null;
  return (setup.window - setup.overhead) / (setup.window * setup.costPerEvent);
}

/**
 * Closed-form mean wait of windowed jobs under steady arrivals when no job waits for the one before it
 * (every job shorter than its window). A run of `horizon` seconds has n full windows and, unless it is a
 * whole number of windows, a last partial window of r = horizon − nW seconds whose job starts only when
 * that window closes. Events of a full window wait W/2 + J on average (J = overhead + rate × W × cost);
 * those of the partial one wait W − r/2 + j (j = overhead + rate × r × cost). The mean weights each by its
 * share of the events. With r = 0 it is W/2 + J.
 */
export function steadyWindowedMeanWait(rate: number, setup: WindowedSetup): { mean: number; fullWindows: number; partialSeconds: number } {
  const { window, overhead, costPerEvent, horizon } = setup;
  const fullWindows = Math.floor(horizon / window + 1e-9);
  const rest = horizon - fullWindows * window;
  const partialSeconds = rest > 1e-9 * window ? rest : 0;
  const fullJob = overhead + rate * window * costPerEvent;
  if (partialSeconds === 0) return { mean: window / 2 + fullJob, fullWindows, partialSeconds };
  const partialJob = overhead + rate * partialSeconds * costPerEvent;
  const full = fullWindows * window * (window / 2 + fullJob);
  const partial = partialSeconds * (window - partialSeconds / 2 + partialJob);
  return { mean: (full + partial) / horizon, fullWindows, partialSeconds };
}
