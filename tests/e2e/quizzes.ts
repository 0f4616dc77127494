import { expect, type Locator, type Page } from '@playwright/test';
import type { FormQuestion, QuizPhase, SectionForms } from '../../lib/quiz/schema';

/**
 * Answers one form in the page: the questions for which `right(index)` holds with their correct
 * option, the others with a wrong one. Options are shuffled per attempt, so each is picked by its
 * index as written (data-option), never by where it is shown.
 */
export async function answerForm(box: Locator, questions: readonly FormQuestion[], right: (index: number) => boolean) {
  await box.scrollIntoViewIfNeeded();
  for (const [index, question] of questions.entries()) {
    const choice = right(index) ? question.answer : (question.answer + 1) % 4;
    await box.getByRole('group', { name: new RegExp(`^${index + 1}\\.`) }).locator(`li[data-option="${choice}"] input[type="radio"]`).check();
  }
}

/** Takes a section's form with the first `right` questions correct, checks it, and waits for the score. */
export async function takeForm(page: Page, section: SectionForms, phase: QuizPhase, right: number): Promise<Locator> {
  const box = page.locator(`[data-quiz="${section.section}-${phase}"]`);
  const questions = section[phase];
  await answerForm(box, questions, (index) => index < right);
  await box.getByRole('button', { name: 'Check answers' }).click();
  await expect(box.getByRole('status')).toContainText(`You answered ${right} of ${questions.length} correctly.`);
  return box;
}

/** The gain in points the progress table shows for these scores. */
export const gainOf = (pre: number, preTotal: number, post: number, postTotal: number) => {
  const points = Math.round((post / postTotal - pre / preTotal) * 100);
  return `${points > 0 ? '+' : ''}${points} points`;
};
