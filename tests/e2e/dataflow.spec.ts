import { expect, test, type Page } from '@playwright/test';
import { seriousAxeViolations } from './pages';

const sandbox = (page: Page) => page.locator('[data-sandbox="dataflow"]');
const controls = (page: Page) => sandbox(page).locator('form.sandbox-controls');

/** Every request the page makes, so a test can check that none leaves the static host. */
function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

async function open(page: Page) {
  await page.goto('/chapters/fundamentals/#sandbox-dataflow');
  await expect(sandbox(page)).toHaveAttribute('data-state', 'idle'); // the view has replaced its placeholder
  await sandbox(page).scrollIntoViewIfNeeded();
}

async function set(page: Page, settings: Record<string, string>) {
  for (const [label, value] of Object.entries(settings)) await controls(page).getByLabel(label, { exact: true }).fill(value);
}

async function run(page: Page) {
  await sandbox(page).getByRole('button', { name: 'Run', exact: true }).click();
  await expect(sandbox(page)).toHaveAttribute('data-state', 'done', { timeout: 60_000 });
}

const cell = (page: Page, measure: string, mode: string) => sandbox(page).locator(`tr[data-measure="${measure}"] td[data-mode="${mode}"]`);

test('a small run of all three modes shows the table, the charts, the sweep and the explanation, and checks an exercise', async ({ page }) => {
  const requests = recordRequests(page);
  await open(page);
  const box = sandbox(page);
  await set(page, { 'Requests per second': '20', 'Run length (s)': '30', 'Outage start (s)': '10', 'Outage length (s)': '3' });
  await run(page);

  await expect(box.locator('thead th[data-mode]')).toHaveCount(3);
  await expect(cell(page, 'errors', 'bus')).toHaveAttribute('data-value', '0'); // the producer never waits for B
  for (const mode of ['db', 'rpc', 'bus']) expect(Number(await cell(page, 'missed', mode).getAttribute('data-value'))).toBeGreaterThanOrEqual(0);
  expect(Number(await cell(page, 'staleness', 'bus').getAttribute('data-value'))).toBeGreaterThan(2.9); // the 3 s outage
  await expect(box.locator('[data-rpc-check]')).toContainText('predicted 3.94 %');

  await expect(box.locator('figure.chart')).toHaveCount(3);
  for (const chart of await box.locator('figure.chart').all()) {
    await chart.scrollIntoViewIfNeeded();
    await expect(chart.locator('.recharts-surface').first()).toBeVisible();
  }
  await expect(box.locator('figure.chart').nth(2).locator('.recharts-line-curve')).toHaveCount(3); // one line per mode in the sweep
  await expect(box.locator('tr[data-rate]')).toHaveCount(12);
  await expect(box.locator('tr[data-hops]')).toHaveCount(10);
  await expect(box.locator('[data-crossovers] li')).toHaveCount(3);
  await expect(box.locator('[data-explain]')).toContainText('Your 4-hop chain failed');
  await expect(box.locator('[data-explain]')).toContainText('No message was lost');

  // The exercise is checked against the run: a wrong answer first, then the rule's answer.
  const exercise = box.locator('[data-exercise="dataflow-hops-below-95"]');
  await exercise.getByLabel('Hops').fill('3');
  await exercise.getByRole('button', { name: 'Check' }).click();
  await expect(exercise.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'fail');
  await exercise.getByLabel('Hops').fill('6');
  await exercise.getByRole('button', { name: 'Check' }).click();
  await expect(exercise.locator('[data-verdict]')).toContainText('Yes: 6 hops');

  // The download carries the settings and seed that reproduce the run.
  const download = page.waitForEvent('download');
  await box.getByRole('button', { name: 'Download results' }).click();
  const file = JSON.parse(Buffer.concat(await (await (await download).createReadStream()).toArray()).toString('utf8'));
  expect(file).toMatchObject({ sandbox: 'dataflow', version: 1, seed: 42, params: { requestRate: 20, runSec: 30, hops: 4 } });
  expect(file.results.sweep.rows).toHaveLength(12);

  const offHost = requests.filter((url) => !/^(http:\/\/127\.0\.0\.1[:/]|data:|blob:)/.test(url));
  expect(offHost).toEqual([]);
});

test('an outage longer than retention loses messages, and the sandbox says so', async ({ page }) => {
  await open(page);
  await controls(page).getByLabel('Mode', { exact: true }).selectOption('bus');
  await controls(page).getByText('Sweep failure rates').click(); // sweep off
  await set(page, { 'Requests per second': '50', 'Run length (s)': '60', 'Retention (s)': '5', 'Outage start (s)': '10', 'Outage length (s)': '15' });
  await run(page);
  await expect(sandbox(page).locator('thead th[data-mode]')).toHaveCount(1);
  const lost = Number(await cell(page, 'lost', 'bus').getAttribute('data-value'));
  expect(Math.abs(lost - 500)).toBeLessThan(100); // λ × (outage − retention) = 50 × 10, a Poisson count (sd ≈ 22)
  await expect(sandbox(page).locator('[data-explain]')).toContainText('deleted by retention before B read them');
  await expect(sandbox(page).locator('figure.chart')).toHaveCount(2);
});

test('bad settings are refused with a message beside the control, and nothing runs', async ({ page }) => {
  await open(page);
  const box = sandbox(page);
  const cases: Array<[Record<string, string>, string]> = [
    [{ Hops: '0' }, 'A chain needs at least 1 hop.'],
    [{ Hops: '4', 'Failure rate per hop (p)': '1.5' }, 'The failure rate is a probability: at most 1 (every call fails). For 1 %, enter 0.01.'],
    [{ 'Failure rate per hop (p)': '0.01', 'Run length (s)': '60', 'Outage start (s)': '50', 'Outage length (s)': '20' }, 'The outage must end by the end of the run: 50 s + 20 s is past the 60 s run.'],
    [{ 'Outage length (s)': '5', 'Requests per second': '' }, 'Enter a number for the request rate.'],
  ];
  for (const [settings, message] of cases) {
    await set(page, settings);
    await box.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(box.getByText(message)).toBeVisible();
    await expect(box).toHaveAttribute('data-state', 'idle');
  }
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the results have no serious accessibility problems (${colorScheme})`, async ({ browser }) => {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await open(page);
    await set(page, { 'Requests per second': '20', 'Run length (s)': '30', 'Outage start (s)': '10', 'Outage length (s)': '3' });
    await run(page);
    for (const summary of await sandbox(page).locator('summary').all()) await summary.click(); // the charts' tables too
    expect(await seriousAxeViolations(page, '[data-sandbox="dataflow"]')).toEqual([]);
    await context.close();
  });
}
