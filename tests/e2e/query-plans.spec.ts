import { expect, test } from '@playwright/test';
import { openSandbox, runSandbox, showTab } from './sandboxes';

const plan = (name: string) => `tbody tr[data-plan="${name}"]`;

test('the plans read fewer bytes with pushdown, agree with DuckDB, and stop skipping when the rows are not sorted by airline', async ({ page }) => {
  test.setTimeout(240_000);
  const box = await openSandbox(page, 'query-plans');
  await box.getByLabel('Flights per day').fill('1000');
  await box.getByLabel('Rows per row group').fill('250');
  await box.getByLabel('Timed runs per plan').fill('1');
  await runSandbox(box, { timeout: 150_000 });

  // The headline: five plans, the reader's (all three, by default) marked; every one gives the same answer.
  await expect(box.locator('tbody tr[data-plan]')).toHaveCount(5);
  await expect(box.locator(`${plan('All three pushdowns')} th`)).toContainText('(yours)');
  await expect(box.locator('td[data-cell="same"]')).toHaveText(['yes', 'yes', 'yes', 'yes', 'yes']);
  const bytes = async (name: string) => Number(await box.locator(`${plan(name)} td[data-cell="bytes"]`).getAttribute('data-value'));
  expect(await bytes('All three pushdowns')).toBeLessThan((await bytes('No pushdown')) / 5);
  await expect(box.locator(`${plan('Partition pruning only')} td[data-cell="files"]`)).toHaveText('7 / 7');
  const skippedSorted = Number(await box.locator(`${plan('All three pushdowns')} td[data-cell="groups"]`).getAttribute('data-value'));
  expect(skippedSorted).toBeGreaterThan(0);
  await expect(box.locator('[data-explain]')).toContainText('fewer bytes');
  await expect(box.locator('[data-explain]')).toContainText('and so did DuckDB');

  // Tables: the answer; Details: the row-group map and DuckDB's own plan with the filters in its scan.
  const tables = await showTab(box, 'tables');
  await expect(tables.locator('caption').first()).toContainText('identical under every plan and in DuckDB');
  const details = await showTab(box, 'details');
  await expect(details.locator('svg[role="img"]')).toBeVisible();
  await expect(details.locator('pre[data-plan="duckdb"]')).toContainText('TABLE_SCAN');
  await expect(details.locator('pre[data-plan="duckdb"]')).toContainText('is_cancelled');

  // The same flights in departure order: statistics skip nothing, the answer stays.
  await box.getByLabel('Row order in each file').selectOption('departure');
  await runSandbox(box, { timeout: 150_000 });
  await expect(box.locator(`${plan('All three pushdowns')} td[data-cell="groups"]`)).toHaveAttribute('data-value', '0');
  await expect(box.locator('td[data-cell="same"]')).toHaveText(['yes', 'yes', 'yes', 'yes', 'yes']);
  const exercises = await showTab(box, 'exercises');
  const exercise = exercises.locator('[data-exercise="query-plans-clustering"]');
  await exercise.getByLabel('Row groups skipped by statistics').fill('0');
  await exercise.getByRole('button', { name: 'Check' }).click();
  await expect(exercise.getByRole('status')).toContainText('Yes');
});

test('a date range past the data is refused beside its control', async ({ page }) => {
  const box = await openSandbox(page, 'query-plans');
  await box.getByLabel('Days in the date range').fill('20');
  await box.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(box.getByText('The range starts on March 2 and the data ends on March 14: at most 13 days.')).toBeVisible();
  await expect(box).toHaveAttribute('data-state', 'idle');
});
