// After `next build`: writes the list of files "Keep the book offline" fetches (out/offline-book.json)
// and the service worker (out/sw.js). The worker's source, sw/sw.ts, is bundled with esbuild (the
// bundler tsx runs on), then Serwist's injectManifest writes into it the precache list: the home page
// and the files it loads, so the book opens with the network gone once a reader has visited it.
// Runs last in npm's postbuild, so files other steps add to out/ (a search index) are listed too.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { getManifest, injectManifest } from '@serwist/build';
import { build } from 'esbuild';
import { BOOK_LIST_URL, planBook, totals, type BuiltFile } from '../lib/offline/book';
import { formatBytes } from '../lib/format';

const out = 'out';

async function listFiles(): Promise<BuiltFile[]> {
  let files: BuiltFile[] = [];
  const { warnings } = await getManifest({
    globDirectory: out,
    globPatterns: ['**/*'],
    globIgnores: ['sw.js', BOOK_LIST_URL.slice(1)],
    // The DuckDB engine alone is 34 MB; nothing here is precached at install, this only lists.
    maximumFileSizeToCacheInBytes: 256 * 1024 * 1024,
    manifestTransforms: [
      (entries) => {
        files = entries.map((e) => ({ path: e.url, revision: e.revision ?? '', size: e.size }));
        return { manifest: entries, warnings: [] };
      },
    ],
  });
  for (const warning of warnings) console.warn(`build-sw: ${warning}`);
  return files;
}

/** The home page and every script and style sheet its HTML loads. */
function homeFiles(): string[] {
  const html = readFileSync(join(out, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\/(_next\/static\/[^"?#]+)"/g)].map((m) => m[1]).filter((ref): ref is string => ref !== undefined);
  return ['index.html', '404.html', 'icon.svg', ...new Set(refs)];
}

const files = await listFiles();
const version = createHash('sha256')
  .update(files.map((f) => `${f.path} ${f.revision}`).sort().join('\n'))
  .digest('hex')
  .slice(0, 16);
const list = planBook(files, version);
writeFileSync(join(out, BOOK_LIST_URL.slice(1)), JSON.stringify(list));

mkdirSync('.next', { recursive: true });
const bundled = join('.next', 'sw.bundle.js');
await build({
  entryPoints: ['sw/sw.ts'],
  outfile: bundled,
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  define: { __BOOK_VERSION__: JSON.stringify(version), 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});
const precached = homeFiles();
const { count, size, warnings } = await injectManifest({
  swSrc: bundled,
  swDest: join(out, 'sw.js'),
  globDirectory: out,
  globPatterns: precached,
  // Next names these files by their content: no need to bust the HTTP cache when precaching them.
  dontCacheBustURLsMatching: /^_next\/static\//,
});
for (const warning of warnings) console.warn(`build-sw: ${warning}`);
if (count !== precached.length) {
  console.error(`build-sw: expected to precache ${precached.length} files of the home page, found ${count}`);
  process.exit(1);
}

const sum = totals(list.entries);
console.log(`Service worker: out/sw.js (version ${version}), precaches the home page: ${count} files, ${formatBytes(size)}.`);
console.log(`Offline copy (${BOOK_LIST_URL}): ${sum.files} files, ${formatBytes(sum.bytes)} — ${sum.groups.map((g) => `${g.group} ${g.files} (${formatBytes(g.bytes)})`).join(', ')}.`);
