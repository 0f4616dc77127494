import { describe, expect, it } from 'vitest';
import { lookbackExercise, marginExercise, tiesExercise } from './exercises';
import { explainIncrementalLoads } from './explain';
import { defaultIncrementalLoadsParams, strategies, type DayResult, type IncrementalLoadsResult, type StrategyDay, type StrategyId } from './model';

const ok: StrategyDay = { read: 10, alreadyHeld: 0, from: null, missing: 0, stale: 0, softKept: 0, hardKept: 0 };
const day = (n: number, over: Partial<Record<StrategyId, Partial<StrategyDay>>> = {}): DayResult => ({
  day: n,
  at: n * 1440,
  changes: { inserts: 10, updates: 0, softDeletes: 0, hardDeletes: 0, lateCommits: 0, skewed: 0 },
  sourceRows: 10 * n,
  liveRows: 10 * n,
  byStrategy: { full: { ...ok, ...over.full }, gt: { ...ok, ...over.gt }, ge: { ...ok, ...over.ge }, overlap: { ...ok, ...over.overlap }, lookback: { ...ok, ...over.lookback } },
});
const result = (days: DayResult[]): IncrementalLoadsResult => ({
  days,
  summaries: strategies.map((strategy) => ({ strategy, totalRead: strategy === 'full' ? 100 : 40, totalAlreadyHeld: 5, wrongAtEnd: 0, firstWrongDay: null, examples: [], moreExamples: 0, lastQuery: '' })),
  skippedChanges: 0,
  engines: { sqlite: '3', duckdb: '1' },
});
const params = defaultIncrementalLoadsParams;

describe('incremental-loads exercises', () => {
  it('ties: both numbers from day 4, and a run too short is told so', () => {
    const r = result([day(1), day(2), day(3), day(4, { gt: { missing: 5 }, ge: { alreadyHeld: 21 } })]);
    expect(tiesExercise.check(r, { missing: '5', held: '21' }, params).pass).toBe(true);
    expect(tiesExercise.check(r, { missing: '0', held: '21' }, params).pass).toBe(false);
    expect(tiesExercise.check(r, { missing: '5', held: '20' }, params).pass).toBe(false);
    expect(tiesExercise.check(result([day(1), day(2)]), { missing: '5', held: '21' }, params).feedback).toBe('Run at least 4 days.');
  });

  it('margin: the run’s own margin, a skewed clock kept, and nothing missed by the margin copy', () => {
    const r = result([day(1), day(2, { overlap: { hardKept: 6 } })]);
    expect(marginExercise.check(r, { margin: '90' }, { ...params, margin: 90 }).pass).toBe(true);
    expect(marginExercise.check(r, { margin: '60' }, { ...params, margin: 90 }).pass).toBe(false);
    expect(marginExercise.check(r, { margin: '90' }, { ...params, margin: 90, changes: [] }).pass).toBe(false);
    const missed = result([day(1), day(2, { overlap: { missing: 3 } })]);
    expect(marginExercise.check(missed, { margin: '60' }, params).pass).toBe(false);
  });

  it('lookback: shorter than the change period, and the stale count of the last day', () => {
    const r = result([day(1), day(2, { lookback: { stale: 42 } })]);
    const short = { ...params, lookback: 3 };
    expect(lookbackExercise.check(r, { stale: '42' }, short).pass).toBe(true);
    expect(lookbackExercise.check(r, { stale: '41' }, short).pass).toBe(false);
    expect(lookbackExercise.check(r, { stale: '42' }, params).pass).toBe(false);
  });

  it('the explanation says when nothing broke and names the cost range', () => {
    const sentences = explainIncrementalLoads(result([day(1), day(2)]), { ...params, days: 2 });
    expect(sentences[0]).toContain('20 rows (20 live)');
    expect(sentences[1]).toMatch(/^No incremental copy was ever wrong/);
    expect(sentences[2]).toContain('40%');
  });
});
