import { expect, test, type Page } from '@playwright/test';
import { seriousAxeViolations } from './pages';
import { recordRequests } from './sandboxes';

/**
 * Search (#25 item 1): Pagefind's index, built after `next build` into out/pagefind/, is loaded only
 * when the reader opens search; a term finds its section page and a hit jumps to its heading; the
 * glossary's terms are hits of their own; "/" opens the dialog and Escape gives focus back.
 */
const SECTION = '/chapters/ingestion/ingestion-reliability/';
const HEADING = 'dead-letter-queues-and-backoff';

const pagefindRequests = (urls: readonly string[]) => urls.filter((u) => new URL(u).pathname.startsWith('/pagefind/'));

const dialogOf = (page: Page) => page.getByRole('dialog', { name: 'Search the book' });

async function search(page: Page, words: string) {
  const dialog = dialogOf(page);
  await expect(dialog).toBeVisible();
  const field = dialog.getByRole('searchbox');
  await expect(field).toBeFocused();
  await field.fill(words);
  await expect(dialog.getByRole('status')).toContainText(/pages? match/, { timeout: 30_000 });
  return dialog;
}

test('no Pagefind file is fetched before the reader opens search; opening it loads the index', async ({ page }) => {
  const urls = recordRequests(page);
  await page.goto('/chapters/fundamentals/data-formats/');
  await page.waitForLoadState('networkidle');
  await page.mouse.wheel(0, 3000);
  await page.waitForTimeout(500);
  expect(pagefindRequests(urls)).toEqual([]);

  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await search(page, 'parquet');
  expect(pagefindRequests(urls).some((u) => u.endsWith('/pagefind/pagefind.js'))).toBe(true);
});

test('a search for a term finds its section page, and a hit jumps to its heading', async ({ page }) => {
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  const dialog = await search(page, 'dead letter queue');

  const results = dialog.getByRole('list', { name: /Results for/ });
  const hit = results.locator(`a[href="${SECTION}#${HEADING}"]`);
  await expect(hit).toBeVisible();
  await expect(hit).toContainText('Dead letter queues and backoff');
  // The page's title and its place in the book head its hits.
  const pageTitle = results.locator(':scope > li').filter({ has: page.locator(`a[href="${SECTION}#${HEADING}"]`) }).locator('h3');
  await expect(pageTitle).toContainText('Ingestion reliability');
  await expect(pageTitle).toContainText('Chapter 1 · Data Ingestion');

  // Down from the field to the hit, then Enter follows it.
  const links = dialog.locator('a[data-search-hit]');
  const position = await links.evaluateAll((all, href) => all.findIndex((a) => a.getAttribute('href') === href), `${SECTION}#${HEADING}`);
  expect(position).toBeGreaterThanOrEqual(0);
  for (let i = 0; i <= position; i++) await page.keyboard.press('ArrowDown');
  await expect(hit).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(new RegExp(`${SECTION}#${HEADING}$`));
  await expect(dialogOf(page)).toHaveCount(0);
  await expect(page.locator(`#${HEADING}`)).toBeInViewport();
});

test('a glossary term is a hit of its own, linking to its entry', async ({ page }) => {
  await page.goto('/glossary/');
  await page.waitForLoadState('networkidle');
  await page.keyboard.press('/');
  const dialog = await search(page, 'frankenstein');
  const entry = dialog.locator('a[data-search-hit][href="/glossary/#frankenstein-dataset"]');
  await expect(entry).toBeVisible();
  await expect(entry).toContainText('frankenstein dataset');
  await entry.click();
  await expect(page).toHaveURL(/\/glossary\/#frankenstein-dataset$/);
  await expect(page.locator('#frankenstein-dataset')).toBeInViewport();
});

test('"/" opens search except in a text field; Escape closes it and gives focus back', async ({ page }) => {
  await page.goto('/chapters/fundamentals/');
  await page.waitForLoadState('networkidle');
  const contents = page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Glossary' });
  await contents.focus();
  await page.keyboard.press('/');
  await expect(dialogOf(page)).toBeVisible();
  await expect(dialogOf(page).getByRole('searchbox')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialogOf(page)).toHaveCount(0);
  await expect(contents).toBeFocused();

  // Typed into a field, "/" is a character.
  await page.evaluate(() => {
    const field = document.createElement('input');
    field.id = 'typing-here';
    field.setAttribute('aria-label', 'Typing here');
    document.querySelector('main')?.prepend(field);
  });
  await page.locator('#typing-here').focus();
  await page.keyboard.type('a/b');
  await expect(page.locator('#typing-here')).toHaveValue('a/b');
  await expect(dialogOf(page)).toHaveCount(0);
});

test('on a phone in dark mode the dialog fits the screen, keeps the theme and passes axe', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 740 }, colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto('/chapters/fundamentals/data-formats/');
  await page.waitForLoadState('networkidle');
  const open = page.getByRole('button', { name: 'Search', exact: true });
  await expect(open).toBeVisible();
  await open.click();
  const dialog = await search(page, 'parquet');
  const box = await dialog.boundingBox();
  expect(box).not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(375);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  const background = await dialog.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(background).toBe('rgb(15, 20, 25)');
  expect(await seriousAxeViolations(page)).toEqual([]);
  await context.close();
});
