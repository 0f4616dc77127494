import type { QuizQuestion } from './schema';

/**
 * Cues a test-wise reader could answer from without knowing the material (issue #22): the correct
 * option's length against its distractors, absolute words that sit mostly in wrong options, and
 * questions whose stems repeat. The quiz data test holds every chapter to the bounds below.
 */
export const CUE_BOUNDS = {
  /** Share of questions whose correct option is strictly the longest: neither a cue nor a reverse cue. */
  longest: { min: 0.15, max: 0.35 },
  /** Share of questions whose correct option is strictly the shortest. */
  shortestMax: 0.35,
  /** Rate of absolute words in correct options over their rate in distractors, within this factor either way. */
  absoluteFactor: 2,
  /** Two stems sharing more than this share of their word trigrams count as the same stem. */
  stemOverlap: 0.5,
} as const;

export const ABSOLUTE_WORDS = ['always', 'never', 'cannot', "can't", 'only', 'all', 'none', 'every', 'must', 'guaranteed', 'guarantees', 'impossible', 'no'] as const;
const absolute = new RegExp(`(^|[^a-z'])(${ABSOLUTE_WORDS.join('|')})(?=$|[^a-z'])`, 'i');

export const hasAbsoluteWord = (text: string) => absolute.test(text);

export interface CueStats {
  questions: number;
  /** Share whose correct option is strictly the longest (in characters). */
  longest: number;
  /** Share whose correct option is strictly the shortest. */
  shortest: number;
  /** Share of correct options with an absolute word. */
  absoluteInCorrect: number;
  /** Share of distractors with an absolute word. */
  absoluteInDistractors: number;
  /** Questions per correct position 0–3 in the data as written (before any shuffling). */
  positions: [number, number, number, number];
}

export function cueStats(questions: readonly QuizQuestion[]): CueStats {
  let longest = 0;
  let shortest = 0;
  let absCorrect = 0;
  let absWrong = 0;
  const positions: [number, number, number, number] = [0, 0, 0, 0];
  for (const q of questions) {
    const lengths = q.options.map((o) => o.text.length);
    const right = lengths[q.answer]!;
    const others = lengths.filter((_, i) => i !== q.answer);
    if (others.every((l) => right > l)) longest++;
    if (others.every((l) => right < l)) shortest++;
    q.options.forEach((o, i) => {
      if (!hasAbsoluteWord(o.text)) return;
      if (i === q.answer) absCorrect++;
      else absWrong++;
    });
    positions[q.answer] = (positions[q.answer] ?? 0) + 1;
  }
  const n = Math.max(1, questions.length);
  return { questions: questions.length, longest: longest / n, shortest: shortest / n, absoluteInCorrect: absCorrect / n, absoluteInDistractors: absWrong / (3 * n), positions };
}

const trigrams = (text: string) => {
  const words = text.toLowerCase().replace(/[^a-z0-9 ]+/g, ' ').split(/\s+/).filter(Boolean);
  const out = new Set<string>();
  for (let i = 0; i + 2 < words.length; i++) out.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return out;
};

/** Pairs of question ids whose stems share more than CUE_BOUNDS.stemOverlap of their word trigrams (of the smaller stem). */
export function sharedStems(questions: readonly QuizQuestion[]): [string, string][] {
  const grams = questions.map((q) => ({ id: q.id, set: trigrams(q.prompt) }));
  const pairs: [string, string][] = [];
  for (let i = 0; i < grams.length; i++) {
    for (let j = i + 1; j < grams.length; j++) {
      const a = grams[i]!.set;
      const b = grams[j]!.set;
      const small = Math.min(a.size, b.size);
      if (small === 0) continue;
      let common = 0;
      for (const g of a) if (b.has(g)) common++;
      if (common / small > CUE_BOUNDS.stemOverlap) pairs.push([grams[i]!.id, grams[j]!.id]);
    }
  }
  return pairs;
}

/** What is out of bounds in these stats, in words; empty when none is. */
export function cueProblems(stats: CueStats): string[] {
  const out: string[] = [];
  const pct = (x: number) => `${(100 * x).toFixed(0)} %`;
  if (stats.longest < CUE_BOUNDS.longest.min || stats.longest > CUE_BOUNDS.longest.max) out.push(`correct option strictly longest in ${pct(stats.longest)} (want 15–35 %)`);
  if (stats.shortest > CUE_BOUNDS.shortestMax) out.push(`correct option strictly shortest in ${pct(stats.shortest)} (want at most 35 %)`);
  const { absoluteInCorrect: c, absoluteInDistractors: d } = stats;
  if ((c > 0 || d > 0) && (c === 0 || d === 0 || c / d > CUE_BOUNDS.absoluteFactor || d / c > CUE_BOUNDS.absoluteFactor))
    out.push(`absolute words in ${pct(c)} of correct options against ${pct(d)} of distractors (want within a factor of 2)`);
  return out;
}
