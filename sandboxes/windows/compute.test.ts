import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseStored } from '@/lib/progress/storage';
import { windowsEditsToMoves } from '@/lib/progress/migrate';
import { fieldErrors } from '@/lib/sandbox/useParamsForm';
import { sessionsOf, slidingStarts, tumblingStart } from './assign';
import { arrivalOrder, runWindows, smallestSafeLateness, watermarkSteps } from './compute';
import { CHAPTER_TIMES, defaultWindowsParams, MAX_EVENTS, windowsParamsSchema, type Move, type StreamEvent, type TypeResult, type WindowsParams } from './model';
import { processType, type ProcessSetup } from './process';
import { buildStream } from './stream';

/** One step of the moves script. */
const move = (event: number, time: number, arrival: number): Move => ({ kind: 'move', event, time, arrival });
/** A hand-made event of key a. */
const ev = (id: number, eventTime: number, arrivalTime: number, value = 1): StreamEvent => ({ id, key: 'a', eventTime, arrivalTime, value, edited: false, originalEventTime: eventTime, originalArrivalTime: arrivalTime });
const params = (overrides: Partial<WindowsParams>): WindowsParams => windowsParamsSchema.parse({ ...defaultWindowsParams, ...overrides });
const chapter = (overrides: Partial<WindowsParams> = {}) => runWindows(params({ stream: 'chapter', lateness: 0, ...overrides }));
/** Window label → the event times it counts, for the live windows of one type. */
const contents = (result: { events: StreamEvent[] }, type: TypeResult) =>
  Object.fromEntries(
    type.windows
      .filter((w) => w.replacedBy === null)
      .map((w) => [`${w.start}-${w.end}`, w.eventIds.map((id) => result.events[id - 1]!.eventTime).sort((a, b) => a - b)]),
  );

describe('window assignment, by hand', () => {
  it('tumbling: one window per event', () => {
    expect([0, 4, 5, 9, 10, 17].map((t) => tumblingStart(t, 5))).toEqual([0, 0, 5, 5, 10, 15]);
  });

  it('hopping: size / slide windows per event, including those that start before minute 0', () => {
    expect(slidingStarts(1, 10, 5)).toEqual([-5, 0]);
    expect(slidingStarts(9, 10, 5)).toEqual([0, 5]);
    expect(slidingStarts(10, 10, 5)).toEqual([5, 10]); // [0, 10) ends before minute 10
    expect(slidingStarts(7, 10, 2)).toEqual([-2, 0, 2, 4, 6]); // the chapter's 10 / 2 = 5
    expect(slidingStarts(7, 10, 3)).toEqual([0, 3, 6]); // 10 / 3 is not whole: 3 or 4 windows
    expect(slidingStarts(2, 10, 3)).toEqual([-6, -3, 0]);
    expect(slidingStarts(0, 10, 3)).toEqual([-9, -6, -3, 0]);
  });

  it('sessions: a quiet spell longer than the gap starts a new session', () => {
    expect(sessionsOf(CHAPTER_TIMES, 3)).toEqual([[1, 2, 4], [9, 10], [17]]);
    expect(sessionsOf(CHAPTER_TIMES, 4)).toEqual([[1, 2, 4], [9, 10], [17]]);
    expect(sessionsOf(CHAPTER_TIMES, 5)).toEqual([[1, 2, 4, 9, 10], [17]]); // a 5-minute silence is not more than 5
    expect(sessionsOf(CHAPTER_TIMES, 7)).toEqual([[1, 2, 4, 9, 10, 17]]);
    expect(sessionsOf([9, 1, 4], 3)).toEqual([[1, 4], [9]]);
  });
});

describe('the chapter’s example stream (minutes 1, 2, 4, 9, 10, 17), in order', () => {
  it('tumbling 5: 3 + 1 + 1 + 1 events, as the chapter counts', () => {
    const result = chapter({ size: 5, slide: 5 });
    expect(contents(result, result.types.tumbling)).toEqual({ '0-5': [1, 2, 4], '5-10': [9], '10-15': [10], '15-20': [17] });
  });

  it('sliding 10 every 5: the chapter’s three windows, plus the two an engine also opens at the edges', () => {
    const result = chapter({ size: 10, slide: 5 });
    expect(contents(result, result.types.sliding)).toEqual({ '-5-5': [1, 2, 4], '0-10': [1, 2, 4, 9], '5-15': [9, 10], '10-20': [10, 17], '15-25': [17] });
    expect(result.types.sliding.meanWindowsPerEvent).toBe(2);
  });

  it('session gap 3: three sessions, each spanning its events plus the gap', () => {
    const result = chapter({ gap: 3 });
    expect(contents(result, result.types.session)).toEqual({ '1-7': [1, 2, 4], '9-13': [9, 10], '17-20': [17] });
  });

  it('session gap 5 merges the first two sessions, even when the bridging event comes last', () => {
    // 9 arrives after 10 and after 4: it is within 5 of both, so it bridges {1, 2, 4} and {10}.
    const result = runWindows(params({ stream: 'chapter', gap: 5, lateness: 20, edits: [move(4, 9, 12)] }));
    expect(contents(result, result.types.session)).toEqual({ '1-15': [1, 2, 4, 9, 10], '17-22': [17] });
    expect(result.types.session.windows.filter((w) => w.replacedBy !== null)).toHaveLength(1);
  });

  it('emits each tumbling window when the watermark passes its end, on the arrival clock', () => {
    const result = chapter({ size: 5, slide: 5 });
    const at = Object.fromEntries(result.types.tumbling.windows.map((w) => [w.start, w.emissions.map((e) => [e.at, e.trigger])]));
    expect(at).toEqual({ 0: [[9, 'watermark']], 5: [[10, 'watermark']], 10: [[17, 'watermark']], 15: [[17, 'end-of-input']] });
  });
});

describe('the watermark and the three late policies', () => {
  // Key a: minute 1 (arrives 1), 6 (6), 12 (12), then minute 3 arrives at 13, behind them all.
  const events: StreamEvent[] = [
    [1, 1],
    [3, 13],
    [6, 6],
    [12, 12],
  ].map(([t, a], i) => ({ id: i + 1, key: 'a', eventTime: t!, arrivalTime: a!, value: 10 ** i, edited: false, originalEventTime: t!, originalArrivalTime: a! }));
  const order = arrivalOrder(events);
  const run = (setup: Partial<ProcessSetup>) => processType(events, order, { type: 'tumbling', size: 5, slide: 5, gap: 3, delay: 0, allowedLateness: 0, policy: 'drop', ...setup });
  const window0 = (r: TypeResult) => r.windows.find((w) => w.start === 0)!;

  it('the watermark is the largest event time seen minus the lateness', () => {
    expect(order).toEqual([0, 2, 3, 1]);
    expect(watermarkSteps(events, order, 2).map((s) => [s.at, s.watermark])).toEqual([
      [1, -1],
      [6, 4],
      [12, 10],
      [13, 10],
    ]);
  });

  it('drop: the late event is lost and [0, 5) keeps its first count', () => {
    const r = run({ policy: 'drop' });
    expect(window0(r).emissions).toEqual([{ at: 6, count: 1, sum: 1, kind: 'first', trigger: 'watermark', delay: 1 }]);
    expect(r.verdicts[1]).toMatchObject({ eventId: 2, watermarkAtArrival: 12, late: ['tumbling:a:0'], joined: [], outcome: 'dropped' });
    expect([r.lateEvents, r.droppedEvents, r.sideOutput.length, r.corrections]).toEqual([1, 1, 0, 0]);
  });

  it('side output: the same result, and the late event is handed on with the window it missed', () => {
    const r = run({ policy: 'side' });
    expect(window0(r).count).toBe(1);
    expect(r.sideOutput).toEqual([{ eventId: 2, missed: ['tumbling:a:0'] }]);
    expect(r.verdicts[1]!.outcome).toBe('side-output');
  });

  it('update: the closed window is updated and a correction emitted at the late arrival', () => {
    const r = run({ policy: 'update' });
    expect(window0(r).emissions.map((e) => [e.at, e.count, e.sum, e.kind, e.trigger])).toEqual([
      [6, 1, 1, 'first', 'watermark'],
      [13, 2, 11, 'correction', 'late-event'],
    ]);
    expect([r.lateEvents, r.droppedEvents, r.corrections]).toEqual([1, 0, 1]);
    expect(r.verdicts[1]!.outcome).toBe('corrected');
  });

  it('enough lateness holds [0, 5) open until the straggler arrives: 12 − L < 5, so L = 8', () => {
    expect(run({ delay: 7 }).lateEvents).toBe(1);
    const safe = run({ delay: 8 });
    expect(safe.lateEvents).toBe(0);
    expect(window0(safe).emissions).toEqual([{ at: 13, count: 2, sum: 11, kind: 'first', trigger: 'end-of-input', delay: 8 }]);
  });

  it('sliding: an event can be late for one window and on time for the next', () => {
    // Windows of 10 every 5. At arrival 13 the watermark is 12: [−5, 5) has closed, [0, 10) has too; minute 3 misses both.
    const r = run({ type: 'sliding', size: 10, slide: 5, policy: 'side' });
    expect(r.verdicts[1]!.late).toEqual(['sliding:a:-5', 'sliding:a:0']);
    // Minute 8 arriving at 13 would miss [0, 10) but still join [5, 15).
    const partly = processType([...events, ev(5, 8, 13, 0)], arrivalOrder([...events, ev(5, 8, 13, 0)]), {
      type: 'sliding',
      size: 10,
      slide: 5,
      gap: 3,
      delay: 0,
      allowedLateness: 0,
      policy: 'drop',
    });
    expect(partly.verdicts[4]).toMatchObject({ late: ['sliding:a:0'], joined: ['sliding:a:5'], outcome: 'partly-late' });
  });

  it('sessions: a late event near purged sessions is judged by its own session; under update it reopens and corrects them', () => {
    // Gap 3: session {1} fires when the watermark passes 4 (arrival 6), session {6} when it passes 9 (arrival 12); with no
    // allowed lateness both are purged then. Minute 3 arrives at 13: its own session 3–6 is already past the watermark (12), so it is lost.
    expect(run({ type: 'session', policy: 'drop' }).verdicts[1]).toMatchObject({ late: [], lateOwnSession: true, behind: true, lost: true, outcome: 'dropped' });
    const updated = run({ type: 'session', policy: 'update' });
    const first = updated.windows.find((w) => w.id === 'session:a:1')!;
    // Under update it bridges them: one session {1, 3, 6} replaces both, emitted as a correction.
    expect(first.emissions.map((e) => [e.at, e.count, e.kind, e.trigger])).toEqual([
      [6, 1, 'first', 'watermark'],
      [13, 3, 'correction', 'late-event'],
    ]);
    expect(updated.windows.find((w) => w.id === 'session:a:2')).toMatchObject({ replacedBy: 'session:a:1', emissions: [{ at: 12, count: 1 }] });
    expect([first.start, first.end]).toEqual([1, 9]);
    // A late event that bridges a closed session and an open one reopens the merged session; its next result is a correction.
    const reopen = processType(
      [
        ev(1, 1, 1, 1),
        ev(2, 5, 5, 1),
        ev(3, 4, 6, 1),
      ],
      [0, 1, 2],
      { type: 'session', size: 5, slide: 5, gap: 3, delay: 0, allowedLateness: 0, policy: 'update' },
    );
    const merged = reopen.windows.find((w) => w.replacedBy === null)!;
    expect([merged.start, merged.end, merged.count]).toEqual([1, 8, 3]);
    expect(merged.emissions.map((e) => [e.at, e.count, e.kind, e.trigger])).toEqual([
      [5, 1, 'first', 'watermark'],
      [6, 3, 'correction', 'end-of-input'],
    ]);
    // A late event with no session near it is late too: its own session would already be closed.
    const lone = processType([...events.slice(0, 1), ev(2, 20, 20, 1), ev(3, 9, 21, 1)], [0, 1, 2], {
      type: 'session',
      size: 5,
      slide: 5,
      gap: 3,
      delay: 0,
      allowedLateness: 0,
      policy: 'side',
    });
    expect(lone.verdicts[2]).toMatchObject({ late: [], lateOwnSession: true, outcome: 'side-output' });
  });

  it('the closed form for the safe tumbling lateness matches a search, on seeded streams', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const p = params({ events: 120, lateShare: 30, maxDelay: 25, seed });
      const result = runWindows(p);
      expect(result.safeLateness.lateness).toBe(smallestSafeLateness(p, 'tumbling'));
      expect(runWindows({ ...p, lateness: result.safeLateness.lateness }).types.tumbling.lateEvents).toBe(0);
      if (result.safeLateness.lateness > 0) expect(runWindows({ ...p, lateness: result.safeLateness.lateness - 1 }).types.tumbling.lateEvents).toBeGreaterThan(0);
    }
  });

  it('finds the smallest lateness that loses no event', () => {
    const p = params({ stream: 'chapter', edits: [move(2, 3, 13)], size: 5, slide: 5, lateness: 0 });
    // The chapter stream with minute 2 moved to minute 3, arriving at 13: by then 10 has been seen.
    expect(smallestSafeLateness(p, 'tumbling')).toBe(6); // 10 − L < 5
    expect(runWindows({ ...p, lateness: 5 }).types.tumbling.lateEvents).toBe(1);
    expect(runWindows({ ...p, lateness: 6 }).types.tumbling.lateEvents).toBe(0);
    // Lateness 0: [0, 5) closes at arrival 9 and [5, 10) at 10. Lateness 6: the watermark reaches 11 only when minute 17
    // arrives, so both close at 17, 8 and 7 minutes later; [10, 15) closes at 17 under 0 but only at the end under 6 (unpaired).
    const safe = runWindows(p).safeLateness;
    expect(safe).toEqual({ lateness: 6, addedDelay: 7.5, paired: 2 });
  });
});

describe('the seeded stream', () => {
  it('is the same for the same seed, ids follow event time, and nobody arrives before it happens', () => {
    const p = params({ events: 200, keys: 3, lateShare: 30, maxDelay: 20 });
    const a = buildStream(p);
    expect(buildStream(p)).toEqual(a);
    expect(a.map((e) => e.id)).toEqual(a.map((_, i) => i + 1));
    expect(a.every((e, i) => i === 0 || e.eventTime >= a[i - 1]!.eventTime)).toBe(true);
    expect(a.every((e) => e.arrivalTime >= e.eventTime && e.arrivalTime - e.eventTime <= 20)).toBe(true);
    expect(new Set(a.map((e) => e.key))).toEqual(new Set(['ana', 'ben', 'chen']));
    const stragglers = a.filter((e) => e.arrivalTime - e.eventTime >= 3).length;
    expect(stragglers).toBeGreaterThan(30);
    expect(stragglers).toBeLessThan(90);
  });

  it('tumbling counts add up to every counted event; sliding counts each event size/slide times', () => {
    const result = runWindows(params({ events: 300, keys: 4, size: 12, slide: 4, lateness: 30, policy: 'drop' }));
    const tumblingTotal = result.types.tumbling.windows.reduce((n, w) => n + w.count, 0);
    expect(tumblingTotal).toBe(300);
    expect(result.types.sliding.meanWindowsPerEvent).toBe(3);
    expect(result.types.sliding.verdicts.every((v) => v.joined.length === 3)).toBe(true);
  });

  it('replays the moves in order: each sets the times of the event it names, and a later move of an event replaces an earlier one', () => {
    const before = buildStream(params({}));
    const after = buildStream(params({ edits: [move(3, 30, 35)] }));
    expect(after[2]).toEqual({ ...before[2], eventTime: 30, arrivalTime: 35, edited: true });
    const twice = buildStream(params({ edits: [move(3, 30, 35), move(5, 1, 2), move(3, 12, 20)] }));
    expect(twice[2]).toMatchObject({ eventTime: 12, arrivalTime: 20, edited: true });
    expect(twice[4]).toMatchObject({ eventTime: 1, arrivalTime: 2, edited: true });
    expect(twice.filter((e) => e.edited).map((e) => e.id)).toEqual([3, 5]);
  });
});

describe('the params schema refuses bad inputs with a reason', () => {
  const refuse = (overrides: Partial<Record<keyof WindowsParams, unknown>>) => {
    const parsed = windowsParamsSchema.safeParse({ ...defaultWindowsParams, ...overrides });
    expect(parsed.success).toBe(false);
    return parsed.error!.issues.map((i) => `${String(i.path[0])}: ${i.message}`);
  };

  it('names the control and the bound', () => {
    expect(refuse({ slide: 12, size: 10 })).toEqual(['slide: Slide must not exceed the window size: a longer slide would leave gaps no window covers.']);
    expect(refuse({ size: 120, slide: 1 })).toEqual(['slide: A slide of 1 puts each event in 120 windows; use a slide of at least 10 so at most 12 overlap.']);
    expect(refuse({ gap: 0 })[0]).toMatch(/^gap: The session gap must be at least 1 minute/);
    expect(refuse({ gap: -3 })[0]).toMatch(/^gap: The session gap must be at least 1 minute/);
    expect(refuse({ events: 1e9 })).toEqual(['events: At most 500 events: each one is drawn on the timeline and listed in the table.']);
    expect(refuse({ lateness: -1 })).toEqual(['lateness: The watermark delay cannot be negative: the watermark cannot run ahead of the events seen.']);
    expect(refuse({ allowedLateness: -1 })).toEqual(['allowedLateness: Allowed lateness cannot be negative.']);
    expect(refuse({ size: 2.5 })[0]).toBe('size: Enter the window size as a whole number of minutes.');
    expect(refuse({ edits: [move(3, 10, 8)] })).toEqual(['edits: Event 3 cannot arrive (minute 8) before it happens (minute 10).']);
    expect(refuse({ edits: [move(99, 1, 2)] })).toEqual(['edits: There is no event 99: this stream has events 1 to 24.']);
    expect(refuse({ edits: [move(2.5, 1, 2)] })).toEqual(['edits: Name the event by its number.']);
    expect(refuse({ edits: [move(1, 1000, 1000)] })).toEqual(['edits: Event times go up to minute 999.', 'edits: Arrival times go up to minute 999.']);
    expect(refuse({ edits: Array.from({ length: MAX_EVENTS + 1 }, (_, i) => move((i % 24) + 1, 1, 2)) })).toEqual([`edits: At most ${MAX_EVENTS} moves.`]);
  });

  it('names the step a message is about, as the form shows it', () => {
    const parsed = windowsParamsSchema.safeParse({ ...defaultWindowsParams, edits: [move(1, 3, 4), move(2, 9, 7), move(30, 1, 1)] });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => i.path)).toEqual([
      ['edits', 1],
      ['edits', 2],
    ]);
    expect(fieldErrors<WindowsParams>(parsed.error!.issues)).toEqual({ edits: 'Step 2: Event 2 cannot arrive (minute 7) before it happens (minute 9).' });
  });

  it('takes as many moves as the stream has events, and more of the same event', () => {
    const all = Array.from({ length: MAX_EVENTS }, (_, i) => move(i + 1, i % 240, (i % 240) + 3));
    expect(windowsParamsSchema.safeParse({ ...defaultWindowsParams, events: MAX_EVENTS, edits: all }).success).toBe(true);
    expect(windowsParamsSchema.safeParse({ ...defaultWindowsParams, edits: Array.from({ length: 30 }, (_, i) => move(1, i, i + 1)) }).success).toBe(true);
  });

  it('accepts the moves the progress store migrates from the old "7:12/15" text', () => {
    const moves = windowsEditsToMoves('7:12/15,3:4/9');
    expect(moves).toEqual([move(7, 12, 15), move(3, 4, 9)]);
    const parsed = windowsParamsSchema.parse({ ...defaultWindowsParams, edits: moves });
    expect(buildStream(parsed).filter((e) => e.edited).map((e) => [e.id, e.eventTime, e.arrivalTime])).toEqual([
      [3, 4, 9],
      [7, 12, 15],
    ]);
  });
});

/**
 * Issue 23, items 11–13: late events as Flink's WindowOperator and Beam treat them. The hand cases
 * are Flink's WindowOperatorTest cases re-timed to whole minutes (seconds there, minutes here), with
 * the watermark moved by events of a second key instead of by explicit watermarks.
 */
describe('late events as the engines treat them', () => {
  const at = (key: string, id: number, eventTime: number, arrivalTime: number): StreamEvent => ({ ...ev(id, eventTime, arrivalTime), key });
  const runEvents = (events: StreamEvent[], setup: Partial<ProcessSetup>) =>
    processType(events, arrivalOrder(events), { type: 'tumbling', size: 5, slide: 5, gap: 3, delay: 0, allowedLateness: 0, policy: 'side', ...setup });

  it('item 11: an event late for one sliding window but counted in another is not late and not side-output (after Flink’s testDropDueToLatenessSliding)', () => {
    // Windows of 3 minutes every 1, no allowed lateness. Flink's case: once the watermark is at 3, an element at 2.4 s misses
    // the window ending at 3 but is kept in the two ending at 4 and 5; after the watermark reaches 6, one at 3.001 s is dropped.
    const events = [at('a', 1, 1, 1), at('a', 2, 2, 2), at('b', 3, 3, 3), at('a', 4, 2, 4), at('b', 5, 6, 6), at('a', 6, 3, 7)];
    const r = runEvents(events, { type: 'sliding', size: 3, slide: 1 });
    const minute2Late = r.verdicts[3]!;
    expect(minute2Late).toMatchObject({ late: ['sliding:a:0'], joined: ['sliding:a:1', 'sliding:a:2'], behind: false, lost: false, outcome: 'partly-late' });
    expect(r.verdicts[5]).toMatchObject({ late: ['sliding:a:1', 'sliding:a:2', 'sliding:a:3'], joined: [], behind: true, lost: true, outcome: 'side-output' });
    // Only the event that missed every window is handed on, and only it counts as late.
    expect(r.sideOutput).toEqual([{ eventId: 6, missed: ['sliding:a:1', 'sliding:a:2', 'sliding:a:3'] }]);
    expect([r.lateEvents, r.droppedEvents]).toEqual([1, 1]);
    expect(r.windows.find((w) => w.id === 'sliding:a:1')!.eventIds).toEqual([1, 2, 4]);
  });

  // Flink's testDropDueToLatenessSessionZeroLateness, gap 3, re-timed: key a's events at 1, 2, 4, 7, 8 make one session
  // (Flink's "key2-5"); 12 makes another, which fires and is purged; then 10 arrives (dropped: its own session 10–13
  // is behind the watermark) and 14 arrives, within the gap of the purged session 12 but starting a new one.
  const sessionStream = [at('a', 1, 1, 1), at('a', 2, 2, 2), at('a', 3, 4, 3), at('a', 4, 7, 4), at('a', 5, 8, 5), at('b', 6, 12, 12), at('a', 7, 12, 13), at('b', 8, 16, 16), at('a', 9, 10, 17), at('a', 10, 14, 18), at('b', 11, 20, 20)];
  const sessionsOfA = (r: TypeResult) =>
    r.windows
      .filter((w) => w.key === 'a' && w.replacedBy === null)
      .map((w) => ({ events: [...w.eventIds].sort((x, y) => x - y), emissions: w.emissions.map((e) => [e.at, e.count, e.kind, e.trigger]) }));

  it('item 12: an event after a session fired and was purged starts a new session, as in Flink and Beam', () => {
    const r = runEvents(sessionStream, { type: 'session', policy: 'side' });
    expect(sessionsOfA(r)).toEqual([
      { events: [1, 2, 3, 4, 5], emissions: [[12, 5, 'first', 'watermark']] },
      { events: [7], emissions: [[16, 1, 'first', 'watermark']] },
      { events: [10], emissions: [[20, 1, 'first', 'watermark']] }, // minute 14: a session of its own, not late for session 12
    ]);
    expect(r.verdicts[9]).toMatchObject({ late: [], updated: [], behind: false, lost: false, outcome: 'on-time' });
    // Minute 10 at arrival 17 (watermark 16): no kept session is near it and its own ends at 13, so it is lost.
    expect(r.verdicts[8]).toMatchObject({ lateOwnSession: true, lost: true, outcome: 'side-output' });
    expect(r.sideOutput).toEqual([{ eventId: 9, missed: [] }]);
  });

  it('item 13: a session fires when the watermark passes its end (last event + gap)', () => {
    // Session {1}, gap 3, ends at 4: a watermark of 4 leaves it open (an event at 4 would still join), 5 fires it.
    const r = runEvents([at('a', 1, 1, 1), at('b', 2, 4, 4), at('b', 3, 5, 5), at('b', 4, 30, 30)], { type: 'session' });
    expect(r.windows.find((w) => w.key === 'a')!.emissions.map((e) => [e.at, e.trigger])).toEqual([[5, 'watermark']]);
  });

  it('item 13: allowed lateness keeps a fired session; late events merge into it and it fires again (after Flink’s testDropDueToLatenessSessionWithLateness)', () => {
    // Allowed lateness 2: session 12 (closes at watermark 16) keeps its state until 18. Minute 10 at watermark 16 now joins it
    // and it fires a correction at once; minute 14 stretches it past the watermark, so it waits and fires again at 20.
    const r = runEvents(sessionStream, { type: 'session', policy: 'side', allowedLateness: 2 });
    expect(sessionsOfA(r)).toEqual([
      { events: [1, 2, 3, 4, 5], emissions: [[12, 5, 'first', 'watermark']] },
      {
        events: [7, 9, 10],
        emissions: [
          [16, 1, 'first', 'watermark'],
          [17, 2, 'correction', 'late-event'],
          [20, 3, 'correction', 'watermark'],
        ],
      },
    ]);
    expect(r.verdicts[8]).toMatchObject({ updated: ['session:a:3'], behind: true, lost: false, outcome: 'corrected' });
    expect(r.sideOutput).toEqual([]);
  });

  it('item 13: allowed lateness on fixed windows: updates until the watermark reaches end + lateness, then the state is dropped (Flink docs, Beam withAllowedLateness)', () => {
    // Tumbling 5, allowed lateness 3: [0, 5) fires at watermark 6 and keeps its state while the watermark is below 8.
    const events = [at('a', 1, 1, 1), at('a', 2, 6, 6), at('a', 3, 3, 7), at('a', 4, 8, 8), at('a', 5, 4, 9)];
    const r = runEvents(events, { allowedLateness: 3 });
    expect(r.windows.find((w) => w.start === 0)!.emissions.map((e) => [e.at, e.count, e.kind, e.trigger])).toEqual([
      [6, 1, 'first', 'watermark'],
      [7, 2, 'correction', 'late-event'],
    ]);
    expect(r.verdicts[2]).toMatchObject({ updated: ['tumbling:a:0'], behind: true, lost: false, outcome: 'corrected' });
    // At watermark 8 = 5 + 3 the window is late in Flink's sense (end + allowed lateness ≤ watermark): minute 4 is lost.
    expect(r.verdicts[4]).toMatchObject({ late: ['tumbling:a:0'], lost: true, outcome: 'side-output' });
    expect([r.lateEvents, r.droppedEvents, r.corrections]).toEqual([2, 1, 1]);
    // Without allowed lateness minute 3 is lost too, and the window never changes.
    const none = runEvents(events, {});
    expect([none.droppedEvents, none.corrections, none.sideOutput.map((s) => s.eventId)]).toEqual([2, 0, [3, 5]]);
    // Allowed lateness does not delay the first result: it comes when the watermark passes the end either way.
    expect(none.windows.find((w) => w.start === 0)!.emissions[0]!.at).toBe(6);
  });

  it('item 13: passes stored before allowed lateness existed still read, as 0', () => {
    const { allowedLateness: _new, ...old } = defaultWindowsParams;
    const parsed = windowsParamsSchema.safeParse({ ...old, lateness: 5 });
    expect(parsed.success && parsed.data).toMatchObject({ lateness: 5, allowedLateness: 0 });
    // The progress store's own v2 fixture, migrated: every windows pass in it still parses under today's schema.
    const loaded = parseStored(readFileSync(join(__dirname, '../../lib/progress/fixtures/v2-stored.json'), 'utf8'));
    if (!loaded.ok) throw new Error(loaded.reason);
    const passes = Object.values(loaded.state.exercises).filter((pass) => pass.sandbox === 'windows');
    expect(passes.length).toBeGreaterThan(0);
    for (const pass of passes) expect(windowsParamsSchema.safeParse(pass.params)).toMatchObject({ success: true, data: { allowedLateness: 0 } });
  });
});
