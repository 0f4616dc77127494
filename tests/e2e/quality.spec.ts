import { expect, test } from '@playwright/test';
import { allPages, collectErrors, scrollThrough, seriousAxeViolations } from './pages';

for (const path of allPages) {
  test(`${path}: no console errors once everything has loaded`, async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto(path);
    await scrollThrough(page);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    expect(errors).toEqual([]);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`${path}: no serious or critical axe violations (${colorScheme})`, async ({ browser }) => {
      test.setTimeout(120_000); // the longest chapter has some 50 figures and 17,000 elements for axe to walk
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(path);
      await scrollThrough(page);
      await page.waitForLoadState('networkidle');
      expect(await seriousAxeViolations(page)).toEqual([]);
      await context.close();
    });
  }
}

test('an unknown page gets the not-found page', async ({ page }) => {
  for (const path of ['/chapters/no-such-chapter/', '/chapters/ingestion/no-such-section/', '/chapters/data-systems/data-pipelines/no-such-part/']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(/not found/i);
  }
});
