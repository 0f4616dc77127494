import { expect, test, type Page } from '@playwright/test';
import { seriousAxeViolations } from './pages';

const sandbox = (page: Page) => page.locator('[data-sandbox="batch-stream"]');

/** Collects every request that would leave this machine. */
function watchRequests(page: Page): string[] {
  const outside: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if ((url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'ws:' || url.protocol === 'wss:') && url.hostname !== '127.0.0.1') outside.push(request.url());
  });
  return outside;
}

async function open(page: Page) {
  await page.goto('/chapters/fundamentals/#sandbox-batch-stream');
  await expect(sandbox(page)).toHaveAttribute('data-state', 'idle');
  await sandbox(page).scrollIntoViewIfNeeded();
}

async function run(page: Page) {
  await sandbox(page).getByRole('button', { name: 'Run', exact: true }).click();
  await expect(sandbox(page)).toHaveAttribute('data-state', 'done', { timeout: 60_000 });
}

test('a small fixed-cost run shows each mode, both charts, the sweep, the explanation, and checks an exercise', async ({ page }) => {
  const outside = watchRequests(page);
  await open(page);
  const box = sandbox(page);
  await box.getByLabel('Event rate (events/s)').fill('10');
  await box.getByLabel('Run length (s)').fill('1200');
  await box.getByLabel('Work per event', { exact: true }).selectOption('fixed');
  await box.getByLabel('Fixed work per event (µs)').fill('1000');
  await run(page);

  await expect(box.locator('tbody tr[data-mode]')).toHaveCount(3);
  // Batch, steady, no queueing: W/2 + job time = 150 s + (60 s + 3,000 events × 1 ms) = 213 s.
  const batchP50 = Number(await box.locator('tr[data-mode="batch"] [data-cell="p50"]').getAttribute('data-value'));
  expect(batchP50).toBeCloseTo(213, 3);
  const streamP50 = Number(await box.locator('tr[data-mode="stream"] [data-cell="p50"]').getAttribute('data-value'));
  expect(streamP50).toBeCloseTo(0.006, 9);
  await expect(box.locator('[data-explain]')).toContainText('the closed form W/2 + job time gives 3.55 min; the simulation gave 3.55 min');
  await expect(box.locator('figure.chart')).toHaveCount(2);
  for (const chart of await box.locator('figure.chart').all()) {
    await chart.scrollIntoViewIfNeeded();
    await expect(chart.locator('.recharts-line-curve')).toHaveCount(2);
  }
  await expect(box.locator('tr[data-window="300"]')).toHaveCount(1);
  await expect(box.locator('tr[data-window="600"]')).toHaveCount(1);

  const exercise = box.locator('[data-exercise="batch-stream-callout"]');
  await exercise.getByLabel('Busy share').fill('2');
  await exercise.getByRole('button', { name: 'Check' }).click();
  await expect(exercise.getByRole('status')).toContainText('Not yet');
  const busy = Number(await box.locator('tr[data-mode="batch"] [data-cell="busy"]').getAttribute('data-value'));
  await exercise.getByLabel('Busy share').fill((busy * 100).toFixed(1));
  await exercise.getByRole('button', { name: 'Check' }).click();
  await expect(exercise.getByRole('status')).toContainText('Yes');

  const downloadPromise = page.waitForEvent('download');
  await box.getByRole('button', { name: 'Download results' }).click();
  const chunks = await (await (await downloadPromise).createReadStream()).toArray();
  const file = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  expect(file).toMatchObject({ sandbox: 'batch-stream', version: 1, params: { rate: 10, costMode: 'fixed' }, seed: 42 });
  expect(file.results.modes).toHaveLength(3);
  expect(outside).toEqual([]);
});

test('past one event per service time the stream saturates, and the page says the queue grows', async ({ page }) => {
  await open(page);
  const box = sandbox(page);
  await box.getByLabel('Event rate (events/s)').fill('250');
  await box.getByLabel('Run length (s)').fill('600');
  await run(page);
  await expect(box.locator('tr[data-mode="stream"] [data-cell="keeps-up"]')).toContainText('no: the queue grows');
  await expect(box.locator('[data-saturated]')).toBeVisible();
  await expect(box.locator('[data-explain]')).toContainText('the queue grows for as long as events arrive');
});

test('bad inputs are refused with a reason beside the control', async ({ page }) => {
  await open(page);
  const box = sandbox(page);
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
    await open(page);
    await sandbox(page).getByLabel('Run length (s)').fill('1200');
    await run(page);
    await sandbox(page).locator('[data-explain]').scrollIntoViewIfNeeded();
    expect(await seriousAxeViolations(page, '[data-sandbox="batch-stream"]')).toEqual([]);
    await context.close();
  });
}
