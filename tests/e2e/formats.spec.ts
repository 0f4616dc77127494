import { expect, test } from '@playwright/test';
import { openSandbox, runSandbox, showTab } from './sandboxes';

test('a small run writes every format, reads it back, charts it and says what was lost', async ({ page }) => {
  const box = await openSandbox(page, 'formats');
  // The Parquet engine loads as the sandbox comes into view, before any Run.
  await expect(box.locator('[data-engine="parquet"]')).toHaveAttribute('data-engine-state', 'ready', { timeout: 30_000 });
  await box.getByLabel('Rows').fill('5000');
  await box.getByLabel('Timed samples').fill('1');
  await runSandbox(box, { timeout: 90_000 });

  // The headline: size and times for each of the eleven formats.
  await expect(box.locator('tbody tr[data-format]')).toHaveCount(11);
  await expect(box.locator('[data-explain]')).toContainText('The smallest file was Parquet');
  await expect(box.locator('[data-explain]')).toContainText('CSV changed');

  // Tables: what each format gave back after the round trip.
  const tables = await showTab(box, 'tables');
  await expect(tables.locator('[data-fidelity-format="csv"]')).toContainText('zip — text read as a number: leading zeros lost');
  await expect(tables.locator('[data-fidelity-format="json"]')).toContainText('created_at — timestamps came back as text');
  await expect(tables.locator('[data-fidelity-format="parquet-zstd"]')).toContainText('every value came back with its type');
  await expect(tables.locator('[data-fidelity-format="avro"]')).toContainText('every value came back with its type');

  // Details: how each format reaches one column, its file, and four charts relative to JSON, one bar per format each.
  const details = await showTab(box, 'details');
  await expect(details.locator('tr[data-file-format="parquet-zstd"]')).toContainText('reads that column only');
  await expect(details.locator('tr[data-file-format="csv"]')).toContainText('parses everything');
  // The generated Parquet file downloads and starts and ends with the Parquet magic bytes.
  const download = page.waitForEvent('download');
  await details.locator('tr[data-file-format="parquet-snappy"]').getByRole('button', { name: /Download/ }).click();
  const bytes = Buffer.concat(await (await (await download).createReadStream()).toArray());
  expect(bytes.subarray(0, 4).toString()).toBe('PAR1');
  expect(bytes.subarray(bytes.length - 4).toString()).toBe('PAR1');
  await details.locator('figure.chart').last().scrollIntoViewIfNeeded();
  await expect(details.locator('.recharts-bar-rectangle')).toHaveCount(44);

  // The exercise is checked against this run's own numbers.
  const parquet = await box.locator('tbody tr[data-format^="parquet-"]').evaluateAll((trs) =>
    trs.map((tr) => ({
      id: tr.getAttribute('data-format')!,
      bytes: Number(tr.querySelector('[data-cell="bytes"]')!.getAttribute('data-value')),
      readMs: Number(tr.querySelector('[data-cell="read"]')!.getAttribute('data-value')),
    })),
  );
  const smallest = parquet.reduce((a, b) => (b.bytes < a.bytes ? b : a));
  const snappy = parquet.find((p) => p.id === 'parquet-snappy')!;
  const exercises = await showTab(box, 'exercises');
  const exercise = exercises.locator('[data-exercise="formats-smallest-codec"]');
  await exercise.getByLabel('Codec').selectOption(smallest.id);
  await exercise.getByLabel('Read time ÷ snappy’s').fill('1000');
  await exercise.getByRole('button', { name: 'Check' }).click();
  await expect(exercise.getByRole('status')).toHaveClass(/exercise-fail/);
  await exercise.getByLabel('Read time ÷ snappy’s').fill((smallest.readMs / snappy.readMs).toFixed(3));
  await exercise.getByRole('button', { name: 'Check' }).click();
  await expect(exercise.getByRole('status')).toContainText('Yes');
});

test('a bigger run is one click away, and after a run the time at other settings is estimated from it', async ({ page }) => {
  const box = await openSandbox(page, 'formats');
  await box.getByLabel('Rows').fill('2000');
  await box.getByLabel('Timed samples').fill('1');
  // Before any run, the bigger run says how much more work it is, computed from the settings.
  const larger = box.getByRole('button', { name: /100,000 rows, 5 samples \(\d+(\.\d)?× the default work\)/ });
  await expect(larger).toBeVisible();
  await expect(box.locator('[data-estimate]')).toHaveCount(0);
  await runSandbox(box, { timeout: 90_000 });
  await larger.click();
  await expect(box.getByLabel('Rows')).toHaveValue('100000');
  await expect(box.getByLabel('Timed samples')).toHaveValue('5');
  // 2,000 rows × 2 passes → 100,000 × 6: the estimate is that run's time scaled by 150.
  await expect(box.locator('[data-estimate]')).toContainText(/At these settings a run should take about [\d.]+ (s|min) here, scaled from your last run \([\d.]+ s\)/);
});

test('bad inputs show a message and do not run', async ({ page }) => {
  const box = await openSandbox(page, 'formats');
  const rows = box.getByLabel('Rows');
  for (const [value, message] of [
    ['0', 'Use at least 1,000 rows.'],
    ['-20', 'Use at least 1,000 rows.'],
    ['1000000000000', 'At most 1,000,000 rows.'],
    ['', 'Enter a whole number of rows.'],
  ] as const) {
    await rows.fill(value);
    await box.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(box.getByText(message)).toBeVisible();
    await expect(box).toHaveAttribute('data-state', 'idle');
  }
  await rows.pressSequentially('abc'); // a number field ignores text: the value stays empty, the run is refused
  await box.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(box.getByText('Enter a whole number of rows.')).toBeVisible();
  await expect(box).toHaveAttribute('data-state', 'idle');
});
