import { expect, test } from '@playwright/test';

test('a mermaid figure renders as a numbered, described SVG, and re-renders for the theme', async ({ page }) => {
  await page.goto('/chapters/fundamentals/data-formats/#row-major-versus-column-major');
  const figure = page.locator('[data-figure="row-column-order"]');
  await expect(figure).toHaveAttribute('data-status', 'rendered');
  await expect(figure.locator('svg')).toBeVisible();
  await expect(figure.locator('figcaption')).toContainText('Figure 2.2.');
  await expect(figure.getByRole('img')).toHaveAttribute('aria-label', /four rows and three columns/);
  const lightSvg = await figure.locator('svg').innerHTML();
  await page.getByRole('button', { name: /Switch to (dark|light) theme/ }).click();
  await expect.poll(() => figure.locator('svg').innerHTML()).not.toBe(lightSvg);
});

test('figure numbers run through the chapter, whichever page a figure lands on', async ({ page }) => {
  await page.goto('/chapters/data-systems/data-pipelines/');
  await expect(page.locator('[data-figure="dp-ingest-pipeline-flow"] figcaption')).toContainText('Figure 3.12.');
  await page.goto('/chapters/data-systems/data-pipelines/query-and-compute-engines/#figure-dp-engine-hop-windows');
  await expect(page.locator('[data-figure="dp-engine-hop-windows"] figcaption')).toContainText('Figure 3.33.');
});

test('a figure with a syntax error shows a readable error box', async ({ page }) => {
  await page.goto('/kit/');
  const broken = page.locator('[data-figure="kit-broken"]');
  await broken.scrollIntoViewIfNeeded();
  await expect(broken).toHaveAttribute('data-status', 'error');
  await expect(broken.getByRole('alert')).toContainText('could not be drawn');
  await expect(broken.getByRole('alert')).toContainText(/Parse error on line \d/);
  await expect(broken.locator('svg')).toHaveCount(0);
  // The good figure on the same page still renders.
  await page.locator('[data-figure="kit-pipeline"]').scrollIntoViewIfNeeded();
  await expect(page.locator('[data-figure="kit-pipeline"] svg')).toBeVisible();
});
