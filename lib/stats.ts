/**
 * Summary statistics for measured samples. Quantiles interpolate linearly between order statistics
 * (Hyndman & Fan type 7, the default of numpy, R and spreadsheets), so a reader can check them.
 */

function finiteSorted(values: ArrayLike<number>): number[] {
  const out: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (!Number.isFinite(v)) throw new RangeError(`sample ${i} is not a finite number (${v})`);
    out.push(v);
  }
  return out.sort((a, b) => a - b);
}

/** The q-quantile (0 ≤ q ≤ 1) of values already sorted ascending. */
export function quantileSorted(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) throw new RangeError('quantile of an empty sample');
  if (!(q >= 0 && q <= 1)) throw new RangeError(`quantile ${q} is outside [0, 1]`);
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const low = sorted[lower] as number;
  const high = sorted[upper] as number;
  return low + (high - low) * (position - lower);
}

export function quantile(values: ArrayLike<number>, q: number): number {
  return quantileSorted(finiteSorted(values), q);
}

export function median(values: ArrayLike<number>): number {
  return quantile(values, 0.5);
}

export function mean(values: ArrayLike<number>): number {
  if (values.length === 0) throw new RangeError('mean of an empty sample');
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i] as number;
  return sum / values.length;
}

export interface Summary {
  n: number;
  min: number;
  max: number;
  mean: number;
  /** Sample standard deviation (n − 1); 0 for a single value. */
  sd: number;
  p50: number;
  p95: number;
  p99: number;
}

export function summarize(values: ArrayLike<number>): Summary {
  const sorted = finiteSorted(values);
  if (sorted.length === 0) throw new RangeError('summary of an empty sample');
  const avg = mean(sorted);
  const sd = sorted.length > 1 ? Math.sqrt(sorted.reduce((s, x) => s + (x - avg) ** 2, 0) / (sorted.length - 1)) : 0;
  return {
    n: sorted.length,
    min: sorted[0] as number,
    max: sorted[sorted.length - 1] as number,
    mean: avg,
    sd,
    p50: quantileSorted(sorted, 0.5),
    p95: quantileSorted(sorted, 0.95),
    p99: quantileSorted(sorted, 0.99),
  };
}

export interface Bin {
  /** Inclusive lower edge. */
  x0: number;
  /** Exclusive upper edge (inclusive for the last bin). */
  x1: number;
  count: number;
}

export interface HistogramOptions {
  bins: number;
  /** 'log' spaces edges evenly in log10, for latencies that span orders of magnitude. */
  scale?: 'linear' | 'log';
  min?: number;
  max?: number;
}

export function histogram(values: ArrayLike<number>, options: HistogramOptions): Bin[] {
  const { bins, scale = 'linear' } = options;
  if (!Number.isInteger(bins) || bins < 1) throw new RangeError('histogram needs at least one bin');
  const sorted = finiteSorted(values);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first === undefined || last === undefined) return [];
  const lo = options.min ?? first;
  const hi = options.max ?? last;
  if (scale === 'log' && !(lo > 0)) throw new RangeError('a log-scale histogram needs values above 0');
  const toAxis = scale === 'log' ? Math.log10 : (x: number) => x;
  const fromAxis = scale === 'log' ? (x: number) => 10 ** x : (x: number) => x;
  const a = toAxis(lo);
  const b = toAxis(hi);
  const width = b > a ? (b - a) / bins : 1;
  const edges = Array.from({ length: bins + 1 }, (_, i) => (i === 0 ? lo : i === bins ? (b > a ? hi : lo + 1) : fromAxis(a + i * width)));
  const out: Bin[] = Array.from({ length: bins }, (_, i) => ({ x0: edges[i] as number, x1: edges[i + 1] as number, count: 0 }));
  for (const v of sorted) {
    if (v < lo || v > hi) continue;
    const index = b > a ? Math.min(bins - 1, Math.floor((toAxis(v) - a) / width)) : 0;
    (out[index] as Bin).count += 1;
  }
  return out;
}
