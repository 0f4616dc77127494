import { expect, test } from '@playwright/test';
import { glossary } from '../../chapters/glossary';

test('a marked term shows its definition on hover and on keyboard focus, and Escape hides it', async ({ page }) => {
  await page.goto('/chapters/data-systems/data-pipelines/data-sources-and-ingestion/#incremental-loads-and-lookback-windows');
  const term = page.locator('.term').filter({ has: page.locator('a[href="/glossary/#watermark"]') }).first();
  const link = term.locator('a');
  const tip = term.locator('[role="tooltip"]');
  const definition = glossary.find((e) => e.id === 'watermark')!.definition;
  await link.scrollIntoViewIfNeeded();
  await expect(tip).toBeHidden();
  await expect(link).toHaveAccessibleDescription(new RegExp(definition.slice(0, 40).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));

  await link.hover();
  await expect(tip).toBeVisible();
  await expect(tip).toContainText(definition);
  await page.mouse.move(0, 0);
  await expect(tip).toBeHidden();

  await link.focus();
  await expect(tip).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
  await expect(link).toBeFocused();
});

test('the glossary lists every term A to Z, and its back-links land on the heading that uses the term', async ({ page }) => {
  await page.goto('/glossary/');
  await expect(page.locator('[data-term]')).toHaveCount(glossary.length);
  await page.getByRole('navigation', { name: 'Glossary letters' }).getByRole('link', { name: 'W', exact: true }).click();
  await expect(page).toHaveURL(/#letter-w$/);

  const entry = page.locator('[data-term="watermark"]');
  const backLinks = entry.locator('[data-back-link]');
  expect(await backLinks.count()).toBeGreaterThan(0);
  const href = (await backLinks.first().getAttribute('href'))!;
  // Back-links go straight to the section page that holds the heading.
  expect(href).toMatch(/^\/chapters\/[a-z-]+\/[a-z0-9-]+\/(?:[a-z0-9-]+\/)?#[a-z0-9-]+$/);
  await backLinks.first().click();
  await expect(page).toHaveURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  const heading = page.locator(`[id="${href.split('#')[1]}"]`);
  await expect(heading).toBeInViewport();
  // The term is marked in the section the back-link leads to.
  await expect(page.locator('a[href="/glossary/#watermark"]').first()).toBeAttached();
});

test('a term link in a chapter opens its glossary entry', async ({ page }) => {
  await page.goto('/chapters/data-systems/data-pipelines/data-sources-and-ingestion/#change-data-capture');
  const link = page.locator('a[href="/glossary/#change-data-capture"]').first();
  await link.scrollIntoViewIfNeeded();
  await link.click();
  await expect(page).toHaveURL(/\/glossary\/#change-data-capture$/);
  await expect(page.locator('#change-data-capture')).toBeInViewport();
});
