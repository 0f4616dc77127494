import { near, numberAnswer, type Exercise } from '@/lib/sandbox/exercise';
import { codecs, type FormatsParams, type FormatsResult } from './model';

type FormatsExercise = Exercise<FormatsParams, FormatsResult>;

const codecOptions = codecs.map((c) => ({ value: `parquet-${c.toLowerCase()}`, label: `Parquet, ${c.toLowerCase().replace('_', ' ')}` }));

/** "Which codec gives the smallest Parquet file, and what does reading it cost compared with snappy?" */
export const smallestCodec: FormatsExercise = {
  id: 'formats-smallest-codec',
  prompt: 'Which codec gave the smallest Parquet file, and how long did reading it all take compared with snappy (its time ÷ snappy’s)?',
  fields: [
    { name: 'format', kind: 'choice', label: 'Codec', options: codecOptions },
    { name: 'factor', kind: 'number', label: 'Read time ÷ snappy’s', unit: '×' },
  ],
  deterministic: false,
  check(result, answers) {
    const parquet = result.formats.filter((f) => f.format.startsWith('parquet-'));
    const snappy = parquet.find((f) => f.format === 'parquet-snappy');
    if (!snappy || parquet.length === 0) return { pass: false, feedback: 'Run the sandbox first.' };
    const smallest = parquet.reduce((a, b) => (b.bytes < a.bytes ? b : a));
    if (answers.format !== smallest.format) return { pass: false, feedback: 'Not yet: compare the sizes of the Parquet rows only and pick the smallest.' };
    const factor = smallest.readMs / snappy.readMs;
    if (!near(numberAnswer(answers, 'factor'), factor)) return { pass: false, feedback: 'The codec is right. For the cost, divide its “read all” time by snappy’s.' };
    return { pass: true, feedback: `Yes: ${smallest.label} is smallest, and reading it took ${factor.toFixed(2)}× snappy’s time on your machine.` };
  },
};

/** Sizes do not depend on the machine: the same rows and seed always encode to the same bytes. */
export const jsonOverhead: FormatsExercise = {
  id: 'formats-json-overhead',
  prompt: 'How many times larger is the JSON file than the zstd-compressed Parquet file of the same rows? Round to one decimal.',
  fields: [{ name: 'factor', kind: 'number', label: 'JSON bytes ÷ Parquet zstd bytes', unit: '×' }],
  deterministic: true,
  evidence: (r) => r.formats.map((f) => ({ format: f.format, bytes: f.bytes })),
  check(result, answers) {
    const json = result.formats.find((f) => f.format === 'json');
    const zstd = result.formats.find((f) => f.format === 'parquet-zstd');
    if (!json || !zstd) return { pass: false, feedback: 'Run the sandbox first.' };
    const factor = json.bytes / zstd.bytes;
    if (!near(numberAnswer(answers, 'factor'), factor, 0.05)) return { pass: false, feedback: 'Not yet: divide the JSON row’s size in bytes by the Parquet zstd row’s.' };
    return { pass: true, feedback: `Yes: ${factor.toFixed(1)}×. JSON repeats every key in every record and writes numbers as text; Parquet stores each column once, encoded and compressed.` };
  },
};

export const formatsExercises: readonly FormatsExercise[] = [smallestCodec, jsonOverhead];
