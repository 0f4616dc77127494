import { createRng } from '@/lib/random';
import { timeRepeated } from '@/lib/timing';
import {
  CACHE_LINE_BYTES,
  columnSweep,
  FLOAT64_BYTES,
  type ColumnCountResult,
  type Layout,
  type LayoutMeasurement,
  type LayoutParams,
  type LayoutProgress,
  type LayoutResult,
} from './model';

/** Cell (r, c) holds a multiple of 1/8, so sums of millions of them stay exact in float64. */
export const cellValue = (row: number, column: number) => ((row * 31 + column * 17) % 1000) * 0.125;

export function buildTable(layout: Layout, rows: number, columns: number): Float64Array {
  const buffer = new Float64Array(rows * columns);
  if (layout === 'row') {
    for (let r = 0; r < rows; r++) for (let c = 0; c < columns; c++) buffer[r * columns + c] = cellValue(r, c);
  } else {
    for (let c = 0; c < columns; c++) for (let r = 0; r < rows; r++) buffer[c * rows + r] = cellValue(r, c);
  }
  return buffer;
}

// One function per layout and access, so each loop stays monomorphic for the JIT.
export function scanRowMajor(buffer: Float64Array, rows: number, columns: number): number {
  let sum = 0;
  for (let r = 0, i = 0; r < rows; r++, i += columns) sum += buffer[i] as number;
  return sum;
}

export function scanColumnMajor(buffer: Float64Array, rows: number): number {
  let sum = 0;
  for (let r = 0; r < rows; r++) sum += buffer[r] as number;
  return sum;
}

export function lookupRowMajor(buffer: Float64Array, columns: number, targets: Int32Array): number {
  let sum = 0;
  for (let k = 0; k < targets.length; k++) {
    const base = (targets[k] as number) * columns;
    for (let c = 0; c < columns; c++) sum += buffer[base + c] as number;
  }
  return sum;
}

export function lookupColumnMajor(buffer: Float64Array, rows: number, columns: number, targets: Int32Array): number {
  let sum = 0;
  for (let k = 0; k < targets.length; k++) {
    const r = targets[k] as number;
    for (let c = 0, i = r; c < columns; c++, i += rows) sum += buffer[i] as number;
  }
  return sum;
}

const lineOf = (byteOffset: number) => Math.floor(byteOffset / CACHE_LINE_BYTES);

/** Distinct 64-byte lines holding column 0 of every row (the buffer starts on a line boundary). */
export function scanLines(layout: Layout, rows: number, columns: number): number {
  if (layout === 'column' || columns === 1) return lineOf(rows * FLOAT64_BYTES - 1) + 1;
  const stride = columns * FLOAT64_BYTES;
  if (stride >= CACHE_LINE_BYTES) return rows; // every row's first cell sits in a line of its own
  return lineOf((rows - 1) * stride) + 1; // rows share lines: the scan pulls in the whole table
}

/** Lines touched reading every column of row `row`. */
export function lookupLines(layout: Layout, rows: number, columns: number, row: number): number {
  if (layout === 'row') {
    const start = row * columns * FLOAT64_BYTES;
    return lineOf(start + columns * FLOAT64_BYTES - 1) - lineOf(start) + 1;
  }
  const lines = new Set<number>();
  for (let c = 0; c < columns; c++) lines.add(lineOf((c * rows + row) * FLOAT64_BYTES));
  return lines.size;
}

export interface LayoutHooks {
  now(): number;
  progress(progress: LayoutProgress): void;
}

function measure(layout: Layout, rows: number, columns: number, targets: Int32Array, params: LayoutParams, hooks: LayoutHooks): LayoutMeasurement {
  hooks.progress({ columns, layout, phase: 'building', fraction: 0 });
  const buffer = buildTable(layout, rows, columns);
  const samples = params.repeats * 2;
  let done = 0;
  const onSample = () => hooks.progress({ columns, layout, phase: 'measuring', fraction: ++done / samples });

  const scan =
    layout === 'row'
      ? timeRepeated(() => scanRowMajor(buffer, rows, columns), { repeats: params.repeats, now: hooks.now, onSample })
      : timeRepeated(() => scanColumnMajor(buffer, rows), { repeats: params.repeats, now: hooks.now, onSample });
  const lookup =
    layout === 'row'
      ? timeRepeated(() => lookupRowMajor(buffer, columns, targets), { repeats: params.repeats, now: hooks.now, onSample })
      : timeRepeated(() => lookupColumnMajor(buffer, rows, columns, targets), { repeats: params.repeats, now: hooks.now, onSample });

  let lookupLineTotal = 0;
  for (let k = 0; k < targets.length; k++) lookupLineTotal += lookupLines(layout, rows, columns, targets[k] as number);

  return {
    layout,
    scanMs: scan.medianMs,
    scanSpreadMs: [scan.minMs, scan.maxMs],
    lookupNs: (lookup.medianMs * 1e6) / targets.length,
    scanLines: scanLines(layout, rows, columns),
    lookupLines: lookupLineTotal / targets.length,
    scanGBps: scan.medianMs > 0 ? (rows * FLOAT64_BYTES) / (scan.medianMs / 1000) / 1e9 : Number.POSITIVE_INFINITY,
    checksum: scan.checksum + lookup.checksum,
  };
}

/** Measures both layouts at every column count of the sweep; each buffer is dropped before the next. */
export function runLayout(params: LayoutParams, hooks: LayoutHooks): LayoutResult {
  const rng = createRng(params.seed);
  const targets = new Int32Array(params.lookups);
  for (let k = 0; k < targets.length; k++) targets[k] = rng.int(0, params.rows - 1);

  const sweep: ColumnCountResult[] = columnSweep(params.maxColumns).map((columns) => {
    const row = measure('row', params.rows, columns, targets, params, hooks);
    const column = measure('column', params.rows, columns, targets, params, hooks);
    if (row.checksum !== column.checksum) throw new Error(`The two layouts disagree at ${columns} columns: the tables differ.`);
    return { columns, rowBytes: columns * FLOAT64_BYTES, row, column };
  });
  return { rows: params.rows, lookups: params.lookups, repeats: params.repeats, sweep };
}
