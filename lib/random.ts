/**
 * A seeded pseudo-random generator: xoshiro128** (Blackman & Vigna), its 128-bit state filled by
 * splitmix32 from the seed. Same seed, same sequence, in every browser and in Node — which is what
 * lets an instructor's link reproduce a learner's run exactly.
 */
export interface Rng {
  /** The next 32-bit unsigned integer. */
  nextUint32(): number;
  /** A float in [0, 1) with 32 bits of randomness. */
  next(): number;
  /** An integer in [min, max], both inclusive, without modulo bias. */
  int(min: number, max: number): number;
  /** A normally distributed value (Box–Muller). */
  normal(mean?: number, sd?: number): number;
  /** An exponentially distributed value with the given rate (mean 1 / rate). */
  exponential(rate: number): number;
  /** True with probability p. */
  bernoulli(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** A new array with the items in random order (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[];
}

/** Hashes a text seed (e.g. from a URL) to 32 bits with FNV-1a, so "lesson-3" is a valid seed too. */
export function seedFromString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

const rotl = (x: number, k: number) => ((x << k) | (x >>> (32 - k))) >>> 0;

export function createRng(seed: number | string): Rng {
  const seed32 = typeof seed === 'string' ? seedFromString(seed) : Math.trunc(seed) >>> 0;
  const fill = splitmix32(seed32);
  let s0 = fill();
  let s1 = fill();
  let s2 = fill();
  let s3 = fill();
  if ((s0 | s1 | s2 | s3) === 0) s0 = 1; // the all-zero state is a fixed point

  const nextUint32 = (): number => {
    const result = Math.imul(rotl(Math.imul(s1, 5) >>> 0, 7), 9) >>> 0;
    const t = (s1 << 9) >>> 0;
    s2 = (s2 ^ s0) >>> 0;
    s3 = (s3 ^ s1) >>> 0;
    s1 = (s1 ^ s2) >>> 0;
    s0 = (s0 ^ s3) >>> 0;
    s2 = (s2 ^ t) >>> 0;
    s3 = rotl(s3, 11);
    return result;
  };
  const next = () => nextUint32() / 4294967296;

  const int = (min: number, max: number): number => {
    if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) {
      throw new RangeError(`int(${min}, ${max}) needs whole numbers with min ≤ max`);
    }
    const span = max - min + 1;
    if (span > 4294967296) throw new RangeError('int() covers at most 2^32 values');
    // Reject the top sliver of the 32-bit range that would make some results likelier (modulo bias).
    const limit = 4294967296 - (4294967296 % span);
    let draw = nextUint32();
    while (draw >= limit) draw = nextUint32();
    return min + (draw % span);
  };

  let spareNormal: number | null = null;
  const normal = (mean = 0, sd = 1): number => {
    if (spareNormal !== null) {
      const value = spareNormal;
      spareNormal = null;
      return mean + sd * value;
    }
    let u = 0;
    while (u === 0) u = next();
    const v = next();
    const radius = Math.sqrt(-2 * Math.log(u));
    spareNormal = radius * Math.sin(2 * Math.PI * v);
    return mean + sd * radius * Math.cos(2 * Math.PI * v);
  };

  const exponential = (rate: number): number => {
    if (!(rate > 0)) throw new RangeError('exponential() needs a positive rate');
    return -Math.log(1 - next()) / rate;
  };

  return {
    nextUint32,
    next,
    int,
    normal,
    exponential,
    bernoulli: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new RangeError('pick() from an empty list');
      return items[int(0, items.length - 1)] as (typeof items)[number];
    },
    shuffle: (items) => {
      const out = items.slice();
      for (let i = out.length - 1; i > 0; i--) {
        const j = int(0, i);
        [out[i], out[j]] = [out[j] as (typeof out)[number], out[i] as (typeof out)[number]];
      }
      return out;
    },
  };
}
