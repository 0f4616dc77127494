import { describe, expect, it } from 'vitest';
import { runBatchStream } from './compute';
import { batchStreamExercises, calloutBusyShare, doubleWindow, streamSaturation } from './exercises';
import { batchStreamParamsSchema, defaultBatchStreamParams, type BatchStreamParams } from './model';
import { explainRun } from './explain';

const hooks = { now: () => performance.now(), progress: () => {} };
const run = (overrides: Partial<BatchStreamParams>) => {
  const params = batchStreamParamsSchema.parse({ ...defaultBatchStreamParams, ...overrides });
  return { params, result: runBatchStream(params, hooks) };
};

describe('the exercises are checked against the run', () => {
  it('have unique ids prefixed by the sandbox id, and explore settings the schema accepts', () => {
    const ids = batchStreamExercises.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of batchStreamExercises) {
      expect(e.id.startsWith('batch-stream-')).toBe(true);
      expect(batchStreamParamsSchema.safeParse({ ...defaultBatchStreamParams, ...e.explore }).success).toBe(true);
    }
  });

  it('doubling the window: about 150 s more wait, the same throughput', () => {
    const { params, result } = run({ ...doubleWindow.explore, rate: 10, duration: 3_600, costPerEventUs: 1_000 });
    // W/2 grows by 150 s; each job has 3,000 more events at 1 ms.
    expect(doubleWindow.check(result, { growth: '153', throughput: 'same' }, params)).toMatchObject({ pass: true, feedback: expect.stringContaining('Yes') });
    expect(doubleWindow.check(result, { growth: '300', throughput: 'same' }, params)).toMatchObject({ pass: false, feedback: expect.stringContaining('Not yet') });
    expect(doubleWindow.check(result, { growth: '153', throughput: 'more' }, params)).toMatchObject({ pass: false, feedback: expect.stringContaining('The wait is right') });
  });

  it('the saturation rate is 1 / (overhead + work)', () => {
    const { params, result } = run({ ...streamSaturation.explore });
    const rate = 1 / (0.005 + 0.00002); // 199.2 events/s
    expect(streamSaturation.check(result, { rate: rate.toFixed(1) }, params).pass).toBe(true);
    expect(streamSaturation.check(result, { rate: '50' }, params)).toMatchObject({ pass: false, feedback: expect.stringContaining('Not yet') });
  });

  it('the callout: 60 s of start-up every 300 s is about 20% busy', () => {
    const { params, result } = run({ ...calloutBusyShare.explore, costMode: 'fixed', costPerEventUs: 0 });
    expect(calloutBusyShare.check(result, { busy: '20' }, params).pass).toBe(true);
    expect(calloutBusyShare.check(result, { busy: '2' }, params).pass).toBe(false);
    const other = run({ batchWindow: 600, costMode: 'fixed' });
    expect(calloutBusyShare.check(other.result, { busy: '10' }, other.params)).toMatchObject({ pass: false, feedback: expect.stringContaining('Set the batch window to 300 s') });
  });
});

describe('the explanation follows the run', () => {
  it('gives the closed form when arrivals are steady and nothing queues', () => {
    const { result } = run({ costMode: 'fixed', rate: 10, duration: 1_200, costPerEventUs: 1_000 });
    const text = explainRun(result).join(' ');
    expect(text).toContain('the closed form W/2 + job time gives 3.55 min; the simulation gave 3.55 min');
    expect(text).toContain('No event waits behind another');
    expect(text).toContain('fixed mode');
  });

  it('uses the closed form with the partial last window when the run is not a whole number of windows', () => {
    const { result } = run({ costMode: 'fixed', rate: 10, duration: 1_000, batchWindow: 300, batchOverhead: 60, costPerEventUs: 1_000 });
    const batch = result.modes[0]!;
    expect(batch.latency.mean).toBeCloseTo(222.8, 6);
    const text = explainRun(result).join(' ');
    expect(text).toContain('this run is 3 full windows and a last one of 100 s');
    expect(text).toContain('the closed form gives 3.71 min; the simulation gave 3.71 min');
    expect(text).not.toContain('W/2 + job time gives 3.54 min');
  });

  it('says the queue grows when utilisation reaches 1', () => {
    const { result } = run({ costMode: 'fixed', rate: 250, duration: 600, costPerEventUs: 0, batchWindow: 300 });
    const text = explainRun(result).join(' ');
    expect(text).toMatch(/Stream: utilisation 1\.25, at or above 1, so the processor cannot keep up and the queue grows/);
    expect(text).toContain('a fresh job per window first keeps up at W = 2.00 min; at 60.0 s and below, the 60.0 s start-up alone fills the window');
  });
});
