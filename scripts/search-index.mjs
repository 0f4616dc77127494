#!/usr/bin/env node
// Builds the book's search index with Pagefind from the static export (runs after every build, in
// npm's postbuild): every page that marks its text with data-pagefind-body (the chapters' pages, the
// glossary, the references) is indexed into out/pagefind/ as ordinary static files, which the search
// dialog loads only when a reader opens it and a service worker can cache like any other file.
// Fails when the index comes out smaller than the book, so a lost data-pagefind-body cannot pass.
//   node scripts/search-index.mjs [dir=out]
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

const site = process.argv[2] ?? 'out';
const output = join(site, 'pagefind');

/**
 * Left out of the index, beside what pages mark data-pagefind-ignore: a quiz's options, choices and
 * buttons (its questions stay findable), a sandbox's controls and status lines, a glossary term's
 * tooltip (the definition is found on the glossary page, not in every paragraph that uses the
 * term), print controls. Named here by class because these components belong to other features.
 */
const excludeSelectors = [
  '.quiz-options',
  '.quiz-confidence',
  '.quiz-actions',
  '.quiz-result',
  '.quiz-missing',
  '.sandbox-controls',
  '.sandbox-status',
  '.sandbox-status-text',
  '.sandbox-print-note',
  '.print-control',
  '[data-term-tip]',
];

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

if (!existsSync(site)) {
  console.error(`search-index: ${site} does not exist. Run "npm run build" first.`);
  process.exit(1);
}

const started = Date.now();
const { index, errors } = await pagefind.createIndex({ excludeSelectors, forceLanguage: 'en' });
if (!index) {
  console.error(`search-index: Pagefind could not start: ${errors.join('; ')}`);
  process.exit(1);
}
const added = await index.addDirectory({ path: site });
if (added.errors.length > 0) {
  console.error(`search-index: ${added.errors.join('; ')}`);
  process.exit(1);
}
const written = await index.writeFiles({ outputPath: output });
await pagefind.close();
if (written.errors.length > 0) {
  console.error(`search-index: ${written.errors.join('; ')}`);
  process.exit(1);
}

// Pagefind also writes its ready-made interfaces (pagefind-ui, the components, the highlighter,
// about 420 kB); the book has its own dialog and uses only pagefind.js, its worker, wasm and index,
// so the rest is removed and an offline copy of the book does not fetch it.
for (const name of readdirSync(output)) {
  if (/^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/.test(name)) rmSync(join(output, name));
}

// Every chapter page (overview, section, part), the glossary and each references page must be in it.
const marked = walk(site)
  .filter((f) => f.endsWith('.html') && !f.startsWith(output))
  .filter((f) => /(^|\/)(chapters|glossary)\//.test(f.slice(site.length + 1)));
if (added.page_count < marked.length) {
  console.error(`search-index: indexed ${added.page_count} pages, but the chapters and the glossary have ${marked.length}. Has a page lost data-pagefind-body?`);
  process.exit(1);
}
const files = walk(output);
const bytes = files.reduce((sum, f) => sum + statSync(f).size, 0);
console.log(`Search index: ${added.page_count} pages, ${files.length} files, ${(bytes / 1024).toFixed(0)} kB in ${output}/ (${((Date.now() - started) / 1000).toFixed(1)} s).`);
