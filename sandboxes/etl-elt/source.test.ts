import { describe, expect, it } from 'vitest';
import { cleanCountry } from './clean';
import { RAW_FIELDS } from './model';
import { COUNTRIES, generateSource } from './source';
import { extract, transformJs } from './transform';

const options = { rows: 20_000, seed: 5, duplicatePercent: 10, dirtyPercent: 10 };

describe('the seeded source extract', () => {
  it('is the same for the same seed and differs for another', () => {
    const a = generateSource(options);
    expect(generateSource(options).csv).toBe(a.csv);
    expect(generateSource({ ...options, seed: 6 }).csv).not.toBe(a.csv);
    expect(a.csv.startsWith(`${RAW_FIELDS.join(',')}\n`)).toBe(true);
    expect(a.lookupCsv.split('\n').filter(Boolean)).toHaveLength(COUNTRIES.length + 1);
  });

  it('holds the mess it was asked for: about the requested shares of re-sent and broken lines', () => {
    const ex = extract(generateSource(options));
    expect(ex.lines).toBe(20_000);
    const t = transformJs(ex, 'medium');
    const broken = t.dropped.order_id + t.dropped.customer_id + t.dropped.amount + t.dropped.created_at + t.dropped.test;
    // Each broken line fails exactly one rule; 10% of 20,000 is 2,000 (binomial sd ≈ 42).
    expect(broken).toBeGreaterThan(1_800);
    expect(broken).toBeLessThan(2_200);
    // A re-sent order is dropped as a duplicate unless its first copy was broken: a little under 10%.
    expect(t.dropped.duplicate).toBeGreaterThan(1_600);
    expect(t.dropped.duplicate).toBeLessThan(2_100);
    for (const reason of ['order_id', 'customer_id', 'amount', 'created_at', 'test'] as const) expect(t.dropped[reason]).toBeGreaterThan(250);
  });

  it('writes country codes many ways that clean to a few codes', () => {
    const ex = extract(generateSource(options));
    const raw = ex.raw[RAW_FIELDS.indexOf('country') + 1]!;
    const spellings = new Set(raw);
    const codes = new Set(raw.map((c) => cleanCountry(c as string | null)));
    expect(spellings.size).toBeGreaterThan(60);
    expect([...codes].filter((c) => c !== null && !COUNTRIES.some((k) => k.code === c))).toEqual(expect.arrayContaining(['XX']));
    expect(codes.size).toBeLessThanOrEqual(COUNTRIES.length + 4);
    expect(spellings).toContain('U.S.');
    expect(spellings).toContain('us');
  });

  it('with no mess asked for, the cleaning drops nothing', () => {
    const t = transformJs(extract(generateSource({ ...options, rows: 5_000, duplicatePercent: 0, dirtyPercent: 0 })), 'heavy');
    expect(t.rows).toBe(5_000);
    expect(Object.values(t.dropped).every((n) => n === 0)).toBe(true);
  });
});
