import { expect, test, type Page } from '@playwright/test';

const sandbox = (page: Page) => page.locator('[data-sandbox="sum-demo"]');

async function openDemo(page: Page) {
  await page.goto('/kit/#sandbox-sum-demo');
  await expect(sandbox(page)).toHaveAttribute('data-state', 'idle');
}

test('Run computes a real result in a worker', async ({ page }) => {
  await openDemo(page);
  await sandbox(page).getByLabel('Values in the column').fill('2000000');
  await sandbox(page).getByLabel('Timed passes').fill('5');
  await sandbox(page).getByRole('button', { name: 'Run' }).click();
  await expect(sandbox(page)).toHaveAttribute('data-state', 'done');
  const table = sandbox(page).getByRole('table');
  await expect(table).toContainText('Summing 2,000,000 doubles (seed 42), median of 5 timed samples');
  const mean = Number(await table.getByRole('row', { name: /^Mean/ }).getByRole('cell').textContent());
  expect(Math.abs(mean - 0.5)).toBeLessThan(0.001); // 4 standard errors of the mean of 2M uniforms is 0.0008
  const gbps = Number((await sandbox(page).locator('[data-result="gb-per-second"]').textContent())!.replace(' GB/s', ''));
  expect(gbps).toBeGreaterThan(0);

  // The same seed gives the same sum; the download carries params, seed and results.
  const sum = await sandbox(page).locator('[data-result="sum"]').textContent();
  const downloadPromise = page.waitForEvent('download');
  await sandbox(page).getByRole('button', { name: 'Download results' }).click();
  const download = await downloadPromise;
  const file = JSON.parse(await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8')));
  expect(file).toMatchObject({ sandbox: 'sum-demo', version: 1, seed: 42, params: { size: 2_000_000, repeats: 5 } });
  expect(file.results.sum.toFixed(4)).toBe(sum);
});

test('the page stays responsive while a run is working', async ({ page }) => {
  await openDemo(page);
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => w.longTasks.push(entry.duration))).observe({ type: 'longtask' });
  });
  await sandbox(page).getByLabel('Values in the column').fill('20000000');
  await sandbox(page).getByRole('button', { name: 'Run' }).click();
  await expect(sandbox(page)).toHaveAttribute('data-state', 'running');
  // While the worker computes, the main thread answers within a frame or two.
  const started = Date.now();
  const answered = await page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(Date.now()))));
  expect(answered - started).toBeLessThan(1000);
  await expect(sandbox(page)).toHaveAttribute('data-state', 'done', { timeout: 45_000 });
  const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
  expect(longTasks.filter((ms) => ms > 50), 'main-thread tasks over 50 ms during the run').toEqual([]);
});

test('Cancel stops a run and keeps the previous result', async ({ page }) => {
  await openDemo(page);
  await sandbox(page).getByLabel('Values in the column').fill('1000000');
  await sandbox(page).getByLabel('Timed passes').fill('3');
  await sandbox(page).getByRole('button', { name: 'Run' }).click();
  await expect(sandbox(page)).toHaveAttribute('data-state', 'done');
  const firstSum = await sandbox(page).locator('[data-result="sum"]').textContent();

  await sandbox(page).getByLabel('Values in the column').fill('20000000');
  await sandbox(page).getByLabel('Timed passes').fill('50');
  await sandbox(page).getByRole('button', { name: 'Run' }).click();
  await expect(sandbox(page)).toHaveAttribute('data-state', 'running');
  await sandbox(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(sandbox(page).locator('.sandbox-status-text')).toHaveText('Run cancelled.');
  await expect(sandbox(page).getByRole('button', { name: 'Run' })).toBeEnabled();
  await expect(sandbox(page).locator('[data-result="sum"]')).toHaveText(firstSum!);
  // A fresh worker serves the next run.
  await sandbox(page).getByLabel('Values in the column').fill('1000000');
  await sandbox(page).getByLabel('Timed passes').fill('3');
  await sandbox(page).getByRole('button', { name: 'Run' }).click();
  await expect(sandbox(page)).toHaveAttribute('data-state', 'done');
  await expect(sandbox(page).locator('[data-result="sum"]')).toHaveText(firstSum!);
});

test('a worker that throws shows an error with Retry, and the page lives on', async ({ page }) => {
  await openDemo(page);
  await sandbox(page).getByLabel('Values in the column').fill('1000000');
  await sandbox(page).getByLabel('Timed passes').fill('3');
  await sandbox(page).getByRole('button', { name: 'Run' }).click();
  await expect(sandbox(page)).toHaveAttribute('data-state', 'done');

  await sandbox(page).getByLabel(/Make the worker fail/).check();
  await sandbox(page).getByRole('button', { name: 'Run' }).click();
  await expect(sandbox(page)).toHaveAttribute('data-state', 'error');
  const alert = sandbox(page).getByRole('alert');
  await expect(alert).toContainText('failed on purpose');
  await expect(alert).toContainText('last run that succeeded');
  await expect(sandbox(page).getByRole('table')).toBeVisible(); // the last good result stays

  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(sandbox(page)).toHaveAttribute('data-state', 'error'); // retrying the same failing run fails again

  await sandbox(page).getByLabel(/Make the worker fail/).uncheck();
  await sandbox(page).getByRole('button', { name: 'Run' }).click();
  await expect(sandbox(page)).toHaveAttribute('data-state', 'done');
  await expect(sandbox(page).getByRole('alert')).toHaveCount(0);
});

test('invalid input gets a message beside the control and runs nothing', async ({ page }) => {
  await openDemo(page);
  const size = sandbox(page).getByLabel('Values in the column');
  await size.fill('12');
  await sandbox(page).getByRole('button', { name: 'Run' }).click();
  await expect(sandbox(page).getByText('Use at least 1,000 values.')).toBeVisible();
  await expect(size).toHaveAttribute('aria-invalid', 'true');
  await expect(size).toHaveAccessibleDescription(/Use at least 1,000 values/);
  await expect(sandbox(page)).toHaveAttribute('data-state', 'idle');
});
