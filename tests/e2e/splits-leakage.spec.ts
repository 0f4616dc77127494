import { expect, test, type Locator } from '@playwright/test';
import { definition } from '../../sandboxes/splits-leakage/definition';
import { openSandbox, runSandbox, showTab } from './sandboxes';

const ID = 'splits-leakage';
const aucs = async (box: Locator, split: string) => {
  const row = box.locator(`tr[data-split="${split}"]`);
  return {
    validate: Number(await row.locator('[data-result="validate-auc"]').textContent()),
    later: Number(await row.locator('[data-result="later-auc"]').textContent()),
  };
};

test('from the defaults: every split is flattered by the future-data feature; without it the splits part ways', async ({ page }) => {
  test.setTimeout(120_000);
  const box = await openSandbox(page, ID);
  const started = Date.now();
  await runSandbox(box);
  test.info().annotations.push({ type: 'first result from defaults (ms)', description: String(Date.now() - started) });

  await expect(box.locator('tr[data-split]')).toHaveCount(3);
  for (const split of ['random', 'time', 'group']) {
    const s = await aucs(box, split);
    expect(s.validate).toBeGreaterThan(s.later + 0.02);
  }
  await expect(box.locator('[data-explain]')).toContainText('15 days around each row');

  // Tables: the random split has users and copies on both sides; the group split has neither.
  const tables = await showTab(box, 'tables');
  expect(Number((await tables.locator('tr[data-overlap="random"] [data-result="copies-across"]').textContent())?.replace(/,/g, ''))).toBeGreaterThan(0);
  await expect(tables.locator('tr[data-overlap="group"] [data-result="users-both"]')).toContainText(/^0 of/);
  await expect(tables.locator('tr[data-overlap="group"] [data-result="copies-across"]')).toHaveText('0');

  // Details: the bar chart of validation against later AUC.
  const details = await showTab(box, 'details');
  await expect(details.locator('figure.chart .recharts-bar-rectangle').first()).toBeVisible();

  // Without the future-data feature the random split stays above the later period, the group split falls below it.
  await box.getByLabel(definition.controls.futureFeature.label).uncheck();
  await runSandbox(box);
  const random = await aucs(box, 'random');
  const group = await aucs(box, 'group');
  expect(random.validate).toBeGreaterThan(random.later);
  expect(group.validate).toBeLessThan(group.later);
});
