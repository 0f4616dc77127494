import { createRng } from '@/lib/random';
import { KEY_COUNT } from './model';

/** A burst runs at 3× the mean rate for 30 s on average; a calm spell at ⅓ of it for 90 s: the mean stays the rate. */
export const BURST = { factor: 3, meanSeconds: 30, calmFactor: 1 / 3, calmMeanSeconds: 90 } as const;

export interface EventStream {
  /** Arrival times in seconds, ascending, all in [0, duration). */
  arrivals: Float64Array;
  keys: Uint16Array;
  values: Uint8Array;
}

/**
 * Arrival times only (the sweeps need nothing else). Steady arrivals sit at the middle of each
 * 1 / rate slot, so a window of W seconds holds exactly rate × W of them and their mean wait for
 * the window's end is exactly W / 2. Bursty arrivals are a Poisson process whose rate switches
 * between bursts and calm spells of exponential length.
 */
export function generateArrivals(rate: number, duration: number, kind: 'steady' | 'bursty', seed: number): Float64Array {
  if (kind === 'steady') {
    const n = Math.floor(rate * duration);
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) out[i] = (i + 0.5) / rate;
    return out;
  }
  const rng = createRng(seed);
  const times: number[] = [];
  let inBurst = rng.bernoulli(BURST.meanSeconds / (BURST.meanSeconds + BURST.calmMeanSeconds));
  let spellEnd = rng.exponential(1 / (inBurst ? BURST.meanSeconds : BURST.calmMeanSeconds));
  let t = 0;
  for (;;) {
    const next = t + rng.exponential(rate * (inBurst ? BURST.factor : BURST.calmFactor));
    if (next >= spellEnd) {
      // Memoryless: restart the draw at the spell's end with the new spell's rate.
      t = spellEnd;
      inBurst = !inBurst;
      spellEnd = t + rng.exponential(1 / (inBurst ? BURST.meanSeconds : BURST.calmMeanSeconds));
      if (t >= duration) break;
      continue;
    }
    if (next >= duration) break;
    t = next;
    times.push(t);
  }
  return Float64Array.from(times);
}

/** The full stream: arrivals plus a key and a value per event (keys skewed towards the low ids, as real traffic is). */
export function generateStream(rate: number, duration: number, kind: 'steady' | 'bursty', seed: number): EventStream {
  const arrivals = generateArrivals(rate, duration, kind, seed);
  const rng = createRng(seed ^ 0x5bd1e995);
  const keys = new Uint16Array(arrivals.length);
  const values = new Uint8Array(arrivals.length);
  for (let i = 0; i < arrivals.length; i++) {
    const u = rng.next();
    keys[i] = Math.floor(KEY_COUNT * u * u);
    values[i] = rng.int(1, 100);
  }
  return { arrivals, keys, values };
}
