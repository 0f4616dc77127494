import { z } from 'zod';

export const SANDBOX_ID = 'layout';
export const RESULTS_VERSION = 1;
export const CACHE_LINE_BYTES = 64;
export const FLOAT64_BYTES = 8;

export type Layout = 'row' | 'column';

// ---------- The small view: the chapter figure's 4 × 3 table ----------

export const smallTable = {
  columns: ['id', 'price', 'qty'] as const,
  rows: [
    [1, 12, 3],
    [2, 7, 5],
    [3, 25, 1],
    [4, 9, 8],
  ] as const,
};

export const smallQuerySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('row'), row: z.number().int().min(0).max(3) }),
  z.object({ kind: z.literal('column'), column: z.number().int().min(0).max(2) }),
  /** WHERE price > threshold, SUM(qty): read every price, then qty only where the filter passes. */
  z.object({ kind: z.literal('filter-sum'), threshold: z.number() }),
]);
export type SmallQuery = z.infer<typeof smallQuerySchema>;

// ---------- The scaled run ----------

/** The largest buffer one layout may take; each layout is built, measured and dropped in turn. */
export const MAX_BUFFER_BYTES = 768 * 1024 * 1024;

export const layoutParamsSchema = z
  .object({
    rows: z
      .number({ error: 'Enter a whole number of rows.' })
      .int('Enter a whole number of rows.')
      .min(1_000, 'Use at least 1,000 rows.')
      .max(4_000_000, 'At most 4,000,000 rows.'),
    maxColumns: z.union([z.literal(1), z.literal(2), z.literal(4), z.literal(8), z.literal(16), z.literal(32), z.literal(64)], {
      error: 'Choose 1, 2, 4, 8, 16, 32 or 64 columns.',
    }),
    lookups: z
      .number({ error: 'Enter a whole number of lookups.' })
      .int('Enter a whole number of lookups.')
      .min(100, 'Use at least 100 lookups.')
      .max(1_000_000, 'At most 1,000,000 lookups.'),
    repeats: z
      .number({ error: 'Enter a whole number of repeats.' })
      .int('Enter a whole number of repeats.')
      .min(3, 'Use at least 3 repeats so the median means something.')
      .max(25, 'At most 25 repeats.'),
    seed: z.number({ error: 'Enter a whole number as the seed.' }).int('Enter a whole number as the seed.').min(0).max(4_294_967_295),
  })
  .superRefine((params, context) => {
    const bytes = params.rows * params.maxColumns * FLOAT64_BYTES;
    if (bytes > MAX_BUFFER_BYTES) {
      context.addIssue({
        code: 'custom',
        path: ['rows'],
        message: `${params.rows.toLocaleString('en-US')} rows × ${params.maxColumns} columns × 8 bytes is ${(bytes / 2 ** 20).toFixed(0)} MiB for one layout, over the ${MAX_BUFFER_BYTES / 2 ** 20} MiB this sandbox allocates. Use fewer rows or fewer columns.`,
      });
    }
  });
export type LayoutParams = z.infer<typeof layoutParamsSchema>;

/** A quarter of a million rows: 128 MB at 64 columns, far past any CPU cache, yet a first result in a few seconds. */
export const defaultLayoutParams: LayoutParams = { rows: 250_000, maxColumns: 64, lookups: 10_000, repeats: 5, seed: 42 };

/** The column counts measured: powers of two up to the chosen maximum. */
export function columnSweep(maxColumns: number): number[] {
  const out: number[] = [];
  for (let m = 1; m <= maxColumns; m *= 2) out.push(m);
  return out;
}

export interface LayoutMeasurement {
  layout: Layout;
  /** Median ms to sum one column over every row. */
  scanMs: number;
  scanSpreadMs: [number, number];
  /** Median ns per point lookup (reading every column of one row). */
  lookupNs: number;
  /** Cache lines the scan and one lookup touch, counted from the layout's addresses. */
  scanLines: number;
  lookupLines: number;
  /** Useful bytes of the scan per second (8 bytes × rows / time). */
  scanGBps: number;
  checksum: number;
}

export interface ColumnCountResult {
  columns: number;
  rowBytes: number;
  row: LayoutMeasurement;
  column: LayoutMeasurement;
}

export interface LayoutResult {
  rows: number;
  lookups: number;
  repeats: number;
  sweep: ColumnCountResult[];
}

export interface LayoutProgress {
  columns: number;
  layout: Layout;
  phase: 'building' | 'measuring';
  fraction: number;
}
