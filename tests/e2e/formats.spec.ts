import { expect, test, type Page } from '@playwright/test';

const sandbox = (page: Page) => page.locator('[data-sandbox="formats"]');

async function open(page: Page) {
  await page.goto('/chapters/fundamentals/#sandbox-formats');
  await expect(sandbox(page)).toHaveAttribute('data-state', 'idle');
  await sandbox(page).scrollIntoViewIfNeeded();
}

test('a small run writes every format, reads it back, charts it and says what was lost', async ({ page }) => {
  await open(page);
  const box = sandbox(page);
  await box.getByLabel('Rows').fill('5000');
  await box.getByLabel('Timed samples').fill('1');
  await box.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(box).toHaveAttribute('data-state', 'done', { timeout: 90_000 });
  await expect(box.locator('tbody tr[data-format]')).toHaveCount(11);
  await box.locator('figure.chart').last().scrollIntoViewIfNeeded();
  await expect(box.locator('.recharts-bar-rectangle')).toHaveCount(44);
  await expect(box.locator('[data-fidelity-format="csv"]')).toContainText('zip — text read as a number: leading zeros lost');
  await expect(box.locator('[data-fidelity-format="json"]')).toContainText('created_at — timestamps came back as text');
  await expect(box.locator('[data-fidelity-format="parquet-zstd"]')).toContainText('every value came back with its type');
  await expect(box.locator('[data-fidelity-format="avro"]')).toContainText('every value came back with its type');

  // The generated Parquet file downloads and starts with the Parquet magic bytes.
  const download = page.waitForEvent('download');
  await box.locator('tr[data-format="parquet-snappy"]').getByRole('button', { name: /Download/ }).click();
  const bytes = Buffer.concat(await (await (await download).createReadStream()).toArray());
  expect(bytes.subarray(0, 4).toString()).toBe('PAR1');
  expect(bytes.subarray(bytes.length - 4).toString()).toBe('PAR1');

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
  const exercise = box.locator('[data-exercise="formats-smallest-codec"]');
  await exercise.getByLabel('Codec').selectOption(smallest.id);
  await exercise.getByLabel('Read time ÷ snappy’s').fill('1000');
  await exercise.getByRole('button', { name: 'Check' }).click();
  await expect(exercise.getByRole('status')).toHaveClass(/exercise-fail/);
  await exercise.getByLabel('Read time ÷ snappy’s').fill((smallest.readMs / snappy.readMs).toFixed(3));
  await exercise.getByRole('button', { name: 'Check' }).click();
  await expect(exercise.getByRole('status')).toContainText('Yes');
});

test('bad inputs show a message and do not run', async ({ page }) => {
  await open(page);
  const box = sandbox(page);
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
