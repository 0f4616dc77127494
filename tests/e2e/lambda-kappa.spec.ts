import { expect, test, type Locator } from '@playwright/test';
import { downloadResults, openSandbox, runSandbox, showTab } from './sandboxes';

const ID = 'lambda-kappa';

const cell = (box: Locator, arch: 'lambda' | 'kappa', key: string) => box.locator(`td[data-arch="${arch}"][data-result="${key}"]`);
const controls = (box: Locator) => box.locator('form.sandbox-controls');

test('the default steps: both architectures against the truth, the lost late events, the charts and the replay that recovers everything', async ({ page }) => {
  const box = await openSandbox(page, ID);
  await runSandbox(box);

  // The headline: Kappa ends exact after its replay; Lambda is off for the users whose late events its speed layer forgot.
  await expect(cell(box, 'kappa', 'wrong')).toHaveText('0 (0 %)');
  await expect(cell(box, 'lambda', 'wrong')).toHaveText('15 (5.0 %)');
  await expect(cell(box, 'lambda', 'paths')).toHaveText('2 of 2');
  await expect(cell(box, 'kappa', 'paths')).toHaveText('1 of 1');
  await expect(cell(box, 'lambda', 'fixed')).toContainText('hour 126.5 (day 6, 06:30), 4.5 h after the fix');
  await expect(cell(box, 'kappa', 'fixed')).toContainText('hour 128.5');
  await expect(cell(box, 'kappa', 'lost')).toHaveText('none: the log held every event');
  // Compute: the batch layer rereads all history on every run; Kappa reads each event live and once more in the replay.
  await expect(cell(box, 'lambda', 'compute')).toContainText('1,473,828 batch + 71,904 speed');
  await expect(cell(box, 'kappa', 'compute')).toContainText('71,904 live + 38,426 replay');
  await expect(box.locator('[data-explain]')).toContainText('forgot 439 late events');

  // Tables: the steps and what they set off, in time order.
  const tables = await showTab(box, 'tables');
  await expect(tables.locator('tr[data-happening="switch"]')).toContainText('after reading 38,426 events');
  await expect(tables.locator('tr[data-happening="publish"]').last()).toContainText('built by the fixed job');

  // Details: three charts, each with a line per architecture.
  const details = await showTab(box, 'details');
  const charts = details.locator('figure.chart');
  await expect(charts).toHaveCount(3);
  await charts.first().scrollIntoViewIfNeeded();
  await expect(charts.first().locator('.recharts-line-curve')).toHaveCount(2);

  // Retention of 3 days: the replay starts at hour 50 and cannot rebuild what was deleted; the exercise checks the numbers.
  await controls(box).getByLabel('Log retention (days)', { exact: true }).fill('3');
  await runSandbox(box);
  await expect(cell(box, 'kappa', 'lost')).toContainText('15,148 events (21.1 %) deleted before hour 50');
  await expect(cell(box, 'kappa', 'wrong')).toHaveText('300 (100 %)');
  await expect(box.locator('[data-explain]')).toContainText('mean error per user went from');
  const exercises = await showTab(box, 'exercises');
  const exercise = exercises.locator('[data-exercise="lambda-kappa-retention"]');
  await exercise.getByLabel('Events the replay could not read').fill('15148');
  await exercise.getByLabel('Users Kappa serves wrong at the end').fill('0');
  await exercise.getByRole('button', { name: 'Check' }).click();
  await expect(exercise.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'fail');
  await exercise.getByLabel('Users Kappa serves wrong at the end').fill('300');
  await exercise.getByRole('button', { name: 'Check' }).click();
  await expect(exercise.locator('[data-verdict]')).toContainText('Yes: 15,148 events deleted');

  const file = await downloadResults(page, box);
  expect(file).toMatchObject({ sandbox: ID, version: 1, seed: 42, params: { retentionDays: 3 } });
});

test('the script: the fix in the batch job only leaves Lambda drifting; a step after the run ends is refused', async ({ page }) => {
  const box = await openSandbox(page, ID);
  const script = box.locator('[data-script]');
  // Step 2 deploys the fix to the speed layer: remove it.
  await script.getByRole('button', { name: 'Remove step 2' }).click();
  await runSandbox(box);
  await expect(cell(box, 'lambda', 'paths')).toHaveText('1 of 2');
  await expect(cell(box, 'lambda', 'fixed')).toHaveText('never');
  await expect(cell(box, 'lambda', 'wrong')).toHaveText('145 (48.3 %)');
  await expect(cell(box, 'kappa', 'wrong')).toHaveText('0 (0 %)');

  await script.getByLabel('hour (step 1)').fill('300');
  await box.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(script.locator('.field-error')).toContainText('after the run ends (hour 240)');
});
