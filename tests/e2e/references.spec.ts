import { expect, test } from '@playwright/test';
import { chapterReferences } from '../../references/works';

test('a citation in the text opens its entry on the chapter’s references page, which links back and out without fetching anything', async ({ page, baseURL }) => {
  const elsewhere: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(baseURL!)) elsewhere.push(request.url());
  });
  await page.goto('/chapters/data-systems/acquiring-training-data/');
  const cite = page.locator('sup.cite a[href$="#ref-obermeyer-2019"]');
  const n = chapterReferences['data-systems']!.findIndex((r) => r.id === 'obermeyer-2019') + 1;
  await expect(cite).toHaveText(`[${n}]`);
  await expect(cite).toHaveAccessibleName(`Reference ${n}: Obermeyer et al., 2019`);
  await cite.click();
  await expect(page).toHaveURL(/\/chapters\/data-systems\/references\/#ref-obermeyer-2019$/);
  const entry = page.locator('#ref-obermeyer-2019');
  await expect(entry).toContainText('Dissecting racial bias in an algorithm used to manage the health of populations');
  await expect(entry.locator('a.reference-link')).toHaveAttribute('href', 'https://doi.org/10.1126/science.aax2342');
  await expect(page.locator('.reference-list > li')).toHaveCount(chapterReferences['data-systems']!.length);

  await entry.locator('[data-back-link]').first().click();
  await expect(page).toHaveURL(/\/chapters\/data-systems\/acquiring-training-data\/#/);
  expect(elsewhere, 'no request leaves the site until the reader follows an outside link').toEqual([]);
});

test('every chapter that cites works lists them from its sidebar', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  for (const slug of Object.keys(chapterReferences)) {
    await page.goto(`/chapters/${slug}/`);
    await page.locator('nav.sidebar').getByRole('link', { name: 'References', exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/chapters/${slug}/references/$`));
    await expect(page.locator('.reference-list > li')).toHaveCount(chapterReferences[slug]!.length);
  }
});
