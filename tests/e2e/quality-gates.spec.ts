import { expect, test } from '@playwright/test';
import { openSandbox, runSandbox, showTab } from './sandboxes';

const ID = 'quality-gates';

test('faults meet their gates; write-audit-publish keeps the last good day, writing in place does not', async ({ page }) => {
  test.setTimeout(180_000);
  const consoleErrors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  const box = await openSandbox(page, ID);
  await expect(box.locator('[data-engine="duckdb"]')).toHaveAttribute('data-engine-state', 'ready', { timeout: 60_000 });
  await box.getByLabel('Requests a day').fill('300');
  await runSandbox(box, { timeout: 120_000 });

  // The default script: each fault meets a different check.
  const cell = (day: number, gate: string) => box.locator(`table[data-table="days"] tr[data-day="${day}"] [data-gate="${gate}"]`);
  await expect(cell(3, 'ingest')).toContainText('fail: schema');
  await expect(cell(5, 'ingest')).toHaveText('pass');
  await expect(cell(5, 'transform')).toContainText('fail: unique');
  await expect(cell(8, 'ingest')).toContainText('fail: freshness');
  await expect(cell(10, 'transform')).toHaveText('pass');
  await expect(cell(10, 'use')).toContainText('fail: shift (hours)');
  await expect(cell(12, 'transform')).toContainText('fail: not_null');
  await expect(cell(13, 'ingest')).toContainText('fail: row count');
  // Under write-audit-publish, the duplicated day leaves readers on day 4; the next run backfills day 5.
  await expect(box.locator('tr[data-day="5"] [data-cell="readers"]')).toHaveText('day 4 (1 d old)');
  await expect(box.locator('tr[data-day="6"] td').first()).toHaveText('backfill of day 5');
  await expect(box.locator('tr[data-day="5"] [data-cell="slipped"]')).toHaveText('requests +100%');
  await expect(box.locator('[data-explain]')).toContainText('Under write-audit-publish');

  const tables = await showTab(box, 'tables');
  await expect(tables.locator('table[data-table="faults"] tbody tr')).toHaveCount(6);
  await expect(tables.locator('tr[data-fault="unit"] [data-cell="stopped"]')).toContainText('shift: hours to close (at use)');
  const details = await showTab(box, 'details');
  await expect(details.locator('figure.chart .recharts-line').first()).toBeVisible();
  await expect(details.locator('[data-table="sql"]')).toContainText('HAVING count(*) > 1');

  // A new script: one new agency code on day 4, and the table written in place.
  await box.getByRole('button', { name: 'Clear all' }).click();
  await box.getByLabel('Add a step').selectOption({ label: 'New agency code' });
  await box.getByRole('button', { name: 'Add', exact: true }).click();
  await box.getByLabel('day (step 1)').fill('4');
  await box.getByLabel('Publishing').selectOption('in-place');
  await runSandbox(box, { timeout: 120_000 });
  await expect(cell(4, 'transform')).toContainText('fail: relationships');
  await expect(box.locator('tr[data-day="4"] [data-cell="readers"]')).toHaveAttribute('data-state', 'broken');
  await expect(box.locator('[data-explain]')).toContainText('already in the table');

  const exercises = await showTab(box, 'exercises');
  const write = exercises.locator('[data-exercise="quality-gates-write-first"]');
  await write.getByLabel('Days with a wrong table, written in place').fill('1');
  await write.getByRole('button', { name: 'Check' }).click();
  await expect(write.getByRole('status')).toContainText('Yes');
  expect(consoleErrors).toEqual([]);
});
