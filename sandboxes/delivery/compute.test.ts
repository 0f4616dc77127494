import { describe, expect, it } from 'vitest';
import { computeDelivery, decimate, MAX_POINTS } from './compute';
import { defaultDeliveryParams, deliveryParamsSchema, modes } from './model';

const hooks = { now: () => 0, progress: () => {} };

describe('delivery compute', () => {
  it('runs every mode on the same faults, the chosen one in full, and reports progress to the end', () => {
    const seen: number[] = [];
    const result = computeDelivery(defaultDeliveryParams, { now: () => 0, progress: (p) => seen.push(p.done / p.total) });
    expect(result.rows.map((r) => r.mode)).toEqual([...modes]);
    expect(seen.at(-1)).toBe(1);
    for (const row of result.rows) expect(row.once + row.duplicated + row.lost + row.dlq + row.dropped).toBe(defaultDeliveryParams.messages);
    const chosen = result.rows.find((r) => r.mode === result.mode)!;
    expect(chosen.once).toBe(result.reconciliation.once);
    expect(result.lag.length).toBeLessThanOrEqual(MAX_POINTS);
  });

  it('with the defaults, the effectively-once modes deliver everything once and at least once duplicates what the crashes had in flight', () => {
    const result = computeDelivery(defaultDeliveryParams, hooks);
    const row = (m: string) => result.rows.find((r) => r.mode === m)!;
    expect(row('idempotent').once).toBe(1000);
    expect(row('at-least-once').lost).toBe(0);
    expect(row('at-least-once').extraRows).toBeGreaterThan(0);
    expect(row('at-most-once').lost).toBeGreaterThan(0);
    expect(result.inFlight).toBeGreaterThan(0);
  });

  it('keeps the peak when it thins the lag series out', () => {
    const points = Array.from({ length: 1000 }, (_, i) => ({ t: i, lag: i === 517 ? 99 : 1, produced: i, rows: i, dlq: 0 }));
    const thin = decimate(points, 100);
    expect(thin).toHaveLength(100);
    expect(Math.max(...thin.map((p) => p.lag))).toBe(99);
    expect(thin.at(-1)!.t).toBe(999);
  });

  it('refuses settings out of range, each with its own message', () => {
    expect(deliveryParamsSchema.safeParse(defaultDeliveryParams).success).toBe(true);
    const refusal = (over: object) => deliveryParamsSchema.safeParse({ ...defaultDeliveryParams, ...over }).error?.issues[0]?.message;
    expect(refusal({ consumers: 3, partitions: 2 })).toMatch(/one owner/);
    expect(refusal({ backoffCapMs: 5, backoffMs: 10 })).toMatch(/cap/);
    expect(refusal({ faults: [{ kind: 'poison', message: 5000 }] })).toMatch(/no m-5000/);
    expect(refusal({ maxPollRecords: 501 })).toMatch(/500/);
    expect(refusal({ faults: [{ kind: 'crash', batch: 0, point: 'mid-write' }] })).toMatch(/numbered from 1/);
    expect(refusal({ seed: -1 })).toMatch(/0 or more/);
  });
});
