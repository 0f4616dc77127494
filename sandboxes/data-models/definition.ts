import { defineSandbox } from '@/lib/sandbox/define';
import { explainModels } from './explain';
import { modelsExercises } from './exercises';
import { defaultModelsParams, MODEL_LABEL, MODELS, modelsParamsSchema, RESULTS_VERSION, SANDBOX_ID, type ModelsProgress } from './model';

/** The sandbox without its view: the view, the frame, the review page and the tests all read this. */
export const definition = defineSandbox({
  id: SANDBOX_ID,
  version: RESULTS_VERSION,
  schema: modelsParamsSchema,
  defaults: defaultModelsParams,
  controls: {
    users: { label: 'Users', hint: '100 to 200,000.' },
    followsPerUser: { label: 'Follows per user', hint: 'On average; popular users are followed more.' },
    ordersPerUser: { label: 'Orders per user', hint: 'On average, over the past year; 1–3 lines each.' },
    clicks: { label: 'Click events', hint: 'Over the last day, busier in the evening.' },
    hops: { label: 'Hops for the friends question', hint: '2 is friends-of-friends; 1 to 4.' },
    queryUser: { label: 'User to ask about', hint: '0 picks one by the seed.' },
    queryProduct: { label: 'Product to ask about', hint: '0 picks one the user’s network bought.' },
    repeats: { label: 'Timed samples', hint: 'Per question and model; the median is shown.' },
    seed: { label: 'Seed', hint: 'Chooses the shop and, for 0, the user and product.' },
  },
  spawn: () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: SANDBOX_ID }),
  exercises: modelsExercises,
  engines: ['duckdb'],
  // Loading 200,000 users' tables into DuckDB, or one pass over their documents, is one long call.
  silenceTimeoutMs: 120_000,
  quick: { users: 300, followsPerUser: 5, ordersPerUser: 2, clicks: 2_000, repeats: 1 },
  larger: [{ label: '5,000 users, 100,000 clicks, 5 samples', settings: { users: 5_000, clicks: 100_000, repeats: 5 } }],
  // Every model loads the shop, then answers each question once per sample.
  cost: (p) => (p.users * (p.followsPerUser + p.ordersPerUser) + p.clicks) * (1 + p.repeats),
  progress: (p: ModelsProgress) =>
    p.model === 'data' ? { fraction: null, label: `Data: ${p.step}…` } : { fraction: p.fraction, label: `${MODEL_LABEL[p.model]}: ${p.step} ${Math.round(p.fraction * 100)}%` },
  explain: (result) => explainModels(result),
  predictions: [
    {
      id: 'fof-fewest',
      prompt: 'For “people within N hops who bought a product”, which model will touch the fewest records, each in its own unit?',
      kind: 'choice',
      choices: MODELS.filter((m) => m !== 'timeseries').map((m) => ({ value: m, label: MODEL_LABEL[m] })),
      actual: (result) => result.cells.filter((c) => c.query === 'fof' && c.expressible).reduce((a, b) => (b.touched < a.touched ? b : a)).model,
    },
    {
      id: 'address-copies',
      prompt: 'When the chosen user moves, how many stored copies of the address will the document model rewrite?',
      kind: 'number',
      unit: 'copies',
      min: 0,
      max: 1_000_000,
      integer: true,
      actual: (result) => result.address.copiesRewritten.document ?? 0,
    },
  ],
});
