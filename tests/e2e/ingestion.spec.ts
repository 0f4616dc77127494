import { expect, test } from '@playwright/test';

test('an animation plays, pauses, steps and replays', async ({ page }) => {
  await page.goto('/chapters/ingestion/batch-vs-streaming-ingestion/');
  const animation = page.locator('[data-animation="batch-vs-stream"]');
  await animation.scrollIntoViewIfNeeded();
  await expect(animation).toHaveAttribute('data-step', '0');
  await animation.getByRole('button', { name: 'Next step' }).click();
  await animation.getByRole('button', { name: 'Next step' }).click();
  await expect(animation).toHaveAttribute('data-step', '2');
  await expect(animation.locator('figcaption')).toContainText('Flink processes the first event');
  await animation.getByRole('button', { name: 'Previous step' }).click();
  await expect(animation).toHaveAttribute('data-step', '1');

  await animation.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(animation).toHaveAttribute('data-step', '2', { timeout: 5000 });
  await animation.getByRole('button', { name: 'Pause', exact: true }).click();
  const paused = await animation.getAttribute('data-step');
  await page.waitForTimeout(2500);
  await expect(animation).toHaveAttribute('data-step', paused!);

  await animation.getByRole('button', { name: 'Replay from start' }).click();
  await expect(animation).toHaveAttribute('data-step', '0');
  await expect(animation.getByText('Describe the whole animation')).toBeVisible();
});

test('with reduced motion, animations do not move by themselves and nothing glides', async ({ browser }) => {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto('/chapters/ingestion/ingestion-reliability/#exactly-once-inside-kafka');
  const animation = page.locator('[data-animation="exactly-once"]');
  await animation.scrollIntoViewIfNeeded();
  await expect(animation).toHaveAttribute('data-reduced-motion', 'true');
  await page.waitForTimeout(2500);
  await expect(animation).toHaveAttribute('data-step', '0');
  const transition = await animation.locator('.anim-token').first().evaluate((el) => getComputedStyle(el).transitionDuration);
  expect(transition).toBe('0s');
  await animation.getByRole('button', { name: 'Next step' }).click();
  await expect(animation).toHaveAttribute('data-step', '1');
  await context.close();
});
