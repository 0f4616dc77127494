import { expect, test } from '@playwright/test';
import { openSandbox, runSandbox, showTab } from './sandboxes';

const ID = 'schema-evolution';

test('the prepared history: verdicts from avsc, a refused version, decoded records and a deployment', async ({ page }) => {
  const box = await openSandbox(page, ID);
  await runSandbox(box, { timeout: 30_000 });
  const verdicts = box.locator('[data-result="verdicts"]');
  await expect(verdicts.locator('tbody tr[data-version]')).toHaveCount(8);
  // int → long: the new schema reads old data, the old schema cannot read new data.
  const v3 = verdicts.locator('tr[data-version="3"]');
  await expect(v3.locator('[data-check="backward"]')).toContainText('yes');
  await expect(v3.locator('[data-check="forward"]')).toContainText('no');
  await expect(v3.locator('[data-order]')).toHaveText('consumers first');
  // The field added without a default: refused under BACKWARD with avsc's own message.
  const v8 = verdicts.locator('tr[data-version="8"]');
  await expect(v8.locator('[data-registry]')).toHaveAttribute('data-registry', 'refused');
  await expect(box.locator('[data-refused="8"]')).toContainText('no matching field for default-less com.example.fraud.Payment.country');
  await expect(box.locator('[data-explain]')).toContainText('Version 6 read 4 records written with version 1: device_type filled from its default.');

  const tables = await showTab(box, 'tables');
  const decoded = tables.locator('[data-result="decoded"] tbody tr');
  await expect(decoded).toHaveCount(4);
  await expect(decoded.first()).toContainText('"unknown"');
  await expect(tables.locator('[data-result="fields"]')).toContainText('through the alias amount; same type');
  await expect(tables.locator('[data-result="deployment"] tr[data-version="3"] [data-component="Fraud scorer"]')).toHaveAttribute('data-ok', 'false');
  await expect(tables.locator('[data-result="deployment"] tr[data-version="3"] [data-component="Backfill job"]')).toHaveAttribute('data-ok', 'true');

  const details = await showTab(box, 'details');
  await expect(details.locator('[data-cell="3-2"]')).toContainText('✓');
  await expect(details.locator('[data-cell="2-3"]')).toContainText('✗');
});

test('editing a step: a default makes the last version compatible, and a step that does not fit is refused beside the script', async ({ page }) => {
  const box = await openSandbox(page, ID);
  await box.getByLabel('has a default (step 7)').check();
  await box.getByRole('textbox', { name: 'default (step 7)' }).fill('DE');
  await box.getByLabel('Writer’s schema (version)').fill('1');
  await box.getByLabel('Reader’s schema (version)').fill('8');
  await runSandbox(box, { timeout: 30_000 });
  const v8 = box.locator('[data-result="verdicts"] tr[data-version="8"]');
  await expect(v8.locator('[data-registry]')).toHaveAttribute('data-registry', 'accepted');
  await expect(v8.locator('[data-check="full"]')).toContainText('yes');
  const tables = await showTab(box, 'tables');
  await expect(tables.locator('[data-result="decoded"] tbody tr').first()).toContainText('"DE"');

  await box.getByRole('textbox', { name: 'field (step 2)' }).fill('nope');
  await box.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(box.locator('[data-script]')).toContainText('Step 2: There is no field nope at this point');
});
