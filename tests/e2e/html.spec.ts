import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { FileSystemConfigLoader, formatterFactory, HtmlValidate } from 'html-validate';

/**
 * Every page of the built book passes html-validate's standard preset (.htmlvalidate.json says which
 * rules are off and why). It reads the files in out/ directly, without a browser, so it takes seconds.
 */
const OUT = 'out';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '_next' || name === 'pagefind' || name === 'engines' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

test('every exported page is valid HTML (html-validate, standard preset)', async () => {
  expect(existsSync(OUT), 'out/ is missing: run npm run build first').toBe(true);
  const files = htmlFiles(OUT);
  // The chapters' pages, the glossary, the references, home, progress, the assignment pages and the kit.
  expect(files.length).toBeGreaterThan(30);
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const report = await validator.validateMultipleFiles(files);
  const text = formatterFactory('text')(report.results);
  expect(report.errorCount + report.warningCount, `html-validate on ${files.length} pages:\n${text}`).toBe(0);
});
