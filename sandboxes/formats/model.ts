import { z } from 'zod';

export const SANDBOX_ID = 'formats';
export const RESULTS_VERSION = 1;
/** Files are handed back for download only up to this many rows (they are copied out of the worker). */
export const MAX_DOWNLOAD_ROWS = 200_000;

export const codecs = ['UNCOMPRESSED', 'SNAPPY', 'GZIP', 'BROTLI', 'LZ4_RAW', 'ZSTD'] as const;
export type Codec = (typeof codecs)[number];

export const formatIds = ['json', 'ndjson', 'csv', 'avro', 'arrow', ...codecs.map((c) => `parquet-${c.toLowerCase()}` as const)] as const;
export type FormatId = (typeof formatIds)[number];

export const formatsParamsSchema = z.object({
  rows: z
    .number({ error: 'Enter a whole number of rows.' })
    .int('Enter a whole number of rows.')
    .min(1_000, 'Use at least 1,000 rows.')
    .max(1_000_000, 'At most 1,000,000 rows.'),
  repeats: z
    .number({ error: 'Enter a whole number of repeats.' })
    .int('Enter a whole number of repeats.')
    .min(1, 'Use at least 1 repeat.')
    .max(15, 'At most 15 repeats.'),
  seed: z.number({ error: 'Enter a whole number as the seed.' }).int('Enter a whole number as the seed.').min(0).max(4_294_967_295),
});
export type FormatsParams = z.infer<typeof formatsParamsSchema>;
export const defaultFormatsParams: FormatsParams = { rows: 10_000, repeats: 2, seed: 42 };

/** One column's fate after a round trip through a format. */
export interface FidelityFinding {
  column: string;
  changed: number;
  /** What happened, in words: "text read as a number (leading zeros lost)". */
  what: string;
  example?: { before: string; after: string };
}

export interface FormatResult {
  format: FormatId;
  label: string;
  bytes: number;
  writeMs: number;
  readMs: number;
  /** Time from the bytes to the sum of one column (price). */
  columnMs: number;
  /** How the format gets at one column: text formats parse everything, Parquet reads only that column's pages, Arrow maps columns in place. */
  columnAccess: 'parse-all' | 'column-only' | 'in-place';
  fidelity: FidelityFinding[];
  file?: Uint8Array;
}

export interface FormatsResult {
  rows: number;
  repeats: number;
  priceSum: number;
  formats: FormatResult[];
}

export interface FormatsProgress {
  format: string;
  step: 'generating' | 'writing' | 'reading' | 'column' | 'checking';
  done: number;
  total: number;
}
