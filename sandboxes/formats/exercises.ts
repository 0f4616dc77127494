import type { FormatsResult } from './model';

/** "Which codec gives the smallest Parquet file, and what does reading it cost compared with snappy?" */
export function checkSmallestCodec(result: FormatsResult, answer: { format: string; factor: number }): { pass: boolean; feedback: string } {
  const parquet = result.formats.filter((f) => f.format.startsWith('parquet-'));
  const smallest = parquet.reduce((a, b) => (b.bytes < a.bytes ? b : a));
  const snappy = parquet.find((f) => f.format === 'parquet-snappy');
  if (!snappy) return { pass: false, feedback: 'Run the sandbox first.' };
  if (answer.format !== smallest.format) {
    return { pass: false, feedback: 'Not yet: compare the sizes of the Parquet rows only and pick the smallest.' };
  }
  const factor = smallest.readMs / snappy.readMs;
  if (!(answer.factor > 0) || Math.abs(answer.factor - factor) / factor > 0.25) {
    return { pass: false, feedback: 'The codec is right. For the cost, divide its "read all" time by snappy’s.' };
  }
  return {
    pass: true,
    feedback: `Yes: ${smallest.label} is smallest, and reading it took ${factor.toFixed(2)}× snappy’s time on your machine.`,
  };
}
