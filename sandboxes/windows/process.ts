import { slidingStarts, tumblingStart } from './assign';
import type { EmissionTrigger, EventOutcome, EventVerdict, LatePolicy, StreamEvent, TypeResult, WindowResult, WindowType } from './model';

export interface ProcessSetup {
  type: WindowType;
  size: number;
  slide: number;
  gap: number;
  /** The watermark is the largest event time seen so far minus this. */
  lateness: number;
  policy: LatePolicy;
}

/**
 * Runs one window type over the events in arrival order (`order` holds indices into `events`).
 * Before each event the watermark says which windows have closed; the event joins its open windows,
 * and for closed ones the late policy decides. After each event the watermark moves and every
 * window it has passed emits its result, stamped with the event's arrival minute. Whatever is still
 * open when the input ends is emitted then.
 */
export function processType(events: readonly StreamEvent[], order: readonly number[], setup: ProcessSetup): TypeResult {
  const run = setup.type === 'session' ? new SessionRun(setup) : new FixedRun(setup);
  let maxSeen = Number.NEGATIVE_INFINITY;
  let lastArrival = 0;
  for (const index of order) {
    const event = events[index]!;
    run.accept(event, maxSeen - setup.lateness);
    maxSeen = Math.max(maxSeen, event.eventTime);
    run.advance(maxSeen - setup.lateness, event.arrivalTime);
    lastArrival = event.arrivalTime;
  }
  run.finish(lastArrival);
  return run.result(events);
}

abstract class Run {
  protected readonly windows: WindowResult[] = [];
  protected readonly open = new Set<WindowResult>();
  protected readonly verdicts = new Map<number, EventVerdict>();
  protected readonly sideOutput: TypeResult['sideOutput'] = [];
  /** Windows that have emitted, or absorbed a session that had: their next result is a correction. */
  protected readonly emitted = new Set<WindowResult>();

  constructor(protected readonly setup: ProcessSetup) {}

  abstract accept(event: StreamEvent, watermark: number): void;

  protected emit(window: WindowResult, at: number, trigger: EmissionTrigger): void {
    window.emissions.push({
      at,
      count: window.count,
      sum: window.sum,
      kind: this.emitted.has(window) ? 'correction' : 'first',
      trigger,
      delay: at - window.end,
    });
    this.emitted.add(window);
  }

  protected add(window: WindowResult, event: StreamEvent): void {
    window.count += 1;
    window.sum += event.value;
    window.eventIds.push(event.id);
  }

  /** Emits every open window the watermark has passed, earliest end first. */
  advance(watermark: number, at: number): void {
    const closing = [...this.open].filter((w) => w.closesAt <= watermark).sort(byEnd);
    for (const window of closing) {
      this.open.delete(window);
      this.emit(window, at, 'watermark');
    }
  }

  finish(lastArrival: number): void {
    for (const window of [...this.open].sort(byEnd)) this.emit(window, lastArrival, 'end-of-input');
    this.open.clear();
  }

  protected verdict(event: StreamEvent, watermark: number, late: string[], lateOwnSession = false): EventVerdict {
    const verdict: EventVerdict = {
      eventId: event.id,
      watermarkAtArrival: Number.isFinite(watermark) ? watermark : null,
      joined: [],
      late,
      lateOwnSession,
      outcome: 'on-time',
    };
    this.verdicts.set(event.id, verdict);
    if ((late.length > 0 || lateOwnSession) && this.setup.policy === 'side') this.sideOutput.push({ eventId: event.id, missed: late });
    return verdict;
  }

  result(events: readonly StreamEvent[]): TypeResult {
    const live = this.windows.filter((w) => w.replacedBy === null);
    for (const window of live) for (const id of window.eventIds) this.verdicts.get(id)?.joined.push(window.id);
    const verdicts = events.map((e) => this.verdicts.get(e.id)!);
    for (const v of verdicts) v.outcome = outcome(v, this.setup.policy);
    const counted = verdicts.filter((v) => v.joined.length > 0);
    const closedByWatermark = this.windows.map((w) => w.emissions[0]).filter((e) => e?.trigger === 'watermark');
    return {
      type: this.setup.type,
      windows: [...this.windows].sort((a, b) => a.key.localeCompare(b.key) || a.start - b.start || a.end - b.end),
      verdicts,
      sideOutput: this.sideOutput,
      lateEvents: verdicts.filter((v) => v.late.length > 0 || v.lateOwnSession).length,
      droppedEvents: verdicts.length - counted.length,
      corrections: this.windows.reduce((n, w) => n + w.emissions.filter((e) => e.kind === 'correction' || e.trigger === 'late-event').length, 0),
      meanWindowsPerEvent: counted.length ? counted.reduce((n, v) => n + v.joined.length, 0) / counted.length : 0,
      meanDelay: closedByWatermark.length ? closedByWatermark.reduce((n, e) => n + e!.delay, 0) / closedByWatermark.length : null,
    };
  }
}

const byEnd = (a: WindowResult, b: WindowResult) => a.end - b.end || a.key.localeCompare(b.key) || a.start - b.start;

function outcome(v: EventVerdict, policy: LatePolicy): EventOutcome {
  if (v.late.length === 0 && !v.lateOwnSession) return 'on-time';
  if (policy === 'update') return 'corrected';
  if (v.joined.length > 0) return 'partly-late';
  return policy === 'drop' ? 'dropped' : 'side-output';
}

/** Tumbling and sliding windows: fixed boundaries, known from the event time alone. */
class FixedRun extends Run {
  private readonly byId = new Map<string, WindowResult>();

  accept(event: StreamEvent, watermark: number): void {
    const { type, size, slide, policy } = this.setup;
    const starts = type === 'tumbling' ? [tumblingStart(event.eventTime, size)] : slidingStarts(event.eventTime, size, slide);
    const late = starts.filter((s) => s + size <= watermark).map((s) => this.idOf(event.key, s));
    this.verdict(event, watermark, late);
    for (const start of starts) {
      const id = this.idOf(event.key, start);
      const isLate = late.includes(id);
      if (isLate && policy !== 'update') continue;
      let window = this.byId.get(id);
      if (!window) {
        window = { id, type, key: event.key, start, end: start + size, closesAt: start + size, count: 0, sum: 0, eventIds: [], emissions: [], replacedBy: null };
        this.byId.set(id, window);
        this.windows.push(window);
        if (!isLate) this.open.add(window);
      }
      this.add(window, event);
      if (isLate) this.emit(window, event.arrivalTime, 'late-event');
    }
  }

  private idOf(key: string, start: number): string {
    return `${this.setup.type}:${key}:${start}`;
  }
}

/**
 * Session windows: an event within `gap` minutes of a session joins it, and may bridge two sessions
 * into one. A session spans its first event to its last event + gap and closes once the watermark
 * passes that end (an event at exactly the end would still have joined).
 */
class SessionRun extends Run {
  private readonly byKey = new Map<string, WindowResult[]>();
  private serial = 0;

  accept(event: StreamEvent, watermark: number): void {
    const { gap, policy } = this.setup;
    const t = event.eventTime;
    const active = this.byKey.get(event.key) ?? [];
    const touching = active.filter((s) => t >= s.start - gap && t <= s.end);
    const closedTouching = touching.filter((s) => !this.open.has(s));
    const lateOwn = touching.length === 0 && t + gap + 1 <= watermark;
    const isLate = closedTouching.length > 0 || lateOwn;
    this.verdict(
      event,
      watermark,
      closedTouching.map((s) => s.id),
      lateOwn,
    );
    if (isLate && policy !== 'update') return;

    let survivor: WindowResult;
    if (touching.length === 0) {
      survivor = { id: `session:${event.key}:${++this.serial}`, type: 'session', key: event.key, start: t, end: t + gap, closesAt: t + gap + 1, count: 0, sum: 0, eventIds: [], emissions: [], replacedBy: null };
      this.windows.push(survivor);
      active.push(survivor);
      this.byKey.set(event.key, active);
    } else {
      const [first, ...others] = [...touching].sort((a, b) => a.start - b.start);
      survivor = first!;
      for (const other of others) {
        survivor.count += other.count;
        survivor.sum += other.sum;
        survivor.eventIds.push(...other.eventIds);
        survivor.start = Math.min(survivor.start, other.start);
        survivor.end = Math.max(survivor.end, other.end);
        if (this.emitted.has(other)) this.emitted.add(survivor);
        other.replacedBy = survivor.id;
        this.open.delete(other);
        active.splice(active.indexOf(other), 1);
      }
    }
    this.add(survivor, event);
    survivor.start = Math.min(survivor.start, t);
    survivor.end = Math.max(survivor.end, t + gap);
    survivor.closesAt = survivor.end + 1;
    if (isLate && survivor.closesAt <= watermark) {
      this.open.delete(survivor);
      this.emit(survivor, event.arrivalTime, 'late-event');
    } else {
      this.open.add(survivor); // a late event can reopen a closed session it stretches past the watermark
    }
  }
}
