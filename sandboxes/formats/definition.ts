import { defineSandbox } from '@/lib/sandbox/define';
import { explainFormats } from './explain';
import { formatsExercises } from './exercises';
import { codecs, defaultFormatsParams, formatsParamsSchema, RESULTS_VERSION, SANDBOX_ID, type FormatsProgress } from './model';

/** Every file the run writes, as the results name them. */
const formatChoices = [
  { value: 'json', label: 'JSON' },
  { value: 'ndjson', label: 'NDJSON' },
  { value: 'csv', label: 'CSV' },
  { value: 'avro', label: 'Avro' },
  { value: 'arrow', label: 'Arrow IPC' },
  ...codecs.map((c) => ({ value: `parquet-${c.toLowerCase()}`, label: `Parquet, ${c.toLowerCase().replace('_', ' ')}` })),
];

const stepText: Record<FormatsProgress['step'], string> = {
  generating: 'generating the table',
  writing: 'writing',
  reading: 'reading it all back',
  column: 'summing one column',
  checking: 'checking the round trip',
};

/** The sandbox without its view: the view, the frame, the review page and the tests all read this. */
export const definition = defineSandbox({
  id: SANDBOX_ID,
  version: RESULTS_VERSION,
  schema: formatsParamsSchema,
  defaults: defaultFormatsParams,
  controls: {
    rows: { label: 'Rows', hint: '1,000 to 1,000,000.' },
    repeats: { label: 'Timed samples', hint: '1 to 15; the median is shown.' },
    seed: { label: 'Seed', hint: 'The same seed writes the same table.' },
  },
  spawn: () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: SANDBOX_ID }),
  exercises: formatsExercises,
  engines: ['parquet'],
  // Eleven formats, each written, read and summed `repeats` times: a long run reports between formats only.
  silenceTimeoutMs: 120_000,
  progress: (p: FormatsProgress) => ({
    fraction: p.total ? p.done / p.total : null,
    label: p.step === 'generating' ? 'Generating the table…' : `${p.format} (${p.done + 1} of ${p.total}): ${stepText[p.step]}…`,
  }),
  explain: (result) => explainFormats(result),
  // The files themselves stay out of downloads and the progress store; sizes and times are kept.
  forDownload: (result) => ({ ...result, formats: result.formats.map(({ file: _file, ...rest }) => rest) }),
  // A few thousand rows, one sample each: a second or two in Node (the defaults take about a minute in a browser).
  quick: { rows: 2_000, repeats: 1 },
  larger: [{ label: '100,000 rows, 5 samples', settings: { rows: 100_000, repeats: 5 } }],
  // Every format is written once and read once per sample.
  cost: (p) => p.rows * (1 + p.repeats),
  predictions: [
    {
      id: 'smallest',
      prompt: 'Which of the eleven files will be the smallest?',
      kind: 'choice',
      choices: formatChoices,
      actual: (result) => result.formats.reduce((a, b) => (b.bytes < a.bytes ? b : a)).format,
    },
    {
      id: 'column-lead',
      prompt: 'How many times faster will summing the price column be from the Parquet (snappy) file than from the CSV file, bytes to sum?',
      kind: 'number',
      unit: '× faster',
      min: 0.01,
      max: 100000,
      actual: (result) => {
        const csv = result.formats.find((f) => f.format === 'csv')!.columnMs;
        const parquet = result.formats.find((f) => f.format === 'parquet-snappy')!.columnMs;
        return Number((csv / parquet).toFixed(1));
      },
    },
  ],
});
