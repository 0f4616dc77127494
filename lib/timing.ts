import { median } from './stats';

/**
 * Times a fast operation honestly: a warm-up, then passes batched until one sample outlasts the
 * clock's granularity (workers see performance.now() in 0.1 ms steps without cross-origin
 * isolation), then `repeats` samples. Every pass must return the same checksum, which keeps the
 * work from being optimised away and checks that it is deterministic.
 */
export interface TimingOptions {
  repeats: number;
  now(): number;
  /** A sample lasts at least this long. */
  minSampleMs?: number;
  /** Never batch more passes than this into one sample. */
  maxPasses?: number;
  /** Called after each sample with the fraction done. */
  onSample?(fraction: number): void;
}

export interface TimingResult {
  checksum: number;
  passesPerSample: number;
  /** Milliseconds per pass, one entry per sample. */
  passMs: number[];
  medianMs: number;
  minMs: number;
  maxMs: number;
}

export function timeRepeated(pass: () => number, options: TimingOptions): TimingResult {
  const { repeats, now, minSampleMs = 4, maxPasses = 1 << 20, onSample } = options;
  const checksum = pass(); // warm-up
  const sample = (passes: number) => {
    const start = now();
    for (let p = 0; p < passes; p++) {
      if (pass() !== checksum) throw new Error('A timed pass gave a different answer than the warm-up.');
    }
    return now() - start;
  };
  // Calibrate on the shorter of two samples: one sample stretched by a GC pause or a busy core would
  // stop the doubling too early, and the real samples would then fall below the clock's resolution.
  let passesPerSample = 1;
  while (Math.min(sample(passesPerSample), sample(passesPerSample)) < minSampleMs && passesPerSample * 2 <= maxPasses) passesPerSample *= 2;

  const passMs: number[] = [];
  for (let r = 0; r < repeats; r++) {
    passMs.push(sample(passesPerSample) / passesPerSample);
    onSample?.((r + 1) / repeats);
  }
  return { checksum, passesPerSample, passMs, medianMs: median(passMs), minMs: Math.min(...passMs), maxMs: Math.max(...passMs) };
}

/** timeRepeated for asynchronous work (a reader that awaits); the same batching and checks. */
export async function timeRepeatedAsync(pass: () => Promise<number>, options: TimingOptions): Promise<TimingResult> {
  const { repeats, now, minSampleMs = 4, maxPasses = 1 << 20, onSample } = options;
  const checksum = await pass();
  const sample = async (passes: number) => {
    const start = now();
    for (let p = 0; p < passes; p++) {
      if ((await pass()) !== checksum) throw new Error('A timed pass gave a different answer than the warm-up.');
    }
    return now() - start;
  };
  let passesPerSample = 1;
  while (Math.min(await sample(passesPerSample), await sample(passesPerSample)) < minSampleMs && passesPerSample * 2 <= maxPasses) passesPerSample *= 2;
  const passMs: number[] = [];
  for (let r = 0; r < repeats; r++) {
    passMs.push((await sample(passesPerSample)) / passesPerSample);
    onSample?.((r + 1) / repeats);
  }
  return { checksum, passesPerSample, passMs, medianMs: median(passMs), minMs: Math.min(...passMs), maxMs: Math.max(...passMs) };
}

/**
 * The clock's resolution in ms: the smallest non-zero step between two readings, over a few tries
 * (0.1 ms in a browser worker without cross-origin isolation).
 */
export function clockResolution(clock: { now(): number }): number {
  let smallest = Infinity;
  for (let trial = 0; trial < 5; trial++) {
    const first = clock.now();
    let next = first;
    while (next === first) next = clock.now();
    smallest = Math.min(smallest, next - first);
  }
  return smallest;
}
