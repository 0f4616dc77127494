import { expect, test, type Locator } from '@playwright/test';
import { offSite, openSandbox, recordRequests, runSandbox, showTab } from './sandboxes';

const ID = 'oltp-olap';
const SMALL = `?${ID}.v=1&${ID}.rows=10000&${ID}.queries=100&${ID}.aggregations=3&${ID}.mixLookupPercent=90&${ID}.arrivalsPerSecond=50&${ID}.sqliteIndex=true&${ID}.budgetSeconds=10&${ID}.seed=3`;

/** Presses Run on a sandbox that has run before: waits for this run to start, then to finish, and returns how long it took. */
async function runAgain(box: Locator): Promise<number> {
  const started = Date.now();
  await box.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(box).toHaveAttribute('data-state', 'running');
  await expect(box).toHaveAttribute('data-state', 'done', { timeout: 90_000 });
  return Date.now() - started;
}

test('engines load from the site and stay warm, both engines agree, and the lookup exercise reads the run', async ({ page }) => {
  test.setTimeout(180_000); // two runs, the first while the engines may still be loading
  const urls = recordRequests(page);
  const box = await openSandbox(page, ID, SMALL);
  await expect(box.locator('[data-notice="ok"]')).toBeVisible();

  const started = Date.now();
  await runSandbox(box);
  const firstMs = Date.now() - started;
  // The frame warmed both engines when the sandbox came near the viewport; they came from the site itself.
  await expect(box.locator('[data-engine="duckdb"][data-engine-state="ready"]')).toBeVisible();
  await expect(box.locator('[data-engine="sqlite"][data-engine-state="ready"]')).toBeVisible();
  expect(urls.some((u) => u.endsWith('/engines/sqlite/sqlite3.wasm'))).toBe(true);
  expect(urls.some((u) => /\/engines\/duckdb-eh-[\d.]+\.wasm$/.test(u))).toBe(true);
  expect(offSite(urls)).toEqual([]);

  // The headline: eight rows of latencies, and both engines give the same aggregation answer.
  await expect(box.locator('[data-agreement="equal"]')).toBeVisible();
  await expect(box.locator('[data-results] tbody tr[data-row]')).toHaveCount(8);
  const details = await showTab(box, 'details');
  await expect(details.locator('figure.chart')).toHaveCount(4);
  await expect(details.locator('[data-plan="sqlite"]')).toContainText('INTEGER PRIMARY KEY');

  // A second Run fetches no engine file: both are still loaded in the worker.
  const before = urls.length;
  const secondMs = await runAgain(box);
  expect(urls.slice(before).filter((u) => u.includes('/engines/'))).toEqual([]);
  await expect(box.locator('[data-engine="duckdb"][data-engine-state="ready"]')).toBeVisible();
  const engines = await box.locator('[data-engines]').innerText();
  test.info().annotations.push({ type: 'timing', description: `first Run ${firstMs} ms, second Run ${secondMs} ms; ${engines.replace(/\n/g, '; ')}` });

  // The lookup-winner exercise, answered from the run's own p50 cells.
  const p50 = async (row: string) => Number(await box.locator(`[data-row="${row}"] [data-cell="p50"]`).getAttribute('data-value'));
  const [s, d] = [await p50('lookup-sqlite'), await p50('lookup-duckdb')];
  const exercises = await showTab(box, 'exercises');
  const exercise = exercises.locator('[data-exercise="oltp-olap-lookup-winner"]');
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
  test.setTimeout(150_000);
  const box = await openSandbox(page, ID);
  await box.getByLabel('Rows').fill('10000');
  await box.getByLabel('Lookups and updates').fill('40');
  await box.getByLabel('Aggregations').fill('3');
  await box.getByLabel('SQLite’s key on id').uncheck();
  await runSandbox(box);
  const details = await showTab(box, 'details');
  await expect(details.locator('[data-plan="sqlite"]')).toContainText('SCAN orders');
});
