import { defineSandbox } from '@/lib/sandbox/define';
import { schemaEvolutionExercises } from './exercises';
import { explainRun } from './explain';
import { orderLabel } from './labels';
import { defaultSchemaEvolutionParams, MAX_RECORDS, MAX_STEPS, modes, RESULTS_VERSION, SANDBOX_ID, schemaEvolutionParamsSchema, STEPS_VERSION, type SchemaEvolutionProgress } from './model';

/** The sandbox without its view: the view, the frame, the review page and the tests all read this. */
export const definition = defineSandbox({
  id: SANDBOX_ID,
  version: RESULTS_VERSION,
  schema: schemaEvolutionParamsSchema,
  defaults: defaultSchemaEvolutionParams,
  controls: {
    steps: {
      label: 'Schema changes',
      hint: `Version 1 is the payment event; each step registers the next version (at most ${MAX_STEPS}). Edit a step in place, reorder or remove it; a step that does not fit the schema at that point is refused.`,
      scriptVersion: STEPS_VERSION,
    },
    mode: {
      label: 'Registry compatibility',
      hint: 'Checked before a new version is registered. BACKWARD: the new schema reads data of the latest registered one; FORWARD: the latest reads the new one’s data; FULL: both; _TRANSITIVE: against every registered version; NONE: no check.',
      options: modes.map((m) => [m, m] as const),
    },
    writer: { label: 'Writer’s schema (version)', hint: 'The version the records were written with.' },
    reader: { label: 'Reader’s schema (version)', hint: 'The version the consumer reads them with.' },
    records: { label: 'Records per version', hint: `1 to ${MAX_RECORDS}; each version’s producer writes this many.` },
    seed: { label: 'Seed', hint: 'Chooses the records’ values.' },
  },
  spawn: () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: SANDBOX_ID }),
  exercises: schemaEvolutionExercises,
  // Annotated: nothing else in the definition names the progress type, so it would be inferred as unknown.
  progress: (p: SchemaEvolutionProgress) => ({ fraction: p.total ? p.done / p.total : null, label: `Resolving every reader against every writer… ${p.done} of ${p.total}` }),
  explain: explainRun,
  predictions: [
    {
      id: 'refused',
      prompt: 'Under the compatibility mode you chose, how many of your schema versions will the registry refuse?',
      kind: 'number',
      unit: 'versions',
      min: 0,
      max: MAX_STEPS + 1,
      integer: true,
      actual: (result) => result.registry.filter((s) => !s.accepted).length,
    },
    {
      id: 'last-order',
      prompt: 'For your last change, who must upgrade first?',
      kind: 'choice',
      choices: (['either', 'consumers-first', 'producers-first', 'none'] as const).map((o) => ({ value: o, label: orderLabel[o] })),
      actual: (result) => result.verdicts[result.verdicts.length - 1]!.order,
    },
  ],
});
