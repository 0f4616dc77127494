import { describe, expect, it } from 'vitest';
import { runDataflow } from './compute';
import { busOvertakes, dataflowExercises, hopsBelow95, medianAtZero, outageAbsorbed } from './exercises';
import { dataflowParamsSchema, defaultDataflowParams, type DataflowParams, type DataflowResult } from './model';

/** A run at the exercise's suggested settings, smaller than the defaults so the tests stay quick. */
function runAt(explore: Partial<DataflowParams>, overrides: Partial<DataflowParams> = {}): { params: DataflowParams; result: DataflowResult } {
  const params = dataflowParamsSchema.parse({ ...defaultDataflowParams, requestRate: 60, runSec: 100, outageStartSec: 30, outageSec: 5, ...explore, ...overrides });
  return { params, result: runDataflow(params) };
}

describe('the dataflow exercises', () => {
  it('have unique ids prefixed with the sandbox id, and are deterministic (the simulation is seeded)', () => {
    const ids = dataflowExercises.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const exercise of dataflowExercises) {
      expect(exercise.id.startsWith('dataflow-')).toBe(true);
      expect(exercise.deterministic).toBe(true);
      expect(dataflowParamsSchema.safeParse({ ...defaultDataflowParams, ...exercise.explore }).success).toBe(true);
    }
  });

  describe('how many hops at 1 % before success falls below 95 %', () => {
    const { params, result } = runAt(hopsBelow95.explore!);

    it('passes 6, the answer of the rule (0.99⁵ ≈ 95.1 %, 0.99⁶ ≈ 94.1 %)', () => {
      const verdict = hopsBelow95.check(result, { hops: '6' }, params);
      expect(verdict.pass, verdict.feedback).toBe(true);
      expect(verdict.feedback).toMatch(/^Yes: 6 hops/);
    });

    it('refuses 5 and 4 with a pointer to the table', () => {
      for (const wrong of ['4', '10']) {
        const verdict = hopsBelow95.check(result, { hops: wrong }, params);
        if (result.sweep!.hops.find((h) => 1 - h.errorRate < 0.95)!.hops === Number(wrong)) continue; // a noisy run may measure it there
        expect(verdict).toMatchObject({ pass: false, feedback: expect.stringContaining('success, measured') });
      }
    });

    it('asks for the right settings when the run had others', () => {
      expect(hopsBelow95.check(result, { hops: '6' }, { ...params, failureRate: 0.02 })).toMatchObject({ pass: false, feedback: expect.stringContaining('0.01') });
    });
  });

  describe('where the bus overtakes a 5-hop chain', () => {
    const { params, result } = runAt(busOvertakes.explore!);
    const change = result.sweep!.crossovers.find((c) => c.a === 'rpc')!.changes.find((c) => c.leader === 'bus')!;

    it('has a crossover to find at these settings (the outage makes the bus miss some requests)', () => {
      expect(result.sweep!.crossovers[0]!.atStart).toBe('rpc');
      expect(change.toRate).toBeGreaterThan(0);
    });

    it('passes the first swept rate at which the bus leads, or any rate back to the last where the chain did', () => {
      for (const answer of [change.toRate, change.fromRate, change.estimate]) {
        const verdict = busOvertakes.check(result, { rate: String(answer * 100) }, params);
        expect(verdict.pass, verdict.feedback).toBe(true);
      }
    });

    it('refuses rates on either side, saying which way to look', () => {
      const next = result.sweep!.rows.find((r) => r.failureRate > change.toRate)!.failureRate;
      expect(busOvertakes.check(result, { rate: String(next * 100) }, params)).toMatchObject({ pass: false, feedback: expect.stringContaining('lower rate') });
      expect(busOvertakes.check(result, { rate: '0' }, params)).toMatchObject({ pass: false, feedback: expect.stringContaining('further down') });
    });

    it('expects 0 when the bus leads from the start: with no outage and a tight deadline it never misses', () => {
      const noOutage = runAt(busOvertakes.explore!, { outageSec: 0, hopLatencyMs: 100, timeoutMs: 1000, deadlineMs: 450, requestRate: 20, runSec: 30 });
      expect(busOvertakes.check(noOutage.result, { rate: '0' }, noOutage.params).pass).toBe(true);
      expect(busOvertakes.check(noOutage.result, { rate: '2' }, noOutage.params).pass).toBe(false);
    });
  });

  describe('how long an outage the bus absorbs', () => {
    const { params, result } = runAt(outageAbsorbed.explore!, { sweep: false });

    it('passes the retention itself, citing the run’s own losses', () => {
      const verdict = outageAbsorbed.check(result, { seconds: '20' }, params);
      expect(verdict.pass).toBe(true);
      expect(verdict.feedback).toMatch(/a 25 s outage against 20 s of retention lost [\d,]+ messages \(λ × \(outage − retention\) ≈ 300\)/);
      expect(result.runs[0]!.lost).toBeGreaterThan(200);
    });

    it('does not offer λ × (outage − retention) as the prediction when the consumer is slower than the arrivals', () => {
      // 60 arrive per second, the consumer handles 50: after the restart the backlog never shrinks and keeps expiring.
      const slow = runAt(outageAbsorbed.explore!, { sweep: false, consumerRate: 50 });
      const lost = slow.result.runs[0]!.lost;
      expect(slow.result.bus!.predictedLost).toBe(300);
      expect(lost).toBeGreaterThan(2 * 300);
      const verdict = outageAbsorbed.check(slow.result, { seconds: '20' }, slow.params);
      expect(verdict.feedback).toContain('≈ 300 is only a floor here: the consumer handles 50.0 per second, not more than the 60 arriving');
      expect(verdict.feedback).toContain('That holds while the consumer’s capacity exceeds the arrival rate'.replace('’', "'"));
    });

    it('refuses the outage length or half the retention', () => {
      expect(outageAbsorbed.check(result, { seconds: '25' }, params).pass).toBe(false);
      expect(outageAbsorbed.check(result, { seconds: '10' }, params).pass).toBe(false);
    });
  });

  describe('the fastest median at zero failures', () => {
    const { params, result } = runAt(medianAtZero.explore!, { sweep: false });
    const ranked = [...result.runs].sort((a, b) => a.endToEnd!.p50 - b.endToEnd!.p50);
    const gap = ranked[1]!.endToEnd!.p50 - ranked[0]!.endToEnd!.p50;

    it('passes the fastest mode with its lead', () => {
      const verdict = medianAtZero.check(result, { mode: ranked[0]!.mode, gap: gap.toFixed(1) }, params);
      expect(verdict.pass, verdict.feedback).toBe(true);
    });

    it('refuses another mode, or a wrong gap', () => {
      expect(medianAtZero.check(result, { mode: ranked[2]!.mode, gap: gap.toFixed(1) }, params).pass).toBe(false);
      expect(medianAtZero.check(result, { mode: ranked[0]!.mode, gap: String(gap * 3 + 5) }, params)).toMatchObject({ pass: false, feedback: expect.stringContaining('mode is right') });
    });
  });
});
