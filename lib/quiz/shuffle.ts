import { createRng, seedFromString } from '@/lib/random';

/**
 * Option order for one attempt (issue #22): each question's four options are shown in an order drawn
 * from the attempt's seed and the question's id, so the same attempt always shows the same order
 * and the correct option sits at no fixed letter. Answers record the option as written (its index in
 * the data), never its shown position, so re-scoring needs neither the seed nor the order.
 */
export function optionOrder(seed: number, questionId: string): number[] {
  return createRng((seed ^ seedFromString(questionId)) >>> 0).shuffle([0, 1, 2, 3]);
}

/** Items in a fresh order for a seed (review tries ask missed questions in a new order each time). */
export function shuffled<T>(seed: number, items: readonly T[]): T[] {
  return createRng(seed >>> 0).shuffle(items);
}

/**
 * A form's first attempt's seed, the same for every reader: the page is prerendered in that order,
 * so nothing moves when it loads. Later attempts draw a fresh seed ({@link newSeed}), so a retake
 * never shows the order the reader may remember.
 */
export function firstSeed(chapter: string, section: string, phase: string): number {
  return seedFromString(`first-attempt/${chapter}/${section}/${phase}`) >>> 0;
}

/** A new attempt's seed: 32 random bits. */
export function newSeed(): number {
  const bits = new Uint32Array(1);
  crypto.getRandomValues(bits);
  return bits[0]!;
}
