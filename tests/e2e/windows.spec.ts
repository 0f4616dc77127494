import { expect, test } from '@playwright/test';
import { linkWithParams } from '../../lib/sandbox/urlState';
import { defaultWindowsParams, MOVES_VERSION, type Move, type WindowsParams } from '../../sandboxes/windows/model';
import { seriousAxeViolations } from './pages';
import { openSandbox, pageOf, runSandbox, showTab } from './sandboxes';

const ID = 'windows';

test('the default stream: a timeline under three window types, and the tables behind it', async ({ page }) => {
  const box = await openSandbox(page, ID);
  await runSandbox(box, { timeout: 30_000 });
  await expect(box.locator('.sandbox-headline svg [data-event]')).toHaveCount(24);
  // Seed 42 has two events late for their tumbling window at a watermark delay of 2 minutes; the side output holds them.
  await expect(box.locator('svg [data-event][data-late="true"]')).toHaveCount(2);
  await expect(box.locator('[data-explain]')).toContainText('the counts add up to 22, the 22 events counted');

  const tables = await showTab(box, 'tables');
  await expect(tables.locator('tr[data-type]')).toHaveCount(3);
  await expect(tables.locator('tr[data-type="tumbling"] [data-cell="late"]')).toHaveText('2');
  await expect(tables.locator('tr[data-side-output]')).toHaveCount(2);
  const details = await showTab(box, 'details');
  await expect(details.locator('tr[data-event-row]')).toHaveCount(24);

  // Sliding windows: one event lights up the windows it joins.
  await box.getByRole('radio', { name: 'Sliding (hopping)' }).check();
  await box.locator('svg [data-event="1"]').focus();
  await expect(box.locator('svg [data-window] rect[stroke-width="2.5"]')).toHaveCount(2);
});

test('typing, dragging by keyboard and resetting an event each change its step in the moves script', async ({ page }) => {
  const box = await openSandbox(page, ID);
  await box.getByLabel('Event stream').selectOption('chapter');
  await box.getByLabel('Window size (min)').fill('5');
  await box.getByLabel('Slide (min)').fill('5');
  await box.getByLabel('Watermark delay (min)').fill('0');
  await runSandbox(box, { timeout: 30_000 });
  const details = await showTab(box, 'details');
  const row = details.locator('tr[data-event-row="4"]');
  await expect(row.locator('[data-cell="event-time"]')).toHaveText('9');
  await expect(row.locator('[data-cell="joined"]')).toHaveText('[5, 10)');

  await row.getByRole('button', { name: 'Edit event 4' }).click();
  const editor = box.locator('[data-editor="4"]');
  await expect(editor.getByLabel('Event time (minute)')).toBeFocused();
  await editor.getByLabel('Event time (minute)').fill('12');
  await editor.getByLabel('Arrival time (minute)').fill('8');
  await editor.getByRole('button', { name: 'Apply' }).click();
  await expect(editor.getByRole('alert')).toHaveText('An event cannot arrive (minute 8) before it happens (minute 12).');
  await editor.getByLabel('Arrival time (minute)').fill('12');
  await editor.getByRole('button', { name: 'Apply' }).click();
  await expect(row.locator('[data-cell="event-time"]')).toHaveText('12');
  await expect(row.locator('[data-cell="joined"]')).toHaveText('[10, 15)');
  await expect(box.locator('svg [data-event="4"]')).toHaveAttribute('aria-label', /event time 12, arrives at 12, edited/);
  const steps = box.locator('[data-script] [data-step]');
  await expect(steps).toHaveCount(1);
  await expect(steps.first()).toContainText('Move event 4 to minute 12, arriving at minute 12');

  // The keyboard: → nudges event 1 (minute 1) to minute 2; Shift+→ delays its arrival by one. Both are one step.
  const first = box.locator('svg [data-event="1"]');
  await first.focus();
  await page.keyboard.press('ArrowRight');
  await expect(details.locator('tr[data-event-row="1"] [data-cell="event-time"]')).toHaveText('2');
  await first.focus();
  await page.keyboard.press('Shift+ArrowRight');
  await expect(box.locator('svg [data-event="1"]')).toHaveAttribute('aria-label', /event time 2, arrives at 3/);
  await expect(steps).toHaveCount(2);
  await expect(steps.nth(1)).toContainText('Move event 1 to minute 2, arriving at minute 3');
  await first.focus();
  await page.keyboard.press('Enter');
  await expect(box.locator('[data-editor="1"]')).toBeVisible();
  await box.locator('[data-editor="1"]').getByRole('button', { name: 'Reset event 1' }).click();
  await expect(details.locator('tr[data-event-row="1"] [data-cell="event-time"]')).toHaveText('1');
  await expect(steps).toHaveCount(1);
});

test('the moves script is edited directly: steps replay in order, and a message names the step', async ({ page }) => {
  const box = await openSandbox(page, ID);
  await box.getByLabel('Event stream').selectOption('chapter');
  await box.getByLabel('Window size (min)').fill('5');
  await box.getByLabel('Slide (min)').fill('5');
  await box.getByLabel('Watermark delay (min)').fill('0');
  const script = box.locator('[data-script]');
  await script.getByRole('button', { name: 'Add', exact: true }).click();
  await script.getByRole('button', { name: 'Add', exact: true }).click();
  await script.getByLabel('event (step 1)').fill('2');
  await script.getByLabel('minute (step 1)').fill('3');
  await script.getByLabel('arrival (step 1)').fill('13');
  await script.getByLabel('event (step 2)').fill('2');
  await script.getByLabel('minute (step 2)').fill('8');
  await script.getByLabel('arrival (step 2)').fill('7');
  await box.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(script.getByRole('alert')).toHaveText('Step 2: Event 2 cannot arrive (minute 7) before it happens (minute 8).');
  await expect(box).toHaveAttribute('data-state', 'idle');

  // The later move of event 2 wins …
  await script.getByLabel('arrival (step 2)').fill('8');
  await runSandbox(box, { timeout: 30_000 });
  const details = await showTab(box, 'details');
  const row = details.locator('tr[data-event-row="2"]');
  await expect(row.locator('[data-cell="event-time"]')).toHaveText('8');
  // … until Alt+↑ puts it first: then the move to minute 3, arriving at 13, is the one that stands, and it is late.
  await script.locator('[data-step="2"]').focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(script.locator('[data-step="1"]')).toContainText('Move event 2 to minute 8');
  await runSandbox(box, { timeout: 30_000 });
  await expect(row.locator('[data-cell="event-time"]')).toHaveText('3');
  await expect(row.locator('[data-cell="late"]')).toContainText('yes: missed [0, 5)');
  // Delete removes a focused step.
  await script.locator('[data-step="2"]').focus();
  await page.keyboard.press('Delete');
  await expect(script.locator('[data-step]')).toHaveCount(1);
});

test('a link with 30 moves opens with exactly those moves', async ({ page, baseURL }) => {
  const edits: Move[] = Array.from({ length: 30 }, (_, i) => ({ kind: 'move', event: i + 1, time: 100 + i, arrival: 100 + i + (i % 4) }));
  const params: WindowsParams = { ...defaultWindowsParams, events: 40, edits };
  const link = await linkWithParams(ID, params, `${baseURL}${pageOf(ID)}`, { edits: MOVES_VERSION });
  const box = await openSandbox(page, ID, new URL(link).search);
  await expect(box.locator('[data-notice="ok"]')).toBeVisible();
  await expect(box.locator('[data-script] [data-step]')).toHaveCount(30);
  await expect(box.getByLabel('Events', { exact: true })).toHaveValue('40');
  await runSandbox(box, { timeout: 30_000 });
  const details = await showTab(box, 'details');
  await expect(details.locator('tr[data-event-row]')).toHaveCount(40);
  await expect(details.locator('tr[data-event-row] th', { hasText: '(edited)' })).toHaveCount(30);
  for (const move of edits) {
    const row = details.locator(`tr[data-event-row="${move.event}"]`);
    await expect(row.locator('[data-cell="event-time"]')).toHaveText(String(move.time));
    await expect(row.locator('[data-cell="arrival"]')).toHaveText(String(move.arrival));
  }
});

test('within the allowed lateness a late event corrects its fired window instead of going to the side output', async ({ page }) => {
  const box = await openSandbox(page, ID);
  // Seed 42's two late tumbling events both come within 5 minutes of watermark past their window's end.
  await box.getByLabel('Allowed lateness (min)').fill('5');
  await runSandbox(box, { timeout: 30_000 });
  const tables = await showTab(box, 'tables');
  await expect(tables.locator('tr[data-side-output]')).toHaveCount(0);
  const details = await showTab(box, 'details');
  await expect(details.locator('tr[data-kind="correction"]')).toHaveCount(2);
  await expect(details.locator('tr[data-kind="correction"]').first()).toContainText('correction (was count');
});

test('the idealised update policy corrects its closed window too', async ({ page }) => {
  const box = await openSandbox(page, ID);
  await box.getByLabel('An event too late for all its windows').selectOption('update');
  await runSandbox(box, { timeout: 30_000 });
  const details = await showTab(box, 'details');
  await expect(details.locator('tr[data-kind="correction"]')).toHaveCount(2);
});

test('the exercises check the reader’s answers against the run', async ({ page }) => {
  const box = await openSandbox(page, ID);
  await runSandbox(box, { timeout: 30_000 });
  const exercises = await showTab(box, 'exercises');
  const lateness = exercises.locator('[data-exercise="windows-safe-lateness"]');
  await lateness.getByRole('button', { name: 'Use the suggested settings' }).click();
  await runSandbox(box, { timeout: 30_000 });
  await lateness.getByLabel('Smallest watermark delay').fill('6');
  await lateness.getByLabel('Added delay per result').fill('6.7');
  await lateness.getByRole('button', { name: 'Check' }).click();
  await expect(lateness.getByRole('status')).toContainText('Not yet');
  await lateness.getByLabel('Smallest watermark delay').fill('7');
  await lateness.getByRole('button', { name: 'Check' }).click();
  await expect(lateness.getByRole('status')).toContainText('Yes: a watermark delay of 7 minutes loses no event');

  const sliding = exercises.locator('[data-exercise="windows-sliding-count"]');
  await sliding.getByRole('button', { name: 'Use the suggested settings' }).click();
  await runSandbox(box, { timeout: 30_000 });
  await sliding.getByLabel('Windows per event').fill('10');
  await sliding.getByRole('button', { name: 'Check' }).click();
  await expect(sliding.getByRole('status')).toContainText('Not yet');
  await sliding.getByLabel('Windows per event').fill('5');
  await sliding.getByRole('button', { name: 'Check' }).click();
  await expect(sliding.getByRole('status')).toContainText('Yes: 10 / 2 = 5');
});

test('bad inputs are refused with a reason beside the control', async ({ page }) => {
  const box = await openSandbox(page, ID);
  for (const [label, value, message] of [
    ['Slide (min)', '12', 'Slide must not exceed the window size'],
    ['Session gap (min)', '0', 'The session gap must be at least 1 minute'],
    ['Events', '1000000000', 'At most 500 events'],
    ['Watermark delay (min)', '-1', 'The watermark delay cannot be negative'],
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
    // Hundreds of SVG nodes on the timeline: axe takes its time on a busy machine.
    test.slow();
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    const box = await openSandbox(page, ID);
    await runSandbox(box, { timeout: 30_000 });
    await box.locator('svg [data-event="3"]').focus();
    const details = await showTab(box, 'details');
    await details.getByRole('button', { name: 'Edit event 5' }).click();
    await box.locator('[data-script]').getByRole('button', { name: 'Add', exact: true }).click();
    expect(await seriousAxeViolations(page, `[data-sandbox="${ID}"]`)).toEqual([]);
    await context.close();
  });
}
