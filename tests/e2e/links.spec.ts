import { expect, test } from '@playwright/test';
import { defaultFormatsParams } from '../../sandboxes/formats/model';
import { pageOf } from './sandboxes';

// layout and formats both live on the fundamentals chapter's "Data formats" page.
const base = pageOf('layout');

test('a link opens a sandbox with its settings filled in, scrolled into view, without running', async ({ page }) => {
  await page.goto(`${base}?layout.v=1&layout.rows=20000&layout.maxColumns=8&layout.seed=7#sandbox-layout`);
  const box = page.locator('[data-sandbox="layout"]');
  await expect(box).toHaveAttribute('data-state', 'idle');
  await expect(box.getByLabel('Rows')).toHaveValue('20000');
  await expect(box.getByLabel('Columns, up to')).toHaveValue('8');
  await expect(box.getByLabel('Seed')).toHaveValue('7');
  await expect(box.locator('[data-notice="ok"]')).toContainText('settings from your link are filled in');
  await expect(box).toBeInViewport();
});

test('a link with garbage settings is refused with a message; defaults stay and nothing runs or renders', async ({ page }) => {
  const payload = encodeURIComponent('<img src=x onerror="window.__pwned=1">');
  for (const search of [
    `?formats.v=1&formats.rows=-5`,
    `?formats.v=1&formats.rows=1000000000000`,
    `?formats.v=1&formats.rows=abc`,
    `?formats.v=1&formats.rows=${payload}`,
    `?formats.v=1&formats.${payload}=1`,
    `?formats.v=2&formats.rows=5000`,
  ]) {
    await page.goto(`${base}${search}#sandbox-formats`);
    const box = page.locator('[data-sandbox="formats"]');
    await expect(box).toHaveAttribute('data-state', 'idle');
    await expect(box.getByRole('alert')).toContainText('could not be used', { useInnerText: true });
    await expect(box.getByLabel('Rows')).toHaveValue(String(defaultFormatsParams.rows));
    await expect(box.locator('img')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  }
});

test('Copy link gives a link that reopens the sandbox exactly so', async ({ browser }) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto(`${base}#sandbox-formats`);
  const box = page.locator('[data-sandbox="formats"]');
  await expect(box).toHaveAttribute('data-state', 'idle');
  await box.getByLabel('Rows').fill('3000');
  await box.getByLabel('Seed').fill('11');
  await box.getByRole('button', { name: 'Copy link' }).click();
  const link = await box.getByLabel('Link to this sandbox with these settings').inputValue();
  expect(link).toContain('formats.rows=3000');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

  const other = await context.newPage();
  await other.goto(link);
  const reopened = other.locator('[data-sandbox="formats"]');
  await expect(reopened.getByLabel('Rows')).toHaveValue('3000');
  await expect(reopened.getByLabel('Seed')).toHaveValue('11');
  await context.close();
});
