import { expect, test } from '@playwright/test';
import { book } from './pages';

/**
 * Links made when each chapter was one page — /chapters/<slug>/#<anchor> — land on the page that now
 * holds the anchor: the overview looks the anchor up in /chapters/<slug>/anchors.json and moves on.
 */
const oldLinks = [
  { old: '/chapters/data-systems/#tracking-data-lineage', page: '/chapters/data-systems/acquiring-training-data/', id: 'tracking-data-lineage' },
  { old: '/chapters/data-systems/#orchestration-and-operations', page: '/chapters/data-systems/data-pipelines/orchestration-and-operations/', id: 'orchestration-and-operations' },
  { old: '/chapters/ingestion/#dead-letter-queues-and-backoff', page: '/chapters/ingestion/ingestion-reliability/', id: 'dead-letter-queues-and-backoff' },
  { old: '/chapters/fundamentals/#zone-maps', page: '/chapters/fundamentals/storage-engines/', id: 'zone-maps' },
];

for (const { old, page: target, id } of oldLinks) {
  test(`an old link ${old} lands on its section page, at the heading`, async ({ page }) => {
    await page.goto(old);
    await expect(page).toHaveURL(new RegExp(`${target}#${id}$`));
    await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
  });
}

test('an old link to a sandbox, with settings, lands on the sandbox and keeps its settings in the address', async ({ page }) => {
  await page.goto('/chapters/fundamentals/?layout.v=1&layout.rows=20000&layout.seed=7#sandbox-layout');
  await expect(page).toHaveURL(/\/chapters\/fundamentals\/data-formats\/\?layout\.v=1&layout\.rows=20000&layout\.seed=7#sandbox-layout$/);
  await expect(page.locator('#sandbox-layout')).toBeInViewport();
});

test('an anchor the overview holds stays there, and an unknown one leaves the reader on the overview', async ({ page }) => {
  await page.goto('/chapters/data-systems/#key-terms');
  await page.waitForLoadState('networkidle');
  await expect(page).toHaveURL(/\/chapters\/data-systems\/#key-terms$/);
  await expect(page.locator('#key-terms')).toBeInViewport();
  await page.goto('/chapters/data-systems/#no-such-heading');
  await page.waitForLoadState('networkidle');
  await expect(page).toHaveURL(/\/chapters\/data-systems\/#no-such-heading$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Building Data Systems for ML');
});

test('the overview fetches the anchor map only when the address names an anchor', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(r.url()));
  await page.goto('/chapters/data-systems/');
  await page.waitForLoadState('networkidle');
  expect(fetched.filter((u) => u.includes('anchors.json'))).toEqual([]);
  await page.goto('/chapters/data-systems/#change-data-capture');
  await expect(page).toHaveURL(/\/data-pipelines\/data-sources-and-ingestion\/#change-data-capture$/);
  expect(fetched.filter((u) => u.includes('anchors.json'))).toHaveLength(1);
});

test('each chapter’s anchor map is the build’s', async ({ request }) => {
  for (const model of book) {
    const response = await request.get(`/chapters/${model.slug}/anchors.json`);
    expect(response.ok()).toBe(true);
    expect(await response.json()).toEqual(model.anchors);
  }
});
