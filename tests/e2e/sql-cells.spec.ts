import { expect, test, type Page } from '@playwright/test';
import { collectErrors, seriousAxeViolations } from './pages';

// A SQL cell on a chapter page: the OLAP query of "OLTP versus OLAP" runs on the orders dataset
// (20,000 rows: eight regions), a bad query shows DuckDB's error in place and the page lives on,
// Reset brings the book's query back, and Ctrl+Enter runs. Nothing is fetched from another host.
const PAGE = '/chapters/fundamentals/storage-engines/';
const OLAP = 'OLAP shape';

function offSite(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !url.protocol.startsWith('blob') && !url.protocol.startsWith('data')) urls.push(r.url());
  });
  return urls;
}

async function olapCell(page: Page) {
  // The second orders cell on the page (a filter by text would stop matching once the query is edited).
  const cell = page.locator('[data-sql-cell="orders"]').nth(1);
  await expect(cell).toContainText(OLAP);
  await cell.scrollIntoViewIfNeeded();
  await expect(cell.getByRole('textbox')).toBeVisible();
  return cell;
}

test('a SQL cell runs, shows an error in place for a bad query, resets, and runs from the keyboard', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = collectErrors(page);
  const away = offSite(page);
  await page.goto(PAGE);
  const cell = await olapCell(page);
  const editor = cell.getByRole('textbox');
  const book = await editor.inputValue();
  expect(book).toContain("WHERE order_date >= DATE '2025-01-01'");
  expect(book.split('\n').length).toBeGreaterThan(4);
  await expect(cell.getByRole('button', { name: 'Reset to the book’s query' })).toBeDisabled();
  await expect(cell).toContainText('Runs on orders — 20,000 rows in 1 table, seed 7');

  const started = Date.now();
  await cell.getByRole('button', { name: 'Run' }).click();
  const table = cell.getByRole('region', { name: /Result of the query on orders: 8 rows × 3 columns/ });
  await expect(table).toBeVisible({ timeout: 60_000 });
  const coldMs = Date.now() - started;
  await expect(table.locator('tbody tr')).toHaveCount(8);
  await expect(table.locator('thead th')).toHaveText([/region/, /revenue/, /orders/]);
  await expect(cell.getByRole('status')).toContainText(/8 rows × 3 columns, in [\d.]+ (ms|s)/);
  console.log(`sql-cells first run status: ${(await cell.getByRole('status').textContent()) ?? ''}`);

  // A bad query: DuckDB's own message, in place; the last good result stays; the page lives on.
  await editor.fill('SELECT regio FROM orders');
  await expect(cell.getByRole('button', { name: 'Reset to the book’s query' })).toBeEnabled();
  await cell.getByRole('button', { name: 'Run' }).click();
  const alert = cell.getByRole('alert');
  await expect(alert).toContainText('DuckDB said:');
  await expect(alert).toContainText(/Binder Error: Referenced column "regio" not found/);
  await expect(cell.getByRole('region', { name: /Result of the query on orders: 8 rows/ })).toContainText('Last good result');

  // A query that reads files is refused before DuckDB sees it.
  await editor.fill("SELECT * FROM read_parquet('https://example.com/x.parquet')");
  await cell.getByRole('button', { name: 'Run' }).click();
  await expect(cell.getByRole('alert')).toContainText('read_parquet() reads files or URLs');

  // Reset restores the book's query, and Ctrl+Enter runs it (warm this time).
  await cell.getByRole('button', { name: 'Reset to the book’s query' }).click();
  await expect(editor).toHaveValue(book);
  await expect(cell.getByRole('button', { name: 'Reset to the book’s query' })).toBeDisabled();
  await editor.focus();
  const warmStarted = Date.now();
  await page.keyboard.press('Control+Enter');
  await expect(cell.getByRole('region', { name: /Result of the query on orders: 8 rows × 3 columns/ })).not.toContainText('Last good result');
  await expect(cell.getByRole('alert')).toHaveCount(0);
  const warmMs = Date.now() - warmStarted;
  const status = await cell.getByRole('status').textContent();
  console.log(`sql-cells timing: cold first run ${coldMs} ms (click to table: engine load + dataset build + query), warm run ${warmMs} ms (keypress to table); status: ${status ?? ''}`);

  // Another cell on the page shares the worker: its dataset is already built.
  const other = page.locator('[data-sql-cell="orders"]').first();
  await other.getByRole('button', { name: 'Run' }).click();
  await expect(other.getByRole('status')).toContainText(/1 row × 1 column \(the last of 2 statements\)/);
  await expect(other.getByRole('status')).not.toContainText('building the dataset');
  // The SELECT before the UPDATE shows its row too, above the last statement's count.
  await expect(other.getByRole('region', { name: /statement 1 of 2: 1 row × 3 columns/ })).toContainText('42');

  expect(away, 'off-site requests').toEqual([]);
  expect(errors, 'console errors').toEqual([]);
  expect(await seriousAxeViolations(page, '[data-sql-cell]')).toEqual([]);
});

test('a SQL cell fits a phone: the result scrolls sideways inside its region', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 740 }, colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto('/chapters/data-systems/data-pipelines/transformation-layers/');
  const cell = page.locator('[data-sql-cell="flights"]').first();
  await cell.scrollIntoViewIfNeeded();
  await cell.getByRole('button', { name: 'Run' }).click();
  const region = cell.getByRole('region', { name: /Result of the query on flights: 252 rows × 4 columns, showing 100 of 252/ });
  await expect(region).toBeVisible({ timeout: 60_000 });
  const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: window.innerWidth }));
  expect(widths.page).toBeLessThanOrEqual(widths.view);

  // Print: the query as text (not the editor, buttons or status) and the last result.
  await page.emulateMedia({ media: 'print' });
  await expect(cell.locator('.sql-cell-print')).toBeVisible();
  await expect(cell.locator('.sql-cell-print')).toContainText('GROUP BY flight_date, dest_airport');
  await expect(cell.getByRole('textbox')).toBeHidden();
  await expect(cell.getByRole('button', { name: 'Run' })).toBeHidden();
  await expect(region).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  expect(await seriousAxeViolations(page, '[data-sql-cell]')).toEqual([]);
  await context.close();
});

test('Cancel stops a long query, keeps the page, and the next run loads the engine again', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = collectErrors(page);
  await page.goto(PAGE);
  const cell = await olapCell(page);
  const editor = cell.getByRole('textbox');
  // Ten billion pairs: far longer than the test waits.
  await editor.fill('SELECT sum(a.range * b.range) AS s FROM range(100000) AS a, range(100000) AS b');
  await cell.getByRole('button', { name: 'Run' }).click();
  await expect(cell.getByRole('status')).toContainText('Running…', { timeout: 60_000 });
  // Cancel once DuckDB is loaded, so the query itself is what gets stopped.
  await expect(cell.locator('[data-engine="duckdb"][data-engine-state="ready"]')).toBeVisible({ timeout: 60_000 });
  console.log(`sql-cells engine: ${(await cell.locator('[data-engine="duckdb"]').textContent()) ?? ''}`);
  await page.waitForTimeout(1_000);
  await expect(cell.getByRole('button', { name: 'Cancel' })).toBeVisible();
  await cell.getByRole('button', { name: 'Cancel' }).click();
  await expect(cell.getByRole('status')).toContainText('Cancelled');
  await expect(cell.getByRole('button', { name: 'Cancel' })).toHaveCount(0);
  await cell.getByRole('button', { name: 'Reset to the book’s query' }).click();
  await cell.getByRole('button', { name: 'Run' }).click();
  await expect(cell.getByRole('region', { name: /Result of the query on orders: 8 rows × 3 columns/ })).toBeVisible({ timeout: 60_000 });
  expect(errors, 'console errors').toEqual([]);
});
