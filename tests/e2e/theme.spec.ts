import { expect, test } from '@playwright/test';

const theme = (page: import('@playwright/test').Page) => page.evaluate(() => document.documentElement.dataset.theme);

test('follows the system theme until the reader picks one', async ({ browser }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto('/');
    expect(await theme(page)).toBe(colorScheme);
    await context.close();
  }
});

test('the toggle is remembered across a reload, with no flash of the other theme', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'light' });
  const page = await context.newPage();
  await page.goto('/chapters/ingestion/');
  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  expect(await theme(page)).toBe('dark');

  // Record the theme at the first moment the document exists, before any React code runs.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { themeAtLoad?: string }).themeAtLoad = document.documentElement.dataset.theme;
    });
  });
  await page.reload();
  expect(await page.evaluate(() => (window as unknown as { themeAtLoad?: string }).themeAtLoad)).toBe('dark');
  await expect(page.getByRole('button', { name: 'Switch to light theme' })).toBeVisible();
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(15, 20, 25)');

  await page.getByRole('button', { name: 'Switch to light theme' }).click();
  await page.reload();
  expect(await theme(page)).toBe('light');
  await context.close();
});

test('a corrupt stored theme falls back to the system theme', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await page.addInitScript(() => localStorage.setItem('dsml-theme', '<script>alert(1)</script>'));
  await page.goto('/');
  expect(await theme(page)).toBe('dark');
  await context.close();
});
