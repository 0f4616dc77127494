#!/usr/bin/env node
// The files that run inside a sandbox's Web Worker: the worker entry points and kit files named
// below, and every file of this repository they import, however indirectly. eslint.config.mjs
// forbids these files React, chart and diagram code (a worker has no DOM, and each import would be
// bundled into every worker chunk); the build's check (scripts/worker-chunks.mjs) confirms it on
// the built chunks. `node scripts/worker-zone.mjs` lists the zone.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Where worker code starts: each sandbox's worker and the code it runs, and the kit's worker side. */
export const workerEntries = [
  'sandboxes/*/worker.ts',
  'sandboxes/*/handler.ts',
  'sandboxes/*/compute.ts',
  'lib/engines/**',
  'lib/worker/**',
  'lib/sandbox/serve.ts',
  'lib/sandbox/boot.ts',
  'lib/sandbox/define.ts',
  'lib/sandbox/params.ts',
  'cells/worker.ts',
  'cells/handler.ts',
];

const isSource = (path) => /\.(ts|tsx|mts)$/.test(path) && !/\.(test|spec)\.tsx?$/.test(path) && !path.endsWith('.d.ts');

function walk(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** The entry patterns above as files (only the `*` and `**` forms they use). */
function expand(pattern) {
  const base = pattern.split('/').findIndex((part) => part.includes('*'));
  const dir = base < 0 ? dirname(pattern) : pattern.split('/').slice(0, base).join('/');
  const source = pattern.replace(/[.]/g, '\\.').replace(/\*\*/g, '\0').replace(/\*/g, '[^/]*').replace(/\0/g, '.*');
  const match = new RegExp(`^${source}$`);
  return walk(join(root, dir))
    .map((file) => relative(root, file))
    .filter((file) => match.test(file) && isSource(file));
}

/** An import's specifier, in `from` (repository-relative), as a file of this repository; null for a package or a missing file. */
export function resolveSpecifier(from, specifier) {
  let base;
  if (specifier.startsWith('@/')) base = join(root, specifier.slice(2));
  else if (specifier.startsWith('.')) base = resolve(root, dirname(from), specifier);
  else return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return relative(root, candidate);
  }
  return null;
}

/** The modules a file loads at run time: static and dynamic imports and re-exports, not type-only ones. */
export function runtimeImports(file) {
  const text = readFileSync(join(root, file), 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found = [];
  const visit = (node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const named = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements : null;
      const typeOnly = clause && (clause.isTypeOnly || (!clause.name && named && named.length > 0 && named.every((e) => e.isTypeOnly)));
      if (!typeOnly) found.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!node.isTypeOnly) found.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (argument && ts.isStringLiteralLike(argument)) found.push(argument.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Every file of the zone, repository-relative and sorted, with the file that brought it in (null for an entry point). */
export function workerZone() {
  const zone = new Map();
  const queue = workerEntries.flatMap(expand).map((file) => [file, null]);
  while (queue.length) {
    const [file, importer] = queue.shift();
    if (zone.has(file)) continue;
    zone.set(file, importer);
    for (const specifier of runtimeImports(file)) {
      const target = resolveSpecifier(file, specifier);
      if (target && isSource(target) && !zone.has(target)) queue.push([target, file]);
    }
  }
  return new Map([...zone].sort(([a], [b]) => a.localeCompare(b)));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const zone = workerZone();
  console.log(`${zone.size} files run in sandbox workers:`);
  for (const [file, importer] of zone) console.log(`  ${file}${importer ? `  (imported by ${importer})` : ''}`);
}
