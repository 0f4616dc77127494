import { expect, test } from '@playwright/test';
import { seriousAxeViolations } from './pages';
import { downloadResults, openSandbox, runSandbox, showTab } from './sandboxes';

const ID = 'etl-elt';

test('a small run on both warehouses: per-stage times, identical tables, the new question, exercises', async ({ page }) => {
  test.setTimeout(180_000);
  const consoleErrors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  const box = await openSandbox(page, ID);
  // Both warehouses start loading when the sandbox comes into view, before any Run.
  for (const engine of ['duckdb', 'sqlite']) await expect(box.locator(`[data-engine="${engine}"]`)).toHaveAttribute('data-engine-state', 'ready', { timeout: 60_000 });
  await box.getByLabel('Rows in the extract').fill('2000');
  await box.getByLabel('Transform', { exact: true }).selectOption('heavy');
  await box.getByLabel('Warehouse').selectOption('both');
  await box.getByLabel('Timed runs').fill('1');
  await runSandbox(box, { timeout: 150_000 });

  // The headline: two warehouses × two patterns, each with four timed stages and a total.
  await expect(box.locator('[data-match="equal"]')).toContainText('final tables are identical on both warehouses');
  await expect(box.locator('tr[data-row]:not([data-row^="question"])')).toHaveCount(4);
  await expect(box.locator('tr[data-row="duckdb-etl"] th')).toContainText('transform in JavaScript');
  await expect(box.locator('tr[data-row="sqlite-elt"] th')).toContainText('transform in SQL');
  for (const row of ['duckdb-etl', 'duckdb-elt', 'sqlite-etl', 'sqlite-elt']) {
    const stages = await box.locator(`tr[data-row="${row}"] td[data-value]`).evaluateAll((tds) => tds.map((td) => Number(td.getAttribute('data-value'))));
    expect(stages).toHaveLength(5);
    // With one timed run, the total is exactly the sum of its stages.
    expect(stages[4]).toBeCloseTo(stages.slice(0, 4).reduce((a, b) => a + b, 0), 5);
  }
  await expect(box.locator('tr[data-row="duckdb-elt"] [data-cell="load"]')).toContainText('→ 2,012 rows');
  await expect(box.locator('[data-explain]')).toContainText('Checked: on both warehouses');

  // Tables: the new question. ETL reads all 2,000 lines and the 12-row lookup again; ELT reads none from the source.
  const tables = await showTab(box, 'tables');
  await expect(tables.locator('tr[data-row="question-duckdb-etl"] [data-cell="source-rows"]')).toHaveAttribute('data-value', '2012');
  await expect(tables.locator('tr[data-row="question-sqlite-elt"] [data-cell="source-rows"]')).toHaveAttribute('data-value', '0');
  await expect(tables.locator('tr[data-channel="web"]')).toBeVisible();
  await expect(tables.getByText('DuckDB: ETL and ELT agree; SQLite: ETL and ELT agree')).toBeVisible();
  const median = async (row: string) => Number(await tables.locator(`tr[data-row="${row}"] [data-cell="total"]`).getAttribute('data-value'));
  const factor = (await median('question-duckdb-etl')) / (await median('question-duckdb-elt'));

  // Details: what the cleaning dropped, the charts (drawn once their tab shows), and the check of both tables.
  const details = await showTab(box, 'details');
  const kept = Number((await details.locator('tr[data-outcome="kept"] td').innerText()).replace(/,/g, ''));
  const duplicates = await details.locator('tr[data-outcome="duplicate"] td').getAttribute('data-value');
  await expect(details.locator('figure.chart')).toHaveCount(3);
  await details.locator('figure.chart').last().scrollIntoViewIfNeeded();
  await expect(details.locator('figure.chart').first().locator('.recharts-bar-rectangle').first()).toBeVisible();
  await expect(details.locator('[data-check] li')).toHaveCount(2);
  await expect(details.locator('[data-check]')).not.toContainText('differs');

  // A deterministic exercise, answered from the run's own table.
  const exercises = await showTab(box, 'exercises');
  const dropped = exercises.locator('[data-exercise="etl-elt-what-was-dropped"]');
  await dropped.getByLabel('Lines dropped in all').fill('5');
  await dropped.getByLabel('Of which duplicates').fill(duplicates!);
  await dropped.getByRole('button', { name: 'Check' }).click();
  await expect(dropped.getByRole('status')).toContainText('Not yet');
  await dropped.getByLabel('Lines dropped in all').fill(String(2000 - kept));
  await dropped.getByRole('button', { name: 'Check' }).click();
  await expect(dropped.getByRole('status')).toContainText('Yes');

  // A timing exercise, answered from the run's own medians.
  const question = exercises.locator('[data-exercise="etl-elt-new-question"]');
  await question.getByLabel('Rows ETL read again from the source').fill('0');
  await question.getByLabel('ETL’s time ÷ ELT’s time').fill(factor.toFixed(3));
  await question.getByRole('button', { name: 'Check' }).click();
  await expect(question.getByRole('status')).toContainText('extracts the whole source again');
  await question.getByLabel('Rows ETL read again from the source').fill('2012');
  await question.getByRole('button', { name: 'Check' }).click();
  await expect(question.getByRole('status')).toContainText('Yes');

  const file = await downloadResults(page, box);
  expect(file).toMatchObject({ sandbox: ID, version: 1, params: { rows: 2000, complexity: 'heavy' }, results: { allMatch: true } });
  expect(consoleErrors).toEqual([]);
});

test('a view on DuckDB alone: no final rows stored, and the reads rerun it', async ({ page }) => {
  test.setTimeout(120_000);
  const box = await openSandbox(page, ID);
  await box.getByLabel('Rows in the extract').fill('1500');
  await box.getByLabel('Warehouse').selectOption('duckdb');
  await box.getByLabel('ELT keeps its result as').selectOption('view');
  await box.getByLabel('Timed runs').fill('1');
  await runSandbox(box, { timeout: 100_000 });
  await expect(box.locator('[data-match="equal"]')).toBeVisible();
  await expect(box.locator('tr[data-row^="sqlite"]')).toHaveCount(0);
  await expect(box.locator('tr[data-row^="question-sqlite"]')).toHaveCount(0);
  await expect(box.locator('[data-explain]')).toContainText('each read of a view reruns the whole transform');
  await expect(box.locator('tr[data-row="duckdb-elt"] [data-cell="total"]')).toContainText('stores 1,512 rows');
  // The results, charts and exercises pass axe too, not only the idle page: each tab in turn.
  expect(await seriousAxeViolations(page, `[data-sandbox="${ID}"]`)).toEqual([]);
  for (const tab of ['tables', 'details', 'exercises'] as const) {
    const panel = await showTab(box, tab);
    if (tab === 'details') await expect(panel.locator('figure.chart')).toHaveCount(3);
    expect(await seriousAxeViolations(page, `[data-sandbox="${ID}"]`), tab).toEqual([]);
  }
});

test('bad inputs are refused with a message beside the control and nothing runs', async ({ page }) => {
  const box = await openSandbox(page, ID);
  const rows = box.getByLabel('Rows in the extract');
  for (const [value, message] of [
    ['10', 'Use at least 1,000 rows.'],
    ['-5', 'Use at least 1,000 rows.'],
    ['2000000', 'At most 500,000 rows'],
    ['', 'Enter a whole number of rows.'],
  ] as const) {
    await rows.fill(value);
    await box.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(box.getByText(message)).toBeVisible();
    await expect(box).toHaveAttribute('data-state', 'idle');
  }
  await rows.fill('500000');
  await box.getByLabel('Timed runs').fill('9');
  await box.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(box.getByText('Rows × timed runs must not exceed 3,000,000: at 500,000 rows, use at most 6 runs.')).toBeVisible();
  await rows.fill('5000');
  await box.getByLabel('Timed runs').fill('3');
  await box.getByLabel('ELT keeps its result as').selectOption('view');
  await box.getByLabel('Dashboard reads').fill('0');
  await box.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(box.getByText('A view runs only when it is read')).toBeVisible();
  await box.getByLabel('Broken lines (%)').fill('80');
  await box.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(box.getByText('At most 50% broken lines.')).toBeVisible();
  await expect(box).toHaveAttribute('data-state', 'idle');
});
