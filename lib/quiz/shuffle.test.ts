import { describe, expect, it } from 'vitest';
import { firstSeed, newSeed, optionOrder, shuffled } from './shuffle';

describe('option order per attempt', () => {
  it('is a permutation of the four options, the same for the same seed and question', () => {
    const order = optionOrder(7, 'sources-cdc');
    expect([...order].sort()).toEqual([0, 1, 2, 3]);
    expect(optionOrder(7, 'sources-cdc')).toEqual(order);
  });

  it('puts the first option as written at every shown position across seeds', () => {
    const where = new Set<number>();
    for (let seed = 0; seed < 200; seed++) where.add(optionOrder(seed, 'q').indexOf(0));
    expect([...where].sort()).toEqual([0, 1, 2, 3]);
  });

  it('differs between questions of one attempt', () => {
    const orders = new Set(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((id) => optionOrder(99, id).join()));
    expect(orders.size).toBeGreaterThan(1);
  });

  it('shuffles a list reproducibly and keeps every item', () => {
    expect(shuffled(5, ['x', 'y', 'z']).sort()).toEqual(['x', 'y', 'z']);
    expect(shuffled(5, [1, 2, 3, 4, 5])).toEqual(shuffled(5, [1, 2, 3, 4, 5]));
    const seed = newSeed();
    expect(Number.isInteger(seed) && seed >= 0 && seed <= 0xffffffff).toBe(true);
  });

  it('gives each form one first-attempt seed, different between forms', () => {
    expect(firstSeed('ingestion', 'sources', 'pre')).toBe(firstSeed('ingestion', 'sources', 'pre'));
    expect(firstSeed('ingestion', 'sources', 'pre')).not.toBe(firstSeed('ingestion', 'sources', 'post'));
  });
});
