import { describe, expect, it } from 'vitest';
import { chapterQuizSchema } from '@/lib/quiz/schema';
import { chapterQuizzes } from './quizzes';

describe.each(Object.entries(chapterQuizzes))('quiz data of chapter "%s"', (_slug, quiz) => {
  it('matches the quiz schema: 4 options, one answer, at least 3 questions per section', () => {
    expect(chapterQuizSchema.safeParse(quiz).success).toBe(true);
  });

  it('spreads correct answers evenly over the four positions', () => {
    const counts = [0, 0, 0, 0];
    for (const section of quiz!) for (const q of section.questions) counts[q.answer]! += 1;
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
  });

  it('never makes the correct option the longest one in every question (no length tell)', () => {
    const questions = quiz!.flatMap((s) => s.questions);
    const longestIsAnswer = questions.filter((q) => {
      const lengths = q.options.map((o) => o.text.length);
      return lengths[q.answer] === Math.max(...lengths);
    });
    expect(longestIsAnswer.length).toBeLessThan(questions.length / 2);
  });

  it('uses unique question ids and gives every option an explanation', () => {
    const ids = quiz!.flatMap((s) => s.questions.map((q) => q.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const q of quiz!.flatMap((s) => s.questions)) for (const o of q.options) expect(o.explanation.length).toBeGreaterThan(20);
  });
});
