import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { openSandbox, pageOf, runSandbox } from './sandboxes';

/**
 * The book offline (#25): the service worker, "Keep the book offline" on the home page, and what a
 * reader can do afterwards with the network gone. Runs against the built site (npm run build).
 */

// Other specs block service workers (playwright.config.ts); these are about one.
test.use({ serviceWorkers: 'allow' });

/** Waits until a service worker controls the page (the first one claims the page that registered it). */
async function controlled(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null && navigator.serviceWorker?.controller !== undefined, undefined, { timeout: 30_000 });
}

test('after “Keep the book offline”, with the network gone: a reload, another chapter, a DuckDB sandbox', async ({ page, context }) => {
  test.setTimeout(240_000);
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));

  await page.goto('/');
  await controlled(page);
  const panel = page.locator('section.offline-panel');
  // The panel loads when the reader scrolls near it.
  await panel.scrollIntoViewIfNeeded();
  // The size is said before anything is fetched.
  await expect(panel).toContainText(/keep the whole book on this device: \d+ files, \d+(\.\d)? MB/);
  await expect(panel.locator('.offline-sizes li')).toContainText([/^Pages: /, /^Code of the figures and sandboxes/, /^Engines \(DuckDB, SQLite, Parquet\): \d+(\.\d)? MB$/, /^Other files/]);
  await expect(panel.locator('.offline-state')).toHaveText('Nothing is stored for offline reading yet.');
  const keep = panel.getByRole('button', { name: /^Keep the book offline \(\d+(\.\d)? MB\)$/ });
  await keep.click();
  // Progress while it fetches, then what is stored.
  await expect(panel.getByRole('progressbar')).toBeVisible();
  await expect(panel.locator('.offline-state')).toContainText('Stored on this device: the whole book', { timeout: 180_000 });
  await expect(panel.getByRole('button', { name: 'Remove the offline copy' })).toBeVisible();

  await context.setOffline(true);
  try {
    // A reload works.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Data Systems for Machine Learning' })).toBeVisible();
    await expect(panel.locator('.offline-state')).toContainText('the whole book');

    // Another chapter opens (never visited online), from a link on the page.
    await page.getByRole('link', { name: 'Data Engineering Fundamentals', exact: true }).click();
    await expect(page).toHaveURL(/\/chapters\/fundamentals\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Data Engineering Fundamentals');

    // A DuckDB sandbox, never opened online, loads its code, worker and engine from the copy and runs.
    const box = await openSandbox(page, 'codebook-trap');
    await expect(box.locator('[data-engine="duckdb"]')).toHaveAttribute('data-engine-state', 'ready', { timeout: 90_000 });
    await box.locator('form.sandbox-controls').getByLabel('Trips in the month', { exact: true }).fill('5000');
    await runSandbox(box, { timeout: 120_000 });
    await expect(box.locator('tr[data-question="avg-tip"]')).toBeVisible();
  } finally {
    await context.setOffline(false);
  }
  expect(pageErrors).toEqual([]);
});

test('cancel keeps what was fetched, the rest can be fetched later, and the copy can be removed', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await controlled(page);
  const panel = page.locator('section.offline-panel');
  await panel.scrollIntoViewIfNeeded();
  await panel.getByRole('button', { name: /^Keep the book offline/ }).click();
  await expect(panel.getByRole('progressbar')).toBeVisible();
  await panel.getByRole('button', { name: 'Cancel' }).click();
  await expect(panel.locator('.offline-note')).toContainText('Cancelled');
  await expect(panel.locator('.offline-state')).toContainText(/Stored on this device: \d+ of \d+ files/);
  await expect(panel.getByRole('button', { name: /^Fetch the rest \(\d+(\.\d)? MB\)$/ })).toBeVisible();

  await panel.getByRole('button', { name: 'Remove the offline copy' }).click();
  await expect(panel.locator('.offline-state')).toHaveText('Nothing is stored for offline reading yet.');
  expect(await page.evaluate(async () => (await caches.keys()).includes('dsml-offline-book'))).toBe(false);
});

test('pages the reader visited open offline without keeping the whole book, the very first one too', async ({ page, context }) => {
  test.setTimeout(90_000);
  const first = pageOf('etl-elt');
  const second = pageOf('codebook-trap');
  await page.goto(first); // before any worker: it is handed this page's files once it starts
  await controlled(page);
  await expect.poll(() => page.evaluate(async (path) => (await caches.match(new URL(path, location.href).href)) !== undefined, first)).toBe(true);
  await page.goto(second);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForLoadState('networkidle');
  await context.setOffline(true);
  try {
    for (const path of [second, first, '/']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByText("This page couldn't load")).toHaveCount(0);
    }
  } finally {
    await context.setOffline(false);
  }
});

test('a new deploy is announced, the open page keeps its version, and a reload takes the new one', async ({ page }) => {
  // Two installs, two reloads and a version switch: 7–9 s alone, over 90 s once beside a heavy spec in the other worker.
  test.setTimeout(180_000);
  await page.goto('/');
  await controlled(page);
  const pageCaches = () => page.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith('dsml-pages-')));
  await page.goto(pageOf('etl-elt')); // a page, kept in this version's cache
  await expect.poll(pageCaches).toHaveLength(1);
  const [oldCache] = await pageCaches();

  // A deploy: the worker's script changes (here, only its version name), as after any new build.
  const { version } = JSON.parse(readFileSync('out/offline-book.json', 'utf8')) as { version: string };
  const original = readFileSync('out/sw.js', 'utf8');
  expect(original).toContain(version);
  writeFileSync('out/sw.js', original.replaceAll(version, 'a-newer-version'));
  try {
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const notice = page.getByRole('status').filter({ hasText: 'A new version of the book is ready' });
    await expect(notice).toBeVisible({ timeout: 30_000 });
    // Until the reader reloads, the old worker stays in charge and the old version's pages are kept.
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting !== null)).toBe(true);
    expect(await pageCaches()).toContain(oldCache);
    // "Later" puts it away; the next page asks again.
    await notice.getByRole('button', { name: 'Later' }).click();
    await expect(notice).toHaveCount(0);
    await page.getByRole('link', { name: 'Contents' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Data Systems for Machine Learning' })).toBeVisible();
    await page.reload();
    await expect(notice).toBeVisible({ timeout: 30_000 });

    await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Reload' }).click()]);
    await expect(page.getByRole('heading', { level: 1, name: 'Data Systems for Machine Learning' })).toBeVisible();
    await expect(notice).toHaveCount(0);
    await expect.poll(pageCaches).not.toContain(oldCache);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull();
  } finally {
    writeFileSync('out/sw.js', original);
  }
});
