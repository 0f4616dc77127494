import { describe, expect, it } from 'vitest';
import { createRng } from '@/lib/random';
import { generateTrips, meteredFare, TRIP_COLUMNS, tipFraction } from './generate';
import { codebookTrapParamsSchema, defaultCodebookTrapParams, sqlLines, sqlText } from './model';

const col = (name: string) => TRIP_COLUMNS.findIndex((c) => c.name === name);

describe('the trip generator', () => {
  it('meters $3.00 plus $0.70 for each started fifth of a mile or slow minute', () => {
    expect(meteredFare(1, 0)).toBe(6.5); // 5 units
    expect(meteredFare(1, 2)).toBe(7.9); // 7 units
    expect(meteredFare(0.21, 0)).toBe(4.4); // 1.05 units: the started one counts whole
  });

  it('draws no tip at noTip = 1 and at least 10 % otherwise', () => {
    const rng = createRng(1);
    for (let i = 0; i < 200; i++) expect(tipFraction(rng, 1)).toBe(0);
    for (let i = 0; i < 200; i++) expect(tipFraction(rng, 0)).toBeGreaterThanOrEqual(0.1);
  });

  it('is the same for the same seed, records tips only for card trips, and keeps the shares within 4 standard errors', () => {
    const p = { ...defaultCodebookTrapParams, trips: 20_000 };
    const a = generateTrips(p);
    expect(generateTrips(p)).toEqual(a);
    expect(generateTrips({ ...p, seed: 43 }).columns).not.toEqual(a.columns);
    const pay = a.columns[col('payment_type')]!;
    const tip = a.columns[col('tip_amount')]!;
    for (let i = 0; i < p.trips; i++) if (pay[i] !== 1) expect(tip[i]).toBe(0);
    const n = p.trips;
    const share = (code: number) => (a.hidden.paymentCounts[code] ?? 0) / n;
    const se = (x: number) => 4 * Math.sqrt((x * (1 - x)) / n);
    expect(Math.abs(share(1) - 0.75)).toBeLessThan(se(0.75));
    expect(Math.abs(share(2) - 0.2)).toBeLessThan(se(0.2));
    expect(Math.abs((a.hidden.rateCounts[99] ?? 0) / n - 0.02)).toBeLessThan(se(0.02));
    // Totals are the sum of their parts, to the cent.
    const parts = ['fare_amount', 'extra', 'mta_tax', 'tip_amount', 'tolls_amount', 'improvement_surcharge', 'congestion_surcharge', 'airport_fee'].map(col);
    for (let i = 0; i < 500; i++) {
      const sum = parts.reduce((s, c) => s + Number(a.columns[c]![i]), 0);
      expect(Number(a.columns[col('total_amount')]![i])).toBeCloseTo(sum, 6);
    }
  }, 60_000);

  it('refuses shares over 100 % and queries that are not one SELECT', () => {
    const bad = codebookTrapParamsSchema.safeParse({ ...defaultCodebookTrapParams, cardPct: 90, cashPct: 20 });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['cashPct']);
    expect(codebookTrapParamsSchema.safeParse({ ...defaultCodebookTrapParams, sql: sqlLines('DROP TABLE trips') }).success).toBe(false);
    expect(codebookTrapParamsSchema.safeParse({ ...defaultCodebookTrapParams, sql: sqlLines('SELECT 1; SELECT 2') }).success).toBe(false);
    expect(codebookTrapParamsSchema.safeParse({ ...defaultCodebookTrapParams, sql: sqlLines('SELECT 1;') }).success).toBe(true);
    expect(codebookTrapParamsSchema.safeParse({ ...defaultCodebookTrapParams, sql: sqlLines(`SELECT ${'1,\n'.repeat(30)}1`) }).success).toBe(false);
    expect(codebookTrapParamsSchema.safeParse({ ...defaultCodebookTrapParams, sql: [{ kind: 'line', text: 'x'.repeat(201) }] }).success).toBe(false);
    expect(sqlText(sqlLines('SELECT 1\n\nFROM t\n'))).toBe('SELECT 1\n\nFROM t\n');
    expect(codebookTrapParamsSchema.safeParse(defaultCodebookTrapParams).success).toBe(true);
  });
});
