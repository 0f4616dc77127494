import { KEY_COUNT } from './model';
import type { EventStream } from './arrivals';

/**
 * The real work every mode does: a count and a sum per key. Batch and micro-batch jobs aggregate
 * their window into a partial table and merge it into the output; the stream updates the output
 * one event at a time. All three must end with the same totals.
 */
export class KeyTotals {
  readonly counts = new Float64Array(KEY_COUNT);
  readonly sums = new Float64Array(KEY_COUNT);

  /** One number that changes if any key's count or sum does (exact: every term is a whole number below 2^53). */
  checksum(): number {
    let total = 0;
    for (let k = 0; k < KEY_COUNT; k++) total += (k + 1) * (this.counts[k] as number) + (this.sums[k] as number);
    return total;
  }
}

/** Aggregates events [from, to) into `into`. */
export function aggregateRange(stream: EventStream, from: number, to: number, into: KeyTotals): void {
  const { keys, values } = stream;
  const { counts, sums } = into;
  for (let i = from; i < to; i++) {
    const k = keys[i] as number;
    counts[k] = (counts[k] as number) + 1;
    sums[k] = (sums[k] as number) + (values[i] as number);
  }
}

/** A job's partial table merged into the output, touching only the keys the job saw. */
export class WindowJob {
  private readonly partial = new KeyTotals();
  private readonly seen = new Uint8Array(KEY_COUNT);
  private readonly touched = new Uint16Array(KEY_COUNT);

  run(stream: EventStream, from: number, to: number, output: KeyTotals): void {
    let touchedCount = 0;
    for (let i = from; i < to; i++) {
      const k = stream.keys[i] as number;
      if (this.seen[k] === 0) {
        this.seen[k] = 1;
        this.touched[touchedCount++] = k;
      }
    }
    aggregateRange(stream, from, to, this.partial);
    for (let t = 0; t < touchedCount; t++) {
      const k = this.touched[t] as number;
      output.counts[k] = (output.counts[k] as number) + (this.partial.counts[k] as number);
      output.sums[k] = (output.sums[k] as number) + (this.partial.sums[k] as number);
      this.partial.counts[k] = 0;
      this.partial.sums[k] = 0;
      this.seen[k] = 0;
    }
  }
}

/** The stream's step: one event into the running totals; returns the key's new total, the result it makes visible. */
export function processEvent(stream: EventStream, i: number, output: KeyTotals): number {
  const k = stream.keys[i] as number;
  output.counts[k] = (output.counts[k] as number) + 1;
  const total = (output.sums[k] as number) + (stream.values[i] as number);
  output.sums[k] = total;
  return total;
}
