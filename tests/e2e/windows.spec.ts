import { expect, test, type Page } from '@playwright/test';
import { seriousAxeViolations } from './pages';

const sandbox = (page: Page) => page.locator('[data-sandbox="windows"]');

function watchRequests(page: Page): string[] {
  const outside: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if ((url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'ws:' || url.protocol === 'wss:') && url.hostname !== '127.0.0.1') outside.push(request.url());
  });
  return outside;
}

async function open(page: Page) {
  await page.goto('/chapters/fundamentals/#sandbox-windows');
  await expect(sandbox(page)).toHaveAttribute('data-state', 'idle');
  await sandbox(page).scrollIntoViewIfNeeded();
}

async function run(page: Page) {
  await sandbox(page).getByRole('button', { name: 'Run', exact: true }).click();
  await expect(sandbox(page)).toHaveAttribute('data-state', 'done', { timeout: 30_000 });
}

test('the default stream: three window types, a timeline and the events table, with nothing leaving the machine', async ({ page }) => {
  const outside = watchRequests(page);
  await open(page);
  const box = sandbox(page);
  await run(page);
  await expect(box.locator('tr[data-type]')).toHaveCount(3);
  await expect(box.locator('svg [data-event]')).toHaveCount(24);
  await expect(box.locator('tr[data-event-row]')).toHaveCount(24);
  // Seed 42 has two events late for their tumbling window at 2 minutes of lateness; the side output holds them.
  await expect(box.locator('tr[data-type="tumbling"] [data-cell="late"]')).toHaveText('2');
  await expect(box.locator('tr[data-side-output]')).toHaveCount(2);
  await expect(box.locator('svg [data-event][data-late="true"]')).toHaveCount(2);
  await expect(box.locator('[data-explain]')).toContainText('the counts add up to 22, the 22 events counted');

  // Sliding windows: one event lights up the windows it joins.
  await box.getByRole('radio', { name: 'Sliding (hopping)' }).check();
  await box.locator('svg [data-event="1"]').focus();
  await expect(box.locator('svg [data-window] rect[stroke-width="2.5"]')).toHaveCount(2);
  expect(outside).toEqual([]);
});

test('typing a new event time moves the event to another window', async ({ page }) => {
  await open(page);
  const box = sandbox(page);
  await box.getByLabel('Event stream').selectOption('chapter');
  await box.getByLabel('Window size (min)').fill('5');
  await box.getByLabel('Slide (min)').fill('5');
  await box.getByLabel('Allowed lateness (min)').fill('0');
  await run(page);
  const row = box.locator('tr[data-event-row="4"]');
  await expect(row.locator('[data-cell="event-time"]')).toHaveText('9');
  await expect(row.locator('[data-cell="joined"]')).toHaveText('[5, 10)');

  await row.getByRole('button', { name: 'Edit event 4' }).click();
  const editor = box.locator('[data-editor="4"]');
  await editor.getByLabel('Event time (minute)').fill('12');
  await editor.getByLabel('Arrival time (minute)').fill('8');
  await editor.getByRole('button', { name: 'Apply' }).click();
  await expect(editor.getByRole('alert')).toHaveText('An event cannot arrive (minute 8) before it happens (minute 12).');
  await editor.getByLabel('Arrival time (minute)').fill('12');
  await editor.getByRole('button', { name: 'Apply' }).click();
  await expect(row.locator('[data-cell="event-time"]')).toHaveText('12');
  await expect(row.locator('[data-cell="joined"]')).toHaveText('[10, 15)');
  await expect(box.locator('svg [data-event="4"]')).toHaveAttribute('aria-label', /event time 12, arrives at 12, edited/);
  await expect(box.locator('[data-edits]')).toContainText('event 4: event time 12, arrival 12');

  // The keyboard: → nudges event 1 (minute 1) to minute 2; Shift+→ delays its arrival by one.
  const first = box.locator('svg [data-event="1"]');
  await first.focus();
  await page.keyboard.press('ArrowRight');
  await expect(box.locator('tr[data-event-row="1"] [data-cell="event-time"]')).toHaveText('2');
  await first.focus();
  await page.keyboard.press('Shift+ArrowRight');
  await expect(box.locator('svg [data-event="1"]')).toHaveAttribute('aria-label', /event time 2, arrives at 3/);
  await first.focus();
  await page.keyboard.press('Enter');
  await expect(box.locator('[data-editor="1"]')).toBeVisible();
  await box.locator('[data-editor="1"]').getByRole('button', { name: 'Reset event 1' }).click();
  await expect(box.locator('tr[data-event-row="1"] [data-cell="event-time"]')).toHaveText('1');
});

test('a late event under the update policy corrects its closed window', async ({ page }) => {
  await open(page);
  const box = sandbox(page);
  await box.getByLabel('A late event').selectOption('update');
  await run(page);
  await expect(box.locator('tr[data-kind="correction"]')).toHaveCount(2);
  await expect(box.locator('tr[data-kind="correction"]').first()).toContainText('correction (was count');
});

test('the exercises check the reader’s answers against the run', async ({ page }) => {
  await open(page);
  const box = sandbox(page);
  await run(page);
  const lateness = box.locator('[data-exercise="windows-safe-lateness"]');
  await lateness.getByRole('button', { name: 'Use the suggested settings' }).click();
  await run(page);
  await lateness.getByLabel('Smallest allowed lateness').fill('6');
  await lateness.getByLabel('Added delay per result').fill('6.7');
  await lateness.getByRole('button', { name: 'Check' }).click();
  await expect(lateness.getByRole('status')).toContainText('Not yet');
  await lateness.getByLabel('Smallest allowed lateness').fill('7');
  await lateness.getByRole('button', { name: 'Check' }).click();
  await expect(lateness.getByRole('status')).toContainText('Yes: 7 minutes of lateness loses no event');

  const sliding = box.locator('[data-exercise="windows-sliding-count"]');
  await sliding.getByRole('button', { name: 'Use the suggested settings' }).click();
  await run(page);
  await sliding.getByLabel('Windows per event').fill('10');
  await sliding.getByRole('button', { name: 'Check' }).click();
  await expect(sliding.getByRole('status')).toContainText('Not yet');
  await sliding.getByLabel('Windows per event').fill('5');
  await sliding.getByRole('button', { name: 'Check' }).click();
  await expect(sliding.getByRole('status')).toContainText('Yes: 10 / 2 = 5');
});

test('bad inputs are refused with a reason beside the control', async ({ page }) => {
  await open(page);
  const box = sandbox(page);
  for (const [label, value, message] of [
    ['Slide (min)', '12', 'Slide must not exceed the window size'],
    ['Session gap (min)', '0', 'The session gap must be at least 1 minute'],
    ['Events', '1000000000', 'At most 500 events'],
    ['Allowed lateness (min)', '-1', 'Allowed lateness cannot be negative'],
  ] as const) {
    await box.getByLabel(label, { exact: true }).fill(value);
    await box.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(box.getByText(message)).toBeVisible();
    await expect(box).toHaveAttribute('data-state', 'idle');
  }
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the sandbox with its results has no serious axe violations (${colorScheme})`, async ({ browser }) => {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await open(page);
    await run(page);
    await sandbox(page).locator('svg [data-event="3"]').focus();
    await sandbox(page).getByRole('button', { name: 'Edit event 5' }).click();
    expect(await seriousAxeViolations(page, '[data-sandbox="windows"]')).toEqual([]);
    await context.close();
  });
}
