import { expect, test } from '@playwright/test';
import { openSandbox, runSandbox, showTab } from './sandboxes';

test('the small view steps through the cells a query reads and counts cache lines', async ({ page }) => {
  const box = await openSandbox(page, 'layout');
  await box.locator('.layout-small').scrollIntoViewIfNeeded();
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

test('a small scaled run shows the lead at each column count, the explanation, the lines, both charts, and checks an exercise', async ({ page }) => {
  const box = await openSandbox(page, 'layout');
  await box.getByLabel('Rows').fill('20000');
  await box.getByLabel('Columns, up to').selectOption('16');
  await box.getByLabel('Point lookups per sample').fill('1000');
  await box.getByLabel('Timed samples').fill('3');
  await runSandbox(box, { timeout: 60_000 });

  // The headline: one row per column count measured, each with the column scan's lead.
  await expect(box.locator('tbody tr[data-columns]')).toHaveCount(5);
  await expect(box.locator('[data-cell="scan-lead"]')).toHaveCount(5);
  await expect(box.locator('[data-explain]')).toContainText('At 8 columns a row is 64 bytes');

  // Tables: cache lines counted from the addresses (a 20,000-row column is 160,000 bytes, 2,500 lines).
  const tables = await showTab(box, 'tables');
  await expect(tables.locator('tr[data-lines-columns]')).toHaveCount(5);
  await expect(tables.locator('tr[data-lines-columns="16"]')).toContainText('20,000 / 2,500');

  // Details: the two time charts, one line per layout.
  const details = await showTab(box, 'details');
  await expect(details.locator('figure.chart')).toHaveCount(2);
  for (const chart of await details.locator('figure.chart').all()) {
    await chart.scrollIntoViewIfNeeded();
    await expect(chart.locator('.recharts-line-curve'), await chart.locator('figcaption').innerText()).toHaveCount(2);
  }

  // Answer the first exercise from the run's own headline table.
  const leads = await box.locator('[data-cell="scan-lead"]').allTextContents();
  const columns = await box.locator('tbody tr[data-columns]').evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-columns'))));
  const index = leads.findIndex((text) => parseFloat(text) >= 5);
  const answer = index >= 0 ? columns[index]! : 0;
  const exercises = await showTab(box, 'exercises');
  const exercise = exercises.locator('[data-exercise="layout-first-5x"]');
  await exercise.getByLabel('Column count').fill('3'); // a wrong answer first (3 is never a column count)
  await exercise.getByRole('button', { name: 'Check' }).click();
  await expect(exercise.getByRole('status')).toContainText('Not yet');
  await exercise.getByLabel('Column count').fill(String(answer));
  await exercise.getByRole('button', { name: 'Check' }).click();
  await expect(exercise.getByRole('status')).toContainText('Yes');
});

test('bad sizes are refused with a reason before anything runs', async ({ page }) => {
  const box = await openSandbox(page, 'layout');
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
  // Particular to this sandbox: one layout of 4,000,000 rows × 64 columns would not fit the buffer it allocates.
  await rows.fill('4000000');
  await box.getByLabel('Columns, up to').selectOption('64');
  await box.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(box.getByText(/MiB for one layout, over the 768 MiB/)).toBeVisible();
  await expect(box).toHaveAttribute('data-state', 'idle');
});
