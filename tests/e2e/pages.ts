import type { Page } from '@playwright/test';
import { readBook } from '../../lib/content/load';
import { chapters } from '../../chapters/catalog';

/** The book's chapters as pages (lib/content/chapter.ts): each chapter's overview, sections and parts, in reading order. */
export const book = readBook(chapters);

/** Every chapter page in reading order. */
export const chapterPages = book.flatMap((model) => model.pages.map((page) => page.path));

/** Every route of the book, for tests that must hold on each page. */
export const allPages = ['/', ...chapterPages, '/glossary/', '/progress/', '/kit/', '/assignments/new/', '/assignments/', '/assignments/review/'];

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

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core in the page and returns its serious and critical violations. axe is injected and
 * run directly, asking only for violations: on the longest chapter (some 17,000 elements) this takes
 * about 30 s where @axe-core/playwright's frame-by-frame run took over two minutes.
 */
export async function seriousAxeViolations(page: Page, selector?: string): Promise<string[]> {
  const { readFileSync } = await import('node:fs');
  const { createRequire } = await import('node:module');
  const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.addScriptTag({ content: source });
  const violations = await page.evaluate(async (context) => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, options: unknown): Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    const result = await axe.run(context ?? document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  }, selector ?? null);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} — ${v.targets.slice(0, 3).join(' | ')}`);
}
