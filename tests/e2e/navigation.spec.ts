import { expect, test } from '@playwright/test';
import { chapters } from '../../chapters/catalog';
import { readingOrder, sectionsOf } from '../../lib/content/chapter';
import { book } from './pages';

const pager = (page: import('@playwright/test').Page) => page.getByRole('navigation', { name: 'Previous and next page' });

test('home lists every chapter and links to each overview', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Data Systems for Machine Learning');
  for (const chapter of chapters) {
    await page.goto('/');
    await page.getByRole('main').getByRole('link', { name: chapter.title, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/chapters/${chapter.slug}/$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(chapter.title);
  }
});

test('home links to a section open its page', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Batch vs streaming ingestion' }).click();
  await expect(page).toHaveURL(/\/chapters\/ingestion\/batch-vs-streaming-ingestion\/$/);
  await expect(page.locator('#batch-vs-streaming-ingestion')).toBeInViewport();
});

test('an overview lists its sections (and parts) with links, and says which section holds which sandbox', async ({ page }) => {
  const model = book.find((m) => m.slug === 'data-systems')!;
  await page.goto('/chapters/data-systems/');
  const list = page.locator('.overview-sections');
  for (const { section, parts } of sectionsOf(model)) {
    await expect(list.getByRole('link', { name: section.title, exact: true })).toHaveAttribute('href', section.path);
    for (const part of parts) await expect(list.getByRole('link', { name: part.title, exact: true })).toHaveAttribute('href', part.path);
  }
  // Before any quiz: each section with a quiz says so (the status comes from this browser's store).
  await expect(list.locator('[data-section-page="/chapters/data-systems/types-of-data/"] .section-status')).toHaveText('Quizzes not taken yet');
  const sandbox = page.locator('[data-sandbox-link="query-plans"]');
  await expect(sandbox).toContainText('in Data pipelines › Query and compute engines');
  await sandbox.getByRole('link').click();
  await expect(page).toHaveURL(/\/chapters\/data-systems\/data-pipelines\/query-and-compute-engines\/#sandbox-query-plans$/);
  await expect(page.locator('#sandbox-query-plans')).toBeInViewport();
});

test('the overview shows where the reader stands in each section’s quizzes', async ({ page }) => {
  await page.goto('/chapters/ingestion/data-sources-for-ml/');
  const box = page.locator('[data-quiz="sources-pre"]');
  for (const group of await box.getByRole('group').all()) await group.getByRole('radio').first().check();
  await box.getByRole('button', { name: 'Check answers' }).click();
  await expect(box.getByRole('status')).toContainText('You answered');
  await page.goto('/chapters/ingestion/');
  const status = page.locator('[data-section-page="/chapters/ingestion/data-sources-for-ml/"] .section-status');
  await expect(status).toHaveAttribute('data-status', 'started');
  await expect(status).toContainText(/^Before reading \d+\/\d+ · after reading not taken yet$/);
});

test('previous and next walk every page from the first section of chapter 1 to the last of chapter 3', async ({ page }) => {
  test.setTimeout(120_000);
  const order = readingOrder(book);
  const first = order.findIndex((p) => p.kind === 'section');
  await page.goto(order[first]!.path);
  await expect(pager(page).getByRole('link', { name: /^← Previous/ })).toHaveAttribute('href', order[first - 1]!.path);
  for (const expected of order.slice(first + 1)) {
    await pager(page).getByRole('link', { name: /^Next/ }).click();
    await expect(page).toHaveURL(new RegExp(`${expected.path}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(expected.chapter.title);
    if (expected.kind !== 'overview') await expect(page.locator(`[id="${expected.path.split('/').at(-2)}"]`)).toBeVisible();
  }
  expect(order.at(-1)!.path).toBe('/chapters/data-systems/your-progress/');
  await expect(pager(page).getByRole('link', { name: /^Next/ })).toHaveCount(0);
  await pager(page).getByRole('link', { name: /^← Previous/ }).click();
  await expect(page).toHaveURL(new RegExp(`${order.at(-2)!.path}$`));
});

test('the sidebar lists the chapter’s sections, marks the current one, and opens a section cut into parts', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto('/chapters/data-systems/data-pipelines/etl-and-elt/');
  const sidebar = page.getByRole('navigation', { name: 'Chapters' });
  await expect(sidebar.getByRole('link', { name: 'ETL and ELT', exact: true })).toHaveAttribute('aria-current', 'page');
  await expect(sidebar.getByRole('link', { name: 'Data pipelines', exact: true })).toHaveAttribute('aria-current', 'true');
  await expect(sidebar.locator('[aria-current="page"]')).toHaveCount(1);
  await page.goto('/chapters/data-systems/types-of-data/');
  await expect(sidebar.getByRole('link', { name: 'Types of data', exact: true })).toHaveAttribute('aria-current', 'page');
  await expect(sidebar.getByRole('link', { name: 'ETL and ELT', exact: true })).toHaveCount(0);
  await expect(sidebar.getByRole('list', { name: 'Sections of chapter 3' }).getByRole('link')).toHaveCount(sectionsOf(book[2]!).length);
  // Other chapters are closed: their sections are not listed.
  await expect(sidebar.getByRole('link', { name: 'Data sources for ML' })).toHaveCount(0);
});

test('the table of contents links to every heading on the page and follows the reader', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto('/chapters/fundamentals/data-formats/');
  const toc = page.locator('.toc-rail').getByRole('navigation', { name: 'On this page' });
  const links = toc.getByRole('link');
  expect(await links.count()).toBeGreaterThan(5);
  // Every entry points at a heading that exists on the page.
  const targets = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!.slice(1)));
  for (const id of targets) expect(await page.locator(`[id="${id}"]`).count(), id).toBe(1);

  await toc.getByRole('link', { name: 'JSON', exact: true }).click();
  await expect(page).toHaveURL(/#json$/);
  await expect(page.locator('#json')).toBeInViewport();
  await expect(toc.getByRole('link', { name: 'JSON', exact: true })).toHaveAttribute('aria-current', 'location');

  // Scrolled to the end, the short last section is the current one even though it never reaches the top.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect(toc.getByRole('link', { name: 'Comparing the formats', exact: true })).toHaveAttribute('aria-current', 'location');
  await expect(toc.locator('[aria-current="location"]')).toHaveCount(1);
});

test('a link in the text to a heading on another page goes to that page, at the heading', async ({ page }) => {
  await page.goto('/chapters/data-systems/data-pipelines/etl-and-elt/');
  const link = page.locator('.prose').getByRole('link', { name: 'next section', exact: true });
  await expect(link).toHaveAttribute('href', '/chapters/data-systems/data-pipelines/query-and-compute-engines/#query-and-compute-engines');
  await link.click();
  await expect(page.locator('#query-and-compute-engines')).toBeInViewport();
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
  for (const path of ['/', '/chapters/fundamentals/', '/chapters/fundamentals/data-models/', '/chapters/data-systems/data-pipelines/query-and-compute-engines/', '/kit/']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await page.goto('/chapters/fundamentals/data-models/');
  await expect(page.getByRole('navigation', { name: 'Chapters' })).toBeHidden();
  await page.locator('.toc-inline summary').click();
  await page.locator('.toc-inline').getByRole('link', { name: 'Graph model', exact: true }).click();
  await expect(page.locator('#graph-model')).toBeInViewport();
});

test('print hides navigation and controls but keeps text and figures', async ({ page }) => {
  await page.goto('/chapters/fundamentals/data-formats/#row-major-versus-column-major');
  await expect(page.locator('[data-figure="row-column-order"] svg')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.toc-rail')).toBeHidden();
  await expect(page.locator('.pager')).toBeHidden();
  await expect(page.locator('[data-figure="row-column-order"] svg')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
