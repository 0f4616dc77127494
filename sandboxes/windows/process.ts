import { slidingStarts, tumblingStart } from './assign';
import type { EmissionTrigger, EventOutcome, EventVerdict, LatePolicy, StreamEvent, TypeResult, WindowResult, WindowType } from './model';

export interface ProcessSetup {
  type: WindowType;
  size: number;
  slide: number;
  gap: number;
  /** The watermark's delay (bounded out-of-orderness): the watermark is the largest event time seen so far minus this. */
  delay: number;
  /**
   * Allowed lateness, in minutes of watermark: a window that has fired keeps its state until the
   * watermark reaches its end plus this; a late event in that time updates it and fires it again.
   * After that its state is dropped (Flink's `allowedLateness`, Beam's `withAllowedLateness`).
   */
  allowedLateness: number;
  policy: LatePolicy;
}

/**
 * How long a fired window keeps its state, in minutes of watermark past its end: the allowed
 * lateness, except under the idealised "update" policy, which keeps every window for ever.
 */
export function horizonOf(setup: Pick<ProcessSetup, 'allowedLateness' | 'policy'>): number {
  return setup.policy === 'update' ? Number.POSITIVE_INFINITY : setup.allowedLateness;
}

/**
 * Runs one window type over the events in arrival order (`order` holds indices into `events`).
 * Before each event the watermark says where each of its windows stands: still open (the event
 * joins it), fired but kept for the allowed lateness (the event joins it and it fires again, a
 * correction), or fired and dropped (the event misses it). Only an event that misses every window
 * it belongs to is lost, and only such an event is dropped or sent to the side output, as in
 * Flink's WindowOperator and Beam. After each event the watermark moves, every window it has passed
 * emits its result, stamped with the event's arrival minute, and windows past their allowed lateness
 * drop their state. Whatever is still open when the input ends is emitted then.
 */
export function processType(events: readonly StreamEvent[], order: readonly number[], setup: ProcessSetup): TypeResult {
  const run = setup.type === 'session' ? new SessionRun(setup) : new FixedRun(setup);
  let maxSeen = Number.NEGATIVE_INFINITY;
  let lastArrival = 0;
  for (const index of order) {
    const event = events[index]!;
    run.accept(event, maxSeen - setup.delay);
    maxSeen = Math.max(maxSeen, event.eventTime);
    run.advance(maxSeen - setup.delay, event.arrivalTime);
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

  /** Minutes of watermark past a window's end during which its state is kept. */
  protected readonly horizon: number;

  constructor(protected readonly setup: ProcessSetup) {
    this.horizon = horizonOf(setup);
  }

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
    this.purge(watermark);
  }

  /** Drops the state of fired windows whose allowed lateness the watermark has used up. */
  protected purge(_watermark: number): void {}

  finish(lastArrival: number): void {
    for (const window of [...this.open].sort(byEnd)) this.emit(window, lastArrival, 'end-of-input');
    this.open.clear();
  }

  /**
   * Records how the event stood on arrival. `missed`: its windows whose state was already dropped;
   * `updated`: fired windows it still updated; `behind`: every window it belongs to had fired (a
   * late element in the engines' sense); `lost`: it joined no window at all, so the policy decides.
   */
  protected verdict(event: StreamEvent, watermark: number, v: { missed: string[]; updated: string[]; behind: boolean; lost: boolean; lateOwnSession?: boolean }): EventVerdict {
    const verdict: EventVerdict = {
      eventId: event.id,
      watermarkAtArrival: Number.isFinite(watermark) ? watermark : null,
      joined: [],
      late: v.missed,
      updated: v.updated,
      behind: v.behind,
      lost: v.lost,
      lateOwnSession: v.lateOwnSession ?? false,
      outcome: 'on-time',
    };
    this.verdicts.set(event.id, verdict);
    if (v.lost && this.setup.policy === 'side') this.sideOutput.push({ eventId: event.id, missed: v.missed });
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
      lateEvents: verdicts.filter((v) => v.behind).length,
      droppedEvents: verdicts.length - counted.length,
      corrections: this.windows.reduce((n, w) => n + w.emissions.filter((e) => e.kind === 'correction' || e.trigger === 'late-event').length, 0),
      meanWindowsPerEvent: counted.length ? counted.reduce((n, v) => n + v.joined.length, 0) / counted.length : 0,
      meanDelay: closedByWatermark.length ? closedByWatermark.reduce((n, e) => n + e!.delay, 0) / closedByWatermark.length : null,
    };
  }
}

const byEnd = (a: WindowResult, b: WindowResult) => a.end - b.end || a.key.localeCompare(b.key) || a.start - b.start;

function outcome(v: EventVerdict, policy: LatePolicy): EventOutcome {
  if (v.lost) return policy === 'side' ? 'side-output' : 'dropped';
  if (v.updated.length > 0) return 'corrected';
  if (v.late.length > 0) return 'partly-late';
  return 'on-time';
}

/** Tumbling and sliding windows: fixed boundaries, known from the event time alone. */
class FixedRun extends Run {
  private readonly byId = new Map<string, WindowResult>();

  accept(event: StreamEvent, watermark: number): void {
    const { type, size, slide } = this.setup;
    const starts = type === 'tumbling' ? [tumblingStart(event.eventTime, size)] : slidingStarts(event.eventTime, size, slide);
    const missed: string[] = [];
    const updated: string[] = [];
    const kept: Array<{ start: number; fired: boolean }> = [];
    for (const start of starts) {
      const end = start + size;
      const id = this.idOf(event.key, start);
      // Flink: a window is late once its end plus the allowed lateness is at or behind the watermark.
      if (end + this.horizon <= watermark) missed.push(id);
      else {
        const fired = end <= watermark;
        if (fired) updated.push(id);
        kept.push({ start, fired });
      }
    }
    this.verdict(event, watermark, { missed, updated, behind: starts.every((s) => s + size <= watermark), lost: kept.length === 0 });
    for (const { start, fired } of kept) {
      const id = this.idOf(event.key, start);
      let window = this.byId.get(id);
      if (!window) {
        window = { id, type, key: event.key, start, end: start + size, closesAt: start + size, count: 0, sum: 0, eventIds: [], emissions: [], replacedBy: null };
        this.byId.set(id, window);
        this.windows.push(window);
        if (!fired) this.open.add(window);
      }
      this.add(window, event);
      // A late event within the allowed lateness fires the window again at once (Flink's EventTimeTrigger does).
      if (fired) this.emit(window, event.arrivalTime, 'late-event');
    }
  }

  private idOf(key: string, start: number): string {
    return `${this.setup.type}:${key}:${start}`;
  }
}

/**
 * Session windows: an event within `gap` minutes of a session joins it, and may bridge two sessions
 * into one. A session spans its first event to its last event + gap and fires once the watermark
 * passes that end (an event at exactly the end would still have joined). It keeps its state for the
 * allowed lateness after that; then it is purged, and an event near it later starts a session of
 * its own, as in Flink and Beam (the purged session is not reopened). That new session is itself
 * late, and the event lost, only when the watermark has already passed its end plus the allowed lateness.
 */
class SessionRun extends Run {
  /** Sessions whose state is still kept, per key: open, or fired and within their allowed lateness. */
  private readonly byKey = new Map<string, WindowResult[]>();
  private serial = 0;

  protected override purge(watermark: number): void {
    for (const [key, sessions] of this.byKey) {
      this.byKey.set(
        key,
        sessions.filter((s) => this.open.has(s) || s.closesAt + this.horizon > watermark),
      );
    }
  }

  accept(event: StreamEvent, watermark: number): void {
    const { gap } = this.setup;
    const t = event.eventTime;
    const active = this.byKey.get(event.key) ?? [];
    const touching = active.filter((s) => t >= s.start - gap && t <= s.end);
    // The session the event would make: itself, merged with every kept session it touches.
    const end = Math.max(t + gap, ...touching.map((s) => s.end));
    const closesAt = end + 1;
    const lateOwn = touching.length === 0 && closesAt + this.horizon <= watermark;
    this.verdict(event, watermark, {
      missed: [],
      updated: touching.filter((s) => !this.open.has(s)).map((s) => s.id),
      behind: closesAt <= watermark,
      lost: lateOwn,
      lateOwnSession: lateOwn,
    });
    if (lateOwn) return;

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
    if (survivor.closesAt <= watermark) {
      // Behind the watermark but within the allowed lateness: it fires at once (a first result if it is new).
      this.open.delete(survivor);
      this.emit(survivor, event.arrivalTime, 'late-event');
    } else {
      this.open.add(survivor); // an event can stretch a fired session past the watermark: it waits to fire again
    }
  }
}
