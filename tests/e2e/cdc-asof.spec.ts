import { expect, test } from '@playwright/test';
import { seriousAxeViolations } from './pages';
import { downloadResults, openSandbox, runSandbox, showTab } from './sandboxes';

const ID = 'cdc-asof';

test('from the defaults: the leak flatters the offline score, row by row, and the LSN rule replays exactly', async ({ page }) => {
  test.setTimeout(180_000);
  const consoleErrors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  const box = await openSandbox(page, ID);
  await expect(box.locator('[data-engine="duckdb"]')).toHaveAttribute('data-engine-state', 'ready', { timeout: 90_000 });
  // The first result from the defaults once DuckDB is loaded (the figure the report states).
  const started = Date.now();
  await runSandbox(box, { timeout: 120_000 });
  test.info().annotations.push({ type: 'first result from defaults (ms)', description: String(Date.now() - started) });

  // The headline: three scores; on final rows the naive model looks far better than as of the anchor.
  await expect(box.locator('tr[data-score]')).toHaveCount(3);
  const auc = async (key: string) => Number(await box.locator(`tr[data-score="${key}"] td[data-auc]`).getAttribute('data-auc'));
  const offline = await auc('naive-naive');
  const served = await auc('naive-asof');
  expect(offline).toBeGreaterThan(0.99);
  expect(served).toBeLessThan(offline - 0.1);
  await expect(box.locator('[data-explain]')).toContainText('Trained on final rows, the model scores AUC');

  // Tables: leaked cells marked row by row, and the replay.
  const tables = await showTab(box, 'tables');
  await expect(tables.locator('tr[data-order]').first()).toBeVisible();
  await expect(tables.locator('td[data-leak="picked_up"]').first()).toContainText('no → yes');
  await expect(tables.locator('td[data-leak="picked_up"]').first()).toContainText('future: +');
  await expect(tables.locator('tr[data-replay="guarded"] td[data-mismatches]')).toHaveAttribute('data-mismatches', '0');
  expect(Number(await tables.locator('tr[data-replay="arrival"] td[data-mismatches]').getAttribute('data-mismatches'))).toBeGreaterThan(0);

  // Details: the per-feature chart and counts; DuckDB's ASOF join agreed with a plain replay for every anchor; the SQL it ran is shown.
  const details = await showTab(box, 'details');
  await expect(details.locator('figure.chart .recharts-bar-rectangle').first()).toBeVisible();
  await expect(details.locator('tr[data-feature="items"] td')).toHaveAttribute('data-rows', '0');
  await expect(details.getByText('found the same version for all 4,200 anchors')).toBeVisible();
  await expect(details.locator('pre').last()).toContainText('ASOF LEFT JOIN history h');

  // An exercise answered from the run's own headline.
  const exercises = await showTab(box, 'exercises');
  const flattered = exercises.locator('[data-exercise="cdc-asof-flattered"]');
  await flattered.getByLabel('AUC on final rows').fill(served.toFixed(2));
  await flattered.getByLabel('AUC as of the anchor').fill(served.toFixed(2));
  await flattered.getByRole('button', { name: 'Check' }).click();
  await expect(flattered.getByRole('status')).toContainText('Not yet');
  await flattered.getByLabel('AUC on final rows').fill(offline.toFixed(2));
  await flattered.getByRole('button', { name: 'Check' }).click();
  await expect(flattered.getByRole('status')).toContainText('Yes');

  const file = await downloadResults(page, box);
  expect(file).toMatchObject({ sandbox: ID, version: 1, params: { anchorMinutes: 0, inequality: '>=' }, results: { orders: 4200, anchors: { asofMatchesJs: true } } });
  expect(consoleErrors).toEqual([]);
});

test('with > at placement no anchor sees its row, and the results pass axe tab by tab', async ({ page }) => {
  test.setTimeout(150_000);
  const box = await openSandbox(page, ID);
  await box.getByLabel('Orders a day').fill('100');
  await box.getByLabel('Days of history').fill('6');
  await box.getByLabel('Training days').fill('4');
  await box.getByLabel('ASOF inequality').selectOption('>');
  await runSandbox(box, { timeout: 120_000 });
  await expect(box.locator('[data-explain]')).toContainText('600 anchors found no version of their row');
  await expect(box.locator('tr[data-score="asof-asof"] td[data-auc]')).toHaveText('0.500');
  expect(await seriousAxeViolations(page, `[data-sandbox="${ID}"]`)).toEqual([]);
  for (const tab of ['tables', 'details', 'exercises'] as const) {
    await showTab(box, tab);
    expect(await seriousAxeViolations(page, `[data-sandbox="${ID}"]`), tab).toEqual([]);
  }
});
