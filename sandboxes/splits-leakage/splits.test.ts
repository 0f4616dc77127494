import { describe, expect, it } from 'vitest';
import type { Row } from './model';
import { dedupe, groupSplit, overlapOf, randomSplit, timeSplit } from './splits';

const row = (id: number, user: number, day: number): Row => ({ id, user, day, x1: 0, x2: 0, pastPositives: 0, windowPositives: 0, y: 0 });

// Users 1, 2, 3; row id 4 is copied (indices 4 and 5).
const hand: Row[] = [row(0, 1, 0), row(1, 2, 1), row(2, 1, 2), row(3, 3, 3), row(4, 2, 4), row(4, 2, 4), row(6, 3, 5)];

describe('split logic on a hand dataset', () => {
  it('counts the users and the copies on both sides', () => {
    // Train: users 1, 2 (one copy of id 4); validate: users 1, 2, 3 (the other copy of id 4).
    const overlap = overlapOf(hand, { train: [0, 1, 4], validate: [2, 3, 5, 6] });
    expect(overlap).toEqual({ usersTrain: 2, usersValidate: 3, usersBoth: 2, validateRowsSeenUser: 2, duplicatesAcross: 1 });
  });

  it('a time split never puts a row on or after the cut in training', () => {
    const split = timeSplit(hand, 3);
    expect(split).toEqual({ train: [0, 1, 2], validate: [3, 4, 5, 6] });
    const big = Array.from({ length: 500 }, (_, i) => row(i, i % 37, (i * 7919) % 90));
    const s = timeSplit(big, 60);
    const lastTrain = Math.max(...s.train.map((i) => big[i]!.day));
    const firstValidate = Math.min(...s.validate.map((i) => big[i]!.day));
    expect(lastTrain).toBeLessThan(firstValidate);
  });

  it('a group split puts no user on both sides and keeps every row', () => {
    const big = Array.from({ length: 2000 }, (_, i) => row(i, (i * 31) % 101, i % 50));
    const split = groupSplit(big, 5);
    expect(overlapOf(big, split).usersBoth).toBe(0);
    expect(overlapOf(big, split).usersValidate).toBe(20); // a fifth of 101 users, rounded
    expect(split.train.length + split.validate.length).toBe(big.length);
  });

  it('a random split takes a fifth of the rows and repeats with its seed', () => {
    const big = Array.from({ length: 1000 }, (_, i) => row(i, i % 10, i % 30));
    const split = randomSplit(big, 9);
    expect(split.validate).toHaveLength(200);
    expect(randomSplit(big, 9)).toEqual(split);
    expect(overlapOf(big, split).usersBoth).toBe(10); // 100 rows per user: every user lands on both sides
  });

  it('dedupe keeps one row per id', () => {
    expect(dedupe(hand).map((r) => r.id)).toEqual([0, 1, 2, 3, 4, 6]);
  });
});
