import { describe, expect, it } from 'vitest';
import { cueProblems, cueStats, sharedStems } from '@/lib/quiz/cues';
import { sectionFormsSchema } from '@/lib/quiz/schema';
import { firstSeed, optionOrder } from '@/lib/quiz/shuffle';
import { chapterQuizzes } from './quizzes';

/**
 * The book's quiz data (issue #22): two parallel forms per section, and no cue a test-wise reader
 * could answer from. The bounds are lib/quiz/cues.ts's; scripts/quiz-cues.ts prints the same numbers.
 */
const chapters = Object.entries(chapterQuizzes).map(([slug, quiz]) => ({ slug, quiz: quiz ?? [] }));
const questionsOf = (quiz: (typeof chapters)[number]['quiz']) => quiz.flatMap((s) => [...s.pre, ...s.post]);
const book = chapters.flatMap(({ quiz }) => questionsOf(quiz));

describe.each(chapters)('quiz data of chapter "$slug"', ({ quiz }) => {
  it('gives every section both forms (at least 4 questions each) on its own objectives, each objective tested in both', () => {
    for (const section of quiz) {
      const parsed = sectionFormsSchema.safeParse(section);
      expect(parsed.success ? [] : parsed.error.issues.map((i) => `${section.section}: ${i.path.join('.')}: ${i.message}`)).toEqual([]);
      const ids = new Set(section.objectives.map((o) => o.id));
      for (const phase of ['pre', 'post'] as const) {
        expect(section[phase].filter((q) => !ids.has(q.objective)).map((q) => q.id), `${section.section} ${phase}: objectives not the section's`).toEqual([]);
        const tested = new Set(section[phase].map((q) => q.objective));
        expect([...ids].filter((id) => !tested.has(id)), `${section.section}: objectives the ${phase} form does not test`).toEqual([]);
      }
    }
  });

  it('keeps the cue statistics in bounds (correct option strictly longest 15–35 %, strictly shortest ≤ 35 %, absolute words within a factor of 2)', () => {
    expect(cueProblems(cueStats(questionsOf(quiz)))).toEqual([]);
  });

  it('gives every option an explanation', () => {
    for (const q of questionsOf(quiz)) for (const o of q.options) expect(o.explanation.length, q.id).toBeGreaterThan(20);
  });
});

describe('quiz data of the whole book', () => {
  it('keeps the cue statistics in bounds over every question', () => {
    expect(cueProblems(cueStats(book))).toEqual([]);
  });

  it('shares no stem between two questions, within a section or across the book', () => {
    expect(sharedStems(book)).toEqual([]);
  });

  it('uses each question id and each objective id once', () => {
    const ids = book.map((q) => q.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    const objectives = chapters.flatMap(({ slug, quiz }) => quiz.flatMap((s) => s.objectives.map((o) => `${slug}/${o.id}`)));
    expect(objectives.filter((id, i) => objectives.indexOf(id) !== i)).toEqual([]);
  });

  it('shows the correct option at each of the four places in 15–35 % of first attempts (one fixed seed per form)', () => {
    const at = [0, 0, 0, 0];
    for (const { slug, quiz } of chapters) {
      for (const section of quiz) {
        for (const phase of ['pre', 'post'] as const) {
          const seed = firstSeed(slug, section.section, phase);
          for (const q of section[phase]) at[optionOrder(seed, q.id).indexOf(q.answer)]! += 1;
        }
      }
    }
    expect(at.reduce((a, b) => a + b, 0)).toBe(book.length);
    for (const n of at) {
      expect(n / book.length).toBeGreaterThan(0.15);
      expect(n / book.length).toBeLessThan(0.35);
    }
  });
});
