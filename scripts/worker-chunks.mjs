#!/usr/bin/env node
// Finds every sandbox Web Worker in the built site and fails when one of them carries React, a
// chart library or the diagram library: a worker has no DOM, and that code would only make every
// worker slower to start. Runs after every build (npm's postbuild), beside first-load.mjs; the lint
// rule boundaries/worker keeps such imports out of worker code, this checks what was actually built.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

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

const problems = [];
console.log(`Sandbox worker bundles in the build: ${workers.size}`);
for (const { refs, names } of workers.values()) {
  const files = closure(refs);
  const kB = files.reduce((sum, f) => sum + (existsSync(f) ? statSync(f).size : 0), 0) / 1024;
  const found = files.flatMap((file) => libraryIn(texts.get(file) ?? '').map((library) => `${library} in ${file}`));
  const name = `${names.size > 0 ? [...names].join(' or ') : 'a worker'} (starts with ${refs[1]?.replace('static/chunks/', '')})`;
  console.log(`  ${name}: ${files.length} chunks with what it loads later, ${kB.toFixed(0)} kB${found.length ? ` — ${found.join(', ')}` : ''}`);
  problems.push(...found.map((f) => `${name} carries ${f}`));
}
if (problems.length) {
  console.error(`\nUI code in sandbox worker chunks (keep React, recharts and mermaid out of handler/compute/model code):\n${[...new Set(problems)].map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log('No React, recharts or mermaid code in any worker chunk.');
