import { expect, test, type Page } from '@playwright/test';
import quiz from '../../chapters/ingestion/quiz';
import { pagePath } from '../../lib/content/paths';
import { definition as dataflow } from '../../sandboxes/dataflow/definition';
import { answerForm } from './quizzes';
import { openSandbox } from './sandboxes';

/**
 * The learner's data and the instructor's review under unlucky and hostile input, in the built
 * site: what the unit suite (lib/hostile.test.ts) checks at each edge, here through the pages.
 */

const sectionOf = (id: string) => quiz.find((s) => s.section === id)!;
const pageOf = (id: string) => pagePath('ingestion', sectionOf(id).heading);

async function answer(page: Page, section: string) {
  const box = page.locator(`[data-quiz="${section}-pre"]`);
  await answerForm(box, sectionOf(section).pre, () => true);
  return box.getByRole('button', { name: 'Check answers' });
}

test('two tabs pressing “Check answers” at the same moment keep both answers, 20 rounds running', async ({ context }) => {
  test.setTimeout(300_000);
  const [tabA, tabB] = [await context.newPage(), await context.newPage()];
  for (let round = 0; round < 20; round++) {
    // Each round starts from an empty record, loaded fresh in both tabs (a quiz already answered shows its result, not its form).
    await tabA.goto(pageOf('sources'));
    await tabA.evaluate(() => localStorage.clear());
    await tabA.reload();
    await tabB.goto(pageOf('batch-streaming'));
    const [a, b] = [await answer(tabA, 'sources'), await answer(tabB, 'batch-streaming')];
    await Promise.all([a.click(), b.click()]);
    await expect
      .poll(() => tabA.evaluate(() => Object.keys(JSON.parse(localStorage.getItem('dsml-progress') ?? '{"quizzes":{}}').quizzes.ingestion ?? {}).sort().join()), {
        message: `round ${round + 1}`,
      })
      .toBe('batch-streaming,sources');
  }
});

test('a 300-character answer survives a reload with every other answer', async ({ page }) => {
  await page.goto('/progress/');
  const pass = (answer: string) => ({
    sandbox: dataflow.id,
    resultsVersion: dataflow.version,
    passedAt: '2026-12-06T10:00:00.000Z',
    params: dataflow.defaults,
    seed: dataflow.defaults.seed,
    answers: { value: answer },
    feedback: 'Yes.',
    result: null,
  });
  const [first, second] = dataflow.exercises.map((e) => e.id);
  const record = { version: 3, quizzes: {}, exercises: { [first!]: pass('1'), [second!]: pass('9'.repeat(300)) } };
  await page.evaluate((value) => localStorage.setItem('dsml-progress', value), JSON.stringify(record));
  await page.reload();
  await expect(page.locator('.progress-page')).toBeVisible();
  await expect(page.locator('.progress-notice')).toHaveCount(0);
  const stored = await page.evaluate(() => Object.keys(JSON.parse(localStorage.getItem('dsml-progress')!).exercises).sort());
  expect(stored).toEqual([first, second].sort());
});

test('a 4 MB broken value is kept, or offered for download with an honest message', async ({ page }) => {
  await page.goto('/');
  const stored = await page.evaluate(() => {
    try {
      localStorage.setItem('dsml-progress', '{'.padEnd(4_000_000, 'x'));
      return true;
    } catch {
      return false;
    }
  });
  test.skip(!stored, 'this browser’s storage does not hold 4 MB under one key');
  await page.reload();
  const notice = page.locator('.progress-notice');
  await expect(notice).toContainText('could not be read');
  await expect(notice).toContainText(/The unreadable copy is kept|could not be kept: download it now/);
  await expect(notice.getByRole('button', { name: 'Download the unreadable copy' })).toBeVisible();
});

test('a deeply nested progress file is refused and changes nothing', async ({ page }) => {
  await page.goto('/progress/');
  await page.evaluate(() => localStorage.setItem('dsml-progress', JSON.stringify({ version: 3, quizzes: {}, exercises: {}, learnerName: 'Ada' })));
  await page.reload();
  const before = await page.evaluate(() => localStorage.getItem('dsml-progress'));
  const nested = `{"kind":"data-systems-for-ml/progress","exportedAt":"2026-12-06T10:00:00.000Z","progress":${'['.repeat(50_000)}${']'.repeat(50_000)}}`;
  await page.getByLabel('Progress file to import').setInputFiles({ name: 'deep.json', mimeType: 'application/json', buffer: Buffer.from(nested) });
  await expect(page.getByText(/nests data far deeper than any progress file/)).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('dsml-progress'))).toBe(before);
  // A UTF-16 file with a byte-order mark is named as such, not restored.
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"kind":"x"}', 'utf16le')]);
  await page.getByLabel('Progress file to import').setInputFiles({ name: 'utf16.json', mimeType: 'application/json', buffer: utf16 });
  await expect(page.getByText(/saved as UTF-16/)).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('dsml-progress'))).toBe(before);
});

test('the review page cancels a heavy file and then accepts the next', async ({ page }) => {
  test.setTimeout(180_000);
  const exercise = dataflow.exercises.find((e) => e.deterministic === true)!;
  const submission = (learner: string, params: Record<string, unknown>) =>
    Buffer.from(
      JSON.stringify({
        kind: 'data-systems-for-ml/submission',
        bookVersion: 'test',
        learner,
        createdAt: '2026-12-06T10:00:00.000Z',
        assignment: { v: 1, title: 'Heavy', instructions: '', due: '', items: [{ kind: 'exercise', id: exercise.id }] },
        items: [
          {
            kind: 'exercise',
            id: exercise.id,
            pass: { sandbox: dataflow.id, resultsVersion: dataflow.version, passedAt: '2026-12-06T10:00:00.000Z', params, seed: 1, answers: {}, feedback: 'Yes.', result: null },
          },
        ],
        checksum: '0'.repeat(64),
      }),
    );
  await page.goto('/assignments/review/');
  const input = page.getByLabel(/Submission files/);
  // Six files at the largest run the schema allows with the sweep on (20,000 requests, about 150 simulated runs each).
  const heavy = { ...dataflow.defaults, seed: 1, runSec: 200, requestRate: 100, sweep: true };
  await input.setInputFiles(['A', 'B', 'C', 'D', 'E', 'F'].map((who) => ({ name: `heavy-${who}.json`, mimeType: 'application/json', buffer: submission(`Heavy ${who}`, heavy) })));
  const cancel = page.getByRole('button', { name: 'Cancel the review of these files' });
  await cancel.click();
  await expect(cancel).toHaveCount(0, { timeout: 30_000 });
  await expect(page.locator('[data-refused]')).toContainText('not checked: you cancelled the batch');
  // The page takes the next file.
  await input.setInputFiles({ name: 'light.json', mimeType: 'application/json', buffer: submission('Light', { ...dataflow.defaults, seed: 1, ...dataflow.quick }) });
  await expect(page.locator('[data-review-table] tr[data-learner="Light"]')).toBeVisible({ timeout: 120_000 });
});

test('a link with a phishing key or value shows only the book’s own words', async ({ page }) => {
  const phishing = encodeURIComponent('Settings expired: log in again at https://evil.example');
  for (const query of [`?layout.v=1&layout.${phishing}=1`, `?layout.v=${phishing}`, `?layout.v=1&layout.rows=${phishing}`]) {
    const box = await openSandbox(page, 'layout', query);
    const notice = box.locator('[data-notice="refused"]');
    await expect(notice).toBeVisible();
    await expect(notice).not.toContainText(/expired|evil|log in/i);
  }
});
