import { defineSandbox } from '@/lib/sandbox/define';
import { codebookTrapExercises, question } from './exercises';
import { explainCodebookTrap } from './explain';
import { codebookTrapParamsSchema, defaultCodebookTrapParams, RESULTS_VERSION, SANDBOX_ID, SQL_LINES_VERSION, type CodebookTrapProgress } from './model';

const phaseLabel: Record<CodebookTrapProgress['phase'], string> = {
  generating: 'Generating the trips',
  loading: 'Loading them into DuckDB',
  querying: 'Asking the questions',
};

/** The sandbox without its view: the view, the frame, the review page and the tests all read this. */
export const definition = defineSandbox({
  id: SANDBOX_ID,
  version: RESULTS_VERSION,
  schema: codebookTrapParamsSchema,
  defaults: defaultCodebookTrapParams,
  controls: {
    trips: { label: 'Trips in the month', hint: '1,000 to 1,000,000 rows of June 2023.' },
    cardPct: { label: 'Paid by card (%)', hint: 'payment_type 1: the only trips whose tip is recorded.', decimal: true },
    cashPct: { label: 'Paid in cash (%)', hint: 'payment_type 2: tip_amount is 0 whatever the rider gave.', decimal: true },
    voidedPct: { label: 'Voided trips (%)', hint: 'payment_type 6, 0 to 20 %. The rest goes to 3, 4 and 5.', decimal: true },
    noTipPct: { label: 'Card riders who tip nothing (%)', hint: 'The others pick 20, 25 or 30 % or a custom 10–20 %.', decimal: true },
    cashTipPct: { label: 'Cash riders tip (% of what card riders tip)', hint: 'Hidden from the table: only the generator knows.', decimal: true },
    unknownRatePct: { label: 'RatecodeID recorded as 99 (%)', hint: '“Null/unknown”, 0 to 50 %, drawn from every rate.', decimal: true },
    sql: { label: 'Your query', hint: 'One SELECT on the table trips; the first 20 rows are shown.', scriptVersion: SQL_LINES_VERSION },
    seed: { label: 'Seed', hint: 'The same seed generates the same trips.' },
  },
  spawn: () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: SANDBOX_ID }),
  exercises: codebookTrapExercises,
  engines: ['duckdb'],
  progress: (p: CodebookTrapProgress) => ({ fraction: p.fraction, label: `${phaseLabel[p.phase]}… ${Math.round(p.fraction * 100)}%` }),
  explain: (result, params) => explainCodebookTrap(result, params),
  quick: { trips: 20_000 },
  predictions: [
    {
      id: 'tip-ratio',
      prompt: 'How many times the naive average tip (tip_amount over every trip) will the codebook’s answer (card trips only) be?',
      kind: 'number',
      unit: '×',
      min: 0.01,
      max: 1000,
      actual: (result) => {
        const tip = question(result, 'avg-tip');
        return Number(((tip.codebook.value ?? Number.NaN) / (tip.naive.value ?? Number.NaN)).toFixed(2));
      },
    },
    {
      id: 'fare-gap',
      prompt: 'How many dollars above the codebook’s average fare of a standard metered trip (RatecodeID 1, no voided trips) will the naive average over every row be? (Negative if below.)',
      kind: 'number',
      unit: 'dollars',
      min: -1000,
      max: 1000,
      actual: (result) => {
        const fare = question(result, 'standard-fare');
        return Number(((fare.naive.value ?? Number.NaN) - (fare.codebook.value ?? Number.NaN)).toFixed(2));
      },
    },
  ],
});
