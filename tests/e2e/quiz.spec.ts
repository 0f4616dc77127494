import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import quiz from '../../chapters/ingestion/quiz';
import { pagePath } from '../../lib/content/paths';
import { optionOrder } from '../../lib/quiz/shuffle';
import { book } from './pages';
import { answerForm, gainOf, takeForm } from './quizzes';

/*
 * What these tests need from the data: the ingestion chapter's sections "sources", "formats",
 * "reliability" and "batch-streaming", each with objectives and both forms (at least 4 questions
 * each). Question counts are read from the data, never assumed.
 */
const ingestion = book.find((m) => m.slug === 'ingestion')!;
const sectionOf = (id: string) => quiz.find((s) => s.section === id)!;
/** The page that holds a quiz section (its pre and post quizzes open and close that section's page). */
const pageOf = (id: string) => pagePath('ingestion', sectionOf(id).heading);
/** The chapter's last page, "Your progress", where <ChapterProgress /> sums up every section. */
const PROGRESS = pagePath('ingestion', 'your-progress');
const row = (page: import('@playwright/test').Page, section: string) => page.locator(`[data-chapter-progress] tr[data-section="${section}"]`);

test('the pre quiz shows the score and what to watch for, no answers; the post quiz asks other questions; then both keys and the gain show', async ({ page }) => {
  const sources = sectionOf('sources');
  const [preN, postN] = [sources.pre.length, sources.post.length];
  await page.goto(pageOf('sources'));
  const pre = await takeForm(page, sources, 'pre', 1);
  // No answer key before reading: no correct option marked, no explanation, but each question's objective.
  await expect(pre.locator('.quiz-explanation')).toHaveCount(0);
  await expect(pre.locator('.quiz-option-correct, .quiz-option-wrong')).toHaveCount(0);
  await expect(pre.getByText('Correct answer.')).toHaveCount(0);
  await expect(pre.locator('.quiz-watch')).toHaveCount(preN);
  await expect(pre.locator('.quiz-your-pick')).toHaveCount(preN);
  await expect(pre.getByRole('button', { name: 'Show the answers now' })).toBeVisible();

  // The post quiz asks none of the pre quiz's questions.
  const post = page.locator('[data-quiz="sources-post"]');
  const legends = await post.locator('legend').allTextContents();
  expect(legends).toHaveLength(postN);
  for (const q of sources.pre) expect(legends.some((l) => l.includes(q.prompt))).toBe(false);

  await takeForm(page, sources, 'post', postN);
  await expect(post.getByRole('status')).toContainText(`Before reading you had 1 of ${preN}.`);
  await expect(post.getByRole('status')).toContainText(`Gain: ${gainOf(1, preN, postN, postN)}.`);
  await expect(post.locator(':scope > form .quiz-explanation')).toHaveCount(4 * postN);
  // … and the pre form's answers, below the post quiz and in the pre quiz itself.
  await post.locator('[data-pre-key] summary').click();
  await expect(post.locator('[data-pre-key] .quiz-option-correct')).toHaveCount(preN);
  await expect(pre.locator('.quiz-option-correct')).toHaveCount(preN);
  await expect(pre.getByRole('button', { name: 'Show the answers now' })).toHaveCount(0);

  await page.goto(PROGRESS);
  await row(page, 'sources').scrollIntoViewIfNeeded();
  await expect(row(page, 'sources').locator('[data-cell="pre"]')).toHaveText(`1/${preN}`);
  await expect(row(page, 'sources').locator('[data-cell="post"]')).toHaveText(`${postN}/${postN}`);
  await expect(row(page, 'sources').locator('[data-cell="gain"]')).toHaveText(gainOf(1, preN, postN, postN));
  await page.reload();
  await expect(row(page, 'sources').locator('[data-cell="gain"]')).toHaveText(gainOf(1, preN, postN, postN));

  await page.goto('/chapters/ingestion/');
  await expect(page.locator(`[data-section-page="${pageOf('sources')}"] [data-gain="comparable"]`)).toHaveText(` · gain ${gainOf(1, preN, postN, postN)}`);
  await page.goto('/progress/');
  await expect(page.locator('tr[data-section="sources"]').first().locator('[data-cell="gain"]')).toHaveText(gainOf(1, preN, postN, postN));
});

test('“Show the answers now” opens the pre key early and marks the gain not comparable everywhere it shows', async ({ page }) => {
  const formats = sectionOf('formats');
  await page.goto(pageOf('formats'));
  const pre = await takeForm(page, formats, 'pre', 2);
  await pre.getByRole('button', { name: 'Show the answers now' }).click();
  await expect(pre.getByRole('group', { name: 'Show the answers before reading?' })).toContainText('not comparable');
  // Focus moves to the safe answer, and back to the button when the reader waits.
  await expect(pre.getByRole('button', { name: 'Wait until after reading' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(pre.getByRole('button', { name: 'Show the answers now' })).toBeFocused();
  await page.keyboard.press('Enter');
  await pre.getByRole('button', { name: 'Show the answers anyway' }).click();
  await expect(pre.locator('.quiz-option-correct')).toHaveCount(formats.pre.length);
  await expect(pre.locator('[data-revealed]')).toContainText('not comparable');
  await takeForm(page, formats, 'post', formats.post.length);
  await expect(page.locator('[data-quiz="formats-post"]').getByRole('status')).toContainText('Gain: not comparable');

  await page.goto(PROGRESS);
  await expect(row(page, 'formats').locator('[data-cell="gain"]')).toContainText(/^not comparable/);
  await page.goto('/progress/');
  await expect(page.locator('tr[data-section="formats"]').first().locator('[data-cell="gain"]')).toContainText(/^not comparable/);
  await page.goto('/chapters/ingestion/');
  await expect(page.locator(`[data-section-page="${pageOf('formats')}"] [data-gain="not-comparable"]`)).toHaveText(' · gain not comparable');
});

test('options are shuffled per attempt from a stored seed, and answers name the option as written', async ({ page }) => {
  const sources = sectionOf('sources');
  await page.goto(pageOf('sources'));
  await takeForm(page, sources, 'pre', sources.pre.length);
  // Saving is asynchronous (the book's tabs take turns under a lock): wait for the record to be stored.
  const read = () => page.evaluate(() => JSON.parse(localStorage.getItem('dsml-progress') ?? 'null')?.quizzes?.ingestion?.sources?.pre?.first ?? null);
  await expect.poll(read).not.toBeNull();
  const stored = await read();
  expect(stored.questions).toEqual(sources.pre.map((q) => q.id));
  expect(Number.isInteger(stored.seed)).toBe(true);
  for (const q of sources.pre) expect(stored.answers[q.id].choice).toBe(q.answer);
  const first = sources.pre[0]!;
  const shown = await page.locator('[data-quiz="sources-pre"]').getByRole('group', { name: /^1\./ }).locator('li[data-option]').evaluateAll((items) => items.map((li) => Number(li.getAttribute('data-option'))));
  expect(shown).toEqual(optionOrder(stored.seed, first.id));
  // The objectives the chapter's quizzes test are listed on its overview, by section, from the same data.
  await page.goto('/chapters/ingestion/');
  for (const s of quiz) {
    const block = page.locator(`[data-objectives-section="${s.section}"]`);
    await expect(block.getByRole('link', { name: s.title })).toHaveAttribute('href', pageOf(s.section));
    await expect(block.locator('li')).toHaveCount(s.objectives.length);
  }
});

test('an old progress file (before the two forms) imports with every attempt kept, its gains marked not comparable', async ({ page }) => {
  await page.goto('/progress/');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import progress…' }).click();
  await (await chooser).setFiles({ name: 'old-progress.json', mimeType: 'application/json', buffer: readFileSync('lib/progress/fixtures/v2-export.json') });
  await expect(page.getByRole('status').filter({ hasText: 'restored' })).toBeVisible();
  const sources = page.locator('tr[data-section="sources"]').first();
  await expect(sources.locator('[data-cell="pre"]')).toHaveText('2/4');
  // The first post attempt (2/4), not the better retake (4/4): the key showed after the first.
  await expect(sources.locator('[data-cell="post"]')).toHaveText('2/4');
  await expect(sources.locator('[data-cell="gain"]')).toContainText(/^not comparable/);
  await expect(page.locator('tr[data-section="formats"]').first().locator('[data-cell="pre"]')).toHaveText('2/4');
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('dsml-progress')!));
  expect(stored.version).toBe(4);
  expect(stored.quizzes.ingestion.sources.post).toMatchObject({ attempts: 2, first: { legacy: true, score: 2 }, best: { legacy: true, score: 4 } });
  expect(Object.keys(stored.quizzes.ingestion).sort()).toEqual(['batch-streaming', 'formats', 'sources']);
  expect(stored.quizzes.fundamentals.sources.pre.first).toMatchObject({ legacy: true, score: 1, total: 4 });
});

test('“Review what you missed” offers the missed post questions, records the try apart, and leaves the gain alone', async ({ page }) => {
  const reliability = sectionOf('reliability');
  const postN = reliability.post.length;
  await page.goto(pageOf('reliability'));
  await takeForm(page, reliability, 'pre', 1);
  await takeForm(page, reliability, 'post', postN - 2);
  await page.goto('/progress/');
  const gain = page.locator('tr[data-section="reliability"]').first().locator('[data-cell="gain"]');
  // The table fills in once the stored progress has loaded.
  await expect(gain).toHaveText(/points$/);
  const before = await gain.textContent();
  const entry = page.locator('[data-review-missed] [data-review-section="reliability"]');
  await expect(entry).toContainText('2 questions, offered from');
  await entry.getByRole('button', { name: 'Review them now' }).click();
  const review = page.locator('[data-quiz="reliability-review"]');
  const missed = reliability.post.slice(postN - 2);
  // The review's questions load when it opens: wait for them before reading their order.
  await expect(review.locator('legend')).toHaveCount(2);
  const legends = await review.locator('legend').allTextContents();
  const asked = legends.map((l) => missed.find((q) => l.includes(q.prompt))!);
  await answerForm(review, asked, () => true);
  await review.getByRole('button', { name: 'Check answers' }).click();
  await expect(review.getByRole('status')).toContainText('You answered 2 of 2 correctly.');
  await expect(entry).toHaveCount(0);
  await expect(gain).toHaveText(before!);
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('dsml-progress')!).quizzes.ingestion.reliability);
  expect(stored.review.latest).toMatchObject({ score: 2, total: 2 });
  expect(stored.post.attempts).toBe(1);
});

test('a retake keeps the first attempt and the best one', async ({ page }) => {
  const formats = sectionOf('formats');
  const n = formats.pre.length;
  await page.goto(pageOf('formats'));
  const box = await takeForm(page, formats, 'pre', 2);
  await box.getByRole('button', { name: 'Try again' }).click();
  await takeForm(page, formats, 'pre', 3);
  await box.getByRole('button', { name: 'Try again' }).click();
  await takeForm(page, formats, 'pre', 1);
  await expect(box.getByRole('status')).toContainText(`First try 2/${n}, best 3/${n}, 3 tries.`);
  await page.goto(PROGRESS);
  await expect(row(page, 'formats').locator('[data-cell="pre"]')).toHaveText(`2/${n}`); // the gain counts from the first try
});

test('an unanswered question is named and nothing is recorded', async ({ page }) => {
  await page.goto(pageOf('reliability'));
  const box = page.locator('[data-quiz="reliability-pre"]');
  await box.scrollIntoViewIfNeeded();
  await box.getByRole('group', { name: /^1\./ }).getByRole('radio').first().check();
  await box.getByRole('button', { name: 'Check answers' }).click();
  await expect(box.getByRole('alert')).toHaveText(new RegExp(`${sectionOf('reliability').pre.length - 1} questions are still unanswered`));
  await expect(box.getByRole('group', { name: /^2\./ }).getByRole('radio').first()).toBeFocused();
  expect(await page.evaluate(() => localStorage.getItem('dsml-progress'))).toBeNull();
});

test('the chapter lists what the post quiz missed as worth re-reading, with links to the pages that hold it', async ({ page }) => {
  const reliability = sectionOf('reliability');
  await page.goto(pageOf('reliability'));
  await takeForm(page, reliability, 'pre', 0);
  await page.goto(PROGRESS);
  await expect(page.locator('.reread-list')).toHaveCount(0); // a pre quiz alone gives nothing away
  await page.goto(pageOf('reliability'));
  await takeForm(page, reliability, 'post', reliability.post.length - 1);
  const missed = reliability.post.at(-1)!;
  const href = `${ingestion.anchors[missed.reread]}#${missed.reread}`;
  await page.goto(PROGRESS);
  const link = page.locator(`.reread-list a[href="${href}"]`);
  await expect(link).toHaveCount(1);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.locator(`[id="${missed.reread}"]`)).toBeInViewport();
});

test('export, reset and import restore progress; a bad file is refused and changes nothing', async ({ page }) => {
  const n = sectionOf('sources').pre.length;
  await page.goto(pageOf('sources'));
  await takeForm(page, sectionOf('sources'), 'pre', 2);
  await page.goto('/progress/');
  const gainCell = page.locator('tr[data-section="sources"] [data-cell="pre"]').first();
  await expect(gainCell).toHaveText(`2/${n}`);

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
  await expect(gainCell).toHaveText(`2/${n}`);
  await page.reload();
  await expect(gainCell).toHaveText(`2/${n}`);
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

  await takeForm(page, sectionOf('sources'), 'pre', 3); // the page still works, and saves
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
  await page.reload();
  await expect(page.locator('.progress-notice')).toHaveCount(0); // said once
  await page.goto(PROGRESS);
  await expect(row(page, 'sources').locator('[data-cell="pre"]')).toHaveText(`3/${sectionOf('sources').pre.length}`);
});

test('two tabs answering different quizzes keep both, and a third tab hears both', async ({ context }) => {
  const tabA = await context.newPage();
  const tabB = await context.newPage();
  const tabC = await context.newPage();
  await tabA.goto(pageOf('sources'));
  await tabB.goto(pageOf('batch-streaming'));
  await tabC.goto(PROGRESS); // all loaded before either answers
  await takeForm(tabA, sectionOf('sources'), 'pre', 2);
  await takeForm(tabB, sectionOf('batch-streaming'), 'pre', 3);
  const stored = await tabA.evaluate(() => JSON.parse(localStorage.getItem('dsml-progress')!).quizzes.ingestion);
  expect(Object.keys(stored).sort()).toEqual(['batch-streaming', 'sources']);
  // Tab C hears both writes and shows them without a reload.
  await expect(row(tabC, 'sources').locator('[data-cell="pre"]')).toHaveText(`2/${sectionOf('sources').pre.length}`);
  await expect(row(tabC, 'batch-streaming').locator('[data-cell="pre"]')).toHaveText(`3/${sectionOf('batch-streaming').pre.length}`);
});
