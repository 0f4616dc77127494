import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import fundamentalsQuiz from '../../chapters/fundamentals/quiz';
import { answerForm } from './quizzes';
import { showTab } from './sandboxes';

const section = fundamentalsQuiz.find((s) => s.section === 'sources')!;

async function savedDownload(page: Page, click: () => Promise<void>): Promise<{ name: string; path: string; text: string }> {
  const pending = page.waitForEvent('download');
  await click();
  const download = await pending;
  const path = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(path);
  return { name: download.suggestedFilename(), path, text: await readFile(path, 'utf8') };
}

test('an instructor builds an assignment, a learner does it and submits, and the instructor reviews the class', async ({ page }) => {
  test.setTimeout(180_000);

  // The instructor picks one exercise and one quiz, orders them, and gets a link.
  await page.goto('/assignments/new/');
  const search = page.getByLabel('Search exercises and quizzes');
  await search.fill('sliding windows advances');
  await page.locator('[data-assignable="exercise:windows-sliding-count"]').getByRole('button', { name: /^Add/ }).click();
  await search.fill('quiz data sources');
  await page.locator('[data-assignable="quiz:fundamentals/sources"]').getByRole('button', { name: /^Add/ }).click();
  await page.getByRole('button', { name: /^Move up: Quiz: Data sources/ }).click();
  await expect(page.locator('[data-chosen]').first()).toHaveAttribute('data-chosen', 'quiz:fundamentals/sources');
  await page.getByRole('button', { name: 'Create the link' }).click();
  await expect(page.locator('.form-errors')).toContainText('Give the assignment a title.');
  await page.getByLabel('Title').fill('Week 2: <b>windows</b> & sources');
  await page.getByLabel('Instructions').fill('Pass the exercise, then take the quiz after reading.');
  await page.getByLabel('Due date (optional)').fill('2026-12-04');
  await page.getByRole('button', { name: 'Create the link' }).click();
  const link = await page.getByLabel('Assignment link').inputValue();
  expect(link).toMatch(/\/assignments\/#a=[A-Za-z0-9_-]+$/);

  // The learner opens it: nothing done yet; the title is shown as text, never as HTML.
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Week 2: <b>windows</b> & sources');
  await expect(page.getByText('0 of 2 done.')).toBeVisible();

  // They pass the exercise in its sandbox …
  await page.locator('[data-item="exercise:windows-sliding-count"] a').click();
  const box = page.locator('[data-sandbox="windows"]');
  await expect(box).toHaveAttribute('data-state', 'idle');
  const exercise = box.locator('[data-exercise="windows-sliding-count"]');
  await box.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(box).toHaveAttribute('data-state', 'done', { timeout: 30_000 });
  await showTab(box, 'exercises');
  await exercise.getByRole('button', { name: 'Use the suggested settings' }).click();
  await box.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(box).toHaveAttribute('data-state', 'done', { timeout: 30_000 });
  await exercise.getByLabel('Windows per event').fill('5');
  await exercise.getByRole('button', { name: 'Check' }).click();
  await expect(exercise.getByRole('status')).toContainText('Yes');
  await expect(exercise.locator('[data-passed]')).toBeVisible();

  // … and take the quiz after reading, all right, on the page the assignment links to.
  await page.goto(link);
  await page.locator('[data-item="quiz:fundamentals/sources"] a').click();
  await expect(page).toHaveURL(/\/chapters\/fundamentals\/data-sources\/#data-sources$/);
  const quiz = page.locator('[data-quiz="sources-post"]');
  await quiz.scrollIntoViewIfNeeded();
  await answerForm(quiz, section.post, () => true);
  await quiz.getByRole('button', { name: 'Check answers' }).click();
  await expect(quiz.getByRole('status')).toContainText(`You answered ${section.post.length} of ${section.post.length}`);

  // Back on the assignment: both done; the name is asked once and the submission downloads.
  await page.goto(link);
  await expect(page.getByText('2 of 2 done.')).toBeVisible();
  await page.getByRole('button', { name: 'Download submission' }).click();
  await expect(page.getByText('Enter your name first')).toBeVisible();
  await page.getByLabel('Your name, as your instructor knows you').fill('Ada Lovelace');
  const submission = await savedDownload(page, () => page.getByRole('button', { name: 'Download submission' }).click());
  expect(submission.name).toBe('submission-ada-lovelace.json');
  const file = JSON.parse(submission.text);
  expect(file).toMatchObject({ kind: 'data-systems-for-ml/submission', learner: 'Ada Lovelace', bookVersion: expect.any(String) });
  expect(file.checksum).toMatch(/^[0-9a-f]{64}$/);
  await page.reload();
  await expect(page.getByLabel('Your name, as your instructor knows you')).toHaveValue('Ada Lovelace');

  // The instructor drops in the submission, a tampered copy and a garbage file.
  const tampered = JSON.parse(submission.text);
  const exerciseItem = tampered.items.find((i: { kind: string }) => i.kind === 'exercise');
  exerciseItem.pass.answers.count = '4';
  tampered.learner = 'Mallory';
  await page.goto('/assignments/review/');
  await page.getByLabel(/Submission files/).setInputFiles([
    { name: submission.name, mimeType: 'application/json', buffer: Buffer.from(submission.text) },
    { name: 'mallory.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(tampered)) },
    { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": "world"}') },
  ]);
  await expect(page.locator('[data-refused]')).toContainText('notes.json: it is not a submission from this book');
  const table = page.locator('[data-review-table]');
  await expect(table.locator('tbody tr')).toHaveCount(2, { timeout: 60_000 });
  const ada = table.locator('tr[data-learner="Ada Lovelace"]');
  await expect(ada.locator('td[data-status="verified"]')).toHaveCount(1);
  await expect(ada.locator('td[data-status="done"]')).toContainText('4/4');
  const mallory = table.locator('tr[data-learner="Mallory"]');
  await expect(mallory).toContainText('edited after download');
  await expect(mallory.locator('td[data-status="tampered"]')).toHaveCount(1);

  const csv = await savedDownload(page, () => page.getByRole('button', { name: 'Export CSV' }).click());
  const lines = csv.text.trim().split('\n');
  expect(lines[0]).toBe('learner,file,assignment,submitted,file unchanged,quiz fundamentals/sources,windows-sliding-count');
  expect(lines[1]).toMatch(/^Ada Lovelace,submission-ada-lovelace\.json,.*,yes,done —? ?.*4\/4,verified$/);
  expect(lines[2]).toMatch(/^Mallory,mallory\.json,.*,no,done .*,tampered$/);
});

test('a broken or altered assignment link is refused with a message, and nothing from it is rendered as HTML', async ({ page }) => {
  for (const hash of ['#a=', '#a=abc', '#a=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E']) {
    await page.goto(`/assignments/${hash}`);
    await expect(page.locator('[data-assignment="refused"]')).toBeVisible();
  }
  await expect(page.locator('img')).toHaveCount(0);
});
