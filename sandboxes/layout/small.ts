import { CACHE_LINE_BYTES, smallTable, type Layout, type SmallQuery } from './model';

export interface CellTouch {
  row: number;
  column: number;
  /** Position of the cell in the 1-D strip (0–11). */
  offset: number;
  /** Which cache line the cell falls in. */
  line: number;
}

const ROWS = smallTable.rows.length;
const COLUMNS = smallTable.columns.length;

/** Where cell (row, column) sits in the strip for a layout. */
export function stripOffset(layout: Layout, row: number, column: number, rows = ROWS, columns = COLUMNS): number {
  return layout === 'row' ? row * columns + column : column * rows + row;
}

/** The cells a query reads, in the order it reads them, and the cache lines that brings in. */
export function cellsTouched(layout: Layout, query: SmallQuery, cellBytes: number): { touches: CellTouch[]; lines: number } {
  const cellsPerLine = Math.max(1, Math.floor(CACHE_LINE_BYTES / cellBytes));
  const touch = (row: number, column: number): CellTouch => {
    const offset = stripOffset(layout, row, column);
    return { row, column, offset, line: Math.floor(offset / cellsPerLine) };
  };
  const touches: CellTouch[] = [];
  if (query.kind === 'row') for (let c = 0; c < COLUMNS; c++) touches.push(touch(query.row, c));
  else if (query.kind === 'column') for (let r = 0; r < ROWS; r++) touches.push(touch(r, query.column));
  else {
    // A row-at-a-time executor: read the price, and the quantity only when the price passes.
    if (layout === 'row') {
      for (let r = 0; r < ROWS; r++) {
        touches.push(touch(r, 1));
        if ((smallTable.rows[r]![1] as number) > query.threshold) touches.push(touch(r, 2));
      }
    } else {
      // A columnar executor: scan the price column first, then fetch the matching quantities.
      const passing: number[] = [];
      for (let r = 0; r < ROWS; r++) {
        touches.push(touch(r, 1));
        if ((smallTable.rows[r]![1] as number) > query.threshold) passing.push(r);
      }
      for (const r of passing) touches.push(touch(r, 2));
    }
  }
  return { touches, lines: new Set(touches.map((t) => t.line)).size };
}

export function smallQueryAnswer(query: SmallQuery): number[] {
  if (query.kind === 'row') return [...smallTable.rows[query.row]!];
  if (query.kind === 'column') return smallTable.rows.map((row) => row[query.column] as number);
  return [smallTable.rows.filter((row) => row[1] > query.threshold).reduce((sum, row) => sum + row[2], 0)];
}
