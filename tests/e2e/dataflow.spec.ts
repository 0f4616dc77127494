import { expect, test, type Locator } from '@playwright/test';
import { seriousAxeViolations } from './pages';
import { downloadResults, openSandbox, runSandbox, showTab } from './sandboxes';

const ID = 'dataflow';
const SMALL_RUN = { 'Requests per second': '20', 'Run length (s)': '30', 'Outage start (s)': '10', 'Outage length (s)': '3' };

const controls = (box: Locator) => box.locator('form.sandbox-controls');

async function set(box: Locator, settings: Record<string, string>) {
  for (const [label, value] of Object.entries(settings)) await controls(box).getByLabel(label, { exact: true }).fill(value);
}

const cell = (box: Locator, measure: string, mode: string) => box.locator(`tr[data-measure="${measure}"] td[data-mode="${mode}"]`);

test('a small run of all three modes shows the table, the explanation, the sweep and the charts, and checks an exercise', async ({ page }) => {
  const box = await openSandbox(page, ID);
  await set(box, SMALL_RUN);
  await runSandbox(box, { timeout: 60_000 });

  // The headline: each mode on the same requests.
  await expect(box.locator('thead th[data-mode]')).toHaveCount(3);
  await expect(cell(box, 'errors', 'bus')).toHaveAttribute('data-value', '0'); // the producer never waits for B
  for (const mode of ['db', 'rpc', 'bus']) expect(Number(await cell(box, 'missed', mode).getAttribute('data-value'))).toBeGreaterThanOrEqual(0);
  expect(Number(await cell(box, 'staleness', 'bus').getAttribute('data-value'))).toBeGreaterThan(2.9); // the 3 s outage
  await expect(box.locator('[data-explain]')).toContainText('Your 4-hop chain failed');
  await expect(box.locator('[data-explain]')).toContainText('No message was lost');

  // Tables: the closed-form check, the sweep, and where the modes change places.
  const tables = await showTab(box, 'tables');
  await expect(tables.locator('[data-rpc-check]')).toContainText('predicted 3.94 %');
  await expect(tables.locator('tr[data-rate]')).toHaveCount(12);
  await expect(tables.locator('[data-crossovers] li')).toHaveCount(3);

  // Details: the chain by its length, then the latency histogram, the bus's lag and the sweep, drawn once their tab shows.
  const details = await showTab(box, 'details');
  await expect(details.locator('tr[data-hops]')).toHaveCount(10);
  await expect(details.locator('figure.chart')).toHaveCount(3);
  for (const chart of await details.locator('figure.chart').all()) {
    await chart.scrollIntoViewIfNeeded();
    await expect(chart.locator('.recharts-surface').first()).toBeVisible();
  }
  await expect(details.locator('figure.chart').nth(2).locator('.recharts-line-curve')).toHaveCount(3); // one line per mode in the sweep

  // The exercise is checked against the run: a wrong answer first, then the rule's answer.
  const exercises = await showTab(box, 'exercises');
  const exercise = exercises.locator('[data-exercise="dataflow-hops-below-95"]');
  await exercise.getByLabel('Hops').fill('3');
  await exercise.getByRole('button', { name: 'Check' }).click();
  await expect(exercise.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'fail');
  await exercise.getByLabel('Hops').fill('6');
  await exercise.getByRole('button', { name: 'Check' }).click();
  await expect(exercise.locator('[data-verdict]')).toContainText('Yes: 6 hops');

  // The download carries the settings that reproduce the run, and the whole sweep.
  const file = await downloadResults(page, box);
  expect(file).toMatchObject({ sandbox: ID, version: 1, seed: 42, params: { requestRate: 20, runSec: 30, hops: 4 } });
  expect((file.results as { sweep: { rows: unknown[] } }).sweep.rows).toHaveLength(12);
});

test('an outage longer than retention loses messages, and the sandbox says so', async ({ page }) => {
  const box = await openSandbox(page, ID);
  await controls(box).getByLabel('Mode', { exact: true }).selectOption('bus');
  await controls(box).getByText('Sweep failure rates').click(); // sweep off
  await set(box, { 'Requests per second': '50', 'Run length (s)': '60', 'Retention (s)': '5', 'Outage start (s)': '10', 'Outage length (s)': '15' });
  await runSandbox(box, { timeout: 60_000 });
  await expect(box.locator('thead th[data-mode]')).toHaveCount(1);
  const lost = Number(await cell(box, 'lost', 'bus').getAttribute('data-value'));
  expect(Math.abs(lost - 500)).toBeLessThan(100); // λ × (outage − retention) = 50 × 10, a Poisson count (sd ≈ 22)
  await expect(box.locator('[data-explain]')).toContainText('deleted by retention before B read them');
  await showTab(box, 'tables');
  await expect(box.locator('tr[data-rate]')).toHaveCount(0);
  await showTab(box, 'details');
  await expect(box.locator('figure.chart')).toHaveCount(2); // the histogram and the lag, no sweep
});

test('bad settings are refused with a message beside the control, and nothing runs', async ({ page }) => {
  const box = await openSandbox(page, ID);
  const cases: Array<[Record<string, string>, string]> = [
    [{ Hops: '0' }, 'A chain needs at least 1 hop.'],
    [{ Hops: '4', 'Failure rate per hop (p)': '1.5' }, 'The failure rate is a probability: at most 1 (every call fails). For 1 %, enter 0.01.'],
    [{ 'Failure rate per hop (p)': '0.01', 'Run length (s)': '60', 'Outage start (s)': '50', 'Outage length (s)': '20' }, 'The outage must end by the end of the run: 50 s + 20 s is past the 60 s run.'],
    [{ 'Outage length (s)': '5', 'Requests per second': '' }, 'Enter a number for the request rate.'],
  ];
  for (const [settings, message] of cases) {
    await set(box, settings);
    await box.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(box.getByText(message)).toBeVisible();
    await expect(box).toHaveAttribute('data-state', 'idle');
  }
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the results have no serious accessibility problems (${colorScheme})`, async ({ browser }) => {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    const box = await openSandbox(page, ID);
    await set(box, SMALL_RUN);
    await runSandbox(box, { timeout: 60_000 });
    await showTab(box, 'tables');
    expect(await seriousAxeViolations(page, `[data-sandbox="${ID}"]`)).toEqual([]);
    const details = await showTab(box, 'details');
    for (const summary of await details.locator('summary').all()) await summary.click(); // the charts' tables too
    expect(await seriousAxeViolations(page, `[data-sandbox="${ID}"]`)).toEqual([]);
    await context.close();
  });
}
