#!/usr/bin/env node
// Finds every sandbox's chunks in the built site — its Web Worker's and its view's — and fails when a
// worker carries React, a chart library or the diagram library (a worker has no DOM, and that code
// would only make every worker slower to start), or when a sandbox's view or worker passes its size
// budget in budgets.json. Runs after every build (npm's postbuild), beside first-load.mjs; the lint
// rule boundaries/worker keeps UI imports out of worker code, this checks what was actually built.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const out = 'out';
const staticDir = join(out, '_next', 'static');
const chunksDir = join(staticDir, 'chunks');

/** Strings that only occur in the library's own code (checked against a build that has them). */
const markers = {
  React: ['react.transitional.element', 'react.dev/errors'],
  recharts: ['recharts-'],
  mermaid: ['flowchart-v2'],
};

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const texts = new Map(walk(chunksDir).filter((f) => f.endsWith('.js')).map((f) => [f, readFileSync(f, 'utf8')]));
const chunkPath = (ref) => join(out, '_next', ref); // 'static/chunks/x.js' as a file
const libraryIn = (text) => Object.keys(markers).filter((library) => markers[library].some((marker) => text.includes(marker)));

// Turbopack starts a module worker with its bootstrap script and the list of chunks to load:
// `…("static/chunks/turbopack-worker-….js", ["static/chunks/a.js", …])`. Each distinct list is one
// worker bundle; it is named by the sandbox id that the chunk starting it holds (the worker's name).
const spawn = /"(static\/chunks\/turbopack-worker-[\w.~-]+\.js)",\s*\[([^\]]*)\]/g;
const sandboxIds = existsSync('sandboxes') ? readdirSync('sandboxes').filter((id) => existsSync(join('sandboxes', id, 'worker.ts'))) : [];
const workers = new Map(); // chunk list (as text) → { refs, names }
for (const text of texts.values()) {
  for (const match of text.matchAll(spawn)) {
    const refs = [match[1], ...[...match[2].matchAll(/"([^"]+\.js)"/g)].map((m) => m[1])];
    const worker = workers.get(refs.join(' ')) ?? { refs, names: new Set() };
    for (const id of sandboxIds) if (text.includes(`"${id}"`)) worker.names.add(id);
    workers.set(refs.join(' '), worker);
  }
}
if (workers.size === 0) {
  console.error('worker-chunks: found no sandbox worker in the build, so this check could not run. Has the way Turbopack starts workers changed?');
  process.exit(1);
}
if (![...texts.values()].some((text) => libraryIn(text).includes('React'))) {
  console.error('worker-chunks: no chunk holds React, so the React markers are stale and this check could not tell. Have the markers changed?');
  process.exit(1);
}

/** A worker's chunks: those it loads at start, and every chunk they load later (dynamic imports), transitively. */
function closure(refs) {
  const seen = new Set();
  const queue = refs.map(chunkPath);
  while (queue.length) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    const text = texts.get(file) ?? (existsSync(file) ? readFileSync(file, 'utf8') : '');
    for (const m of text.matchAll(/"(static\/chunks\/[\w.~-]+\.js)"/g)) queue.push(chunkPath(m[1]));
  }
  return [...seen];
}

const budgets = JSON.parse(readFileSync('budgets.json', 'utf8')).sandboxes;
const budgetOf = (id) => ({ ...budgets.default, ...(budgets[id] ?? {}) });
const gzCache = new Map();
const gzKB = (files) =>
  files.reduce((sum, file) => {
    if (!gzCache.has(file)) gzCache.set(file, existsSync(file) ? gzipSync(readFileSync(file), { level: 9 }).length : 0);
    return sum + gzCache.get(file);
  }, 0) / 1024;
const over = (kB, budget) => (kB > budget ? ` — over its ${budget} kB budget` : '');

const problems = [];
const workerFiles = new Set(); // every chunk some worker loads: a view's page never fetches these itself
console.log(`Sandbox workers in the build: ${workers.size} (gzipped; "start" is what a worker loads before it can answer, "later" adds the engines' code it loads on first use)`);
for (const { refs, names } of workers.values()) {
  const files = closure(refs);
  for (const file of files) workerFiles.add(file);
  const start = gzKB(refs.map(chunkPath));
  const later = gzKB(files);
  const found = files.flatMap((file) => libraryIn(texts.get(file) ?? '').map((library) => `${library} in ${file}`));
  const id = names.size === 1 ? [...names][0] : null;
  const name = `${names.size > 0 ? [...names].join(' or ') : 'a worker'} (starts with ${refs[1]?.replace('static/chunks/', '')})`;
  const budget = budgetOf(id).workerStart;
  console.log(`  ${name}: start ${start.toFixed(1)} kB in ${refs.length} chunks${over(start, budget)}; with later ${later.toFixed(0)} kB${found.length ? ` — ${found.join(', ')}` : ''}`);
  problems.push(...found.map((f) => `${name} carries ${f}`));
  if (start > budget) problems.push(`${name} loads ${start.toFixed(1)} kB before it can answer, over its ${budget} kB budget`);
}

// A sandbox's view: SandboxSlot imports `@/sandboxes/<id>/View.tsx` through a map from each path to a
// loader module, `<loader>,e=>{e.v(t=>Promise.all(["static/chunks/a.js",…]…`: those chunks, less what
// a chapter page has already loaded, are what the page fetches when the sandbox comes near.
const chapterPage = walk(out).find((f) => f.endsWith('index.html') && f.includes(join('chapters', '')) && !f.endsWith(join('chapters', 'index.html')));
const firstLoad = new Set(
  chapterPage ? [...readFileSync(chapterPage, 'utf8').matchAll(/<script[^>]*\bsrc="\/_next\/([^"]+)"/g)].map((m) => chunkPath(m[1])) : [],
);
const views = new Map(); // id → loader module id
for (const text of texts.values()) {
  for (const m of text.matchAll(/"@\/sandboxes\/([a-z0-9-]+)\/View\.tsx":\{id:\(\)=>\d+,module:\(\)=>\w+\.A\((\d+)\)\}/g)) views.set(m[1], m[2]);
}
const loaderChunks = (loader) => {
  for (const text of texts.values()) {
    const m = new RegExp(`[,\\[]${loader},\\w+=>\\{\\w+\\.v\\(\\w+=>Promise\\.all\\(\\[([^\\]]*)\\]`).exec(text);
    if (m) return [...m[1].matchAll(/"(static\/chunks\/[\w.~-]+\.js)"/g)].map((c) => c[1]);
  }
  return null;
};
if (views.size === 0) {
  console.error('worker-chunks: found no sandbox view in the build, so their budgets could not be checked. Has the way Turbopack loads SandboxSlot\'s views changed?');
  process.exit(1);
}
console.log(`Sandbox views in the build: ${views.size} (gzipped, beyond a chapter page's first load; "later" adds what the view imports on demand, such as charts)`);
for (const [id, loader] of [...views].sort()) {
  const refs = loaderChunks(loader);
  if (!refs) {
    problems.push(`the chunks of ${id}'s view could not be found`);
    continue;
  }
  const own = refs.map(chunkPath).filter((f) => !firstLoad.has(f));
  const view = gzKB(own);
  const later = gzKB([...new Set([...own, ...closure(refs).filter((f) => !firstLoad.has(f) && !workerFiles.has(f))])]);
  const budget = budgetOf(id);
  console.log(`  ${id}: view ${view.toFixed(1)} kB${over(view, budget.view)}; with later ${later.toFixed(1)} kB${over(later, budget.viewLater)}`);
  if (view > budget.view) problems.push(`${id}'s view is ${view.toFixed(1)} kB, over its ${budget.view} kB budget`);
  if (later > budget.viewLater) problems.push(`${id}'s view with what it loads later is ${later.toFixed(1)} kB, over its ${budget.viewLater} kB budget`);
}
if (problems.length) {
  console.error(`\nSandbox chunks over budget (budgets.json), or UI code in worker chunks (keep React, recharts and mermaid out of handler/compute/model code):\n${[...new Set(problems)].map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log('Every sandbox view and worker within budget; no React, recharts or mermaid code in any worker chunk.');
