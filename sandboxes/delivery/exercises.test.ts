import { describe, expect, it } from 'vitest';
import { computeDelivery } from './compute';
import { deliveryExercises } from './exercises';
import { explainRun } from './explain';
import { countOf } from './ledger';
import { defaultDeliveryParams, type DeliveryParams } from './model';

const hooks = { now: () => 0, progress: () => {} };
const runWith = (over: Partial<DeliveryParams>) => {
  const params = { ...defaultDeliveryParams, ...over };
  return { params, result: computeDelivery(params, hooks) };
};

describe('delivery exercises', () => {
  it('have unique ids with the sandbox prefix', () => {
    const ids = deliveryExercises.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id.startsWith('delivery-')).toBe(true);
  });

  it('in flight: one crash after the last write of a full poll duplicates max.poll.records messages', () => {
    const exercise = deliveryExercises.find((e) => e.id === 'delivery-in-flight')!;
    const { params, result } = runWith(exercise.explore!);
    expect(countOf(result.reconciliation.duplicated)).toBe(params.maxPollRecords);
    expect(exercise.check(result, { duplicated: String(params.maxPollRecords) }, params).pass).toBe(true);
    expect(exercise.check(result, { duplicated: '19' }, params).pass).toBe(false);
  });

  it('lost ids: the count and the smallest id under at most once', () => {
    const exercise = deliveryExercises.find((e) => e.id === 'delivery-lost-ids')!;
    const { params, result } = runWith(exercise.explore!);
    const lost = result.reconciliation.lost;
    expect(countOf(lost)).toBeGreaterThan(0);
    expect(exercise.check(result, { lost: String(countOf(lost)), first: String(lost.ids[0]) }, params).pass).toBe(true);
    expect(exercise.check(result, { lost: String(countOf(lost)), first: '1' }, params).pass).toBe(false);
  });

  it('dropped: the producer drops what a full buffer cannot hold', () => {
    const exercise = deliveryExercises.find((e) => e.id === 'delivery-dropped')!;
    const { params, result } = runWith(exercise.explore!);
    const dropped = countOf(result.reconciliation.dropped);
    expect(dropped).toBeGreaterThan(0);
    expect(exercise.check(result, { dropped: String(dropped) }, params).pass).toBe(true);
    const blocked = runWith({});
    expect(exercise.check(blocked.result, { dropped: '0' }, blocked.params).pass).toBe(false);
  });

  it('the explanation states the verdict and the closed form from the run', () => {
    const { params, result } = runWith({});
    const lines = explainRun(result, params);
    expect(lines[0]).toContain(`${result.reconciliation.once} reached the sink exactly once`);
    expect(lines[1]).toContain(`${result.inFlight} records written but not committed`);
  });
});
