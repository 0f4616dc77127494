import { z } from 'zod';
import { scriptSchema } from '@/lib/sandbox/params';

export const SANDBOX_ID = 'lakehouse-snapshots';
/** Bump it when a result or the params change shape, so old runs are not compared with new ones. */
export const RESULTS_VERSION = 1;
/** The version of the steps' shape, carried with the script in links. */
export const STEPS_VERSION = 1;

export const MAX_STEPS = 40;
export const MAX_ROWS_PER_STEP = 2000;
/** Rows listed per table in the results (the rest are counted). */
export const ROWS_SHOWN = 25;

/** The table's own columns (Iceberg field ids 1–6); added columns get 7, 8, … and hold text. */
export const baseColumns = ['upload_id', 'upload_date', 'user_id', 'file_id', 'object_store_processed', 'object_store_raw'] as const;
export const whereColumns = ['upload_id', 'user_id', 'upload_date'] as const;
export type WhereColumn = (typeof whereColumns)[number];
export const operators = ['=', '<', '>', '!='] as const;

const dateText = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Write the date as YYYY-MM-DD, e.g. 2025-02-11.').refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), 'That is not a calendar date.');
const rowCount = z
  .number({ error: 'Enter a whole number of rows.' })
  .int('Enter a whole number of rows.')
  .min(1, 'Write at least 1 row.')
  .max(MAX_ROWS_PER_STEP, `At most ${MAX_ROWS_PER_STEP} rows per step.`);
const user = z
  .number({ error: 'Enter a user id (0 for seeded users).' })
  .int('A user id is a whole number.')
  .min(0, 'A user id is 0 (seeded users) or more.')
  .max(999, 'User ids go up to 999.');
const where = {
  column: z.enum(whereColumns, { error: 'Filter on upload_id, user_id or upload_date.' }),
  op: z.enum(operators, { error: 'Compare with =, <, > or !=.' }),
  value: z.string().min(1, 'Give the value to compare with.').max(40, 'At most 40 characters.'),
};
const columnName = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,29}$/, 'A column name is lower case letters, digits and _, starting with a letter, at most 30 characters.');

export const stepSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('append'), date: dateText, rows: rowCount, user }),
    z.object({ kind: z.literal('delete'), ...where }),
    z.object({ kind: z.literal('update'), ...where, set: columnName, to: z.string().max(60, 'At most 60 characters.') }),
    z.object({ kind: z.literal('overwrite'), date: dateText, rows: rowCount, user }),
    z.object({ kind: z.literal('addColumn'), name: columnName }),
    z.object({ kind: z.literal('compact') }),
    z.object({
      kind: z.literal('expire'),
      keep: z.number({ error: 'Enter how many snapshots to keep.' }).int('Keep a whole number of snapshots.').min(1, 'Keep at least the current snapshot.').max(MAX_STEPS, `At most ${MAX_STEPS}.`),
    }),
    z.object({ kind: z.literal('reader') }),
    z.object({ kind: z.literal('together'), winner: z.enum(['first', 'second'], { error: 'Choose which writer commits first.' }) }),
  ],
  { error: 'Unknown kind of step.' },
);
export type Step = z.infer<typeof stepSchema>;
export type StepKind = Step['kind'];
export const writeKinds: readonly StepKind[] = ['append', 'delete', 'update', 'overwrite', 'addColumn', 'compact'];

const wholeNumber = /^-?\d+$/;

/** Refusals that depend on earlier steps: columns that exist by then, a pair of writers after "together". */
function checkScript(steps: readonly Step[], context: z.RefinementCtx) {
  const columns = new Set<string>(baseColumns);
  const issue = (step: number, message: string) => context.addIssue({ code: 'custom', path: ['steps', step], message: `Step ${step + 1}: ${message}` });
  steps.forEach((step, i) => {
    if (step.kind === 'delete' || step.kind === 'update') {
      if (step.column === 'upload_date' ? !/^\d{4}-\d{2}-\d{2}$/.test(step.value) : !wholeNumber.test(step.value)) {
        issue(i, step.column === 'upload_date' ? 'compare upload_date with a date such as 2025-02-11.' : `compare ${step.column} with a whole number.`);
      }
    }
    if (step.kind === 'update') {
      if (step.set === 'upload_id' || step.set === 'upload_date') issue(i, `${step.set} cannot be set: the sandbox keeps ids and partitions fixed (delete and append instead).`);
      else if (!columns.has(step.set)) issue(i, `there is no column "${step.set}" yet; add it with an earlier "add a column" step.`);
      else if (step.set === 'user_id' && !wholeNumber.test(step.to)) issue(i, 'user_id takes a whole number.');
    }
    if (step.kind === 'addColumn') {
      if (columns.has(step.name)) issue(i, `the table already has a column "${step.name}".`);
      columns.add(step.name);
    }
    if (step.kind === 'together') {
      const pair = steps.slice(i + 1, i + 3);
      if (pair.length < 2 || pair.some((s) => !writeKinds.includes(s.kind))) {
        issue(i, '"two writers at once" needs the next two steps to be writes (append, delete, update, overwrite, add a column or compact).');
      }
    }
  });
}

export const lakehouseSnapshotsParamsSchema = z
  .object({
    steps: scriptSchema(stepSchema, { max: MAX_STEPS, what: 'steps' }),
    minutes: z
      .number({ error: 'Enter the minutes between steps.' })
      .int('Enter a whole number of minutes.')
      .min(1, 'At least 1 minute between steps.')
      .max(10_080, 'At most a week (10,080 minutes) between steps.'),
    seed: z
      .number({ error: 'Enter a whole number as the seed.' })
      .int('Enter a whole number as the seed.')
      .min(0, 'The seed is 0 or more.')
      .max(4_294_967_295, 'The seed fits in 32 bits (at most 4,294,967,295).'),
  })
  .superRefine((p, context) => {
    if (!p.steps.some((s) => s.kind === 'append' || s.kind === 'overwrite')) {
      context.addIssue({ code: 'custom', path: ['steps'], message: 'Start with at least one append (or overwrite): a table needs rows before it has snapshots.' });
    }
    checkScript(p.steps, context);
  });
export type LakehouseSnapshotsParams = z.infer<typeof lakehouseSnapshotsParamsSchema>;

/** The chapter's three commits, a reader, two writers at once, schema change, overwrite, compaction and expiry. */
export const defaultSteps: Step[] = [
  { kind: 'append', date: '2025-02-11', rows: 2, user: 55 },
  { kind: 'append', date: '2025-02-11', rows: 2, user: 55 },
  { kind: 'reader' },
  { kind: 'delete', column: 'upload_id', op: '=', value: '105' },
  { kind: 'append', date: '2025-02-12', rows: 3, user: 0 },
  { kind: 'together', winner: 'first' },
  { kind: 'append', date: '2025-02-12', rows: 2, user: 0 },
  { kind: 'delete', column: 'upload_id', op: '=', value: '103' },
  { kind: 'addColumn', name: 'caption' },
  { kind: 'update', column: 'upload_id', op: '=', value: '106', set: 'caption', to: 'beach at dusk' },
  { kind: 'overwrite', date: '2025-02-12', rows: 4, user: 0 },
  { kind: 'compact' },
  { kind: 'expire', keep: 2 },
];

export const defaultLakehouseSnapshotsParams: LakehouseSnapshotsParams = { steps: defaultSteps, minutes: 300, seed: 42 };

/** The sandbox's clock: the first step happens at this moment, then one step every `minutes`. */
export const CLOCK_START_MS = Date.UTC(2025, 1, 11, 10, 0, 0);
export const TABLE_LOCATION = 's3://lake/uploads';

export interface LakehouseSnapshotsProgress {
  done: number;
  total: number;
  phase: 'writing' | 'reading';
}

export type Cell = string | number | null;
export type Row = Record<string, Cell>;
