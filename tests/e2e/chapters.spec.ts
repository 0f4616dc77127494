import { expect, test } from '@playwright/test';
import { chapterQuizzes } from '../../chapters/quizzes';
import { book } from './pages';
import { answerForm } from './quizzes';

for (const model of book) {
  const textPages = model.pages.filter((p) => p.kind !== 'overview');

  test.describe(`chapter "${model.slug}"`, () => {
    test(`the table of contents of each of its ${model.pages.length} pages lists that page's headings`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.setViewportSize({ width: 1400, height: 900 });
      for (const chapterPage of textPages) {
        await page.goto(chapterPage.path);
        const listed = await page
          .locator('.toc-rail')
          .getByRole('link')
          .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
        const top = chapterPage.kind === 'part' ? 3 : 2;
        expect(listed, chapterPage.path).toEqual(chapterPage.outline.headings.filter((h) => h.depth <= top + 1).map((h) => `#${h.id}`));
      }
    });

    const figurePages = model.pages.filter((p) => p.outline.figureIds.length > 0);
    test(`all ${model.outline.figureIds.length} figures render as SVG, numbered through the chapter`, async ({ page }) => {
      test.setTimeout(180_000);
      for (const chapterPage of figurePages) {
        await page.goto(chapterPage.path);
        for (const id of chapterPage.outline.figureIds) {
          const figure = page.locator(`[data-figure="${id}"]`);
          await figure.scrollIntoViewIfNeeded();
          await expect(figure, id).toHaveAttribute('data-status', 'rendered');
          await expect(figure.locator('svg').first()).toBeVisible();
          await expect(figure.locator('figcaption')).toContainText(`Figure ${model.figureNumbers[id]}.`);
        }
      }
    });

    const quiz = chapterQuizzes[model.slug];
    if (quiz) {
      test(`every section's quiz records an attempt (${quiz.length} sections), and the progress page sums them up`, async ({ page }) => {
        test.setTimeout(180_000);
        const pageOfQuiz = (section: string, phase: 'pre' | 'post') =>
          model.pages.find((p) => p.outline.components.some((c) => c.name === 'Quiz' && c.attributes.section === section && c.attributes.phase === phase))!.path;
        for (const section of quiz) {
          for (const phase of ['pre', 'post'] as const) {
            await page.goto(pageOfQuiz(section.section, phase));
            const box = page.locator(`[data-quiz="${section.section}-${phase}"]`);
            await box.scrollIntoViewIfNeeded();
            await answerForm(box, section[phase], () => true);
            await box.getByRole('button', { name: 'Check answers' }).click();
            await expect(box.getByRole('status')).toContainText(`You answered ${section[phase].length} of ${section[phase].length} correctly.`);
          }
        }
        const summary = model.pages.find((p) => p.outline.components.some((c) => c.name === 'ChapterProgress'))!;
        await page.goto(summary.path);
        for (const section of quiz) {
          const row = page.locator(`[data-chapter-progress] tr[data-section="${section.section}"]`);
          await expect(row.locator('[data-cell="gain"]')).toHaveText('0 points');
          await expect(row.getByRole('link')).toHaveAttribute('href', `/chapters/${model.slug}/${section.heading}/`);
        }
        await page.goto(model.overview.path);
        await expect(page.locator('.section-status[data-status="done"]')).toHaveCount(quiz.length);
      });
    }
  });
}
