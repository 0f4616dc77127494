import { expect, test, type Page } from '@playwright/test';

const sandbox = (page: Page) => page.locator('[data-sandbox="data-models"]');

/** Every request the page makes, other than to this site (data: and blob: URLs stay in the page). */
function watchOutside(page: Page): string[] {
  const outside: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.hostname !== '127.0.0.1') outside.push(request.url());
  });
  return outside;
}

async function open(page: Page) {
  await page.goto('/chapters/fundamentals/#sandbox-data-models');
  await expect(sandbox(page)).toHaveAttribute('data-state', 'idle');
  await sandbox(page).scrollIntoViewIfNeeded();
}

test('a small shop in four models: same answers, verdicts from the counts, charts, and a checked exercise', async ({ page }) => {
  const outside = watchOutside(page);
  await open(page);
  const box = sandbox(page);
  await box.getByLabel('Users', { exact: true }).fill('300');
  await box.getByLabel('Follows per user', { exact: true }).fill('5');
  await box.getByLabel('Orders per user', { exact: true }).fill('2');
  await box.getByLabel('Click events', { exact: true }).fill('2000');
  await box.getByLabel('Timed samples', { exact: true }).fill('1');
  await box.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(box).toHaveAttribute('data-state', 'done', { timeout: 120_000 });

  await expect(box.locator('[data-agreement="all"]')).toBeVisible();
  await expect(box.locator('[data-matrix] tbody tr')).toHaveCount(5);
  await expect(box.locator('[data-details] tr[data-row]')).toHaveCount(20);
  await expect(box.locator('[data-cell="profile-timeseries"] [data-verdict]')).toHaveText('not expressible');
  await expect(box.locator('[data-cell="address-relational"] [data-verdict]')).toHaveText('cheap');
  await expect(box.locator('[data-cell="rolling-document"]')).toHaveAttribute('data-touched', '2000');
  await expect(box.locator('[data-cell="profile-document"]')).toHaveAttribute('data-touched', '1');
  await expect(box.locator('[data-answer="address"]')).toContainText('Stale copies left: 0.');
  await expect(box.locator('[data-explain]')).toContainText('Profile page of user');
  await box.locator('figure.chart').last().scrollIntoViewIfNeeded();
  await expect(box.locator('figure.chart')).toHaveCount(3);
  await expect(box.locator('figure.chart .recharts-line-curve')).toHaveCount(1);

  // The exercise is checked against this run's own counts.
  const touched = async (id: string) => Number(await box.locator(`[data-cell="${id}"]`).getAttribute('data-touched'));
  const skipped = (await touched('rolling-document')) - (await touched('rolling-timeseries'));
  const exercise = box.locator('[data-exercise="data-models-last-hour-skipped"]');
  await exercise.getByLabel('Records skipped').fill(String(skipped + 1));
  await exercise.getByRole('button', { name: 'Check' }).click();
  await expect(exercise.getByRole('status')).toContainText('Not yet');
  await exercise.getByLabel('Records skipped').fill(String(skipped));
  await exercise.getByRole('button', { name: 'Check' }).click();
  await expect(exercise.getByRole('status')).toContainText('Yes');

  const download = page.waitForEvent('download');
  await box.getByRole('button', { name: 'Download results' }).click();
  const file = JSON.parse(Buffer.concat(await (await (await download).createReadStream()).toArray()).toString('utf8'));
  expect(file).toMatchObject({ sandbox: 'data-models', version: 1, params: { users: 300, clicks: 2000 } });
  expect(outside).toEqual([]);
});

test('bad inputs show a message beside the control and do not run', async ({ page }) => {
  const outside = watchOutside(page);
  await open(page);
  const box = sandbox(page);
  const users = box.getByLabel('Users', { exact: true });
  for (const [value, message] of [
    ['50', 'Use at least 100 users.'],
    ['300000', 'At most 200,000 users.'],
    ['', 'Enter a whole number of users.'],
  ] as const) {
    await users.fill(value);
    await box.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(box.getByText(message)).toBeVisible();
    await expect(box).toHaveAttribute('data-state', 'idle');
  }
  await users.fill('300');
  await box.getByLabel('User to ask about', { exact: true }).fill('301');
  await box.getByLabel('Hops for the friends question', { exact: true }).fill('9');
  await box.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(box.getByText('There are only 300 users: enter 1 to 300, or 0 to pick one at random.')).toBeVisible();
  await expect(box.getByText('At most 4 hops.')).toBeVisible();
  await expect(box).toHaveAttribute('data-state', 'idle');
  expect(outside).toEqual([]);
});
