import { formatBytes, formatMs } from '@/lib/format';
import type { FormatResult, FormatsResult } from './model';

/** A short name for charts and sentences, where the long labels do not fit: "Parquet zstd", "Arrow", "CSV". */
export function shortName(f: Pick<FormatResult, 'format'>): string {
  if (f.format.startsWith('parquet-')) return `Parquet ${f.format.slice(8).replace('_', ' ')}`;
  if (f.format === 'arrow') return 'Arrow';
  if (f.format === 'avro') return 'Avro';
  return f.format.toUpperCase();
}

const times = (x: number) => `${x.toFixed(x >= 10 ? 0 : 1)}×`;
const list = (names: string[]) => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`);

/** "What your run shows": sentences read off this run's numbers; they describe the measurement, they do not assert the theory. */
export function explainFormats(result: FormatsResult): string[] {
  const json = result.formats.find((f) => f.format === 'json');
  if (!json || result.formats.length === 0) return [];
  const sentences: string[] = [];
  const by = <K extends 'bytes' | 'readMs'>(key: K) => result.formats.reduce((a, b) => (b[key] < a[key] ? b : a));

  const smallest = by('bytes');
  const csv = result.formats.find((f) => f.format === 'csv');
  sentences.push(
    `The smallest file was ${smallest.label}: ${formatBytes(smallest.bytes)}, ${times(json.bytes / smallest.bytes)} smaller than the ${formatBytes(json.bytes)} of JSON` +
      (csv ? `; CSV, which names each column once instead of in every record, came to ${(csv.bytes / json.bytes).toFixed(2)}× JSON’s size.` : '.'),
  );

  const fastest = by('readMs');
  if (fastest.format !== 'json') {
    sentences.push(
      `Reading a whole file back was fastest for ${fastest.label}, ${formatMs(fastest.readMs)} against ${formatMs(json.readMs)} for JSON` +
        (fastest.format === 'arrow' ? ': an Arrow IPC file is already in Arrow’s in-memory layout, so there is almost nothing to decode.' : '.'),
    );
  }

  const columnOnly = result.formats.filter((f) => f.columnAccess === 'column-only');
  const parseAll = result.formats.filter((f) => f.columnAccess === 'parse-all');
  if (columnOnly.length > 0 && parseAll.length > 0) {
    const range = (fs: FormatResult[]) => {
      const ms = fs.map((f) => f.columnMs);
      const [lo, hi] = [Math.min(...ms), Math.max(...ms)];
      return lo === hi ? formatMs(lo) : `${formatMs(lo)} to ${formatMs(hi)}`;
    };
    sentences.push(
      `To sum one column, the Parquet files read only that column’s pages and took ${range(columnOnly)}; ${list(parseAll.map(shortName))} had to parse every row, ${range(parseAll)}.`,
    );
  }

  const lossy = result.formats.filter((f) => f.fidelity.length > 0);
  const intact = result.formats.length - lossy.length;
  sentences.push(
    lossy.length === 0
      ? `Every format gave back every value with its type.`
      : `${intact} of the ${result.formats.length} files gave back every value with its type; ${list(lossy.map((f) => `${shortName(f)} changed ${list([...new Set(f.fidelity.map((x) => x.column))])}`))} (the Tables tab says how).`,
  );
  return sentences;
}
