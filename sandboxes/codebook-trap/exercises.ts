import { numberAnswer, type Exercise } from '@/lib/sandbox/exercise';
import type { CodebookTrapParams, CodebookTrapResult, Question } from './model';

type CodebookExercise = Exercise<CodebookTrapParams, CodebookTrapResult>;

export function question(result: CodebookTrapResult, id: Question['id']): Question {
  const q = result.questions.find((x) => x.id === id);
  if (!q) throw new Error(`The run has no question ${id}.`);
  return q;
}
const within = (answer: number, expected: number | null, slack: number) => expected !== null && Number.isFinite(answer) && Math.abs(answer - expected) <= slack;
/** Everything but timings: a re-run with the same settings reproduces it. */
const answers = (r: CodebookTrapResult) => ({ questions: r.questions.map((q) => [q.id, q.naive.value, q.codebook.value, q.truth]), paymentCounts: r.paymentCounts, rateCounts: r.rateCounts });

export const twoAverages: CodebookExercise = {
  id: 'codebook-trap-two-averages',
  prompt:
    'Run the defaults. What average tip does SQL give when you take tip_amount at face value, and what when you ask as the dictionary says (card trips only)? Enter both to the cent, then explain why the first is roughly the second times the share of card trips.',
  fields: [
    { name: 'naive', kind: 'number', label: 'Naive average tip', unit: '$' },
    { name: 'codebook', kind: 'number', label: 'Average over card trips', unit: '$' },
  ],
  deterministic: true,
  evidence: answers,
  check(result, given) {
    const q = question(result, 'avg-tip');
    const naive = numberAnswer(given, 'naive');
    const codebook = numberAnswer(given, 'codebook');
    if (!within(naive, q.naive.value, 0.006)) return { pass: false, feedback: 'Not yet: the naive average is the first answer in the “Average tip” row, to the cent.' };
    if (!within(codebook, q.codebook.value, 0.006)) return { pass: false, feedback: 'Not yet: the dictionary’s answer is the second one in the “Average tip” row (WHERE payment_type = 1).' };
    const share = (result.paymentCounts[1] ?? 0) / result.trips;
    return {
      pass: true,
      feedback: `Yes: $${q.naive.value!.toFixed(2)} against $${q.codebook.value!.toFixed(2)}. Every trip not paid by card holds tip_amount 0, so the naive mean is the card mean × ${(100 * share).toFixed(1)} % card trips — it measures how people pay, not how they tip.`,
    };
  },
};

export const cashTippers: CodebookExercise = {
  id: 'codebook-trap-cash-tippers',
  prompt:
    'Set “Cash riders tip (% of what card riders tip)” to 40 and run. The dictionary’s query gives the same kind of answer as before; how far is it now from the average tip riders really gave (the generator’s hidden truth)? Enter the gap in dollars (card-only answer − truth).',
  explore: { cashTipPct: 40 },
  fields: [{ name: 'gap', kind: 'number', label: 'Card-only answer − truth', unit: '$' }],
  deterministic: true,
  evidence: answers,
  check(result, given, params) {
    if (params.cashTipPct > 60) return { pass: false, feedback: 'Set cash riders’ tips to 40 % (or any value of 60 or less) and run again: at 100 % they tip like card riders and the gap is small.' };
    const q = question(result, 'avg-tip');
    const gap = (q.codebook.value ?? 0) - q.truth;
    if (!within(numberAnswer(given, 'gap'), gap, 0.011)) return { pass: false, feedback: 'Not yet: subtract the “truth” column from the card-only answer in the “Average tip” row.' };
    return {
      pass: true,
      feedback: `Yes: $${gap.toFixed(2)}. The dictionary keeps you from counting cash tips as zeros, but it cannot tell you what cash riders tipped: the card-only mean describes card riders. A model trained on it must say so, or its target must change.`,
    };
  },
};

export const unknownRate: CodebookExercise = {
  id: 'codebook-trap-unknown-rate',
  prompt:
    'Write your own query: how many trips have RatecodeID 99 (“Null/unknown”)? Put it in the query box, run, and enter the count. Then look at the RatecodeID table: why does the average fare of the 99 rows sit between the standard and the JFK fares?',
  fields: [{ name: 'count', kind: 'number', label: 'Trips with RatecodeID 99' }],
  deterministic: true,
  evidence: answers,
  check(result, given) {
    const count = result.rateCounts[99] ?? 0;
    if (numberAnswer(given, 'count') !== count) return { pass: false, feedback: 'Not yet: SELECT count(*) FROM trips WHERE RatecodeID = 99 gives it; the RatecodeID table under Tables shows it too.' };
    const behind = Object.entries(result.hiddenRates).filter(([code]) => code !== '1').reduce((s, [, n]) => s + n, 0);
    return {
      pass: true,
      feedback: `Yes: ${count.toLocaleString('en-US')}. Behind them the generator hid ${behind.toLocaleString('en-US')} airport, out-of-city or negotiated trips among the standard ones: code 99 says the rate is unknown, so its fares cannot be read as metered fares.`,
    };
  },
};

export const codebookTrapExercises: readonly CodebookExercise[] = [twoAverages, cashTippers, unknownRate];
