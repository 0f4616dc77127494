import { expect, test } from '@playwright/test';
import { seriousAxeViolations } from './pages';
import { openSandbox, runSandbox, showTab } from './sandboxes';

const ID = 'batch-stream';

test('a small fixed-cost run compares the three modes, charts the window sweep, and checks an exercise', async ({ page }) => {
  const box = await openSandbox(page, ID);
  await box.getByLabel('Event rate (events/s)').fill('10');
  await box.getByLabel('Run length (s)').fill('1200');
  await box.getByLabel('Work per event', { exact: true }).selectOption('fixed');
  await box.getByLabel('Fixed work per event (µs)').fill('1000');
  await runSandbox(box, { timeout: 60_000 });

  // The headline: one row per mode.
  await expect(box.locator('.sandbox-headline tbody tr[data-mode]')).toHaveCount(3);
  // Batch, steady, no queueing: W/2 + job time = 150 s + (60 s + 3,000 events × 1 ms) = 213 s.
  const batchP50 = Number(await box.locator('tr[data-mode="batch"] [data-cell="p50"]').getAttribute('data-value'));
  expect(batchP50).toBeCloseTo(213, 3);
  const streamP50 = Number(await box.locator('tr[data-mode="stream"] [data-cell="p50"]').getAttribute('data-value'));
  expect(streamP50).toBeCloseTo(0.006, 9);
  await expect(box.locator('[data-explain]')).toContainText('the closed form W/2 + job time gives 3.55 min; the simulation gave 3.55 min');

  const tables = await showTab(box, 'tables');
  await expect(tables.locator('tr[data-rate]')).toHaveCount(5);

  const details = await showTab(box, 'details');
  await expect(details.locator('tr[data-window="300"]')).toHaveCount(1);
  await expect(details.locator('tr[data-window="600"]')).toHaveCount(1);
  await expect(details.locator('figure.chart')).toHaveCount(2);
  for (const chart of await details.locator('figure.chart').all()) {
    await chart.scrollIntoViewIfNeeded();
    await expect(chart.locator('.recharts-line-curve')).toHaveCount(2);
  }

  const busy = Number(await box.locator('tr[data-mode="batch"] [data-cell="busy"]').getAttribute('data-value'));
  const exercises = await showTab(box, 'exercises');
  const exercise = exercises.locator('[data-exercise="batch-stream-callout"]');
  await exercise.getByLabel('Busy share').fill('2');
  await exercise.getByRole('button', { name: 'Check' }).click();
  await expect(exercise.getByRole('status')).toContainText('Not yet');
  await exercise.getByLabel('Busy share').fill((busy * 100).toFixed(1));
  await exercise.getByRole('button', { name: 'Check' }).click();
  await expect(exercise.getByRole('status')).toContainText('Yes');
});

test('past one event per service time the stream saturates, and the page says the queue grows', async ({ page }) => {
  const box = await openSandbox(page, ID);
  await box.getByLabel('Event rate (events/s)').fill('250');
  await box.getByLabel('Run length (s)').fill('600');
  await runSandbox(box, { timeout: 60_000 });
  await expect(box.locator('tr[data-mode="stream"] [data-cell="keeps-up"]')).toContainText('no: the queue grows');
  await expect(box.locator('[data-saturated]')).toBeVisible();
  await expect(box.locator('[data-explain]')).toContainText('the queue grows for as long as events arrive');
});

test('bad inputs are refused with a reason beside the control', async ({ page }) => {
  const box = await openSandbox(page, ID);
  for (const [label, value, message] of [
    ['Micro-batch window (s)', '300', 'The micro-batch window must be shorter than the batch window.'],
    ['Event rate (events/s)', '1000000000', 'At most 10,000 events per second.'],
    ['Batch job start-up (s)', '-5', 'A start-up cost cannot be negative.'],
  ] as const) {
    await box.getByLabel(label).fill(value);
    await box.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(box.getByText(message)).toBeVisible();
    await expect(box).toHaveAttribute('data-state', 'idle');
  }
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the sandbox with its results has no serious axe violations (${colorScheme})`, async ({ browser }) => {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    const box = await openSandbox(page, ID);
    await box.getByLabel('Run length (s)').fill('1200');
    await runSandbox(box, { timeout: 60_000 });
    await showTab(box, 'details');
    await box.locator('[data-panel="details"] figure.chart').first().scrollIntoViewIfNeeded();
    expect(await seriousAxeViolations(page, `[data-sandbox="${ID}"]`)).toEqual([]);
    await context.close();
  });
}
