import { expect, test, type Page } from '@playwright/test';

const sandbox = (page: Page) => page.locator('[data-sandbox="layout"]');

async function open(page: Page) {
  await page.goto('/chapters/fundamentals/#sandbox-layout');
  await expect(sandbox(page)).toHaveAttribute('data-state', 'idle'); // the view has replaced its placeholder
  await sandbox(page).scrollIntoViewIfNeeded();
}

test('the small view steps through the cells a query reads and counts cache lines', async ({ page }) => {
  await open(page);
  const box = sandbox(page);
  await box.getByLabel('Query').selectOption({ label: 'Read the price column' });
  await box.getByLabel('Cell size').selectOption('32');
  await box.getByRole('radio', { name: 'row-major' }).check();
  for (let i = 0; i < 4; i++) await box.getByRole('button', { name: 'Next cell' }).click();
  await expect(box.locator('[data-small-result]')).toContainText('Cells read: 4 of 4 · cache lines touched: 4');
  await box.getByRole('radio', { name: 'column-major' }).check(); // starts over
  for (let i = 0; i < 4; i++) await box.getByRole('button', { name: 'Next cell' }).click();
  await expect(box.locator('[data-small-result]')).toContainText('Cells read: 4 of 4 · cache lines touched: 2');
  await expect(box.locator('.memory-strip [data-touched="true"]')).toHaveCount(4);
});

test('a small scaled run shows the table, both charts, the explanation, and checks an exercise', async ({ page }) => {
  await open(page);
  const box = sandbox(page);
  await box.getByLabel('Rows').fill('20000');
  await box.getByLabel('Columns, up to').selectOption('16');
  await box.getByLabel('Point lookups per sample').fill('1000');
  await box.getByLabel('Timed samples').fill('3');
  await box.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(box).toHaveAttribute('data-state', 'done', { timeout: 60_000 });
  await expect(box.locator('tbody tr[data-columns]')).toHaveCount(5);
  await expect(box.locator('figure.chart')).toHaveCount(2);
  await box.locator('figure.chart').last().scrollIntoViewIfNeeded();
  for (const chart of await box.locator('figure.chart').all()) {
    await chart.scrollIntoViewIfNeeded();
    await expect(chart.locator('.recharts-line-curve'), await chart.locator('figcaption').innerText()).toHaveCount(2); // one line per layout
  }
  await expect(box.locator('[data-explain]')).toContainText('At 8 columns a row is 64 bytes');

  // Answer the first exercise from the run's own table.
  const leads = await box.locator('[data-cell="scan-lead"]').allTextContents();
  const columns = await box.locator('tbody tr[data-columns]').evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-columns'))));
  const index = leads.findIndex((text) => parseFloat(text) >= 5);
  const answer = index >= 0 ? columns[index]! : 0;
  const exercise = box.locator('[data-exercise="layout-first-5x"]');
  await exercise.getByLabel('Column count').fill(String(answer === 0 ? 3 : 3)); // a wrong answer first (3 is never a column count)
  await exercise.getByRole('button', { name: 'Check' }).click();
  await expect(exercise.getByRole('status')).toContainText('Not yet');
  await exercise.getByLabel('Column count').fill(String(answer));
  await exercise.getByRole('button', { name: 'Check' }).click();
  await expect(exercise.getByRole('status')).toContainText('Yes');

  const downloadPromise = page.waitForEvent('download');
  await box.getByRole('button', { name: 'Download results' }).click();
  const chunks = await (await (await downloadPromise).createReadStream()).toArray();
  const file = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  expect(file).toMatchObject({ sandbox: 'layout', version: 1, params: { rows: 20000, maxColumns: 16 }, seed: 42 });
  expect(file.results.sweep).toHaveLength(5);
});

test('bad sizes are refused with a reason before anything runs', async ({ page }) => {
  await open(page);
  const box = sandbox(page);
  const rows = box.getByLabel('Rows');
  for (const [value, message] of [
    ['0', 'Use at least 1,000 rows.'],
    ['-5', 'Use at least 1,000 rows.'],
    ['1000000000000', 'At most 4,000,000 rows.'],
    ['', 'Enter a whole number of rows.'],
  ] as const) {
    await rows.fill(value);
    await box.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(box.getByText(message)).toBeVisible();
    await expect(box).toHaveAttribute('data-state', 'idle');
  }
  await rows.fill('4000000');
  await box.getByLabel('Columns, up to').selectOption('64');
  await box.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(box.getByText(/MiB for one layout, over the 768 MiB/)).toBeVisible();
  await expect(box).toHaveAttribute('data-state', 'idle');
});
