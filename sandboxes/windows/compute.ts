import { tumblingStart } from './assign';
import { windowTypes, type SafeLateness, type StreamEvent, type TypeResult, type WatermarkStep, type WindowsParams, type WindowsProgress, type WindowsResult, type WindowType } from './model';
import { processType, type ProcessSetup } from './process';
import { buildStream } from './stream';

/** Indices of the events in the order the processor sees them: by arrival minute, ties by id. */
export function arrivalOrder(events: readonly StreamEvent[]): number[] {
  return events.map((_, i) => i).sort((a, b) => events[a]!.arrivalTime - events[b]!.arrivalTime || events[a]!.id - events[b]!.id);
}

/** The watermark after each event: the largest event time seen so far minus the watermark delay. */
export function watermarkSteps(events: readonly StreamEvent[], order: readonly number[], delay: number): WatermarkStep[] {
  let maxSeen = Number.NEGATIVE_INFINITY;
  return order.map((index) => {
    const event = events[index]!;
    maxSeen = Math.max(maxSeen, event.eventTime);
    return { at: event.arrivalTime, eventId: event.id, watermark: maxSeen - delay };
  });
}

/** The processing setup of one window type under these params, at this watermark delay. */
export function setupOf(params: WindowsParams, type: WindowType, delay: number): ProcessSetup {
  return { type, size: params.size, slide: params.slide, gap: params.gap, delay, allowedLateness: params.allowedLateness, policy: params.policy };
}

/** Runs the same stream through tumbling, sliding and session windows under one watermark and one late policy. */
export function runWindows(params: WindowsParams, progress: (p: WindowsProgress) => void = () => {}): WindowsResult {
  const events = buildStream(params);
  const order = arrivalOrder(events);
  const types = {} as Record<WindowType, TypeResult>;
  windowTypes.forEach((type, done) => {
    progress({ done, total: windowTypes.length });
    types[type] = processType(events, order, setupOf(params, type, params.lateness));
  });
  return {
    events,
    arrivalOrder: order.map((i) => events[i]!.id),
    watermarks: watermarkSteps(events, order, params.lateness),
    lastArrival: events.length ? Math.max(...events.map((e) => e.arrivalTime)) : 0,
    types,
    safeLateness: safeTumblingLateness(events, order, params),
  };
}

/**
 * Tumbling windows in closed form: an event is late when the largest event time seen before it,
 * minus the watermark delay, has reached its window's end. So the smallest delay leaving none late is one
 * more than the largest (seen − end) over all events, or 0. Then both runs are compared window by window.
 */
export function safeTumblingLateness(events: readonly StreamEvent[], order: readonly number[], params: WindowsParams): SafeLateness {
  let maxSeen = Number.NEGATIVE_INFINITY;
  let lateness = 0;
  for (const index of order) {
    const event = events[index]!;
    const end = tumblingStart(event.eventTime, params.size) + params.size;
    lateness = Math.max(lateness, maxSeen - end + 1);
    maxSeen = Math.max(maxSeen, event.eventTime);
  }
  const firstAt = (delay: number) =>
    new Map(
      processType(events, order, setupOf(params, 'tumbling', delay))
        .windows.filter((w) => w.emissions[0]?.trigger === 'watermark')
        .map((w) => [w.id, w.emissions[0]!.at]),
    );
  const atZero = firstAt(0);
  const atSafe = firstAt(lateness);
  const added = [...atSafe].filter(([id]) => atZero.has(id)).map(([id, at]) => at - atZero.get(id)!);
  return { lateness, addedDelay: added.length ? added.reduce((a, b) => a + b, 0) / added.length : null, paired: added.length };
}

/**
 * The smallest watermark delay at which no event is late (behind the watermark for every window it
 * belongs to) under this window type: search upwards from 0. At a delay of the whole span of event times the watermark never passes an event, so the search ends.
 */
export function smallestSafeLateness(params: WindowsParams, type: WindowType): number {
  const events = buildStream(params);
  const order = arrivalOrder(events);
  const span = events.length ? Math.max(...events.map((e) => e.eventTime)) - Math.min(...events.map((e) => e.eventTime)) : 0;
  for (let lateness = 0; lateness <= span + params.gap + 1; lateness++) {
    const result = processType(events, order, setupOf(params, type, lateness));
    if (result.lateEvents === 0) return lateness;
  }
  return span + params.gap + 1;
}
