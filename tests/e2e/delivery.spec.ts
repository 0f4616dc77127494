import { expect, test, type Locator } from '@playwright/test';
import { downloadResults, openSandbox, runSandbox, showTab } from './sandboxes';

const ID = 'delivery';

const cell = (box: Locator, mode: string, key: string) => box.locator(`tr[data-mode="${mode}"] td[data-result="${key}"]`);
const controls = (box: Locator) => box.locator('form.sandbox-controls');

test('the default faults: every mode checked against the ground truth, the exact ids, the closed form, the chart and an exercise', async ({ page }) => {
  const box = await openSandbox(page, ID);
  await runSandbox(box);

  // The headline: the five modes on the same 1,000 messages and faults.
  await expect(box.locator('tr[data-mode]')).toHaveCount(5);
  await expect(box.locator('tr[aria-current="true"]')).toHaveAttribute('data-mode', 'at-least-once');
  await expect(cell(box, 'at-least-once', 'lost')).toHaveText('0');
  await expect(cell(box, 'at-least-once', 'duplicated')).toHaveText('25');
  await expect(cell(box, 'at-most-once', 'lost')).toHaveText('30');
  await expect(cell(box, 'idempotent', 'once')).toHaveText('1,000');
  await expect(cell(box, 'transactional', 'once')).toHaveText('1,000');
  await expect(box.locator('[data-explain]')).toContainText('975 reached the sink exactly once');

  // Tables: the duplicated ids and the closed form (duplicates = records in flight at the crashes).
  const tables = await showTab(box, 'tables');
  await expect(tables.locator('[data-ids="duplicated"]')).toContainText('m-180, m-182');
  await expect(tables.locator('[data-check="in-flight"]')).toContainText('caught 25 record(s) written but not committed');
  await expect(tables.locator('[data-check="in-flight"]')).toContainText('the same number');

  // Details: the lag chart is drawn once its tab shows.
  const details = await showTab(box, 'details');
  const chart = details.locator('figure.chart');
  await chart.scrollIntoViewIfNeeded();
  await expect(chart.locator('.recharts-line-curve')).toHaveCount(2);

  // At most once: read the lost ids, then answer the exercise from them.
  await controls(box).getByLabel('Delivery mode', { exact: true }).selectOption('at-most-once');
  await runSandbox(box);
  await showTab(box, 'tables');
  const lostText = (await box.locator('[data-ids="lost"]').textContent()) ?? '';
  const first = /m-(\d+)/.exec(lostText)?.[1];
  expect(first).toBeTruthy();
  const exercises = await showTab(box, 'exercises');
  const exercise = exercises.locator('[data-exercise="delivery-lost-ids"]');
  await exercise.getByLabel('Messages lost').fill('30');
  await exercise.getByLabel('Smallest lost id').fill('1');
  await exercise.getByRole('button', { name: 'Check' }).click();
  await expect(exercise.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'fail');
  await exercise.getByLabel('Smallest lost id').fill(first!);
  await exercise.getByRole('button', { name: 'Check' }).click();
  await expect(exercise.locator('[data-verdict]')).toContainText(`Yes: 30, from m-${first}`);

  // The download keeps the settings and the faults script that reproduce the run.
  const file = await downloadResults(page, box);
  expect(file).toMatchObject({ sandbox: ID, version: 1, seed: 42, params: { mode: 'at-most-once' } });
  expect((file.params as { faults: unknown[] }).faults[0]).toEqual({ kind: 'crash', batch: 25, point: 'mid-write' });
});

test('the faults script: with every fault removed, every mode delivers every message once', async ({ page }) => {
  const box = await openSandbox(page, ID);
  await box.locator('[data-script]').getByRole('button', { name: 'Clear all' }).click();
  await expect(box.locator('[data-script]')).toContainText('No steps yet.');
  await runSandbox(box);
  for (const mode of ['at-most-once', 'at-least-once', 'auto', 'idempotent', 'transactional']) await expect(cell(box, mode, 'once')).toHaveText('1,000');

  // A bad step is refused beside the script, naming the step.
  const script = box.locator('[data-script]');
  await script.getByLabel('Add a step').selectOption({ label: 'Poison message' });
  await script.getByRole('button', { name: 'Add', exact: true }).click();
  await script.getByLabel('message (step 1)').fill('5000');
  await box.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(script.locator('.field-error')).toContainText('there is no m-5000');
});
