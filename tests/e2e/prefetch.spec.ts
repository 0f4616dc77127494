import { expect, test } from '@playwright/test';
import { recordRequests } from './sandboxes';

/**
 * Next's <Link> prefetches the data of every page it links to when the link scrolls into view or is
 * pointed at. A chapter page's data is its whole text, so chapter links prefetch nothing: a page
 * fetches another page's data only when the reader follows a link to it.
 */
const chapterData = (urls: readonly string[], own: string) =>
  urls.filter((u) => new URL(u).pathname.startsWith('/chapters/') && new URL(u).pathname !== own);

for (const path of ['/chapters/fundamentals/data-formats/', '/chapters/data-systems/', '/', '/glossary/']) {
  test(`${path} prefetches no other chapter page, even when its links are pointed at`, async ({ page }) => {
    await page.setViewportSize({ width: 1400, height: 900 });
    const urls = recordRequests(page);
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    // Point at the chapter links (sidebar, pager, lists; the first 30 on a long page).
    for (const link of (await page.locator('a[href^="/chapters/"]').all()).slice(0, 30)) {
      if (await link.isVisible()) await link.hover().catch(() => undefined);
    }
    await page.waitForTimeout(1000);
    await page.waitForLoadState('networkidle');
    expect(chapterData(urls, path)).toEqual([]);
    expect(urls.filter((u) => u.includes('/glossary/__next'))).toEqual([]);
  });
}
