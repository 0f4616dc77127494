import { describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '@/lib/engines/node';
import { runQualityGates } from './compute';
import { defaultQualityGatesParams, qualityGatesParamsSchema, type Fault, type QualityGatesParams } from './model';

const hooks = { now: () => performance.now(), progress: () => {} };
/** Small runs: 4 days of about 300 requests, one fault on day 3. */
const run = (fault: Fault['kind'], p: Partial<QualityGatesParams> = {}) =>
  runQualityGates({ ...defaultQualityGatesParams, days: 4, rows: 300, faults: [{ kind: fault, day: 3 }], ...p }, openNodeDuckDB, hooks);
const T = 120_000;

describe('which gate stops which fault', () => {
  it('a renamed column: the schema check at ingestion; past it, not_null; past that, the shift at use', async () => {
    expect((await run('rename')).days[2]!.stoppedBy).toBe('schema');
    const past = await run('rename', { ingest: 'warn' });
    expect(past.days[2]!.stoppedBy).toBe('not_null');
    expect(past.days[2]!.checks.find((c) => c.check === 'not_null')!.failing).toBe(past.days[2]!.pulled);
    const through = await run('rename', { ingest: 'warn', transform: 'warn' });
    expect(through.days[2]!.stoppedBy).toBe('shift_mix');
    expect(through.days[2]!.readers).toBe('broken');
  }, T);

  it('a duplicated batch passes ingestion and fails unique with one extra row per request; write-audit-publish keeps the last good version', async () => {
    const r = await run('duplicate');
    const day = r.days[2]!;
    expect(day.checks.filter((c) => c.check.match(/schema|row_count|freshness/)).every((c) => c.passed)).toBe(true);
    expect(day.stoppedBy).toBe('unique');
    expect(day.checks.find((c) => c.check === 'unique')!.failing).toBe(day.pulled);
    expect(day.readers).toBe('stale');
    expect(day.latestDay).toBe(2);
    expect(day.compare.rows).toBe(0);
    // The next run backfills day 3, and the table ends right.
    expect(r.days[3]!.backfilled).toEqual([3]);
    expect(r.final.every((d) => d.extra === 0 && d.missing === 0 && d.wrong === 0)).toBe(true);
    // Had it slipped through, the request count would be exactly double.
    expect(r.faults[0]!.slipped).toEqual({ metric: 'requests', error: 1 });
  }, T);

  it('written in place, the same failing test leaves readers the broken day', async () => {
    const day = (await run('duplicate', { publish: 'in-place' })).days[2]!;
    expect(day.stoppedBy).toBe('unique');
    expect(day.readers).toBe('broken');
    expect(day.compare.extra).toBe(day.pulled);
  }, T);

  it('quarantine sets the second copies aside and publishes one of each', async () => {
    const r = await run('duplicate', { transform: 'quarantine' });
    expect(r.days[2]!.quarantined).toBe(r.days[2]!.pulled);
    expect(r.days[2]!.readers).toBe('fresh');
    expect(r.days[2]!.errors.requests).toBe(0);
  }, T);

  it('an empty pull fails the row count; a unit change passes every check before use', async () => {
    expect((await run('empty')).days[2]!.stoppedBy).toBe('row_count');
    const unit = await run('unit');
    expect(unit.days[2]!.checks.filter((c) => !c.passed).map((c) => c.check)).toEqual(['shift_hours']);
    expect(unit.faults[0]!.slipped!.metric).toBe('meanHours');
    expect(unit.faults[0]!.slipped!.error).toBeCloseTo(59, 6);
  }, T);

  it('late data warned through is a partial day, made whole by the next pull', async () => {
    const r = await run('late', { ingest: 'warn' });
    expect(r.days[2]!.checks.find((c) => !c.passed)?.check).toBe('freshness');
    expect(r.days[2]!.readers).toBe('partial');
    expect(r.days[2]!.errors.requests).toBeLessThan(-0.2);
    expect(r.final[2]).toMatchObject({ missing: 0, extra: 0, wrong: 0 });
  }, T);

  it('the cost “had it slipped through” is what a run with every gate warning reports', async () => {
    const faults: Fault[] = [
      { kind: 'nulls', day: 2 },
      { kind: 'agency', day: 3 },
      { kind: 'borough', day: 4 },
    ];
    const gated = await runQualityGates({ ...defaultQualityGatesParams, days: 4, rows: 300, faults }, openNodeDuckDB, hooks);
    const open = await runQualityGates({ ...defaultQualityGatesParams, days: 4, rows: 300, faults, ingest: 'warn', transform: 'warn', use: 'warn' }, openNodeDuckDB, hooks);
    for (const d of [1, 2, 3]) expect(gated.days[d]!.slipped).toEqual(open.days[d]!.errors);
    expect(gated.days.map((d) => d.stoppedBy)).toEqual([null, 'not_null', 'relationships', 'accepted_values']);
  }, T);
});

describe('settings', () => {
  it('refuses a fault on a day the run does not have', () => {
    const bad = qualityGatesParamsSchema.safeParse({ ...defaultQualityGatesParams, days: 5, faults: [{ kind: 'empty', day: 9 }] });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toContain('no day 9');
  });
});
