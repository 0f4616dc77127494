import { expect, test } from '@playwright/test';
import { chapters } from '../../chapters/catalog';

test('home lists every chapter and links to each', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Data Systems for Machine Learning');
  for (const chapter of chapters) {
    await page.goto('/');
    await page.getByRole('main').getByRole('link', { name: chapter.title, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/chapters/${chapter.slug}/$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(chapter.title);
  }
});

test('home links to a chapter section lands on that heading', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Batch vs streaming ingestion' }).click();
  await expect(page).toHaveURL(/\/chapters\/ingestion\/#batch-vs-streaming-ingestion$/);
  await expect(page.locator('#batch-vs-streaming-ingestion')).toBeInViewport();
});

test('previous and next move through the chapters in reading order', async ({ page }) => {
  await page.goto(`/chapters/${chapters[0]!.slug}/`);
  await expect(page.getByRole('link', { name: /^Previous/ })).toHaveCount(0);
  for (const chapter of chapters.slice(1)) {
    await page.getByRole('navigation', { name: 'Previous and next chapter' }).getByRole('link', { name: /^Next/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(chapter.title);
  }
  await expect(page.getByRole('navigation', { name: 'Previous and next chapter' }).getByRole('link', { name: /^Next/ })).toHaveCount(0);
});

test('the table of contents links to every heading and follows the reader', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto('/chapters/fundamentals/');
  const toc = page.locator('.toc-rail').getByRole('navigation', { name: 'On this page' });
  const links = toc.getByRole('link');
  const count = await links.count();
  expect(count).toBeGreaterThan(20);
  // Every entry points at a heading that exists on the page.
  const targets = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!.slice(1)));
  for (const id of targets) expect(await page.locator(`[id="${id}"]`).count(), id).toBe(1);

  await toc.getByRole('link', { name: 'Storage engines', exact: true }).click();
  await expect(page).toHaveURL(/#storage-engines$/);
  await expect(page.locator('#storage-engines')).toBeInViewport();
  await expect(toc.getByRole('link', { name: 'Storage engines', exact: true })).toHaveAttribute('aria-current', 'location');

  // Scrolled to the end, the short last section is the current one even though it never reaches the top.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect(toc.getByRole('link', { name: 'Your progress', exact: true })).toHaveAttribute('aria-current', 'location');
  await expect(toc.locator('[aria-current="location"]')).toHaveCount(1);
});

test('a deep link scrolls to its heading on load', async ({ page }) => {
  await page.goto('/chapters/data-systems/#orchestration-and-operations');
  await expect(page.locator('#orchestration-and-operations')).toBeInViewport();
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/chapters/ingestion/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('a 360 px phone gets one column, the contents in a disclosure, and no sideways scroll', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ['/', '/chapters/fundamentals/', '/kit/']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await page.goto('/chapters/fundamentals/');
  await expect(page.getByRole('navigation', { name: 'Chapters' })).toBeHidden();
  await page.locator('.toc-inline summary').click();
  await page.locator('.toc-inline').getByRole('link', { name: 'Data models', exact: true }).click();
  await expect(page.locator('#data-models')).toBeInViewport();
});

test('print hides navigation and controls but keeps text and figures', async ({ page }) => {
  await page.goto('/chapters/fundamentals/#row-major-versus-column-major');
  await expect(page.locator('[data-figure="row-column-order"] svg')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.toc-rail')).toBeHidden();
  await expect(page.locator('.pager')).toBeHidden();
  await expect(page.locator('[data-figure="row-column-order"] svg')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
