import { expect, test } from '@playwright/test';
import { openSandbox, runSandbox, showTab } from './sandboxes';

test('the default script commits an Iceberg table, reads it as of a moment, and shows the reader, the race and the expiry', async ({ page }) => {
  const box = await openSandbox(page, 'lakehouse-snapshots');
  await expect(box.locator('[data-engine="parquet"]')).toHaveAttribute('data-engine-state', 'ready', { timeout: 30_000 });
  await runSandbox(box, { timeout: 90_000 });

  // The headline: one row per snapshot; the chapter's three commits hold 2, 4 and 3 rows.
  const snapshots = box.locator('table[data-table="snapshots"] tbody tr');
  await expect(snapshots).toHaveCount(9);
  await expect(snapshots.locator('[data-cell="rows"]').first()).toHaveText('2');
  await expect(box.locator('tr[data-seq="2"] [data-cell="rows"]')).toHaveText('4');
  await expect(box.locator('tr[data-seq="3"] [data-cell="rows"]')).toHaveText('3');
  await expect(box.locator('tr[data-seq="3"]')).toContainText('−part-0002');
  await expect(box.locator('tr[data-seq="3"]')).toContainText('+part-0003');

  // TIMESTAMP AS OF 2025-02-11 18:00 lands on snapshot 2, which expiry has since ended: the rows it held, and why it fails now.
  await box.getByLabel('Read the table as of').selectOption('time');
  await box.getByLabel('Moment for TIMESTAMP AS OF (UTC)').fill('2025-02-11T18:00');
  const asOf = box.locator('[data-as-of]');
  await expect(asOf).toHaveAttribute('data-as-of', '2');
  await expect(asOf).toHaveAttribute('data-readable', 'false');
  await expect(asOf.locator('tbody tr')).toHaveCount(4);
  await expect(asOf.locator('tr[data-upload="105"]')).toContainText('f_98a5');
  // The current snapshot is still readable.
  await box.getByLabel('Read the table as of').selectOption('current');
  await expect(asOf).toHaveAttribute('data-readable', 'true');

  await expect(box.locator('[data-explain]')).toContainText('on snapshot 2 still read its 4 rows');

  const tables = await showTab(box, 'tables');
  await expect(tables.locator('tr[data-reader="3"]')).toHaveAttribute('data-ok', 'false');
  await expect(tables.locator('tr[data-reader="3"]')).toContainText('4 rows, while snapshot 3 (3 rows) became current');
  await expect(tables.locator('tr[data-race="6"]')).toHaveAttribute('data-outcome', 'retried');
  await expect(tables.locator('tr[data-race="6"]')).toContainText('v5.metadata.json already existed');
  await expect(tables.locator('tr[data-expiry="13"]')).toContainText('1, 2, 3, 4, 5, 6, 7');

  const details = await showTab(box, 'details');
  await expect(details.locator('figure.chart')).toBeVisible();
  await expect(details.locator('table[data-table="versions"] tbody tr')).toHaveCount(11);
  await expect(details.locator('table[data-table="files"]')).toContainText('metadata/version-hint.text');

  // The exercise is checked against this run.
  const exercises = await showTab(box, 'exercises');
  const exercise = exercises.locator('[data-exercise="lakehouse-snapshots-as-of"]');
  await exercise.getByLabel('Rows as of 18:00').fill('3');
  await exercise.getByRole('button', { name: 'Check' }).click();
  await expect(exercise.getByRole('status')).toHaveClass(/exercise-fail/);
  await exercise.getByLabel('Rows as of 18:00').fill('4');
  await exercise.getByRole('button', { name: 'Check' }).click();
  await expect(exercise.getByRole('status')).toContainText('Yes');
});

test('a script step that names a missing column is refused beside the steps, and nothing runs', async ({ page }) => {
  const box = await openSandbox(page, 'lakehouse-snapshots');
  await box.getByLabel('set (step 10)').fill('colour');
  await box.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(box.getByText('Step 10: there is no column "colour" yet')).toBeVisible();
  await expect(box).toHaveAttribute('data-state', 'idle');
});
