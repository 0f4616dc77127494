import { describe, expect, it } from 'vitest';
import { generateOps, minuteOfDay, type Op } from './changes';
import { changesByDay } from './compute';
import { formatTime, niceTicks } from './labels';
import { DAY, defaultIncrementalLoadsParams, incrementalLoadsParamsSchema, type IncrementalLoadsParams } from './model';

const base: IncrementalLoadsParams = { ...defaultIncrementalLoadsParams, days: 6, inserts: 50, updates: 20, changes: [] };

/** Each row's creation time, from its insert. */
const created = (ops: readonly Op[]) => new Map(ops.filter((o) => o.kind === 'insert').map((o) => [o.id, o.time]));

describe('the source’s changes', () => {
  it('are the same for the same settings and seed, and differ for another seed', () => {
    expect(generateOps(base)).toEqual(generateOps(base));
    expect(generateOps({ ...base, seed: 7 }).ops).not.toEqual(generateOps(base).ops);
  });

  it('come in commit order; ids follow creation time; each day gets its inserts', () => {
    const { ops } = generateOps(base);
    for (let i = 1; i < ops.length; i++) expect(ops[i]!.commit).toBeGreaterThanOrEqual(ops[i - 1]!.commit);
    const inserts = ops.filter((o) => o.kind === 'insert').sort((a, b) => a.id - b.id);
    expect(inserts).toHaveLength(6 * 50);
    for (let i = 1; i < inserts.length; i++) expect(inserts[i]!.time).toBeGreaterThanOrEqual(inserts[i - 1]!.time);
    expect(changesByDay(ops, 6).map((d) => d.inserts)).toEqual([50, 50, 50, 50, 50, 50]);
  });

  it('update only committed, live rows created within the days rows keep changing', () => {
    const { ops } = generateOps({ ...base, changeDays: 2 });
    const born = created(ops);
    const live = new Set<number>();
    for (const o of ops) {
      if (o.kind === 'insert') live.add(o.id);
      else {
        expect(live.has(o.id)).toBe(true);
        expect(o.time - born.get(o.id)!).toBeLessThanOrEqual(2 * DAY);
        if (o.kind !== 'update') live.delete(o.id);
      }
    }
  });

  it('a batch is stamped at its minute and commits after its delay; an old-row update picks rows at least that old', () => {
    const changes = [
      { kind: 'batch', day: 2, at: '23:30', rows: 4, delay: 45 },
      { kind: 'update', day: 5, rows: 10, age: 3 },
    ] as const;
    const { ops } = generateOps({ ...base, changes: [...changes] });
    const batch = ops.filter((o) => o.kind === 'insert' && o.commit !== o.time);
    expect(batch).toHaveLength(4);
    for (const o of batch) expect(o).toMatchObject({ stamp: DAY + minuteOfDay('23:30'), time: DAY + 1410, commit: DAY + 1455, skew: 0 });
    expect(changesByDay(ops, 6)[1]!.lateCommits).toBe(4);
    const born = created(ops);
    const old = ops.filter((o) => o.kind === 'update' && o.time - born.get(o.id)! >= 3 * DAY && o.time >= 4 * DAY);
    expect(old.length).toBeGreaterThanOrEqual(10);
  });

  it('a clock step sets writer B off from its day: about half the random changes after it are stamped off', () => {
    const { ops } = generateOps({ ...base, changes: [{ kind: 'skew', day: 3, minutes: -90 }] });
    expect(ops.filter((o) => o.time < 2 * DAY).every((o) => o.skew === 0 && o.stamp === o.time)).toBe(true);
    const after = ops.filter((o) => o.time >= 2 * DAY);
    const skewed = after.filter((o) => o.skew === -90 && o.stamp === o.time - 90);
    expect(skewed.length / after.length).toBeGreaterThan(0.4);
    expect(skewed.length / after.length).toBeLessThan(0.6);
  });

  it('the schema refuses a step after the last day, a bad time and a negative delay, naming the step', () => {
    const bad = incrementalLoadsParamsSchema.safeParse({ ...base, changes: [{ kind: 'insert', day: 9, rows: 1 }] });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toBe('Day 9 is after the run’s last day (6).');
    const time = incrementalLoadsParamsSchema.safeParse({ ...base, changes: [{ kind: 'batch', day: 2, at: '24:10', rows: 1, delay: 0 }] });
    expect(time.error?.issues[0]?.message).toMatch(/HH:MM/);
    const delay = incrementalLoadsParamsSchema.safeParse({ ...base, changes: [{ kind: 'batch', day: 2, at: '10:10', rows: 1, delay: -1 }] });
    expect(delay.error?.issues[0]?.message).toBe('A delay cannot be negative.');
    expect(incrementalLoadsParamsSchema.safeParse(defaultIncrementalLoadsParams).success).toBe(true);
  });
});

describe('labels', () => {
  it('times read as day and clock; a skewed stamp before day 1 is day 0', () => {
    expect(formatTime(4319)).toBe('day 3, 23:59');
    expect(formatTime(DAY * 3 + 1)).toBe('day 4, 00:01');
    expect(formatTime(-60)).toBe('day 0, 23:00');
  });
  it('the y axis ends on a round number at or above the largest value', () => {
    expect(niceTicks(5)).toEqual([0, 2, 4, 6]);
    expect(niceTicks(2827)).toEqual([0, 1000, 2000, 3000]);
    expect(niceTicks(0)).toEqual([0, 1]);
    expect(niceTicks(1)).toEqual([0, 1]);
  });
});
