import { describe, expect, it } from 'vitest';
import { cashTippers, twoAverages, unknownRate } from './exercises';
import { explainCodebookTrap } from './explain';
import { defaultCodebookTrapParams, type CodebookTrapResult, type Question } from './model';

const q = (id: Question['id'], naive: number, codebook: number, truth: number): Question => ({
  id,
  naive: { sql: '', value: naive, ms: 1 },
  codebook: { sql: '', value: codebook, ms: 1 },
  truth,
});
const empty = { columns: [], rows: [] };
const result: CodebookTrapResult = {
  trips: 1000,
  duckdbVersion: 'v1',
  generateMs: 1,
  loadMs: 1,
  paymentCounts: { 1: 750, 2: 200, 6: 10, 3: 16, 4: 12, 5: 12 },
  rateCounts: { 1: 930, 2: 35, 99: 20 },
  hiddenRates: { 1: 19, 2: 1 },
  questions: [q('avg-tip', 2.7, 3.6, 3.1), q('share-tipping', 69, 92, 92), q('standard-fare', 21.5, 18.4, 18.41)],
  byPayment: empty,
  byRate: empty,
  tipHistogram: [],
  sample: empty,
  reader: { sql: 'SELECT 1', table: empty, more: false, error: null, ms: 1 },
};

describe('codebook-trap exercises', () => {
  it('two averages: both to the cent pass, a swapped pair fails', () => {
    expect(twoAverages.check(result, { naive: '2.70', codebook: '3.60' }, defaultCodebookTrapParams).pass).toBe(true);
    expect(twoAverages.check(result, { naive: '3.60', codebook: '2.70' }, defaultCodebookTrapParams).pass).toBe(false);
  });
  it('cash tippers: needs the setting lowered, then the gap card − truth', () => {
    const low = { ...defaultCodebookTrapParams, cashTipPct: 40 };
    expect(cashTippers.check(result, { gap: '0.50' }, low).pass).toBe(true);
    expect(cashTippers.check(result, { gap: '-0.50' }, low).pass).toBe(false);
    expect(cashTippers.check(result, { gap: '0.50' }, defaultCodebookTrapParams).pass).toBe(false);
  });
  it('unknown rate: the exact count of 99s', () => {
    expect(unknownRate.check(result, { count: '20' }, defaultCodebookTrapParams).pass).toBe(true);
    expect(unknownRate.check(result, { count: '21' }, defaultCodebookTrapParams).pass).toBe(false);
  });
  it('explains with the run’s numbers', () => {
    const text = explainCodebookTrap(result, defaultCodebookTrapParams).join(' ');
    expect(text).toContain('$2.70');
    expect(text).toContain('$3.60');
    expect(text).toContain('75.0 %');
    expect(text).toContain('$0.50 below');
  });
});
