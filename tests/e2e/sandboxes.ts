import { expect, type Locator, type Page } from '@playwright/test';
import { readBook } from '../../lib/content/load';
import { chapters } from '../../chapters/catalog';

/**
 * Shared steps for every sandbox spec: find where a sandbox lives, open it (optionally from a link),
 * run it, switch result tabs, watch requests and long tasks. The contract spec runs these over every
 * built sandbox; a sandbox's own spec adds only what is particular to it.
 */

/**
 * The page a sandbox is embedded in: the section (or part) page of the first chapter that places it
 * (chapters/<slug>/*.mdx, read as pages by lib/content), else the reading-kit page.
 */
export function pageOf(id: string): string {
  for (const model of readBook(chapters)) {
    const path = model.anchors[`sandbox-${id}`];
    if (path) return path;
  }
  return '/kit/';
}

export const sandboxBox = (page: Page, id: string): Locator => page.locator(`[data-sandbox="${id}"]`);

/** Opens the sandbox's page scrolled to it (with a query such as "?windows.v=1&…"), and waits for its controls. */
export async function openSandbox(page: Page, id: string, query = ''): Promise<Locator> {
  await page.goto(`${pageOf(id)}${query}#sandbox-${id}`);
  const box = sandboxBox(page, id);
  await expect(box).toHaveAttribute('data-state', 'idle', { timeout: 30_000 });
  return box;
}

/** Presses Run and waits for the run to finish (done, or error when `expectState` says so). */
export async function runSandbox(box: Locator, options: { timeout?: number; expectState?: 'done' | 'error' } = {}): Promise<void> {
  await box.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(box).toHaveAttribute('data-state', options.expectState ?? 'done', { timeout: options.timeout ?? 90_000 });
}

/** Shows one of the result tabs: "tables", "details" or "exercises". */
export async function showTab(box: Locator, tab: 'tables' | 'details' | 'exercises'): Promise<Locator> {
  await box.locator(`[role="tab"][data-tab="${tab}"]`).click();
  const panel = box.locator(`[role="tabpanel"][data-panel="${tab}"]`);
  await expect(panel).toBeVisible();
  return panel;
}

/** Every request the page makes from now on. */
export function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  return urls;
}

/** Requests that left the site (the static server runs on 127.0.0.1). */
export const offSite = (urls: readonly string[]) => urls.filter((u) => !u.startsWith('http://127.0.0.1') && !u.startsWith('data:') && !u.startsWith('blob:'));

/** Starts recording main-thread long tasks; read them with `longTasks`. */
export async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => w.longTasks.push(entry.duration))).observe({ type: 'longtask' });
  });
}

export async function longTasks(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
}

/** The JSON file "Download results" saves. */
export async function downloadResults(page: Page, box: Locator): Promise<Record<string, unknown>> {
  const downloadPromise = page.waitForEvent('download');
  await box.getByRole('button', { name: 'Download results' }).click();
  const download = await downloadPromise;
  const chunks = await (await download.createReadStream()).toArray();
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
}
