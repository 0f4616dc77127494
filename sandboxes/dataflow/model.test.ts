import { describe, expect, it } from 'vitest';
import { dataflowParamsSchema, defaultDataflowParams, type DataflowParams } from './model';

/** The message the schema gives for one field, as the view shows it beside that control. */
function refusal(overrides: Record<string, unknown>): Partial<Record<keyof DataflowParams, string>> {
  const parsed = dataflowParamsSchema.safeParse({ ...defaultDataflowParams, ...overrides });
  if (parsed.success) return {};
  const out: Partial<Record<keyof DataflowParams, string>> = {};
  for (const issue of parsed.error.issues) out[issue.path[0] as keyof DataflowParams] ??= issue.message;
  return out;
}

describe('the dataflow settings', () => {
  it('accept the defaults', () => {
    expect(dataflowParamsSchema.parse(defaultDataflowParams)).toEqual(defaultDataflowParams);
  });

  it('refuse a chain of 0 hops, and more than 10', () => {
    expect(refusal({ hops: 0 }).hops).toBe('A chain needs at least 1 hop.');
    expect(refusal({ hops: 11 }).hops).toBe('At most 10 hops.');
    expect(refusal({ hops: 2.5 }).hops).toBe('Enter a whole number of hops.');
  });

  it('refuse a failure rate above 1 or below 0, and say how to write 1 %', () => {
    expect(refusal({ failureRate: 1.5 }).failureRate).toMatch(/at most 1 .*For 1 %, enter 0.01/);
    expect(refusal({ failureRate: -0.1 }).failureRate).toMatch(/0 or more/);
    expect(refusal({ failureRate: 1 })).toEqual({});
  });

  it('refuse an outage that ends after the run, or starts after it', () => {
    expect(refusal({ runSec: 60, outageStartSec: 50, outageSec: 20 }).outageSec).toBe('The outage must end by the end of the run: 50 s + 20 s is past the 60 s run.');
    expect(refusal({ runSec: 60, outageStartSec: 70, outageSec: 0 }).outageStartSec).toBe('The outage must start within the 60 s run.');
    expect(refusal({ runSec: 60, outageStartSec: 40, outageSec: 20 })).toEqual({});
  });

  it('refuse a timeout shorter than a hop, which would fail every call', () => {
    expect(refusal({ hopLatencyMs: 50, timeoutMs: 20 }).timeoutMs).toMatch(/at least the per-hop latency \(50 ms\)/);
  });

  it('refuse runs too large to simulate, with a lower limit while the sweep is on', () => {
    expect(refusal({ requestRate: 1000, runSec: 600, sweep: false }).requestRate).toMatch(/600,000 requests; at most 100,000/);
    expect(refusal({ requestRate: 200, runSec: 120, sweep: true }).requestRate).toMatch(/24,000 requests; at most 20,000 with the sweep on/);
    expect(refusal({ requestRate: 200, runSec: 120, sweep: false })).toEqual({});
  });

  it('refuse text, empty fields and unknown choices with a message', () => {
    expect(refusal({ requestRate: Number.NaN }).requestRate).toBe('Enter a number for the request rate.');
    expect(refusal({ mode: 'carrier-pigeon' }).mode).toMatch(/Choose all three modes/);
    expect(refusal({ latencyShape: 'lognormal' }).latencyShape).toMatch(/fixed, exponential or slow tail/);
    expect(refusal({ consumerRate: 0 }).consumerRate).toBe('The consumer handles at least 1 message per second.');
  });
});
