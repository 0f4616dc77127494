import { z } from 'zod';
import { MAX_ACTION_TEXT, scriptSchema } from '@/lib/sandbox/params';

export const SANDBOX_ID = 'codebook-trap';
/** Bump it when a result or the params change shape, so old runs are not compared with new ones. */
export const RESULTS_VERSION = 1;

/** The reader's query travels in links as a script of its lines (a scalar setting is at most 64 characters in a link). */
export const SQL_LINES_VERSION = 1;
export const MAX_SQL_LINES = 24;
/** The longest query the reader may write, all lines together. */
export const MAX_SQL = 1200;

const percent = (what: string, max = 100) =>
  z
    .number({ error: `Enter a number for ${what}.` })
    .refine(Number.isFinite, `Enter a number for ${what}.`)
    .refine((v) => v >= 0, `${what} is 0 % or more.`)
    .refine((v) => v <= max, `${what} is at most ${max} %.`);

const sqlLineSchema = z.object({
  kind: z.literal('line'),
  text: z.string({ error: 'A line of your query is text.' }).max(MAX_ACTION_TEXT, `Keep each line of your query under ${MAX_ACTION_TEXT} characters: break long lines.`),
});
export type SqlLine = z.infer<typeof sqlLineSchema>;

/** The query's text from its lines, and back; splitting and joining on newlines loses nothing. */
export const sqlText = (lines: readonly SqlLine[]) => lines.map((l) => l.text).join('\n');
export const sqlLines = (text: string): SqlLine[] => text.split('\n').map((line) => ({ kind: 'line' as const, text: line }));

/** A single SELECT (or WITH … SELECT): it runs inside `SELECT * FROM (…) LIMIT`, so it cannot change the table. */
export const readerSqlSchema = scriptSchema(sqlLineSchema, { max: MAX_SQL_LINES, what: 'lines in your query' }).superRefine((lines, context) => {
  const s = sqlText(lines);
  const refuse = (message: string) => context.addIssue({ code: 'custom', message });
  if (s.length > MAX_SQL) refuse(`Keep your query under ${MAX_SQL} characters.`);
  else if (s.trim().length === 0) refuse('Write a query, for example SELECT count(*) FROM trips.');
  else if (!/^\s*(select|with)\b/i.test(s)) refuse('Start your query with SELECT (or WITH): it reads the trips table and changes nothing.');
  else if (s.trim().replace(/;\s*$/, '').includes(';')) refuse('Write one statement only (no ; in the middle).');
});

/** Every setting, with the message the reader sees beside its control when a value is refused. */
export const codebookTrapParamsSchema = z
  .object({
    trips: z
      .number({ error: 'Enter a whole number of trips.' })
      .int('Enter a whole number of trips.')
      .min(1_000, 'Use at least 1,000 trips.')
      .max(1_000_000, 'At most 1,000,000 trips (a real month has about 3 million).'),
    cardPct: percent('The card share'),
    cashPct: percent('The cash share'),
    voidedPct: percent('The voided share', 20),
    noTipPct: percent('The share of card riders who tip nothing'),
    cashTipPct: percent('How much cash riders tip', 200),
    unknownRatePct: percent('The share with RatecodeID 99', 50),
    sql: readerSqlSchema,
    seed: z
      .number({ error: 'Enter a whole number as the seed.' })
      .int('Enter a whole number as the seed.')
      .min(0, 'The seed is 0 or more.')
      .max(4_294_967_295, 'The seed fits in 32 bits (at most 4,294,967,295).'),
  })
  .superRefine((p, context) => {
    if (p.cardPct + p.cashPct + p.voidedPct > 100) {
      context.addIssue({ code: 'custom', path: ['cashPct'], message: `Card, cash and voided trips add up to ${(p.cardPct + p.cashPct + p.voidedPct).toFixed(1)} %: keep them at 100 % or less.` });
    }
  });
export type CodebookTrapParams = z.infer<typeof codebookTrapParamsSchema>;

export const DEFAULT_SQL = `SELECT payment_type,
       count(*) AS trips,
       round(avg(tip_amount), 2) AS avg_tip,
       round(avg(total_amount), 2) AS avg_total
FROM trips
GROUP BY payment_type
ORDER BY payment_type`;

export const defaultCodebookTrapParams: CodebookTrapParams = {
  trips: 50_000,
  cardPct: 75,
  cashPct: 20,
  voidedPct: 1,
  noTipPct: 8,
  cashTipPct: 100,
  unknownRatePct: 2,
  sql: sqlLines(DEFAULT_SQL),
  seed: 42,
};

/** payment_type codes as the TLC yellow-taxi data dictionary lists them (0, Flex Fare, is not generated). */
// Listed from the last code down (a record with integer keys iterates in ascending order whatever the order written).
export const PAYMENT_LABEL: Record<number, string> = { 6: 'Voided trip', 5: 'Unknown', 4: 'Dispute', 3: 'No charge', 2: 'Cash', 1: 'Credit card', 0: 'Flex Fare trip' };
/** RatecodeID codes as the dictionary lists them. */
export const RATE_LABEL: Record<number, string> = { 99: 'Null/unknown', 6: 'Group ride', 5: 'Negotiated fare', 4: 'Nassau or Westchester', 3: 'Newark', 2: 'JFK', 1: 'Standard rate' };

export interface CodebookTrapProgress {
  phase: 'generating' | 'loading' | 'querying';
  fraction: number;
}

/** One query as it ran: its text and what DuckDB returned. */
export interface RanQuery {
  sql: string;
  value: number | null;
  ms: number;
}

/** One question asked two ways, and the answer only the generator knows. */
export interface Question {
  id: 'avg-tip' | 'share-tipping' | 'standard-fare';
  naive: RanQuery;
  codebook: RanQuery;
  /** Computed from the generator's hidden values (cash tips, rate codes behind 99): no query can see them. */
  truth: number;
}

export type Cell = number | string | null;
export interface RowsTable {
  columns: string[];
  rows: Cell[][];
}

export interface CodebookTrapResult {
  trips: number;
  duckdbVersion: string;
  generateMs: number;
  loadMs: number;
  /** Trips per payment_type code, as generated. */
  paymentCounts: Record<number, number>;
  /** Trips per recorded RatecodeID (99 included). */
  rateCounts: Record<number, number>;
  /** Trips recorded as 99 per the code that really applied (known to the generator only). */
  hiddenRates: Record<number, number>;
  questions: Question[];
  /** DuckDB's GROUP BY payment_type and GROUP BY RatecodeID. */
  byPayment: RowsTable;
  byRate: RowsTable;
  /** Recorded tip_amount in $1 bins (the last bin holds $15 and more), card and cash trips apart. */
  tipHistogram: Array<{ bin: string; card: number; cash: number }>;
  /** The first rows of the table, as a reader of the raw file sees them. */
  sample: RowsTable;
  /** The reader's own query: its first rows, or DuckDB's message. */
  reader: { sql: string; table: RowsTable | null; more: boolean; error: string | null; ms: number };
}
