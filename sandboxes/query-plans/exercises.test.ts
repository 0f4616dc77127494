import { describe, expect, it } from 'vitest';
import { bytesSaved, clusteringCollapse, wholeTable } from './exercises';
import { explainQueryPlans } from './explain';
import { defaultQueryPlansParams, type PlanRun, type Pushdown, type QueryPlansResult } from './model';

const plan = (name: string, pushdown: Pushdown, bytesRead: number, skipped: number): PlanRun => ({
  name, pushdown, bytesRead, requests: 10, filesRead: 7, filesSkipped: 7, rowGroupsRead: 56 - skipped, rowGroupsSkippedByStats: skipped, rowGroupsInSkippedFiles: 56,
  columnsRead: 4, rowsDecoded: 1000, rowsMatched: 100, ms: 5, runsMs: [5], sameAnswer: true,
});
const off = { partitions: false, stats: false, columns: false };
/** A result with no pushdown reading 2,000,000 bytes and all three reading 100,000 (20×). */
const result = {
  plans: [
    plan('No pushdown', off, 2_000_000, 0),
    plan('Partition pruning only', { ...off, partitions: true }, 1_000_000, 0),
    plan('Row-group statistics only', { ...off, stats: true }, 600_000, 84),
    plan('Column pruning only', { ...off, columns: true }, 300_000, 0),
    plan('All three pushdowns', { partitions: true, stats: true, columns: true }, 100_000, 42),
  ],
  chosen: 4,
  files: Array.from({ length: 14 }, () => ({ path: 'p', date: '2026-03-01', bytes: 1, rowGroups: 8, groupsMatchingCarrier: 2 })),
  columnsInFile: 12,
  answer: [{ origin: 'DEN', flights: 3, delaySum: 30, meanDelay: 10 }],
  moreGroups: 0,
  duckdb: { version: 'v1', plan: '', loadMs: 1, queryMs: 1, agrees: true, mismatch: null },
} as Partial<QueryPlansResult> as QueryPlansResult;

describe('query-plans exercises', () => {
  it('bytes saved: the ratio none ÷ all three, on data sorted by airline', () => {
    expect(bytesSaved.check(result, { ratio: '20' }, defaultQueryPlansParams).pass).toBe(true);
    expect(bytesSaved.check(result, { ratio: '5' }, defaultQueryPlansParams).pass).toBe(false);
    expect(bytesSaved.check(result, { ratio: '20' }, { ...defaultQueryPlansParams, order: 'random' }).pass).toBe(false);
    expect(bytesSaved.check(result, { ratio: '20' }, defaultQueryPlansParams).feedback).toContain('column pruning');
  });
  it('clustering: the row groups all three skipped, only once the order is not by airline', () => {
    const departure = { ...defaultQueryPlansParams, order: 'departure' as const };
    expect(clusteringCollapse.check(result, { skipped: '42' }, departure).pass).toBe(true);
    expect(clusteringCollapse.check(result, { skipped: '0' }, departure).pass).toBe(false);
    expect(clusteringCollapse.check(result, { skipped: '42' }, defaultQueryPlansParams).pass).toBe(false);
  });
  it('selectivity: the percentage of bytes all three still read, with the widest query', () => {
    const wide = { ...defaultQueryPlansParams, days: 13, airlines: 8 };
    expect(wholeTable.check(result, { percent: '5' }, wide).pass).toBe(true);
    expect(wholeTable.check(result, { percent: '50' }, wide).pass).toBe(false);
    expect(wholeTable.check(result, { percent: '5' }, defaultQueryPlansParams).pass).toBe(false);
  });
  it('explains the run from its numbers', () => {
    const [first, second, third, fourth] = explainQueryPlans(result, defaultQueryPlansParams);
    expect(first).toContain('20.0× fewer bytes');
    expect(second).toContain('skipped 7 of 14 files');
    expect(second).toContain('42 of the 56 row groups');
    expect(third).toContain('statistics skipped 42 row groups');
    expect(fourth).toContain('same 1 airports');
    expect(explainQueryPlans({ ...result, chosen: 0 }, defaultQueryPlansParams)[0]).toContain('your plan is that plan');
  });
});
