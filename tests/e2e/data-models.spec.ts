import { expect, test } from '@playwright/test';
import { openSandbox, runSandbox, showTab } from './sandboxes';

const ID = 'data-models';

test('a small shop in four models: same answers, verdicts from the counts, charts, and a checked exercise', async ({ page }) => {
  test.setTimeout(150_000);
  const box = await openSandbox(page, ID);
  await box.getByLabel('Users', { exact: true }).fill('300');
  await box.getByLabel('Follows per user', { exact: true }).fill('5');
  await box.getByLabel('Orders per user', { exact: true }).fill('2');
  await box.getByLabel('Click events', { exact: true }).fill('2000');
  await box.getByLabel('Timed samples', { exact: true }).fill('1');
  await runSandbox(box, { timeout: 120_000 });
  await expect(box.locator('[data-engine="duckdb"][data-engine-state="ready"]')).toBeVisible();

  // The headline: the verdict matrix, every model agreeing.
  await expect(box.locator('[data-agreement="all"]')).toBeVisible();
  await expect(box.locator('[data-matrix] tbody tr')).toHaveCount(5);
  await expect(box.locator('[data-cell="profile-timeseries"] [data-verdict]')).toHaveText('not expressible');
  await expect(box.locator('[data-cell="address-relational"] [data-verdict]')).toHaveText('cheap');
  await expect(box.locator('[data-cell="rolling-document"]')).toHaveAttribute('data-touched', '2000');
  await expect(box.locator('[data-cell="profile-document"]')).toHaveAttribute('data-touched', '1');
  await expect(box.locator('[data-explain]')).toContainText('Profile page of user');

  const tables = await showTab(box, 'tables');
  await expect(tables.locator('[data-details] tr[data-row]')).toHaveCount(20);

  const details = await showTab(box, 'details');
  await expect(details.locator('[data-answer="address"]')).toContainText('Stale copies left: 0.');
  await details.locator('figure.chart').last().scrollIntoViewIfNeeded();
  await expect(details.locator('figure.chart')).toHaveCount(3);
  await expect(details.locator('figure.chart .recharts-line-curve')).toHaveCount(1);

  // The exercise is checked against this run's own counts.
  const touched = async (id: string) => Number(await box.locator(`[data-cell="${id}"]`).getAttribute('data-touched'));
  const skipped = (await touched('rolling-document')) - (await touched('rolling-timeseries'));
  const exercises = await showTab(box, 'exercises');
  const exercise = exercises.locator('[data-exercise="data-models-last-hour-skipped"]');
  await exercise.getByLabel('Records skipped').fill(String(skipped + 1));
  await exercise.getByRole('button', { name: 'Check' }).click();
  await expect(exercise.getByRole('status')).toContainText('Not yet');
  await exercise.getByLabel('Records skipped').fill(String(skipped));
  await exercise.getByRole('button', { name: 'Check' }).click();
  await expect(exercise.getByRole('status')).toContainText('Yes');
});

test('bad inputs show a message beside the control and do not run, including the limits one setting puts on another', async ({ page }) => {
  const box = await openSandbox(page, ID);
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
});
