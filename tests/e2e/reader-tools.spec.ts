import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { pageOf, sandboxBox } from './sandboxes';

/**
 * The reader's tools that live in every section page: a sandbox or figure whose code fails to load
 * keeps its error in its own frame (with Retry) while the page lives on, and printing draws every
 * figure, prints the quizzes' questions and a note for each sandbox.
 */

/** A section page with five figures, two quizzes and a sandbox below the fold. */
const PRINT_PAGE = '/chapters/data-systems/data-repositories/';
const SANDBOX = 'data-models';

/** Code files loaded after the page: the lazy chunks (a sandbox's view, mermaid). */
const CHUNKS = '**/_next/static/chunks/**';

async function hydrated(page: Page) {
  await page.waitForLoadState('networkidle');
}

test('a sandbox whose code fails to load shows its own error with Retry, and the page lives on', async ({ page }) => {
  await page.goto(pageOf(SANDBOX));
  await hydrated(page);
  // From now on every new code file fails, as when the network is gone or a deploy removed it.
  await page.route(CHUNKS, (route) => route.abort('failed'));

  const slot = page.locator(`#sandbox-${SANDBOX}`);
  await slot.scrollIntoViewIfNeeded();
  const box = sandboxBox(page, SANDBOX);
  await expect(box).toHaveAttribute('data-state', 'load-error', { timeout: 30_000 });
  const alert = box.getByRole('alert');
  await expect(alert).toContainText('This sandbox could not load.');
  const retry = alert.getByRole('button', { name: 'Retry' });
  await expect(retry).toBeVisible();

  // The page around it is still there and still works.
  await expect(page.getByText("This page couldn't load")).toHaveCount(0);
  await expect(page.locator('h1#chapter-title')).toBeVisible();
  await expect(page.locator('.prose h2').first()).toBeVisible();
  await expect(page.locator('.prose p').first()).not.toBeEmpty();
  const option = page.locator('.quiz input[type="radio"]').first();
  await option.check();
  await expect(option).toBeChecked();

  // Back online: Retry loads the sandbox.
  await page.unroute(CHUNKS);
  await retry.click();
  await expect(box).toHaveAttribute('data-state', 'idle', { timeout: 60_000 });
  await expect(box.getByRole('button', { name: 'Run', exact: true })).toBeVisible();
});

test('a figure whose code fails to load shows its own error, and Retry draws it', async ({ page }) => {
  await page.goto(PRINT_PAGE);
  await hydrated(page);
  await page.route(CHUNKS, (route) => route.abort('failed'));
  const figure = page.locator('[data-figure]').first();
  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toHaveAttribute('data-status', 'unavailable', { timeout: 30_000 });
  await expect(figure.getByRole('alert')).toContainText('could not be drawn');
  await expect(page.locator('h1#chapter-title')).toBeVisible();
  await page.unroute(CHUNKS);
  await figure.getByRole('button', { name: 'Retry' }).click();
  await expect(figure).toHaveAttribute('data-status', 'rendered', { timeout: 60_000 });
  await expect(figure.locator('.figure-svg svg')).toBeVisible();
});

test('"Print this section" draws every figure before it opens the print dialog', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { printed: number; print: () => void };
    w.printed = 0;
    w.print = () => {
      w.printed += 1;
    };
  });
  await page.goto(PRINT_PAGE);
  await hydrated(page);
  const figures = page.locator('[data-figure]');
  await expect(figures.last()).toHaveAttribute('data-status', 'waiting');
  await page.getByRole('button', { name: 'Print this section' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed), { timeout: 60_000 }).toBe(1);
  await expect(page.locator('[data-figure][data-status="rendered"]')).toHaveCount(await figures.count());
  await expect(page.getByRole('button', { name: 'Print this section' })).toBeEnabled();
});

async function printReady(page: Page) {
  await page.goto(PRINT_PAGE);
  await hydrated(page);
  await page.emulateMedia({ media: 'print' });
  const figures = page.locator('[data-figure]');
  const count = await figures.count();
  expect(count).toBeGreaterThanOrEqual(2);
  // Every figure draws, though none was scrolled into view.
  for (let i = 0; i < count; i++) await expect(figures.nth(i)).toHaveAttribute('data-status', 'rendered', { timeout: 60_000 });
  return count;
}

test('in print every figure is drawn, quizzes show their questions, and a sandbox prints where to run it', async ({ page }) => {
  const count = await printReady(page);
  await expect(page.locator('[data-figure] .figure-svg svg')).toHaveCount(count);
  await expect(page.locator('.figure-placeholder:visible')).toHaveCount(0);

  const quiz = page.locator('.quiz').first();
  await expect(quiz.locator('legend').first()).toBeVisible();
  await expect(quiz.locator('.quiz-option label').first()).toBeVisible();
  await expect(quiz.getByRole('button', { name: 'Check answers' })).toBeHidden();

  const note = page.locator('.sandbox-print-note').first();
  await expect(note).toBeVisible();
  await expect(note).toContainText(/run it at http:\/\/127\.0\.0\.1:\d+\/chapters\/.+#sandbox-/);
  await expect(page.getByRole('button', { name: 'Print this section' })).toBeHidden();
  await expect(page.locator('.site-header')).toBeHidden();
});

test('"Print this section" is on section pages; a PDF of the section has its figures, questions and notes', async ({ page }) => {
  await page.goto(PRINT_PAGE);
  await expect(page.getByRole('button', { name: 'Print this section' })).toBeVisible();
  await printReady(page);

  const out = test.info().outputPath();
  mkdirSync(out, { recursive: true });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;
  expect(pages).toBeGreaterThan(3);
  writeFileSync(`${out}/section.pdf`, pdf);
  // What the printed pages look like, for a person to check (no PDF rasteriser here).
  await page.screenshot({ path: `${out}/section-print.png`, fullPage: true });
});
