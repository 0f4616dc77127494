import { describe, expect, it } from 'vitest';
import { faultsInBatch, fetchRecords, planBatch, type Rec } from './batch';

const recs = (ids: number[]): Rec[] => ids.map((id, i) => ({ p: 0, offset: i, id, replayed: false }));
const shape = (ops: ReturnType<typeof planBatch>) => ops.map((o) => (o.kind === 'commit' ? 'C' : 'W')).join('');

describe('one poll’s work', () => {
  it('orders commit and writes per mode', () => {
    const r = recs([1, 2, 3, 4]);
    expect(shape(planBatch('at-most-once', r, false, [0], [4]))).toBe('CWWWW');
    expect(shape(planBatch('at-least-once', r, false, [0], [4]))).toBe('WWWWC');
    expect(shape(planBatch('idempotent', r, false, [0], [4]))).toBe('WWWWC');
    expect(shape(planBatch('transactional', r, false, [0], [4]))).toBe('WWWWC');
    expect(shape(planBatch('auto', r, true, [0], [4]))).toBe('CWWWW');
    expect(shape(planBatch('auto', r, false, [0], [4]))).toBe('WWWW');
    // Auto-commit commits what earlier polls returned; the others commit this poll's end (the next offset to read).
    expect(planBatch('auto', r, true, [7], [11])[0]).toEqual({ kind: 'commit', to: [7] });
    expect(planBatch('at-least-once', r, false, [7], [11]).at(-1)).toEqual({ kind: 'commit', to: [11] });
  });

  it('places each crash point before the right op', () => {
    const alo = planBatch('at-least-once', recs([1, 2, 3, 4, 5]), false, [0], [5]); // WWWWWC
    const at = (point: 'before-commit' | 'after-commit' | 'before-write' | 'mid-write' | 'after-write') => faultsInBatch('at-least-once', alo, [{ kind: 'crash', batch: 1, point }]).crashAt;
    expect([at('before-write'), at('mid-write'), at('after-write'), at('before-commit'), at('after-commit')]).toEqual([0, 3, 5, 5, 6]);
    const amo = planBatch('at-most-once', recs([1, 2, 3, 4, 5]), false, [0], [5]); // CWWWWW
    expect(faultsInBatch('at-most-once', amo, [{ kind: 'crash', batch: 1, point: 'after-commit' }]).crashAt).toBe(1);
    expect(faultsInBatch('at-most-once', amo, [{ kind: 'rebalance', batch: 1 }]).evictAt).toBe(0);
  });

  it('fetches round-robin over the consumer’s partitions, at most max records', () => {
    const logs = [recs([1, 3, 5]), recs([]), recs([2, 4, 6, 8])];
    const position = [0, 0, 1];
    expect(fetchRecords(logs, position, [0, 2], 4).map((r) => r.id)).toEqual([1, 4, 3, 6]);
    expect(position).toEqual([2, 0, 3]);
  });
});
