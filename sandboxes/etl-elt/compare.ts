import type { ColumnData, ColumnSpec, Row } from '@/lib/engines/sql';
import type { TableMatch } from './model';

type Value = number | string | null;

/** Nulls last, then numbers by value, text by code unit: the order SQL's ORDER BY … NULLS LAST gives ASCII text. */
export function compareValues(a: Value, b: Value): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const [x, y] = [String(a), String(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Row indices of a column table, sorted by every column in turn. */
export function sortedOrder(data: ColumnData): number[] {
  const n = data[0]?.length ?? 0;
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => {
    for (const column of data) {
      const c = compareValues(column[a] ?? null, column[b] ?? null);
      if (c !== 0) return c;
    }
    return 0;
  });
  return order;
}

/** ORDER BY every column, as SQL: the order in which a table is read back to compare. */
export function orderByAll(columns: readonly ColumnSpec[]): string {
  return columns.map((c) => `${c.name} NULLS LAST`).join(', ');
}

/** Two floats agree when they differ by at most a millionth of a cent's worth, absolute or relative. */
export function floatsAgree(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-6 + 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

/**
 * Compares rows read back from a warehouse, chunk by chunk in order, with the expected rows (the
 * transform's own output, in the same order). Text and integers must be equal; floats may differ by
 * rounding (a warehouse may add a running total in another order). Stops at the first difference.
 */
export class OrderedComparison {
  private readonly order: number[];
  private position = 0;
  private maxFloatDiff = 0;
  private mismatch: string | null = null;

  constructor(
    private readonly expected: ColumnData,
    private readonly columns: readonly ColumnSpec[],
  ) {
    this.order = sortedOrder(expected);
  }

  get done(): boolean {
    return this.mismatch !== null;
  }

  feed(rows: readonly Row[]): void {
    for (const row of rows) {
      if (this.mismatch) return;
      if (this.position >= this.order.length) {
        this.mismatch = `the warehouse has more than the ${this.order.length.toLocaleString('en-US')} rows expected`;
        return;
      }
      const i = this.order[this.position]!;
      for (let c = 0; c < this.columns.length; c++) {
        const spec = this.columns[c]!;
        const want = this.expected[c]![i] ?? null;
        const got = row[spec.name] ?? null;
        const same =
          spec.type === 'float' && typeof want === 'number' && typeof got === 'number' ? floatsAgree(want, got) : want === got;
        if (spec.type === 'float' && typeof want === 'number' && typeof got === 'number') this.maxFloatDiff = Math.max(this.maxFloatDiff, Math.abs(want - got));
        if (!same) {
          this.mismatch = `row ${(this.position + 1).toLocaleString('en-US')} in order, column ${spec.name}: expected ${JSON.stringify(want)}, found ${JSON.stringify(got)}`;
          return;
        }
      }
      this.position++;
    }
  }

  finish(): TableMatch {
    if (!this.mismatch && this.position < this.order.length)
      this.mismatch = `the warehouse has ${this.position.toLocaleString('en-US')} rows, ${this.order.length.toLocaleString('en-US')} expected`;
    return { equal: this.mismatch === null, rowsCompared: this.position, maxFloatDiff: this.maxFloatDiff, mismatch: this.mismatch };
  }
}

/** Compares two small answers (e.g. revenue per channel) row by row, floats within the same tolerance. */
export function compareAnswers(expected: readonly Row[], actual: readonly Row[], columns: readonly ColumnSpec[]): TableMatch {
  const data = columns.map((c) => expected.map((r) => r[c.name] ?? null));
  const cmp = new OrderedComparison(data, columns);
  cmp.feed(actual);
  return cmp.finish();
}
