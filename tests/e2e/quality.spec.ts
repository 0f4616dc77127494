import { expect, test, type Page } from '@playwright/test';
import { allPages, collectErrors, scrollThrough, seriousAxeViolations } from './pages';

/** Every figure drawn so far was drawn for this theme (a figure redraws when the theme changes, once near the viewport). */
async function figuresIn(page: Page, theme: 'light' | 'dark') {
  await expect.poll(() => page.locator(`[data-figure][data-status="rendered"]:not([data-rendered-theme="${theme}"])`).count(), { timeout: 30_000 }).toBe(0);
}

// One load per page: console errors over the whole visit, then axe in the light theme and, after the
// system switches to dark (the page follows it), again in the dark one.
for (const path of allPages) {
  test(`${path}: no console errors, no serious or critical axe violations in light or dark, no sideways scroll at 360 px`, async ({ browser }) => {
    test.setTimeout(150_000); // the longest page has some 50 figures and 17,000 elements for axe to walk, twice
    const context = await browser.newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(path);
    await scrollThrough(page);
    await page.waitForLoadState('networkidle');
    await figuresIn(page, 'light');
    expect.soft(await seriousAxeViolations(page), 'axe, light theme').toEqual([]);

    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await scrollThrough(page);
    await page.waitForLoadState('networkidle');
    await figuresIn(page, 'dark');
    expect.soft(await seriousAxeViolations(page), 'axe, dark theme').toEqual([]);
    // A 360 px phone: no sideways scroll (a long inline name once widened two pages by 40 px).
    await page.setViewportSize({ width: 360, height: 740 });
    expect.soft(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), 'sideways scroll at 360 px').toBeLessThanOrEqual(0);
    await page.waitForTimeout(300);
    expect(errors, 'console errors and uncaught exceptions').toEqual([]);
    await context.close();
  });
}

test('an unknown page gets the not-found page', async ({ page }) => {
  for (const path of ['/chapters/no-such-chapter/', '/chapters/ingestion/no-such-section/', '/chapters/data-systems/data-pipelines/no-such-part/']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(/not found/i);
  }
});
