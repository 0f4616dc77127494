import type { Page } from '@playwright/test';
import { chapters } from '../../chapters/catalog';

/** Every route of the book, for tests that must hold on each page. */
export const allPages = ['/', ...chapters.map((c) => `/chapters/${c.slug}/`), '/progress/', '/kit/'];

/** Collects console errors and uncaught exceptions from a page. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  return errors;
}

/** Scrolls through the page so that everything lazy (figures, sandboxes) loads. */
export async function scrollThrough(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const step = window.innerHeight * 0.8;
    for (let y = 0; y < document.body.scrollHeight; y += step) {
      window.scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
    window.scrollTo(0, 0);
  });
}
