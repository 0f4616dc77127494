import { describe, expect, it } from 'vitest';
import { runWindows } from './compute';
import { mergeSessions, safeLateness, slidingCount, windowsExercises } from './exercises';
import { explainRun } from './explain';
import { defaultWindowsParams, windowsParamsSchema, type WindowsParams } from './model';

const run = (overrides: Partial<WindowsParams>) => {
  const params = windowsParamsSchema.parse({ ...defaultWindowsParams, ...overrides });
  return { params, result: runWindows(params) };
};

describe('the exercises are checked against the run', () => {
  it('have unique ids prefixed by the sandbox id, and explore settings the schema accepts', () => {
    const ids = windowsExercises.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of windowsExercises) {
      expect(e.id.startsWith('windows-')).toBe(true);
      expect(e.deterministic).toBe(true);
      expect(windowsParamsSchema.safeParse({ ...defaultWindowsParams, ...e.explore }).success).toBe(true);
    }
  });

  it('safe lateness: the smallest lateness and the delay it adds', () => {
    const { params, result } = run({ ...safeLateness.explore });
    const { lateness, addedDelay } = result.safeLateness;
    expect(lateness).toBeGreaterThan(0); // the default stream has stragglers
    expect(addedDelay).not.toBeNull();
    const right = { lateness: String(lateness), added: addedDelay!.toFixed(1) };
    expect(safeLateness.check(result, right, params)).toMatchObject({ pass: true, feedback: expect.stringContaining('Yes') });
    expect(safeLateness.check(result, { ...right, lateness: String(lateness - 1) }, params)).toMatchObject({ pass: false, feedback: expect.stringContaining('still arrives after') });
    expect(safeLateness.check(result, { ...right, lateness: String(lateness + 1) }, params)).toMatchObject({ pass: false, feedback: expect.stringContaining('a smaller delay') });
    expect(safeLateness.check(result, { ...right, added: String(addedDelay! + 10) }, params)).toMatchObject({ pass: false, feedback: expect.stringContaining('The watermark delay is right') });
  });

  it('merging sessions: a gap of 5 on the chapter’s stream', () => {
    const { params, result } = run({ ...mergeSessions.explore });
    expect(mergeSessions.check(result, { gap: '5' }, params).pass).toBe(true);
    expect(mergeSessions.check(result, { gap: '4' }, params)).toMatchObject({ pass: false, feedback: expect.stringContaining('still ends the first one') });
    expect(mergeSessions.check(result, { gap: '6' }, params)).toMatchObject({ pass: false, feedback: expect.stringContaining('smaller gap') });
    // With the gap already at 5, the first two sessions are {1 … 10} and {17}: 7 merges them.
    const wider = run({ stream: 'chapter', gap: 5 });
    expect(mergeSessions.check(wider.result, { gap: '7' }, wider.params).pass).toBe(true);
  });

  it('sliding count: 10 / 2 = 5', () => {
    const { params, result } = run({ ...slidingCount.explore, lateness: 60 });
    expect(result.types.sliding.meanWindowsPerEvent).toBe(5);
    expect(slidingCount.check(result, { count: '5' }, params).pass).toBe(true);
    expect(slidingCount.check(result, { count: '10' }, params).pass).toBe(false);
    const uneven = run({ size: 10, slide: 3 });
    expect(slidingCount.check(uneven.result, { count: '3' }, uneven.params)).toMatchObject({ pass: false, feedback: expect.stringContaining('does not divide') });
  });
});

describe('the explanation follows the run', () => {
  it('counts, policies and the chapter note', () => {
    const { params, result } = run({ stream: 'chapter', size: 5, slide: 5, lateness: 0, policy: 'update', edits: [{ kind: 'move', event: 2, time: 3, arrival: 13 }] });
    const text = explainRun(result, params).join(' ');
    expect(text).toContain('6 events on 1 key; 1 event arrived after an event with a later event time');
    expect(text).toContain('the counts add up to 6, the 6 events counted');
    expect(text).toContain('1 event arrived after the watermark had passed the end of their tumbling window');
    expect(text).toContain('emitted a correction (1 correction in all)');
    expect(text).toContain('the sliding windows include those that start before minute 0');
  });
});
