import { expect, test } from '@playwright/test';
import { downloadResults, openSandbox, runSandbox, showTab } from './sandboxes';

const ID = 'incremental-loads';

test('the default script: > loses the ties on day 4, ≥ re-reads them, the full reload is never wrong, and why each row is wrong', async ({ page }) => {
  test.setTimeout(180_000);
  const consoleErrors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  const box = await openSandbox(page, ID);
  for (const engine of ['duckdb', 'sqlite']) await expect(box.locator(`[data-engine="${engine}"]`)).toHaveAttribute('data-engine-state', 'ready', { timeout: 90_000 });
  const started = Date.now();
  await runSandbox(box, { timeout: 120_000 });
  console.log(`incremental-loads: first result from the defaults in ${Date.now() - started} ms (engines loaded)`);

  // The headline: one line per strategy; the metric can be switched.
  const chart = box.locator('figure.chart');
  await expect(chart).toHaveAttribute('data-metric', 'missed');
  await expect(chart.locator('[data-line]')).toHaveCount(5);
  await box.getByLabel('Rows read (cost)').check();
  await expect(chart).toHaveAttribute('data-metric', 'read');
  await expect(box.locator('[data-explain]')).toContainText('Watermark, updated_at > W after day 4');

  const tables = await showTab(box, 'tables');
  await expect(tables.locator('[data-table="days"] tr[data-day="4"] td[data-strategy="gt"]')).toHaveAttribute('data-wrong', '5');
  await expect(tables.locator('[data-table="days"] tr[data-day="4"] td[data-strategy="ge"]')).toHaveAttribute('data-wrong', '0');
  await expect(tables.locator('[data-table="days"] tr[data-day="4"] td[data-strategy="ge"]')).toContainText('15 again');
  await expect(tables.locator('[data-table="summary"] tr[data-strategy="full"] td[data-wrong]')).toHaveAttribute('data-wrong', '0');
  await expect(tables.locator('[data-table="summary"] tr[data-strategy="full"]')).toContainText('never');

  // Details: row 622 is one of the five stamped 23:59 on day 3 and committed two minutes later.
  const details = await showTab(box, 'details');
  await expect(details.locator('[data-table="wrong-rows"] tr[data-strategy="gt"]').filter({ hasText: '622' })).toContainText('visible only from day 4, 00:01');
  await expect(details.getByText('WHERE updated_at >= 18719')).toBeVisible();

  const exercises = await showTab(box, 'exercises');
  const ties = exercises.locator('[data-exercise="incremental-loads-ties"]');
  await ties.getByLabel('Rows missing from the > copy after day 4').fill('0');
  await ties.getByLabel('Rows the ≥ load read again on day 4').fill('15');
  await ties.getByRole('button', { name: 'Check' }).click();
  await expect(ties.getByRole('status')).toContainText('Not yet');
  await ties.getByLabel('Rows missing from the > copy after day 4').fill('5');
  await ties.getByRole('button', { name: 'Check' }).click();
  await expect(ties.getByRole('status')).toContainText('Yes');

  const file = await downloadResults(page, box);
  expect(file).toMatchObject({ sandbox: ID, version: 1, params: { days: 14, margin: 60 } });
  expect(consoleErrors).toEqual([]);
});

test('the script editor: a step after the last day is refused beside the script, a margin of 90 survives the slow clock', async ({ page }) => {
  test.setTimeout(180_000);
  const box = await openSandbox(page, ID);
  const script = box.locator('[data-script]');
  await expect(script.locator('[data-step]')).toHaveCount(8);
  await script.getByLabel('Add a step').selectOption({ label: 'Hard-delete rows' });
  await script.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(script.locator('[data-step]')).toHaveCount(9);
  await script.getByLabel('day (step 9)').fill('20');
  await box.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(script.getByText('Step 9: Day 20 is after the run’s last day (14).')).toBeVisible();
  await expect(box).toHaveAttribute('data-state', 'idle');
  await script.getByRole('button', { name: 'Remove step 9' }).click();
  await box.getByLabel('Margin before the watermark (min)').fill('90');
  await runSandbox(box, { timeout: 150_000 });
  const tables = await showTab(box, 'tables');
  // Only the six hard deletes of day 12 are left wrong in the margin copy.
  await expect(tables.locator('[data-table="summary"] tr[data-strategy="overlap"] td[data-wrong]')).toHaveAttribute('data-wrong', '6');
  await expect(tables.locator('[data-table="summary"] tr[data-strategy="overlap"]')).toContainText('0 missing, 0 older, 0 soft and 6 hard deletes kept');
});
