import { expect, test, type Page } from '@playwright/test';

const sandbox = (page: Page) => page.locator('[data-sandbox="oltp-olap"]');

/** Every request the page makes, to check that engines load from the site itself and only when a run needs them. */
function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  return urls;
}

async function open(page: Page, query = '') {
  await page.goto(`/chapters/fundamentals/${query}#sandbox-oltp-olap`);
  await expect(sandbox(page)).toHaveAttribute('data-state', 'idle');
}

test('engines load only for a run, from the site, and both engines agree', async ({ page }) => {
  const urls = recordRequests(page);
  await open(page, '?oltp-olap.v=1&oltp-olap.rows=10000&oltp-olap.queries=100&oltp-olap.aggregations=3&oltp-olap.mixLookupPercent=90&oltp-olap.arrivalsPerSecond=50&oltp-olap.sqliteIndex=true&oltp-olap.budgetSeconds=10&oltp-olap.seed=3');
  const box = sandbox(page);
  await expect(box.locator('[data-notice="ok"]')).toBeVisible();
  expect(urls.filter((u) => u.includes('/engines/'))).toEqual([]); // nothing before Run
  await box.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(box).toHaveAttribute('data-state', 'done', { timeout: 90_000 });
  await expect(box.locator('[data-agreement="equal"]')).toBeVisible();
  await expect(box.locator('tbody tr[data-row]')).toHaveCount(8);
  await expect(box.locator('figure.chart')).toHaveCount(4);
  await expect(box.locator('[data-plan="sqlite"]')).toContainText('INTEGER PRIMARY KEY');
  expect(urls.some((u) => u.endsWith('/engines/sqlite/sqlite3.wasm'))).toBe(true);
  expect(urls.some((u) => /\/engines\/duckdb-eh-[\d.]+\.wasm$/.test(u))).toBe(true);
  expect(urls.filter((u) => !u.startsWith('http://127.0.0.1'))).toEqual([]);

  // The lookup-winner exercise, answered from the run's own p50 cells.
  const p50 = async (row: string) => parseFloat((await box.locator(`[data-row="${row}"] [data-cell="p50"]`).innerText()).replace(/[^\d.]/g, ''));
  const [s, d] = [await p50('lookup-sqlite'), await p50('lookup-duckdb')];
  const exercise = box.locator('[data-exercise="oltp-olap-lookup-winner"]');
  await exercise.getByLabel('Faster engine').selectOption(s <= d ? 'duckdb' : 'sqlite'); // wrong first
  await exercise.getByLabel('By a factor of').fill('1');
  await exercise.getByRole('button', { name: 'Check' }).click();
  await expect(exercise.getByRole('status')).toContainText('Not yet');
  await exercise.getByLabel('Faster engine').selectOption(s <= d ? 'sqlite' : 'duckdb');
  await exercise.getByLabel('By a factor of').fill((Math.max(s, d) / Math.min(s, d)).toFixed(2));
  await exercise.getByRole('button', { name: 'Check' }).click();
  await expect(exercise.getByRole('status')).toContainText('Yes');
});

test('without its key on id, SQLite scans the table for every lookup', async ({ page }) => {
  await open(page);
  const box = sandbox(page);
  await box.getByLabel('Rows').fill('10000');
  await box.getByLabel('Lookups and updates').fill('40');
  await box.getByLabel('Aggregations').fill('3');
  await box.getByLabel('SQLite’s key on id').selectOption('off');
  await box.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(box).toHaveAttribute('data-state', 'done', { timeout: 90_000 });
  await expect(box.locator('[data-plan="sqlite"]')).toContainText('SCAN orders');
});

test('out-of-range settings are refused with a message, from the form and from a link', async ({ page }) => {
  await open(page, '?oltp-olap.v=1&oltp-olap.rows=999999999');
  const box = sandbox(page);
  await expect(box.locator('[data-notice="refused"]')).toContainText('At most 2,000,000 rows');
  await expect(box.getByLabel('Rows')).toHaveValue('100000');
  await box.getByLabel('Mixed stream: % lookups').fill('100');
  await box.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(box.getByText('At most 99%')).toBeVisible();
  await expect(box).toHaveAttribute('data-state', 'idle');
});
