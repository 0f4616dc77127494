import { describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '@/lib/engines/node';
import { runQualityGates } from './compute';
import { explainRun } from './explain';
import { costOfSlipping, qualityGatesExercises, quarantineCost, renamedColumn, writeFirst } from './exercises';
import { defaultQualityGatesParams, qualityGatesParamsSchema, type QualityGatesParams } from './model';

const hooks = { now: () => 0, progress: () => {} };
const run = async (explore: Partial<QualityGatesParams> | undefined) => {
  const params = qualityGatesParamsSchema.parse({ ...defaultQualityGatesParams, rows: 300, ...explore });
  return { params, result: await runQualityGates(params, openNodeDuckDB, hooks) };
};
const T = 120_000;

describe('the exercises are checked against the run', () => {
  it('have unique ids prefixed by the sandbox id, and explore settings the schema accepts', () => {
    const ids = qualityGatesExercises.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of qualityGatesExercises) {
      expect(e.id.startsWith('quality-gates-')).toBe(true);
      expect(qualityGatesParamsSchema.safeParse({ ...defaultQualityGatesParams, ...e.explore }).success).toBe(true);
    }
  });

  it('renamed column: not_null stops it once ingestion only warns', async () => {
    const { params, result } = await run(renamedColumn.explore);
    const day = result.days[2]!;
    expect(renamedColumn.check(result, { check: 'not_null', rows: String(day.pulled) }, params).pass).toBe(true);
    expect(renamedColumn.check(result, { check: 'schema', rows: String(day.pulled) }, params).pass).toBe(false);
    expect(renamedColumn.check(result, { check: 'not_null', rows: '1' }, params)).toMatchObject({ pass: false, feedback: expect.stringContaining('The check is right') });
    expect(explainRun(result, params).join(' ')).toContain('not_null');
  }, T);

  it('write first: in place, the duplicated batch, the unit change and the burst of nulls reach readers', async () => {
    const { params, result } = await run(writeFirst.explore);
    expect(result.days.filter((d) => d.readers === 'broken').map((d) => d.day)).toEqual([5, 10, 12]);
    expect(writeFirst.check(result, { broken: '3' }, params).pass).toBe(true);
    expect(writeFirst.check(result, { broken: '1' }, params).pass).toBe(false);
    expect(explainRun(result, params).join(' ')).toContain('already in the table');
    const wap = await run({});
    expect(wap.result.days.filter((d) => d.readers === 'broken').map((d) => d.day)).toEqual([10]);
    expect(writeFirst.check(wap.result, { broken: '1' }, wap.params).pass).toBe(false);
  }, T);

  it('cost of slipping: +100% requests on the duplicated day, +5,900% hours on the unit change', async () => {
    const { params, result } = await run(costOfSlipping.explore);
    expect(costOfSlipping.check(result, { requests: '100', hours: '5900' }, params).pass).toBe(true);
    expect(costOfSlipping.check(result, { requests: '50', hours: '5900' }, params).pass).toBe(false);
  }, T);

  it('quarantine: the burst’s rows set aside, and the count short by as many', async () => {
    const { params, result } = await run(quarantineCost.explore);
    const day = result.days[11]!;
    expect(day.quarantined).toBeGreaterThan(0);
    expect(day.truth.requests! * (1 + day.errors.requests!)).toBeCloseTo(day.truth.requests! - day.quarantined, 6);
    const answer = { rows: String(day.quarantined), requests: (100 * day.errors.requests!).toFixed(1) };
    expect(quarantineCost.check(result, answer, params).pass).toBe(true);
  }, T);
});
