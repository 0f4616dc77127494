import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { chapters } from '../../chapters/catalog';
import { chapterQuizzes } from '../../chapters/quizzes';
import { outline } from '../../lib/content/outline';

for (const chapter of chapters) {
  const source = readFileSync(`chapters/${chapter.slug}/index.mdx`, 'utf8');
  const { headings, figureIds } = outline(source);

  test.describe(`chapter "${chapter.slug}"`, () => {
    test('the table of contents lists every section and subsection', async ({ page }) => {
      await page.setViewportSize({ width: 1400, height: 900 });
      await page.goto(`/chapters/${chapter.slug}/`);
      const listed = await page
        .locator('.toc-rail')
        .getByRole('link')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(listed).toEqual(headings.filter((h) => h.depth <= 3).map((h) => `#${h.id}`));
    });

    test(`all ${figureIds.length} figures render as SVG`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.goto(`/chapters/${chapter.slug}/`);
      for (const id of figureIds) {
        const figure = page.locator(`[data-figure="${id}"]`);
        await figure.scrollIntoViewIfNeeded();
        await expect(figure, id).toHaveAttribute('data-status', 'rendered');
        await expect(figure.locator('svg').first()).toBeVisible();
      }
    });

    const quiz = chapterQuizzes[chapter.slug];
    if (quiz) {
      test(`every section's quiz records an attempt (${quiz.length} sections)`, async ({ page }) => {
        test.setTimeout(120_000);
        await page.goto(`/chapters/${chapter.slug}/`);
        for (const section of quiz) {
          for (const phase of ['pre', 'post'] as const) {
            const box = page.locator(`[data-quiz="${section.section}-${phase}"]`);
            await box.scrollIntoViewIfNeeded();
            for (const [index, question] of section.questions.entries()) {
              await box.getByRole('group', { name: new RegExp(`^${index + 1}\\.`) }).getByRole('radio').nth(question.answer).check();
            }
            await box.getByRole('button', { name: 'Check answers' }).click();
            await expect(box.getByRole('status')).toContainText(`You answered ${section.questions.length} of ${section.questions.length} correctly.`);
          }
          const row = page.locator(`[data-chapter-progress] tr[data-section="${section.section}"]`);
          await expect(row.locator('[data-cell="gain"]')).toHaveText('0 points');
        }
      });
    }
  });
}
