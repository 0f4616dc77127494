import { timeRepeated } from '@/lib/timing';
import type { Cell, ModelId, QueryId, Timing } from './model';

export interface Clock {
  now(): number;
}

/** A cell as a model reports it; the judgement is added once every model has run (judge.ts). */
export type Measured = Omit<Cell, 'judgement' | 'reason'>;

/** Times one query: a warm-up, runs batched until a sample outlasts the clock's step, then `repeats` samples. */
export function timeQuery(pass: () => number, clock: Clock, repeats: number, onSample?: (fraction: number) => void): Timing {
  const t = timeRepeated(pass, { repeats, now: () => clock.now(), minSampleMs: 4, maxPasses: 4_096, ...(onSample ? { onSample } : {}) });
  return { medianMs: t.medianMs, minMs: t.minMs, maxMs: t.maxMs, samples: t.passMs, runsPerSample: t.passesPerSample };
}

/** A question a model holds no data for: said so, with why. */
export function notExpressible(query: QueryId, model: ModelId, why: string): Measured {
  return { query, model, expressible: false, how: why, code: '', touched: 0, records: 0, breakdown: [], requests: 0, timing: null, answer: '' };
}

/** A cheap checksum of a list of numbers, so a timed pass cannot be optimised away and must repeat its answer. */
export function checksum(values: Iterable<number>): number {
  let h = 0;
  for (const v of values) h = (Math.imul(h, 31) + v) | 0;
  return h;
}

/** Progress for a model's five questions: each takes a fifth of the bar, filled as its timed samples finish. */
export function stages(step: (name: string, fraction: number) => void) {
  let name = '';
  let base = 0;
  return {
    begin(question: string, index: number) {
      name = question;
      base = index / 5;
      step(name, base);
    },
    sample: (fraction: number) => step(name, base + fraction / 5),
  };
}
