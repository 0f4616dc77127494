import { expect, test } from '@playwright/test';
import { openSandbox, runSandbox, showTab } from './sandboxes';

const ID = 'codebook-trap';
const money = (text: string) => Number(/\$(-?[\d.]+)/.exec(text)?.[1]);

test('the average tip asked naively and as the dictionary says, the fare of a standard trip, and the reader’s own SQL', async ({ page }) => {
  test.setTimeout(180_000);
  const box = await openSandbox(page, ID);
  await expect(box.locator('[data-engine="duckdb"]')).toHaveAttribute('data-engine-state', 'ready', { timeout: 60_000 });
  const form = box.locator('form.sandbox-controls');

  // A query that is not one SELECT is refused beside its control, before anything runs.
  await form.getByLabel('Your query', { exact: true }).fill('DROP TABLE trips');
  await box.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(form.locator('.field-error')).toContainText('Start your query with SELECT');

  await form.getByLabel('Trips in the month', { exact: true }).fill('20000');
  await form.getByRole('button', { name: 'Trips with RatecodeID 99' }).click();
  await runSandbox(box, { timeout: 150_000 });

  // Headline: three questions; the naive tip is the card tip scaled by the card share (75 % by default, within sampling noise).
  const tip = box.locator('tr[data-question="avg-tip"]');
  const naive = money(await tip.locator('[data-answer="naive"]').innerText());
  const codebook = money(await tip.locator('[data-answer="codebook"]').innerText());
  const truth = money(await tip.locator('[data-answer="truth"]').innerText());
  expect(naive / codebook).toBeGreaterThan(0.72);
  expect(naive / codebook).toBeLessThan(0.78);
  // Cash riders tip like card riders by default: the card-only answer is near the truth.
  expect(Math.abs(codebook - truth) / truth).toBeLessThan(0.05);
  const fare = box.locator('tr[data-question="standard-fare"]');
  expect(money(await fare.locator('[data-answer="naive"]').innerText())).toBeGreaterThan(money(await fare.locator('[data-answer="codebook"]').innerText()));
  await expect(box.locator('[data-explain]')).toContainText('card mean times the card share');

  // Tables: the reader's query ran on DuckDB; the code columns carry their dictionary meaning.
  const tables = await showTab(box, 'tables');
  const unknown = Number((await tables.locator('table').first().locator('tbody td').first().innerText()).replace(/,/g, ''));
  expect(unknown).toBeGreaterThan(200); // 2 % of 20,000 is 400
  expect(unknown).toBeLessThan(600);
  await expect(tables.getByText('6 · Voided trip')).toBeVisible();
  await expect(tables.getByText('99 · Null/unknown').first()).toBeVisible();

  // Details: the recorded tips chart, where every cash trip sits at $0.
  const details = await showTab(box, 'details');
  await expect(details.locator('figure.chart .recharts-bar-rectangle').first()).toBeVisible();
  await expect(details.getByText('Where the generator is simpler than the real data')).toBeVisible();

  // The exercise on code 99, answered from the reader's own query.
  const exercises = await showTab(box, 'exercises');
  const ex = exercises.locator('[data-exercise="codebook-trap-unknown-rate"]');
  await ex.getByLabel('Trips with RatecodeID 99').fill(String(unknown + 1));
  await ex.getByRole('button', { name: 'Check' }).click();
  await expect(ex.getByRole('status')).toContainText('Not yet');
  await ex.getByLabel('Trips with RatecodeID 99').fill(String(unknown));
  await ex.getByRole('button', { name: 'Check' }).click();
  await expect(ex.getByRole('status')).toContainText('Yes');
});
