import { describe, expect, it } from 'vitest';
import { buildTable, cellValue, lookupColumnMajor, lookupLines, lookupRowMajor, runLayout, scanColumnMajor, scanLines, scanRowMajor } from './compute';
import { columnSweep, defaultLayoutParams, layoutParamsSchema } from './model';
import { cellsTouched, smallQueryAnswer, stripOffset } from './small';

describe('the 4 × 3 table, by hand', () => {
  it('places cells in the strip', () => {
    expect(stripOffset('row', 1, 2)).toBe(5); // row 1 starts at 3
    expect(stripOffset('column', 1, 2)).toBe(9); // column 2 starts at 8
  });

  it('fetching row 2 reads 3 cells: contiguous by rows, scattered by columns', () => {
    const byRow = cellsTouched('row', { kind: 'row', row: 2 }, 8);
    const byColumn = cellsTouched('column', { kind: 'row', row: 2 }, 8);
    expect(byRow.touches.map((t) => t.offset)).toEqual([6, 7, 8]);
    expect(byColumn.touches.map((t) => t.offset)).toEqual([2, 6, 10]);
    // 8-byte cells: 8 per 64-byte line, so the 12-cell table spans lines 0 and 1.
    expect(byRow.lines).toBe(2); // cells 6, 7 | 8
    expect(byColumn.lines).toBe(2); // cells 2, 6 | 10
    // 32-byte cells (say, short strings): 2 per line.
    expect(cellsTouched('row', { kind: 'row', row: 2 }, 32).lines).toBe(2); // 6-7 | 8
    expect(cellsTouched('column', { kind: 'row', row: 2 }, 32).lines).toBe(3); // 2 | 6 | 10
  });

  it('reading the price column: scattered by rows, one run by columns', () => {
    const byRow = cellsTouched('row', { kind: 'column', column: 1 }, 32);
    const byColumn = cellsTouched('column', { kind: 'column', column: 1 }, 32);
    expect(byRow.touches.map((t) => t.offset)).toEqual([1, 4, 7, 10]);
    expect(byColumn.touches.map((t) => t.offset)).toEqual([4, 5, 6, 7]);
    expect(byRow.lines).toBe(4);
    expect(byColumn.lines).toBe(2);
  });

  it('price > 8, sum of qty: reads every price and the qty of rows 0, 2 and 3', () => {
    const query = { kind: 'filter-sum', threshold: 8 } as const;
    expect(smallQueryAnswer(query)).toEqual([3 + 1 + 8]);
    const byRow = cellsTouched('row', query, 32);
    const byColumn = cellsTouched('column', query, 32);
    expect(byRow.touches.map((t) => t.offset)).toEqual([1, 2, 4, 7, 8, 10, 11]);
    expect(byColumn.touches.map((t) => t.offset)).toEqual([4, 5, 6, 7, 8, 10, 11]);
    expect(byRow.touches).toHaveLength(7);
    expect(byRow.lines).toBe(6); // lines 0,1,2,3,4,5: every line of the table
    expect(byColumn.lines).toBe(4); // lines 2, 3, 4, 5
  });
});

describe('the scaled run', () => {
  it('builds the same table in both layouts', () => {
    const rows = 5;
    const columns = 3;
    const byRow = buildTable('row', rows, columns);
    const byColumn = buildTable('column', rows, columns);
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < columns; c++) {
        expect(byRow[r * columns + c]).toBe(cellValue(r, c));
        expect(byColumn[c * rows + r]).toBe(cellValue(r, c));
      }
    }
    expect(scanRowMajor(byRow, rows, columns)).toBe(scanColumnMajor(byColumn, rows));
    const targets = new Int32Array([4, 0, 2]);
    expect(lookupRowMajor(byRow, columns, targets)).toBe(lookupColumnMajor(byColumn, rows, columns, targets));
  });

  it('counts cache lines from addresses', () => {
    // 1,000 rows × 8 bytes = 8,000 bytes of one column = 125 lines.
    expect(scanLines('column', 1000, 16)).toBe(125);
    expect(scanLines('row', 1000, 1)).toBe(125);
    expect(scanLines('row', 1000, 2)).toBe(250); // 16-byte rows: the scan drags the whole 16,000-byte table in
    expect(scanLines('row', 1000, 8)).toBe(1000); // a 64-byte row: one line per row
    expect(scanLines('row', 1000, 64)).toBe(1000);
    expect(lookupLines('row', 1000, 8, 3)).toBe(1); // row 3 = bytes 192..255, one line
    expect(lookupLines('row', 1000, 6, 1)).toBe(2); // bytes 48..95 straddle a line boundary
    expect(lookupLines('column', 1000, 8, 3)).toBe(8);
  });

  it('runs a small sweep, and both layouts give the same answers', () => {
    let clock = 0;
    const result = runLayout(
      { ...defaultLayoutParams, rows: 2000, maxColumns: 8, lookups: 100, repeats: 3 },
      { now: () => (clock += 5), progress: () => {} },
    );
    expect(result.sweep.map((s) => s.columns)).toEqual([1, 2, 4, 8]);
    for (const step of result.sweep) expect(step.row.checksum).toBe(step.column.checksum);
    expect(result.sweep[3]!.row.scanLines).toBe(2000);
    expect(result.sweep[3]!.column.scanLines).toBe(250);
  });

  it('refuses sizes that would not fit before allocating anything', () => {
    const tooBig = layoutParamsSchema.safeParse({ ...defaultLayoutParams, rows: 4_000_000, maxColumns: 64 });
    expect(tooBig.success).toBe(false);
    expect(tooBig.error?.issues[0]?.message).toMatch(/1953 MiB for one layout/);
    expect(layoutParamsSchema.safeParse({ ...defaultLayoutParams, rows: 0 }).success).toBe(false);
    expect(layoutParamsSchema.safeParse({ ...defaultLayoutParams, maxColumns: 3 }).success).toBe(false);
    expect(layoutParamsSchema.safeParse(defaultLayoutParams).success).toBe(true);
    expect(columnSweep(64)).toEqual([1, 2, 4, 8, 16, 32, 64]);
  });
});
