import { beforeAll, describe, expect, it } from 'vitest';
import { nodeEnv } from '@/lib/engines/node';
import { askQuestions, runCodebookTrap } from './compute';
import { defaultCodebookTrapParams } from './model';
import { runReaderQuery } from './queries';

const env = nodeEnv();
const open = () => env.engines.duckdb();
beforeAll(() => env.engines.preload('duckdb'), 120_000);
const hooks = { now: () => performance.now(), progress: () => undefined };

describe('the questions on a hand table (the chapter’s ten trips)', () => {
  it('averages tips naively to 1.80 and over card trips to 3.00; 60 % against 100 % tipping', async () => {
    const db = await open();
    try {
      // 6 card trips with tips 2.00, 3.00, 2.50, 4.00, 3.50, 3.00; 4 cash trips recorded with tip 0.
      const tips = [2, 3, 2.5, 4, 3.5, 3, 0, 0, 0, 0];
      const payment = [1, 1, 1, 1, 1, 1, 2, 2, 2, 2];
      // Fares: standard trips at 10 and 20, one JFK flat fare (70), one 99 (unknown rate) at 40, one voided standard trip at 3.
      const rate = [1, 1, 1, 1, 2, 99, 1, 1, 1, 1];
      const fare = [10, 20, 10, 20, 70, 40, 10, 20, 10, 20];
      payment[9] = 6;
      fare[9] = 3;
      db.load('trips', [
        { name: 'payment_type', type: 'int' },
        { name: 'tip_amount', type: 'float' },
        { name: 'RatecodeID', type: 'int' },
        { name: 'fare_amount', type: 'float' },
      ], [payment, tips, rate, fare]);
      const q = Object.fromEntries(askQuestions(db, { 'avg-tip': 0, 'share-tipping': 0, 'standard-fare': 0 }, hooks.now).map((x) => [x.id, x]));
      expect(q['avg-tip']!.naive.value).toBeCloseTo(1.8, 10);
      expect(q['avg-tip']!.codebook.value).toBeCloseTo(3.0, 10);
      expect(q['share-tipping']!.naive.value).toBeCloseTo(60, 10);
      expect(q['share-tipping']!.codebook.value).toBeCloseTo(100, 10);
      // Naive: (10+20+10+20+70+40+10+20+10+3)/10 = 21.3; standard, not voided: (10+20+10+20+10+20+10)/7 = 100/7.
      expect(q['standard-fare']!.naive.value).toBeCloseTo(21.3, 10);
      expect(q['standard-fare']!.codebook.value).toBeCloseTo(100 / 7, 10);
    } finally {
      db.close();
    }
  });

  it('runs the reader’s SELECT inside a LIMIT and reports DuckDB’s message for a bad one', async () => {
    const db = await open();
    try {
      db.load('trips', [{ name: 'x', type: 'int' }], [Array.from({ length: 50 }, (_, i) => i)]);
      const ok = runReaderQuery(db, 'SELECT x FROM trips ORDER BY x;', hooks.now);
      expect(ok.table?.rows).toHaveLength(20);
      expect(ok.more).toBe(true);
      const bad = runReaderQuery(db, 'SELECT nope FROM trips', hooks.now);
      expect(bad.table).toBeNull();
      expect(bad.error).toMatch(/nope/);
    } finally {
      db.close();
    }
  });
});

describe('a generated month on DuckDB', () => {
  it('gives naive = card-only × card share exactly, and a card-only answer near the truth when cash riders tip alike', async () => {
    const params = { ...defaultCodebookTrapParams, trips: 40_000 };
    const r = await runCodebookTrap(params, open, hooks);
    const q = Object.fromEntries(r.questions.map((x) => [x.id, x]));
    const card = r.paymentCounts[1]!;
    // Every tip outside payment_type 1 is recorded as 0, so the naive mean is the card mean scaled by the card share.
    expect(q['avg-tip']!.naive.value!).toBeCloseTo((q['avg-tip']!.codebook.value! * card) / r.trips, 8);
    expect(q['share-tipping']!.naive.value!).toBeCloseTo((q['share-tipping']!.codebook.value! * card) / r.trips, 8);
    expect(Math.abs(q['avg-tip']!.codebook.value! - q['avg-tip']!.truth) / q['avg-tip']!.truth).toBeLessThan(0.03);
    // 8 % of card riders tip nothing: the card-only share is near 92 %, the naive one near 0.75 × 92 %.
    expect(q['share-tipping']!.codebook.value!).toBeGreaterThan(90);
    expect(q['share-tipping']!.codebook.value!).toBeLessThan(94);
    expect(q['standard-fare']!.naive.value!).toBeGreaterThan(q['standard-fare']!.codebook.value!);
    expect(Math.abs(q['standard-fare']!.codebook.value! - q['standard-fare']!.truth) / q['standard-fare']!.truth).toBeLessThan(0.02);
    expect(r.sample.rows).toHaveLength(8);
    expect(String(r.sample.rows[0]![r.sample.columns.indexOf('tpep_pickup_datetime')])).toMatch(/^2023-06-01 /);
    expect(r.reader.error).toBeNull();
    expect(r.tipHistogram.reduce((s, b) => s + b.cash, 0)).toBe(r.paymentCounts[2]);
    expect(r.tipHistogram[0]!.cash).toBe(r.paymentCounts[2]);
  }, 60_000);

  it('shows the card-only answer is about card riders only: when cash riders tip half as much, the truth is lower', async () => {
    const r = await runCodebookTrap({ ...defaultCodebookTrapParams, trips: 20_000, cashTipPct: 50 }, open, hooks);
    const tip = r.questions.find((x) => x.id === 'avg-tip')!;
    expect(tip.truth).toBeLessThan(tip.codebook.value! * 0.95);
    expect(tip.truth).toBeGreaterThan(tip.naive.value!);
  }, 60_000);
});
