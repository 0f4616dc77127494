import { describe, expect, it } from 'vitest';
import { timeRepeated } from './timing';

describe('timeRepeated', () => {
  it('keeps one pass per sample when one pass already outlasts the clock', () => {
    let clock = 0;
    const result = timeRepeated(() => 42, { repeats: 5, now: () => (clock += 5) });
    expect(result).toMatchObject({ checksum: 42, passesPerSample: 1, medianMs: 5 });
    expect(result.passMs).toHaveLength(5);
  });

  it('doubles the passes per sample until the clock moves, within the cap', () => {
    // A clock that shows 1 ms per reading whatever the work: the cap decides.
    let clock = 0;
    const result = timeRepeated(() => 1, { repeats: 3, now: () => (clock += 1), maxPasses: 64 });
    expect(result.passesPerSample).toBe(64);
    expect(result.medianMs).toBeCloseTo(1 / 64, 12);
  });

  it('is not fooled by one slow calibration sample (a GC pause)', () => {
    // The first reading pair spans 10 ms (a pause); after that a pass takes 0.01 ms.
    let clock = 0;
    let readings = 0;
    const now = () => {
      readings++;
      clock += readings === 2 ? 10 : 0.01;
      return clock;
    };
    const result = timeRepeated(() => 1, { repeats: 3, now, maxPasses: 1 << 12 });
    expect(result.passesPerSample).toBeGreaterThan(1);
  });

  it('refuses work that is not deterministic', () => {
    let n = 0;
    expect(() => timeRepeated(() => n++, { repeats: 3, now: () => 0, maxPasses: 1 })).toThrow(/different answer/);
  });

  it('reports progress once per sample', () => {
    const seen: number[] = [];
    let clock = 0;
    timeRepeated(() => 0, { repeats: 4, now: () => (clock += 10), onSample: (f) => seen.push(f) });
    expect(seen).toEqual([0.25, 0.5, 0.75, 1]);
  });
});

describe('clockResolution', () => {
  it('finds the step of a coarse clock', async () => {
    const { clockResolution } = await import('./timing');
    let t = 0;
    const clock = { now: () => Math.floor((t += 0.013) / 0.1) * 0.1 };
    expect(clockResolution(clock)).toBeCloseTo(0.1, 9);
  });
});
