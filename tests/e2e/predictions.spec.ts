import { expect, test } from '@playwright/test';
import { definition } from '../../sandboxes/windows/definition';
import { openSandbox, runSandbox } from './sandboxes';

/**
 * "Predict first" (#22, item 4), through the windows sandbox: its default stream (seed 42) has two
 * events late for their tumbling window at a watermark delay of 2 minutes, and with no allowed
 * lateness both are past it and go to the side output — known from the windows spec, not from this run.
 */
const ID = 'windows';
const prompt = (id: string) => definition.predictions!.find((p) => p.id === id)!.prompt;
const lateMax = () => {
  const late = definition.predictions!.find((p) => p.id === 'late')!;
  return late.kind === 'number' ? late.max : Number.NaN;
};

test('a prediction is checked before Run, compared with the run of its settings, and kept on /progress/', async ({ page }) => {
  const box = await openSandbox(page, ID);
  const predict = box.locator('[data-predict]');
  await expect(predict).toHaveAccessibleName('Predict first (optional)');
  // Each guess sits in a group named by its question; its field is "Your guess".
  const late = predict.getByRole('group', { name: prompt('late') }).getByLabel('Your guess');
  const lost = predict.getByRole('group', { name: prompt('lost') }).getByLabel('Your guess');

  // A guess that is not a number stops the Run, with its message beside the field.
  await late.fill('many');
  await box.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(predict.locator('.field-error')).toHaveText('Enter a number, or leave it empty to skip.');
  await expect(late).toHaveAttribute('aria-invalid', 'true');
  await expect(box).toHaveAttribute('data-state', 'idle');
  await late.fill('2.5');
  await box.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(predict.locator('.field-error')).toHaveText('Enter a whole number.');
  const max = lateMax();
  await late.fill(String(max + 1));
  await box.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(predict.locator('.field-error')).toHaveText(`Enter a number from 0 to ${max.toLocaleString('en-US')}.`);
  await expect(box).toHaveAttribute('data-state', 'idle');

  // Valid guesses run with it (Enter in the field presses Run) and are compared with what the run measured.
  await lost.fill('2');
  await late.fill('5');
  await late.press('Enter');
  await expect(box).toHaveAttribute('data-state', 'done', { timeout: 30_000 });
  const outcome = box.locator('[data-predict-outcome]');
  await expect(outcome.locator('[data-prediction-outcome="late"] [data-guess]')).toHaveText('5 events');
  await expect(outcome.locator('[data-prediction-outcome="late"] [data-actual]')).toHaveText('2 events');
  await expect(outcome.locator('[data-prediction-outcome="late"]')).toHaveAttribute('data-verdict', 'off');
  await expect(outcome.locator('[data-prediction-outcome="late"] [data-comparison]')).toHaveText('Your guess was 2.5 times what the run measured.');
  await expect(outcome.locator('[data-prediction-outcome="lost"] [data-comparison]')).toHaveText('Exactly right.');
  // The fields are cleared for the next prediction; a run without one shows no comparison.
  await expect(late).toHaveValue('');
  await runSandbox(box, { timeout: 30_000 });
  await expect(outcome).toHaveCount(0);

  await page.goto('/progress/');
  const table = page.locator('[data-prediction-sandbox="windows"]');
  await expect(table.locator('caption')).toHaveText('Tumbling, sliding and session windows');
  await expect(table.locator('tr[data-prediction-entry]')).toHaveCount(2);
  // One run's predictions read in the order they were asked.
  await expect(table.locator('tr[data-prediction-entry]').first()).toHaveAttribute('data-prediction-entry', 'late');
  const row = table.locator('tr[data-prediction-entry="late"]');
  await expect(row.locator('[data-guess]')).toHaveText('5 events');
  await expect(row.locator('[data-actual]')).toHaveText('2 events');
  await expect(row).toContainText('seed 42');
});

test('a choice prediction reads right or wrong; a skipped one is not recorded', async ({ page }) => {
  const layout = (await import('../../sandboxes/layout/definition')).definition;
  const box = await openSandbox(page, 'layout');
  await box.getByLabel(layout.controls.rows.label).fill('20000');
  await box.getByLabel(layout.controls.lookups.label).fill('1000');
  await box.getByLabel(layout.controls.repeats.label).fill('3');
  const choice = layout.predictions!.find((p) => p.id === 'lookup-winner')!;
  await box.getByRole('group', { name: choice.prompt }).getByLabel('Your guess').selectOption('row');
  await runSandbox(box, { timeout: 60_000 });
  const row = box.locator('[data-prediction-outcome="lookup-winner"]');
  await expect(row.locator('[data-guess]')).toHaveText('Row-major');
  await expect(row.locator('[data-actual]')).toHaveText(/^(Row|Column)-major$/);
  const actual = await row.locator('[data-actual]').textContent();
  await expect(row).toHaveAttribute('data-verdict', actual === 'Row-major' ? 'right' : 'wrong');
  await expect(row.locator('[data-comparison]')).toHaveText(actual === 'Row-major' ? 'Right.' : 'Not this time.');
  // The number prediction was left empty: only the choice is compared and kept.
  await expect(box.locator('[data-prediction-outcome]')).toHaveCount(1);
  const stored = await page.evaluate(() => (JSON.parse(localStorage.getItem('dsml-progress') ?? '{}') as { predictions?: { entries: Array<{ prediction: string }> } }).predictions?.entries.map((e) => e.prediction));
  expect(stored).toEqual(['lookup-winner']);
});
