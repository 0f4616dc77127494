import { expect, test, type Page } from '@playwright/test';
import quiz from '../../chapters/ingestion/quiz';
import { pagePath } from '../../lib/content/paths';
import { book } from './pages';

const ingestion = book.find((m) => m.slug === 'ingestion')!;
const sectionOf = (id: string) => quiz.find((s) => s.section === id)!;
/** The page that holds a quiz section (its pre and post quizzes open and close that section's page). */
const pageOf = (id: string) => pagePath('ingestion', sectionOf(id).heading);
/** The chapter's last page, "Your progress", where <ChapterProgress /> sums up every section. */
const PROGRESS = pagePath('ingestion', 'your-progress');

/** Answers a quiz: the first `right` questions correctly, the rest with a wrong option. */
async function takeQuiz(page: Page, section: string, phase: 'pre' | 'post', right: number) {
  const box = page.locator(`[data-quiz="${section}-${phase}"]`);
  await box.scrollIntoViewIfNeeded();
  const questions = sectionOf(section).questions;
  for (const [index, question] of questions.entries()) {
    const choice = index < right ? question.answer : (question.answer + 1) % 4;
    await box.getByRole('group', { name: new RegExp(`^${index + 1}\\.`) }).getByRole('radio').nth(choice).check();
  }
  await box.getByRole('button', { name: 'Check answers' }).click();
  await expect(box.getByRole('status')).toContainText(`You answered ${right} of ${questions.length} correctly.`);
  return box;
}

test('pre quiz, then post quiz: the gain shows in the chapter and on /progress, and survives a reload', async ({ page }) => {
  await page.goto(pageOf('sources'));
  const pre = await takeQuiz(page, 'sources', 'pre', 1);
  // Every option now explains itself, and the chosen wrong one says so.
  await expect(pre.locator('.quiz-explanation')).toHaveCount(16);
  await expect(pre.getByText('Your answer, not correct.').first()).toBeVisible();
  await expect(pre.getByRole('button', { name: 'Try again' })).toBeVisible();

  const post = await takeQuiz(page, 'sources', 'post', 4);
  await expect(post.getByRole('status')).toContainText('Before reading you had 1 of 4.');

  await page.goto(PROGRESS);
  const row = page.locator('[data-chapter-progress] tr[data-section="sources"]');
  await row.scrollIntoViewIfNeeded();
  await expect(row.locator('[data-cell="pre"]')).toHaveText('1/4');
  await expect(row.locator('[data-cell="post"]')).toHaveText('4/4');
  await expect(row.locator('[data-cell="gain"]')).toHaveText('+75 points');

  await page.reload();
  await expect(page.locator('[data-chapter-progress] tr[data-section="sources"] [data-cell="gain"]')).toHaveText('+75 points');
  await page.goto(pageOf('sources'));
  await expect(page.locator('[data-quiz="sources-pre"]').getByRole('status')).toContainText('You answered 1 of 4');

  await page.goto('/progress/');
  const progressRow = page.locator('tr[data-section="sources"]').first();
  await expect(progressRow.locator('[data-cell="gain"]')).toHaveText('+75 points');
});

test('a retake keeps the first attempt and the best one', async ({ page }) => {
  await page.goto(pageOf('formats'));
  const box = await takeQuiz(page, 'formats', 'pre', 2);
  await box.getByRole('button', { name: 'Try again' }).click();
  await takeQuiz(page, 'formats', 'pre', 3);
  await box.getByRole('button', { name: 'Try again' }).click();
  await takeQuiz(page, 'formats', 'pre', 1);
  await expect(box.getByRole('status')).toContainText('First try 2/4, best 3/4, 3 tries.');
  await page.goto(PROGRESS);
  const row = page.locator('[data-chapter-progress] tr[data-section="formats"]');
  await expect(row.locator('[data-cell="pre"]')).toHaveText('2/4'); // the gain counts from the first try
});

test('an unanswered question is named and nothing is recorded', async ({ page }) => {
  await page.goto(pageOf('reliability'));
  const box = page.locator('[data-quiz="reliability-pre"]');
  await box.scrollIntoViewIfNeeded();
  await box.getByRole('group', { name: /^1\./ }).getByRole('radio').first().check();
  await box.getByRole('button', { name: 'Check answers' }).click();
  await expect(box.getByRole('alert')).toHaveText(/3 questions are still unanswered/);
  await expect(box.getByRole('group', { name: /^2\./ }).getByRole('radio').first()).toBeFocused();
  expect(await page.evaluate(() => localStorage.getItem('dsml-progress'))).toBeNull();
});

test('the chapter lists what is still worth re-reading, with links to the pages that hold it', async ({ page }) => {
  await page.goto(pageOf('reliability'));
  await takeQuiz(page, 'reliability', 'pre', 3);
  const missed = sectionOf('reliability').questions[3]!;
  const href = `${ingestion.anchors[missed.reread]}#${missed.reread}`;
  expect(ingestion.anchors[missed.reread]).toBe(pageOf('reliability'));
  await page.goto(PROGRESS);
  const link = page.locator(`.reread-list a[href="${href}"]`);
  await expect(link).toHaveCount(1);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.locator(`[id="${missed.reread}"]`)).toBeInViewport();
});

test('export, reset and import restore progress; a bad file is refused and changes nothing', async ({ page }) => {
  await page.goto(pageOf('sources'));
  await takeQuiz(page, 'sources', 'pre', 2);
  await page.goto('/progress/');
  const gainCell = page.locator('tr[data-section="sources"] [data-cell="pre"]').first();
  await expect(gainCell).toHaveText('2/4');

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const exported = await (await downloadPromise).path();

  await page.getByRole('button', { name: 'Reset progress…' }).click();
  await page.getByRole('button', { name: 'Yes, erase all progress' }).click();
  await expect(gainCell).toHaveText('—');

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import progress…' }).click();
  await (await chooser).setFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"kind": "data-systems-for-ml/progress", "progress": ') });
  await expect(page.getByRole('status').filter({ hasText: 'broken.json' })).toContainText('not valid JSON');
  await expect(gainCell).toHaveText('—');

  const chooser2 = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import progress…' }).click();
  await (await chooser2).setFiles(exported);
  await expect(page.getByRole('status').filter({ hasText: 'restored' })).toBeVisible();
  await expect(gainCell).toHaveText('2/4');
  await page.reload();
  await expect(gainCell).toHaveText('2/4');
});

test('corrupt stored progress shows a notice once, and the page works', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('dsml-progress', '{"version":1,"quizzes":');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await page.goto(pageOf('sources'));
  const notice = page.locator('.progress-notice');
  await expect(notice).toContainText('Your saved progress could not be read');
  const download = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Download the unreadable copy' }).click();
  const text = await (await (await download).createReadStream()).toArray();
  expect(Buffer.concat(text).toString()).toBe('{"version":1,"quizzes":');

  await takeQuiz(page, 'sources', 'pre', 3); // the page still works, and saves
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
  await page.reload();
  await expect(page.locator('.progress-notice')).toHaveCount(0); // said once
  await page.goto(PROGRESS);
  await expect(page.locator('[data-chapter-progress] tr[data-section="sources"] [data-cell="pre"]')).toHaveText('3/4');
});

test('two tabs answering different quizzes keep both, and a third tab hears both', async ({ context }) => {
  const tabA = await context.newPage();
  const tabB = await context.newPage();
  const tabC = await context.newPage();
  await tabA.goto(pageOf('sources'));
  await tabB.goto(pageOf('batch-streaming'));
  await tabC.goto(PROGRESS); // all loaded before either answers
  await takeQuiz(tabA, 'sources', 'pre', 2);
  await takeQuiz(tabB, 'batch-streaming', 'pre', 3);
  const stored = await tabA.evaluate(() => JSON.parse(localStorage.getItem('dsml-progress')!).quizzes.ingestion);
  expect(Object.keys(stored).sort()).toEqual(['batch-streaming', 'sources']);
  // Tab C hears both writes and shows them without a reload.
  await expect(tabC.locator('[data-chapter-progress] tr[data-section="sources"] [data-cell="pre"]')).toHaveText('2/4');
  await expect(tabC.locator('[data-chapter-progress] tr[data-section="batch-streaming"] [data-cell="pre"]')).toHaveText('3/4');
});
