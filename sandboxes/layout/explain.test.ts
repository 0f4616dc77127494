import { describe, expect, it } from 'vitest';
import { explainScan, scanShape } from './explain';
import { firstFiveTimes, lookupWinner } from './exercises';
import { defaultLayoutParams } from './model';
import type { LayoutMeasurement, LayoutResult } from './model';

const measurement = (layout: 'row' | 'column', scanMs: number, lookupNs: number, lookupLines: number): LayoutMeasurement => ({
  layout,
  scanMs,
  scanSpreadMs: [scanMs, scanMs],
  lookupNs,
  scanLines: 0,
  lookupLines,
  scanGBps: 1,
  checksum: 0,
});

/** A result whose column-scan lead is given per column count. */
function resultWithLeads(leads: number[]): LayoutResult {
  return {
    rows: 1000,
    lookups: 100,
    repeats: 3,
    sweep: leads.map((lead, i) => {
      const columns = 2 ** i;
      return { columns, rowBytes: columns * 8, row: measure('row', lead, 10, 1), column: measure('column', 1, 10 * columns, columns) };
    }),
  };
  function measure(layout: 'row' | 'column', scanMs: number, lookupNs: number, lines: number) {
    return measurement(layout, scanMs, lookupNs, lines);
  }
}

describe('the explanation follows the measurement', () => {
  it('sees a plateau once a row fills a line', () => {
    const result = resultWithLeads([1, 1.4, 2.5, 5.5, 6, 6.2, 6.1]);
    expect(scanShape(result)).toMatchObject({ lineFillColumns: 8, leadAtLineFill: 5.5, keptGrowing: false });
    expect(explainScan(result).join(' ')).toMatch(/stayed near 6\.1×/);
  });

  it('says so when the lead kept growing, and names the prefetcher', () => {
    const result = resultWithLeads([1, 1.5, 3, 6, 12, 14, 15]);
    expect(scanShape(result).keptGrowing).toBe(true);
    expect(explainScan(result).join(' ')).toMatch(/climbed further, reaching 15× at 64 columns.*prefetcher/);
  });

  it('calls a dip after the line fills noise, and says what the lookups showed', () => {
    const text = explainScan(resultWithLeads([1, 1.5, 3, 4.7, 10.5, 6.5, 15.7])).join(' ');
    expect(text).toMatch(/fell at 32 columns/);
    expect(text).toMatch(/Row-major won, as the line counts suggest/);
  });

  it('asks for more columns when the sweep stops before a row fills a line', () => {
    expect(explainScan(resultWithLeads([1, 1.3])).join(' ')).toMatch(/at least 8 columns/);
  });
});

describe('exercises are checked against the reader’s own result', () => {
  const result = resultWithLeads([1, 1.4, 2.5, 5.5, 6, 6.2, 6.1]);

  it('first column count with a 5× lead', () => {
    expect(firstFiveTimes.check(result, { columns: '8' }, defaultLayoutParams).pass).toBe(true);
    expect(firstFiveTimes.check(result, { columns: '16' }, defaultLayoutParams).pass).toBe(false);
    expect(firstFiveTimes.check(resultWithLeads([1, 2, 3]), { columns: '0' }, defaultLayoutParams).pass).toBe(true);
  });

  it('lookup winner and factor within 25%', () => {
    // At 64 columns: row 10 ns, column 640 ns: row-major wins 64×.
    expect(lookupWinner.check(result, { layout: 'row', factor: '60' }, defaultLayoutParams).pass).toBe(true);
    expect(lookupWinner.check(result, { layout: 'row', factor: '30' }, defaultLayoutParams).pass).toBe(false);
    expect(lookupWinner.check(result, { layout: 'column', factor: '64' }, defaultLayoutParams).pass).toBe(false);
  });
});

describe('the 1-column baseline is described honestly', () => {
  it('calls equal times equal, and a gap a gap that is not the layout', () => {
    expect(explainScan(resultWithLeads([1.05, 2]))[0]).toMatch(/about the same time/);
    expect(explainScan(resultWithLeads([0.5, 2]))[0]).toMatch(/took 2\.0× as long/);
    expect(explainScan(resultWithLeads([1.8, 2]))[0]).toMatch(/took 1\.8× as long as the other.*not from the layout/);
  });
});
